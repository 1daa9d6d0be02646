// Several reports of one contact are one entry: the same two parties, kind and status on the same day
// (its own date, else its article's), as the index counts them (src/index/contactRepeats.ts). The entry
// is the first report in the list's order, citing every report's outlet, so "met Bayramov" carried by
// five outlets reads once with "Armenpress, News.am and 3 more".
import type { ArticleRef } from '../index/api.js';
import type { ActorId, Contact, IsoDate } from '../model.js';
import type { IndexLookup } from './actors.js';
import { mergeCitations } from './citations.js';
import { contactCitations, contactView, type ContactView } from './statements.js';

export interface ContactItem {
  readonly contact: Contact;
  /** The article, when the caller has it (a digest): its date dates an undated contact. */
  readonly article?: ArticleRef;
}

/** What makes two reports one contact; `day`: the contact's date, else its article's. */
export function contactKey(contact: Contact, day: IsoDate | undefined): string {
  const [lo, hi] = contact.a < contact.b ? [contact.a, contact.b] : [contact.b, contact.a];
  return `${lo}\n${hi}\n${contact.kind}\n${contact.status}\n${contact.date ?? day ?? `article ${contact.article}`}`;
}

/** The contacts as `self` sees them, one entry per contact, in the order of each one's first report. */
export function contactEntries(items: readonly ContactItem[], self: ActorId, index: Pick<IndexLookup, 'actor' | 'article'>): ContactView[] {
  const groups = new Map<string, ContactItem[]>();
  for (const item of items) {
    const day = item.article?.date ?? index.article(item.contact.article)?.date;
    const key = contactKey(item.contact, day);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return [...groups.values()].map((group) => {
    const first = group[0]!;
    const view = contactView(first.contact, self, index, first.article);
    // One report: its citation is the entry's (reprints its metadata lists are the outlet's own business).
    if (group.length === 1) return view;
    const sources = mergeCitations(group.map(({ contact, article }) => contactCitations(contact, index, article)));
    return { ...view, sources };
  });
}
