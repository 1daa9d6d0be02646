// A bot wall (Cloudflare's "Just a moment…", DDoS-Guard, Imperva, a CAPTCHA) answers a feed's URL with a
// page for browsers. Said as such in /sources, the operator knows that asking again will not help and that
// the outlet has to be asked, instead of reading "HTTP 403" or "not a feed" and guessing.
import type { IncomingHttpHeaders } from 'node:http';

const MARKERS: readonly [RegExp, string][] = [
  [/cf-chl-|challenge-platform|cf_chl_opt/i, 'Cloudflare challenge'],
  [/<title>\s*(just a moment|attention required)/i, 'Cloudflare challenge'],
  [/ddos-guard/i, 'DDoS-Guard'],
  [/_Incapsula_Resource|incap_ses_/i, 'Imperva Incapsula'],
  [/sucuri website firewall/i, 'Sucuri firewall'],
  [/g-recaptcha|h-captcha|hcaptcha\.com|captcha-delivery\.com/i, 'CAPTCHA'],
];

/** What kind of wall answered, or null. `body` is the start of the answer, as text of any encoding. */
export function detectBotWall(status: number, headers: IncomingHttpHeaders, body: string): string | null {
  const mitigated = headers['cf-mitigated'];
  if (typeof mitigated === 'string' && mitigated.toLowerCase() === 'challenge') return 'Cloudflare challenge';
  // Feeds and press releases never ask for a CAPTCHA: a marker in a short answer is the wall itself. A long
  // 200 page might mention one in passing, so only answers that refuse, or are small, are read for them.
  const refusing = status === 403 || status === 429 || status === 503;
  if (!refusing && body.length > 64 * 1024) return null;
  const head = body.slice(0, 64 * 1024);
  if (!refusing && /^\s*(<\?xml|<rss|<feed|<rdf|\{)/i.test(head)) return null;
  for (const [pattern, name] of MARKERS) if (pattern.test(head)) return name;
  return null;
}
