// The picture of who met whom (/contacts, the CLI's contacts, the sandbox): read the view from the index,
// draw it as SVG, rasterise it to PNG. No Discord here; commands/contacts sends what this makes.
import type { AttacheIndex, DateRange } from '../index/api.js';
import type { ActorId } from '../model.js';
import { contactsPictureView, PICTURE_LIMITS, type ContactsPictureView } from './contactsView.js';
import { drawContactsSvg } from './drawContacts.js';
import { rasterise, type Png } from './rasterise.js';

export { contactsPictureView, PICTURE_LIMITS, type ContactMark, type ContactsPictureView, type CounterpartRow } from './contactsView.js';
export { drawContactsSvg, mark, PALETTE, type ContactsSvg } from './drawContacts.js';
export { FONT_FILES, rasterise, type Png } from './rasterise.js';
export { altText, leftOut, markText, pictureLines, pictureSummary, pictureTitle, rowSummary, UNDATED_MARK } from './words.js';

/** The actor's contacts within `range`, as the picture shows them. */
export function readContactsPicture(
  index: Pick<AttacheIndex, 'brief' | 'actor' | 'article'>,
  actorId: ActorId,
  range: DateRange = {},
): ContactsPictureView {
  return contactsPictureView(index.brief(actorId, range, { limit: PICTURE_LIMITS.contacts }), index, range);
}

/** The view drawn and rasterised. */
export function renderContactsPicture(view: ContactsPictureView): Png & { readonly svg: string } {
  const { svg } = drawContactsSvg(view);
  return { svg, ...rasterise(svg) };
}

/** The attachment's file name: `contacts-<actor id>.png`, in characters any file system and Discord keep. */
export function pictureFileName(view: Pick<ContactsPictureView, 'actor'>): string {
  const id = view.actor.id.replace(/[^A-Za-z0-9_-]+/g, '-').slice(0, 60) || 'actor';
  return `contacts-${id}.png`;
}
