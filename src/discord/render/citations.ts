// Citations as Discord shows them: the outlet and the article's title as a masked link where the article
// has an address, else its title (the first words of a hand-written article) in italics. Links sit inside
// embeds, where Discord never unfurls them into previews. Titles and outlets are article text: escaped.
import type { Citation } from '../../views/citations.js';
import { NAMED_SOURCES } from '../../views/citations.js';
import { inlineText } from './markdown.js';

/** A citation's title is cut to this; an outlet's name to `OUTLET_MAX`. */
export const TITLE_MAX = 90;
const OUTLET_MAX = 40;
/** A longer address is not linked (it would crowd a field's 1,024 characters): the title alone is shown. */
export const URL_MAX = 300;

/** The address as a masked link's target: parentheses encoded so that none can close the link early. */
export function linkTarget(url: string | null): string | null {
  if (url === null || url.length > URL_MAX || !/^https?:\/\//i.test(url) || /\s/.test(url)) return null;
  return url.replace(/\(/g, '%28').replace(/\)/g, '%29');
}

function linked(text: string, url: string | null, links: boolean): string {
  const target = links ? linkTarget(url) : null;
  return target ? `[${text}](${target})` : text;
}

/** "Armenpress · [Mirzoyan met Donfried](https://…)"; "*Karen Donfried, US Assistant Secretary…*" without metadata. */
export function citationText(c: Citation, links = true): string {
  const title = inlineText(c.title, TITLE_MAX);
  const target = links ? linkTarget(c.url) : null;
  const shownTitle = target ? `[${title}](${target})` : `*${title}*`;
  return c.outlet === null ? shownTitle : `${inlineText(c.outlet, OUTLET_MAX)} · ${shownTitle}`;
}

/** In a list: the outlet linked to its article, or the title without metadata. */
function namedSource(c: Citation, links = true): string {
  if (c.outlet === null) return `*${inlineText(c.title, TITLE_MAX / 2)}*`;
  return linked(inlineText(c.outlet, OUTLET_MAX), c.url, links);
}

/**
 * One source: its citation; several: "[Armenpress](…), [News.am](…) and 2 more". Without `links` (when the
 * addresses would crowd the words out of a field), the same names and titles unlinked.
 */
export function sourcesLine(list: readonly Citation[], links = true): string {
  if (list.length <= 1) return list[0] ? citationText(list[0], links) : '';
  return namedList(list, links);
}

/** "A, B and 2 more" (or "A and B"): the first NAMED_SOURCES by name. */
function namedList(list: readonly Citation[], links = true): string {
  const names = list.slice(0, NAMED_SOURCES).map((c) => namedSource(c, links));
  const more = list.length - names.length;
  return more > 0 ? `${names.join(', ')} and ${more} more` : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]!}`;
}

/**
 * A contact's sources, short enough for a line of a list: the outlet (linked), else the first words; several
 * reports of it as "[Armenpress](…), [News.am](…) and 2 more".
 */
export function contactSource(c: Citation, all: readonly Citation[] = [c]): string {
  return all.length <= 1 ? namedSource(c) : namedList(all);
}
