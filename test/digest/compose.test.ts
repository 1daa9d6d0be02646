// The digest as plain data: what composeDigest says, before anything is shown (test/discord/render/digest.test.ts
// has the same digests as Discord gets them).
import { describe, expect, it } from 'vitest';
import { composeDigest } from '../../src/digest/compose.js';
import { statementSize } from '../../src/digest/messages.js';
import type { ActorSection, DigestMessage } from '../../src/digest/types.js';
import { LIMITS } from '../../src/platform/limits.js';
import { sampleInput } from '../index/fixtures.js';
import { digestIndexOf, longStatements } from './fixtures.js';

const ROLE = '222222222222222222';
const all = { actors: [], mentionRoleId: null };

function sample() {
  const { articles, extractions } = sampleInput();
  return digestIndexOf(articles, extractions);
}

const actorSections = (messages: readonly DigestMessage[]) =>
  messages.flatMap((m) => m.sections.filter((s): s is ActorSection => s.kind === 'actor'));

describe('composeDigest', () => {
  it('is plain data: it survives a delivery record as JSON unchanged', () => {
    const messages = composeDigest(sample(), ['a1', 'a2', 'a4'], { actors: [], mentionRoleId: ROLE });
    expect(JSON.parse(JSON.stringify(messages))).toEqual(messages);
  });

  it('groups by actor, busiest first, each with its role, counts, statements and contacts', () => {
    const [message, ...rest] = composeDigest(sample(), ['a1', 'a4'], all);
    expect(rest).toEqual([]);
    expect(message!).toMatchObject({ title: 'Attaché digest', part: 1, parts: 1 });
    const [mirzoyan, ...others] = actorSections([message!]);
    expect(mirzoyan!.actor).toEqual({
      id: 'mirzoyan',
      name: 'Ararat Mirzoyan',
      about: expect.stringContaining('Foreign Minister of Armenia'),
    });
    expect(mirzoyan).toMatchObject({ continued: false, statements: 3, contacts: 2 });
    const kinds = mirzoyan!.items.map((i) => i.kind);
    expect(kinds).toEqual(['statement', 'statement', 'statement', 'contacts']);
    expect(others.map((s) => s.actor.name)).toEqual(['Jeyhun Bayramov', 'Gohar Mirzoyan']);
  });

  it('says once, in the first message, what the whole digest holds and whom it pings', () => {
    const messages = composeDigest(sample(), ['a1', 'a2', 'a4'], { actors: [], mentionRoleId: ROLE });
    expect(messages[0]!.headline).toEqual({
      statements: 7,
      contacts: 4,
      articles: 3,
      from: '2022-03-25',
      to: '2022-06-01',
      mentionRoleId: ROLE,
    });
    for (const mentionRoleId of ['@everyone', '<@&1>']) {
      expect(composeDigest(sample(), ['a1'], { actors: [], mentionRoleId })[0]!.headline!.mentionRoleId).toBeNull();
    }
  });

  it('cuts a long digest into numbered parts, an actor going on in a continued section', () => {
    const { index, ids } = longStatements(30, 'peace', 'c');
    const messages = composeDigest(index, ids, all);
    expect(messages.length).toBeGreaterThan(1);
    messages.forEach((m, i) => expect(m).toMatchObject({ part: i + 1, parts: messages.length }));
    expect(messages.slice(1).every((m) => m.headline === undefined)).toBe(true);
    const sections = actorSections(messages);
    expect(sections[0]!.continued).toBe(false);
    expect(sections.slice(1).every((s) => s.continued)).toBe(true);
    // Within the room the cut measures: a message holds what Discord takes, with room for its footer.
    for (const m of messages) {
      const size = actorSections([m]).reduce(
        (n, s) => n + s.items.reduce((k, i) => k + (i.kind === 'statement' ? statementSize(i.statement) : 0), 0),
        0,
      );
      expect(size).toBeLessThan(LIMITS.embedsTotal);
    }
  });
});
