import { describe, expect, it } from 'vitest';
import { briefJson } from '../../src/format/briefJson.js';
import { actorHeading, formatBrief } from '../../src/format/formatBrief.js';
import { headingOf } from '../../src/views/actors.js';
import { briefView } from '../../src/views/brief.js';
import { brief, date, donfried, lookup, mirzoyan, quoteA } from './fixtures.js';

describe('formatBrief', () => {
  const text = formatBrief(briefView(brief, lookup));
  const lines = text.split('\n');

  it('opens with the name, the role and the country, then the counts', () => {
    expect(lines[0]).toBe('Ararat Mirzoyan — Foreign Minister of Armenia · Armenia');
    expect(lines[1]).toBe('3 statements in 2 articles, 2 contacts');
  });

  it('groups statements under their article, newest article first, cited by outlet, title and address, else its first words', () => {
    expect(lines.filter((l) => /^\d{4}-\d{2}-\d{2} · /.test(l))).toEqual([
      '2022-04-01 · Armenpress: Mirzoyan: peace is possible <https://armenpress.am/eng/news/1> [b]',
      '2022-03-25 · Mirzoyan told Donfried that Azerbaijan “grossly violated the… [a]',
    ]);
    expect(text.indexOf('peace is possible')).toBeLessThan(text.indexOf('grossly violated'));
  });

  it('puts a quote between marks and gives a reported sentence as written, on one line, each with its kind', () => {
    expect(lines).toContain('  quote     “grossly violated the commitments”');
    expect(lines).toContain('  reported  According to the foreign ministry, Mirzoyan stressed the need for a clear response.');
  });

  it('names the cue, the addressee and who relayed the words', () => {
    expect(lines).toContain('            cue: told · to: Karen Donfried');
    expect(lines).toContain('            cue: stressed · via: Ministry of Foreign Affairs of Armenia');
  });

  it('lists contacts with their date or "undated", kind, the other party, a status other than held, and the article', () => {
    const contacts = lines.slice(lines.indexOf('Contacts') + 1).filter(Boolean);
    expect(contacts).toEqual([
      '  undated     meeting  Andrzej Kasprzyk (planned)  Armenpress',
      '  2022-03-25  call     Karen Donfried              Mirzoyan told Donfried that Azerbaijan “grossly violated the…',
    ]);
  });

  it('says when there is nothing to show, and names the period asked for', () => {
    const empty = formatBrief(
      briefView({ ...brief, articles: [], contacts: [], statementCount: 0, utteranceCount: 0, articleCount: 0, contactCount: 0 }, lookup, {
        since: date('2023-01-01'),
      }),
    );
    expect(empty).toBe(
      'Ararat Mirzoyan — Foreign Minister of Armenia · Armenia\n0 statements in 0 articles, 0 contacts, since 2023-01-01\n\nStatements\n  none found\n\nContacts\n  none found\n',
    );
  });

  it('wraps long statements under their text when given a width, and never otherwise', () => {
    const long = { ...quoteA, end: quoteA.start + 5 };
    const words = 'one two three four five six seven eight nine ten eleven twelve thirteen fourteen';
    const wide = { ...lookup, statementText: () => words };
    const narrow = formatBrief(briefView({ ...brief, articles: [{ ...brief.articles[1]!, statements: [long] }] }, wide), { width: 40 });
    const quoteLines = narrow.split('\n').filter((l) => /one|fourteen|seven/.test(l));
    expect(quoteLines.length).toBeGreaterThan(1);
    for (const l of quoteLines) expect(l.length).toBeLessThanOrEqual(40);
    for (const l of quoteLines.slice(1)) expect(l.startsWith(' '.repeat(12))).toBe(true);
    expect(formatBrief(briefView({ ...brief, articles: [{ ...brief.articles[1]!, statements: [long] }] }, wide))).toContain(`“${words}”`);
  });

  it('notes a statement dated otherwise than its article', () => {
    const dated = { ...quoteA, date: date('2022-03-24'), dateBasis: 'text' as const };
    const out = formatBrief(briefView({ ...brief, articles: [{ ...brief.articles[1]!, statements: [dated] }] }, lookup));
    expect(out).toContain('cue: told · to: Karen Donfried · on 2022-03-24');
  });
});

describe('actorHeading', () => {
  it('falls back on a discovered actor’s description and leaves out what is unknown', () => {
    expect(actorHeading(headingOf(donfried))).toBe('Karen Donfried — US Assistant Secretary of State');
    expect(actorHeading(headingOf({ ...mirzoyan, country: undefined }))).toBe('Ararat Mirzoyan');
  });
});

describe('briefJson', () => {
  it('is the brief with each statement’s words beside its span', () => {
    const json = JSON.parse(JSON.stringify(briefJson(brief, lookup)));
    expect(json.actor.id).toBe('ararat-mirzoyan');
    expect(json.statementCount).toBe(3);
    expect(json.articles[1].article).toEqual({ id: 'a', file: 'a.txt', date: '2022-03-25' });
    expect(json.articles[1].statements[0]).toMatchObject({
      id: 'a#0',
      kind: 'quote',
      text: 'grossly violated the commitments',
      start: quoteA.start,
    });
    expect(json.contacts).toHaveLength(2);
  });
});
