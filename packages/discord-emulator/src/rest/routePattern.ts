/**
 * Route patterns: "POST /channels/:channel_id/messages"; `:name` and `*` match one segment, `**` the rest.
 * The REST router, fault injection and the request queries of DiscordEmulator share them.
 */

export interface RoutePattern {
  method: string | null;
  segments: string[];
  source: string;
}

export function compileRoute(spec: string): RoutePattern {
  const trimmed = spec.trim();
  const space = trimmed.indexOf(' ');
  let method: string | null = null;
  let path = trimmed;
  if (space !== -1) {
    method = trimmed.slice(0, space).toUpperCase();
    path = trimmed.slice(space + 1).trim();
    if (method === '*') method = null;
  }
  path = path.replace(/^\/api(\/v\d+)?/, '');
  return { method, segments: splitPath(path), source: trimmed };
}

/** Path segments, percent-decoded ("%40original" -> "@original"). */
export function splitPath(path: string): string[] {
  return path
    .split('/')
    .filter((s) => s.length > 0)
    .map((s) => {
      try {
        return decodeURIComponent(s);
      } catch {
        return s;
      }
    });
}

export function matchRoute(pattern: RoutePattern, method: string, segments: string[]): Record<string, string> | null {
  if (pattern.method && pattern.method !== method) return null;
  const params: Record<string, string> = {};
  for (let i = 0; i < pattern.segments.length; i++) {
    const p = pattern.segments[i]!;
    if (p === '**') return params;
    const s = segments[i];
    if (s === undefined) return null;
    if (p.startsWith(':')) params[p.slice(1)] = s;
    else if (p !== '*' && p !== s) return null;
  }
  return segments.length === pattern.segments.length ? params : null;
}
