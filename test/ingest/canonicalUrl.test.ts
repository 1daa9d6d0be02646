import { describe, expect, it } from 'vitest';
import { canonicalUrl, cleanUrl, isTrackingParameter } from '../../src/ingest/canonicalUrl.js';

describe('cleanUrl', () => {
  it('removes utm_*, fbclid, gclid and the other tracking parameters, keeping the ones that name the page', () => {
    expect(cleanUrl('https://wire.example/a?id=884&utm_source=rss&utm_medium=feed&UTM_Campaign=x')).toBe('https://wire.example/a?id=884');
    expect(cleanUrl('https://x.example/n/1?fbclid=IwAR0&gclid=Cj0&msclkid=1&mc_cid=2&_ga=3&ref_src=twsrc')).toBe('https://x.example/n/1');
    expect(cleanUrl('https://x.example/n/1?page=2&lang=en')).toBe('https://x.example/n/1?page=2&lang=en');
  });

  it('drops the fragment, lower-cases the host, drops the default port, and resolves a relative address', () => {
    expect(cleanUrl('HTTPS://Wire.Example:443/a#comments')).toBe('https://wire.example/a');
    expect(cleanUrl('/en/press/1187?fbclid=abc', 'https://mfa.example/en/press')).toBe('https://mfa.example/en/press/1187');
  });

  it('refuses what is not an absolute http(s) address', () => {
    expect(cleanUrl('javascript:alert(1)')).toBeNull();
    expect(cleanUrl('mailto:press@mfa.example')).toBeNull();
    expect(cleanUrl('not a url')).toBeNull();
  });

  it('names tracking parameters by prefix and by name', () => {
    expect(['utm_term', 'pk_campaign', 'mtm_source', 'hsa_acc', 'gbraid', 'yclid'].every(isTrackingParameter)).toBe(true);
    expect(['id', 'p', 'page', 'article', 'ref'].some(isTrackingParameter)).toBe(false);
  });
});

describe('canonicalUrl', () => {
  it('takes the declared canonical first, cleaned, then og:url, then the page address', () => {
    expect(canonicalUrl('https://a.example/x?utm_source=y', ['https://a.example/story?utm_medium=z', 'https://a.example/og'])).toBe(
      'https://a.example/story',
    );
    expect(canonicalUrl('https://a.example/x?utm_source=y', [null, 'https://a.example/og?fbclid=1'])).toBe('https://a.example/og');
    expect(canonicalUrl('https://a.example/x?utm_source=y', [])).toBe('https://a.example/x');
  });

  it("ignores a canonical that points an article page at the site's front page", () => {
    expect(canonicalUrl('https://a.example/news/1', ['https://a.example/'])).toBe('https://a.example/news/1');
  });
});
