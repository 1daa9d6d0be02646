// Text in the encoding the document declares: header, XML declaration, HTML meta, in that order.
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { charsetFromContentType, decodeText, decodeTextDetailed, EncodingError } from '../../src/sources/encoding.js';

const RUSSIAN = 'Министр иностранных дел Армении встретился с послом';
const GEORGIAN = 'საქართველოს საგარეო საქმეთა სამინისტრო';

describe('decodeText', () => {
  it('honours the charset of the Content-Type header', () => {
    const bytes = iconv.encode(`<rss><title>${RUSSIAN}</title></rss>`, 'win1251');
    expect(decodeText(bytes, 'application/rss+xml; charset="windows-1251"')).toBe(`<rss><title>${RUSSIAN}</title></rss>`);
    expect(charsetFromContentType('text/html;Charset=ISO-8859-2')).toBe('iso-8859-2');
    expect(charsetFromContentType('text/html')).toBeNull();
  });

  it("reads the XML declaration's encoding when the header names none", () => {
    const text = `<?xml version="1.0" encoding="windows-1251"?>\n<rss><title>${RUSSIAN}</title></rss>`;
    expect(decodeTextDetailed(iconv.encode(text, 'win1251'), 'text/xml')).toEqual({ text, charset: 'windows1251', origin: 'xml' });
  });

  it('reads an HTML meta charset, in either form', () => {
    const a = `<html><head><meta charset="koi8-r"><title>${RUSSIAN}</title></head></html>`;
    expect(decodeText(iconv.encode(a, 'koi8-r'), 'text/html')).toBe(a);
    const b = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-5"></head><body>${RUSSIAN}</body></html>`;
    expect(decodeTextDetailed(iconv.encode(b, 'iso-8859-5'), null)).toMatchObject({ text: b, origin: 'meta' });
  });

  it('lets the header win over what the document says, as browsers do', () => {
    const text = `<?xml version="1.0" encoding="windows-1251"?><rss><title>${GEORGIAN}</title></rss>`;
    expect(decodeText(Buffer.from(text, 'utf8'), 'text/xml; charset=utf-8')).toBe(text);
  });

  it('reads ISO-8859-1 as windows-1252, so typographic quotes survive', () => {
    const bytes = Buffer.from([0x93, 0x4f, 0x4b, 0x94, 0x20, 0xe9]);
    expect(decodeText(bytes, 'text/html; charset=iso-8859-1')).toBe('\u201cOK\u201d é');
  });

  it('defaults to UTF-8 and drops a byte-order mark', () => {
    expect(decodeText(Buffer.from(`\uFEFF${GEORGIAN}`, 'utf8'))).toBe(GEORGIAN);
    expect(decodeTextDetailed(Buffer.from(GEORGIAN, 'utf8')).origin).toBe('default');
  });

  it('refuses an unknown encoding and bytes that are not the UTF-8 they claim', () => {
    expect(() => decodeText(Buffer.from('x'), 'text/xml; charset=klingon-8')).toThrow(EncodingError);
    expect(() => decodeText(Buffer.from('x'), 'text/xml; charset=klingon-8')).toThrow('"klingon-8" (header), which is not known');
    expect(() => decodeText(iconv.encode(RUSSIAN, 'win1251'), 'text/xml; charset=utf-8')).toThrow(
      'declared UTF-8 (header) but is not valid UTF-8',
    );
  });
});
