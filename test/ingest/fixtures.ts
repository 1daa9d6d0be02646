// The fixtures of test/ingest, read as the fetcher would hand them over: a feed's text, a page's bytes.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FetchPage } from '../../src/ingest/index.js';

export const FIXTURES = join(import.meta.dirname, 'fixtures');

export const feedText = (name: string): string => readFileSync(join(FIXTURES, 'feeds', name), 'utf8');
export const pageBytes = (name: string): Uint8Array => readFileSync(join(FIXTURES, 'pages', name));
export const pageText = (name: string): string => readFileSync(join(FIXTURES, 'pages', name), 'utf8');
export const storyText = (name: string): string => readFileSync(join(FIXTURES, 'stories', name), 'utf8');

/**
 * A fetcher over a map of URL → page fixture, counting its calls; an unknown URL fails as a 404 would. A
 * page may answer from another URL (a redirect), written `fixture@https://final.url/`.
 */
export function fixtureFetcher(pages: Record<string, string>): FetchPage & { calls: string[] } {
  const calls: string[] = [];
  const fetchPage = async (url: string) => {
    calls.push(url);
    const entry = pages[url];
    if (!entry) throw new Error('HTTP 404');
    const [name, finalUrl] = entry.split('@') as [string, string | undefined];
    const contentType = name.endsWith('.bin') ? 'text/html' : 'text/html; charset=utf-8';
    return Promise.resolve({ url: finalUrl ?? url, body: pageBytes(name), contentType });
  };
  return Object.assign(fetchPage, { calls });
}
