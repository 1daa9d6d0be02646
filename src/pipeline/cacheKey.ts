// An article's cache key, in a module of its own so that the file-reading worker can hash without
// loading the extractor.
import { createHash } from 'node:crypto';

/** The cache key of one article file: its name and bytes, under the extractor's and dictionary's prefix. */
export function articleKey(prefix: string, file: string, bytes: Uint8Array): string {
  return createHash('sha1').update(prefix).update(file).update('\u0000').update(bytes).digest('base64url');
}
