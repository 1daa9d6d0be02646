// A page's or feed's bytes → text, in the encoding it declares: the byte-order mark, then the HTTP header,
// then the XML declaration or the HTML `<meta charset>` (as browsers do: the header wins over the markup).
// Node's TextDecoder (with its full ICU) knows windows-1251, ISO-8859-x, KOI8-R and the rest, so no
// iconv is needed.

export interface DecodedText {
  readonly text: string;
  /** The encoding used, as TextDecoder names it (`utf-8`, `windows-1251`, …). */
  readonly encoding: string;
  /** Where it was read: `bom`, `header`, `markup`, or `default` (UTF-8). */
  readonly from: 'bom' | 'header' | 'markup' | 'default';
}

/** Text of `bytes`, given the response's `Content-Type` if any. Unknown labels fall back to UTF-8. */
export function decodeText(bytes: Uint8Array, contentType?: string | null): DecodedText {
  const bom = bomEncoding(bytes);
  if (bom) return decode(bytes, bom, 'bom');
  const header = /charset\s*=\s*["']?([^"';\s]+)/i.exec(contentType ?? '')?.[1];
  if (header && known(header)) return decode(bytes, header, 'header');
  const markup = markupEncoding(bytes);
  // Markup that could be read as ASCII to find its declaration is not UTF-16, whatever it says (as HTML has it).
  if (markup && known(markup) && !/^utf-?16/i.test(markup)) return decode(bytes, markup, 'markup');
  return decode(bytes, 'utf-8', 'default');
}

function decode(bytes: Uint8Array, label: string, from: DecodedText['from']): DecodedText {
  const decoder = new TextDecoder(label);
  return { text: decoder.decode(bytes), encoding: decoder.encoding, from };
}

function known(label: string): boolean {
  try {
    new TextDecoder(label);
    return true;
  } catch {
    return false;
  }
}

function bomEncoding(b: Uint8Array): string | null {
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return 'utf-8';
  if (b[0] === 0xfe && b[1] === 0xff) return 'utf-16be';
  if (b[0] === 0xff && b[1] === 0xfe) return 'utf-16le';
  return null;
}

/** `<?xml … encoding="…"?>` or `<meta charset>` / `<meta http-equiv content="…charset=…">` in the first 2 kB. */
function markupEncoding(bytes: Uint8Array): string | null {
  // The declaration is ASCII in every encoding it can name; latin1 reads any byte as one character.
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 2048));
  const xml = /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([^"']+)["']/i.exec(head);
  if (xml) return xml[1]!;
  const meta = /<meta[^>]+charset\s*=\s*["']?([^"'\s/>;]+)/i.exec(head);
  return meta ? meta[1]! : null;
}
