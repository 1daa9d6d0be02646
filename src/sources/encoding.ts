// Bytes → text, in the encoding the document declares. Regional outlets still serve windows-1251 and
// ISO-8859-x pages; reading them as UTF-8 would store mojibake that no extraction rule can read.
// Order of authority, as browsers and feed readers use it: a byte-order mark, the Content-Type header's
// charset, the XML declaration, an HTML <meta> charset, else UTF-8.
import { Buffer, isUtf8 } from 'node:buffer';
import iconv from 'iconv-lite';

export type CharsetOrigin = 'bom' | 'header' | 'xml' | 'meta' | 'default';

export interface DecodedText {
  readonly text: string;
  /** The encoding used, as iconv-lite names it (`utf8`, `windows1251`…), lower case. */
  readonly charset: string;
  readonly origin: CharsetOrigin;
}

/** The document cannot be read as text: an encoding nobody knows, or bytes that are not what it declares. */
export class EncodingError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'EncodingError';
  }
}

/** The `charset` parameter of a Content-Type header, lower case; null when it has none. */
export function charsetFromContentType(contentType: string | null | undefined): string | null {
  if (!contentType) return null;
  const match = /;\s*charset\s*=\s*(?:"([^"]*)"|([^;\s]*))/i.exec(contentType);
  const value = (match?.[1] ?? match?.[2] ?? '').trim().toLowerCase();
  return value || null;
}

/** What the first bytes declare: an XML declaration's encoding, else an HTML meta charset. */
export function declaredCharset(bytes: Uint8Array): { charset: string; origin: 'xml' | 'meta' } | null {
  // Declarations are ASCII and come first; latin1 reads any byte as one character without failing.
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 2048)).toString('latin1');
  const xml = /^\s*<\?xml[^>]*\sencoding\s*=\s*["']([A-Za-z0-9._:-]+)["']/.exec(head);
  if (xml) return { charset: xml[1]!.toLowerCase(), origin: 'xml' };
  const meta =
    /<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)/i.exec(head) ??
    /<meta[^>]+content\s*=\s*["'][^"']*charset\s*=\s*([A-Za-z0-9._:-]+)/i.exec(head);
  if (meta) return { charset: meta[1]!.toLowerCase(), origin: 'meta' };
  return null;
}

function bomCharset(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  return null;
}

const UTF8 = new Set(['utf-8', 'utf8', 'unicode-1-1-utf-8']);

/**
 * Decodes a fetched document. Throws EncodingError when the declared encoding is unknown, or when text
 * declared (or assumed) UTF-8 is not valid UTF-8: better a source marked "bad encoding" than garbled articles.
 */
export function decodeText(bytes: Uint8Array, contentType?: string | null): string {
  return decodeTextDetailed(bytes, contentType).text;
}

export function decodeTextDetailed(bytes: Uint8Array, contentType?: string | null): DecodedText {
  const bom = bomCharset(bytes);
  const fromHeader = charsetFromContentType(contentType);
  const declared = bom || fromHeader ? null : declaredCharset(bytes);
  const [charset, origin]: [string, CharsetOrigin] = bom
    ? [bom, 'bom']
    : fromHeader
      ? [fromHeader, 'header']
      : declared
        ? [declared.charset, declared.origin]
        : ['utf-8', 'default'];

  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (UTF8.has(charset)) {
    if (!isUtf8(buffer)) {
      const said = origin === 'default' ? 'declares no encoding and' : `is declared UTF-8 (${origin}) but`;
      throw new EncodingError(`the document ${said} is not valid UTF-8`);
    }
    return { text: buffer.toString('utf8').replace(/^\uFEFF/, ''), charset: 'utf8', origin };
  }
  // A document labelled with the wrong name of Latin-1 is common; the WHATWG rule reads it as windows-1252,
  // a superset, so the curly quotes and dashes Word puts in press releases come out right.
  const name = ['iso-8859-1', 'latin1', 'us-ascii', 'ascii'].includes(charset) ? 'windows-1252' : charset;
  if (!iconv.encodingExists(name))
    throw new EncodingError(`the document declares the encoding "${charset}" (${origin}), which is not known`);
  const text = iconv.decode(buffer, name, { stripBOM: true });
  return { text, charset: name.replace(/[^a-z0-9]/g, ''), origin };
}
