// The sources file: every bad entry named with its index, id and field, and the rest loaded; the shipped
// file loads whole.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatSourcesProblem, loadSourcesFile, parseSourcesFile, validateSources } from '../../src/sources/sourcesFile.js';

const good = { id: 'armenpress', name: 'Armenpress', url: 'https://armenpress.am/en/rss', language: 'en', interval: 15 };

describe('validateSources', () => {
  it('loads a good entry with the defaults of its optional fields', () => {
    expect(validateSources([good])).toEqual({
      sources: [{ ...good, url: 'https://armenpress.am/en/rss', kind: 'feed', fullText: false, enabled: true }],
      problems: [],
    });
    const full = {
      ...good,
      kind: 'page-list',
      fullText: true,
      enabled: false,
      homepage: 'https://armenpress.am/',
      note: 'checked 2026-01',
    };
    expect(validateSources([full]).sources[0]).toMatchObject({
      kind: 'page-list',
      fullText: true,
      enabled: false,
      homepage: 'https://armenpress.am/',
    });
  });

  it('names each bad entry by index, id and field, and loads the rest', () => {
    const { sources, problems } = validateSources([
      { ...good, id: 'one' },
      { ...good, id: 'two', url: 'ftp://armenpress.am/rss' },
      { ...good, id: 'three', interval: 1 },
      { ...good, id: 'Bad Id' },
      'not an object',
      { ...good, id: 'four', kind: 'podcast', lang: 'en' },
      { ...good, id: 'five' },
      { ...good, id: 'one' },
    ]);
    expect(sources.map((s) => s.id)).toEqual(['one', 'five']);
    expect(problems.map((p) => formatSourcesProblem(p, 'sources.json'))).toEqual([
      'sources.json entry 1 (id "two"), field "url": must be http or https, got "ftp:"',
      'sources.json entry 2 (id "three"), field "interval": must be whole minutes between 5 and 1440, got 1',
      'sources.json entry 3, field "id": must be lower-case letters, digits and "-" (at most 63), got "Bad Id"',
      'sources.json entry 4: must be an object with id, name, url, language and interval',
      'sources.json entry 5 (id "four"), field "kind": must be "feed" or "page-list", got "podcast"',
      'sources.json entry 5 (id "four"), field "lang": is not a field of a source (known: id, name, url, language, interval, kind, fullText, homepage, enabled, note)',
      'sources.json entry 7 (id "one"), field "id": repeats the id of entry 0; this entry is skipped',
    ]);
  });

  it('says so when the file is not JSON or not an array', () => {
    expect(formatSourcesProblem(parseSourcesFile('[{').problems[0]!, 'sources.json')).toMatch(/^sources\.json: is not JSON: /);
    expect(parseSourcesFile('{}').problems[0]!.message).toBe('must be a JSON array of sources');
  });

  it('reads a missing file as no sources', async () => {
    expect(await loadSourcesFile('/nonexistent/sources.json')).toEqual({ sources: [], problems: [] });
  });
});

describe('the shipped seeds/sources.json', () => {
  const text = readFileSync(join(import.meta.dirname, '../../seeds/sources.json'), 'utf8');

  it('loads whole, every source https, with a home page, and listed in docs/sources.md', () => {
    const { sources, problems } = parseSourcesFile(text);
    expect(problems).toEqual([]);
    expect(sources.length).toBeGreaterThanOrEqual(10);
    const doc = readFileSync(join(import.meta.dirname, '../../docs/sources.md'), 'utf8');
    for (const s of sources) {
      expect(s.url, s.id).toMatch(/^https:\/\//);
      expect(s.homepage, s.id).toBeDefined();
      expect(doc, s.id).toContain(`\`${s.id}\``);
    }
  });
});
