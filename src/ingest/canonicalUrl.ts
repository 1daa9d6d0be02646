// One address per article: the page's canonical URL with what marketing adds to it taken off, so that the
// same article reached from a newsletter, a feed and a social post is recognised as one.

/** Query parameters that say how a reader arrived, never which page they asked for. */
const TRACKING = new Set([
  'fbclid', 'gclid', 'dclid', 'gbraid', 'wbraid', 'msclkid', 'yclid', 'twclid', 'ttclid', 'li_fat_id', 'igshid',
  'mc_cid', 'mc_eid', '_ga', '_gl', '_hsenc', '_hsmi', 'mkt_tok', 'oly_anon_id', 'oly_enc_id', 'vero_id',
  'ref_src', 'ref_url', 'cmpid', 'ocid', 'spm', 's_cid', 'wt_mc', 'at_medium', 'at_campaign',
]); // prettier-ignore
const TRACKING_PREFIXES = ['utm_', 'pk_', 'mtm_', 'hsa_'];

/** Whether a query parameter only tracks the reader (`utm_*`, `fbclid`, `gclid`, …). */
export function isTrackingParameter(name: string): boolean {
  const n = name.toLowerCase();
  return TRACKING.has(n) || TRACKING_PREFIXES.some((p) => n.startsWith(p));
}

/**
 * The URL without tracking parameters and fragment, host lower case, default port dropped (what
 * WHATWG's URL does). Null when it is no absolute http(s) URL.
 */
export function cleanUrl(url: string, base?: string): string | null {
  let u: URL;
  try {
    u = new URL(url.trim(), base);
  } catch {
    return null;
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
  for (const name of [...u.searchParams.keys()]) if (isTrackingParameter(name)) u.searchParams.delete(name);
  u.hash = '';
  // URLSearchParams writes `?` for an emptied query: drop it.
  if (u.search === '?') u.search = '';
  return u.href;
}

/**
 * The article's canonical URL: the page's `<link rel=canonical>`, else its `og:url`, else the address the
 * page was fetched from, cleaned. A canonical pointing at the site's front page (a common template
 * mistake) is ignored when the page itself is not the front page.
 */
export function canonicalUrl(pageUrl: string, declared: readonly (string | null | undefined)[]): string | null {
  const page = cleanUrl(pageUrl);
  for (const candidate of declared) {
    if (!candidate) continue;
    const clean = cleanUrl(candidate, pageUrl);
    if (!clean) continue;
    if (new URL(clean).pathname === '/' && page && new URL(page).pathname !== '/') continue;
    return clean;
  }
  return page;
}
