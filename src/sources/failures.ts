// Why a poll of a source failed, as data, and the same in words for /sources, /about, the log and the
// metrics (the metric label is `kind`). Fetching reports the first kinds; reading the items (src/ingest)
// reports `not-a-feed`, `not-a-list-page`, `malformed` and `bad-encoding`.
export type SourceFailure =
  | { readonly kind: 'http-status'; readonly status: number; readonly retryAfterMs?: number }
  | { readonly kind: 'bot-wall'; readonly status: number; readonly detail: string }
  | { readonly kind: 'too-large'; readonly limitBytes: number }
  | { readonly kind: 'timeout'; readonly afterMs: number }
  | { readonly kind: 'redirect-loop'; readonly url: string }
  | { readonly kind: 'too-many-redirects'; readonly limit: number }
  | { readonly kind: 'bad-url'; readonly url: string }
  | { readonly kind: 'robots-disallow'; readonly url: string }
  | { readonly kind: 'robots-unreachable'; readonly detail: string }
  | { readonly kind: 'private-address'; readonly host: string; readonly address: string }
  | { readonly kind: 'network'; readonly code: string; readonly detail: string }
  | { readonly kind: 'bad-encoding'; readonly detail: string }
  | { readonly kind: 'not-a-feed'; readonly detail: string }
  /** A `page-list` source whose page links to no press release (src/ingest/pageList.ts). */
  | { readonly kind: 'not-a-list-page'; readonly detail: string }
  | { readonly kind: 'malformed'; readonly detail: string };

export type SourceFailureKind = SourceFailure['kind'];

const STATUS_TEXT: Readonly<Record<number, string>> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  406: 'Not Acceptable',
  408: 'Request Timeout',
  410: 'Gone',
  429: 'Too Many Requests',
  451: 'Unavailable For Legal Reasons',
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
};

/** One short sentence a reader of /sources understands without the code. */
export function describeFailure(f: SourceFailure): string {
  switch (f.kind) {
    case 'http-status': {
      const text = STATUS_TEXT[f.status];
      const wait = f.retryAfterMs !== undefined ? ` (asked to wait ${formatDuration(f.retryAfterMs)})` : '';
      const gone = f.status === 410 ? ': the feed was removed' : f.status === 404 ? ': no page at this address' : '';
      return `HTTP ${f.status}${text ? ` ${text}` : ''}${gone}${wait}`;
    }
    case 'bot-wall':
      return `blocked by a bot wall (HTTP ${f.status}, ${f.detail})`;
    case 'too-large':
      return `too large: more than ${formatBytes(f.limitBytes)}`;
    case 'timeout':
      return `no complete answer within ${formatDuration(f.afterMs)}`;
    case 'redirect-loop':
      return `redirect loop (back to ${f.url})`;
    case 'too-many-redirects':
      return `more than ${f.limit} redirects`;
    case 'bad-url':
      return `not an http(s) URL: ${f.url}`;
    case 'robots-disallow':
      return `robots.txt disallows ${f.url} for this bot`;
    case 'robots-unreachable':
      return `robots.txt could not be read (${f.detail}), so nothing is fetched from this site until it can`;
    case 'private-address':
      return `refused: ${f.host} is a private address (${f.address}); SOURCES_ALLOW_PRIVATE=true allows it`;
    case 'network':
      return `network error: ${f.detail}`;
    case 'bad-encoding':
      return `bad encoding: ${f.detail}`;
    case 'not-a-feed':
      return `not a feed: ${f.detail}`;
    case 'not-a-list-page':
      return `not a press-release list: ${f.detail}`;
    case 'malformed':
      return `malformed: ${f.detail}`;
  }
}

/**
 * Failures that will not go away by asking again soon: the source is paused at once (and still probed once a
 * day). 404 is not among them: sites move feeds and put them back.
 */
export function isPermanentFailure(f: SourceFailure): boolean {
  return (
    (f.kind === 'http-status' && (f.status === 410 || f.status === 451)) || f.kind === 'robots-disallow' || f.kind === 'private-address'
  );
}

export function formatDuration(ms: number): string {
  const s = Math.round(ms / 1000);
  if (ms < 1000) return `${ms} ms`;
  if (s < 120) return `${s} s`;
  const m = Math.round(s / 60);
  if (m < 120) return `${m} min`;
  const h = Math.round(m / 60);
  return h < 48 ? `${h} h` : `${Math.round(h / 24)} days`;
}

function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${Math.round((n / (1024 * 1024)) * 10) / 10} MB`;
  if (n >= 1024) return `${Math.round(n / 1024)} kB`;
  return `${n} bytes`;
}
