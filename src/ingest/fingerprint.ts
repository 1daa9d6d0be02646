// Two fingerprints of an article's text: an exact one (the same words, whatever the spacing, case or quote
// marks) and a MinHash signature (Broder 1997) over word shingles, for reprints that differ by a dateline,
// a footer or a few edited words. Pure; docs/ingest.md says why MinHash rather than SimHash, and how the
// threshold was chosen on the fixtures.
import { Buffer } from 'node:buffer';
import { createHash } from 'node:crypto';

/** Words per shingle. Three keeps word order (a reprint) apart from shared vocabulary (the same topic). */
export const SHINGLE_WORDS = 3;

/** Hash functions in a signature: the estimate of a Jaccard similarity J has a standard error √(J(1−J)/128) ≤ 0.045. */
export const MINHASH_SIZE = 128;

/**
 * Two texts whose shingle sets have an estimated Jaccard similarity of at least this are one story. On the
 * fixtures (test/ingest/fixtures/stories) reprints lie at 0.50–0.84 and different stories at ≤ 0.18 (a
 * follow-up that reuses two background paragraphs of the wire story); 0.35 sits more than three standard
 * errors from both.
 */
export const NEAR_DUPLICATE_JACCARD = 0.35;

/** Fewer words than this, and a signature says little (a teaser, a caption): such texts match exactly only. */
export const MIN_WORDS_FOR_MINHASH = 40;

export interface TextFingerprint {
  /** SHA-256 (hex) of the normalised text: equal for texts that differ only in spacing, case and punctuation. */
  readonly exact: string;
  /** MinHash signature (`MINHASH_SIZE` 32-bit minima, base64); null for a text too short for one. */
  readonly minhash: string | null;
  readonly words: number;
}

/** Lower case, NFKC, letters and digits only, one space between words. */
export function normaliseText(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export function fingerprintText(text: string): TextFingerprint {
  const normal = normaliseText(text);
  const words = normal ? normal.split(' ') : [];
  return {
    exact: createHash('sha256').update(normal).digest('hex'),
    minhash: words.length >= MIN_WORDS_FOR_MINHASH ? encode(minhash(words)) : null,
    words: words.length,
  };
}

/** The MinHash signature of the word shingles of `words`: for each of `size` hash functions, the least value. */
export function minhash(words: readonly string[], shingle = SHINGLE_WORDS, size = MINHASH_SIZE): Uint32Array {
  const signature = new Uint32Array(size).fill(0xffffffff);
  const n = Math.max(1, words.length - shingle + 1);
  const seen = new Set<number>();
  for (let i = 0; i < n; i++) {
    const h = hash32(words.slice(i, i + shingle).join(' '));
    if (seen.has(h)) continue;
    seen.add(h);
    for (let k = 0; k < size; k++) {
      // The k-th hash function: the shingle's hash mixed with the k-th seed (a murmur3 finaliser).
      const v = mix32(h ^ SEEDS[k]!);
      if (v < signature[k]!) signature[k] = v;
    }
  }
  return signature;
}

/** The share of positions where two signatures agree: an unbiased estimate of the Jaccard similarity. */
export function estimatedJaccard(a: Uint32Array, b: Uint32Array): number {
  const n = Math.min(a.length, b.length);
  if (n === 0) return 0;
  let same = 0;
  for (let i = 0; i < n; i++) if (a[i] === b[i]) same++;
  return same / n;
}

/** The estimated Jaccard similarity of two fingerprints: 1 for the same exact text, 0 when either has no signature. */
export function similarity(a: TextFingerprint, b: TextFingerprint): number {
  if (a.exact === b.exact) return 1;
  if (!a.minhash || !b.minhash) return 0;
  return estimatedJaccard(decode(a.minhash), decode(b.minhash));
}

/** Whether two fingerprints are one story: the same exact text, or an estimated Jaccard ≥ `NEAR_DUPLICATE_JACCARD`. */
export function sameStory(a: TextFingerprint, b: TextFingerprint): boolean {
  return similarity(a, b) >= NEAR_DUPLICATE_JACCARD;
}

export function encode(signature: Uint32Array): string {
  const bytes = Buffer.alloc(signature.length * 4);
  signature.forEach((v, i) => bytes.writeUInt32LE(v, i * 4));
  return bytes.toString('base64');
}

export function decode(signature: string): Uint32Array {
  const bytes = Buffer.from(signature, 'base64');
  const out = new Uint32Array(bytes.length >> 2);
  for (let i = 0; i < out.length; i++) out[i] = bytes.readUInt32LE(i * 4);
  return out;
}

/** Fixed seeds, so signatures written today compare with those written next year. */
const SEEDS = Uint32Array.from({ length: MINHASH_SIZE }, (_, k) => mix32(Math.imul(k + 1, 0x9e3779b9)));

/** 32-bit FNV-1a over the string's UTF-16 code units, then mixed so that nearby strings spread. */
function hash32(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return mix32(h);
}

function mix32(x: number): number {
  let h = x >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}
