// The parsing libraries, loaded the first time ingestion needs them rather than when the module graph is
// imported: jsdom alone takes ~0.6 s to load, linkedom and feedsmith ~0.3 s more, and every process imports
// this folder (the bot through src/ingestion, every CLI command through the command list) while only the
// one that ingests ever parses a feed or a page.
import { createRequire } from 'node:module';
import type * as Feedsmith from 'feedsmith';
import type * as Jsdom from 'jsdom';
import type * as Linkedom from 'linkedom';

const require = createRequire(import.meta.url);

function once<T>(load: () => T): () => T {
  let loaded: { value: T } | undefined;
  return () => (loaded ??= { value: load() }).value;
}

export const jsdom = once(() => require('jsdom') as typeof Jsdom);
export const linkedom = once(() => require('linkedom') as typeof Linkedom);
export const feedsmith = once(() => require('feedsmith') as typeof Feedsmith);
