import { describe, expect, it } from 'vitest';
import type { ActorSummary } from '../../../src/index/api.js';
import { buildIndex } from '../../../src/index/buildIndex.js';
import { FormErrors, validateChoices } from '@attache/discord-emulator';
import { ACTORS_PER_PAGE, autocompleteChoices, renderActorsPages, renderUnknownActor } from '../../../src/discord/render/index.js';
import { actorRow, actorsView, unknownActorView } from '../../../src/views/actors.js';
import { sampleInput } from '../../index/fixtures.js';
import { assertWithinLimits, discovered, longWords, makeDictionary } from './helpers.js';

/** Rows as the actor views make them from the index's summaries. */
const rows = (summaries: readonly ActorSummary[]) => summaries.map(actorRow);

describe('renderActorsPages', () => {
  const index = buildIndex(sampleInput());

  it('lists one actor a line: name, role and country, statement and contact counts', () => {
    const pages = renderActorsPages(actorsView(index.actors('Mir'), 'Mir'));
    expect(pages).toHaveLength(1);
    const [embed] = pages[0]!.embeds;
    expect(embed!.title).toBe('Actors matching “Mir”');
    expect(embed!.description!.split('\n').slice(2)).toEqual([
      '**Ararat Mirzoyan** · Foreign Minister of Armenia · Armenia — 3 statements, 2 contacts',
      '**Gohar Mirzoyan** · civil society activist — 1 statement, 1 contact',
    ]);
    assertWithinLimits(pages[0]!);
  });

  it('says when no actor matches, or when the corpus has none', () => {
    expect(renderActorsPages(actorsView([], 'zzz'))[0]!.embeds[0]!.description).toBe('No actor matches “zzz”.');
    expect(renderActorsPages(actorsView([]))[0]!.embeds[0]!.description).toBe('No actors found in the corpus.');
  });

  it('pages 500 actors with markdown in their names: each once, every page within limits', () => {
    const summaries: ActorSummary[] = Array.from({ length: 500 }, (_, i) => ({
      actor: discovered(`a${i}`, `**Actor ${i}** @everyone ${longWords(i % 7 ? 10 : 400)}`, { country: longWords(300) }),
      label: `<@&${i}> ${longWords(300)}`,
      statementCount: i,
      contactCount: 0,
    }));
    const pages = renderActorsPages(actorsView(summaries));
    expect(pages).toHaveLength(Math.ceil(500 / ACTORS_PER_PAGE));
    const seen: number[] = [];
    pages.forEach((page, i) => {
      assertWithinLimits(page);
      const text = page.embeds[0]!.description!;
      expect(text).not.toMatch(/@everyone|<@&\d/);
      seen.push(...[...text.matchAll(/\\\*\\\*Actor (\d+)\\\*\\\*/g)].map((m) => Number(m[1])));
      expect(page.embeds[0]!.footer?.text).toBe(`Page ${i + 1} of ${pages.length}`);
    });
    expect(seen).toEqual(summaries.map((_, i) => i));
  });
});

describe('renderUnknownActor', () => {
  it('names the closest actors and says how to find the right one', () => {
    const suggestions = [discovered('a', 'Ararat Mirzoyan'), discovered('b', 'Gohar Mirzoyan')];
    expect(renderUnknownActor(unknownActorView('Mirzoyn', suggestions))).toBe(
      'No actor matches “Mirzoyn”. Did you mean: Ararat Mirzoyan, Gohar Mirzoyan? Type a few letters and pick from the list.',
    );
  });

  it('asks nothing when there is nothing to suggest', () => {
    expect(renderUnknownActor(unknownActorView('Zzz', []))).toBe('No actor matches “Zzz”. Type a few letters and pick from the list.');
  });

  it('names a namesake once and suggests at most five', () => {
    const same = Array.from({ length: 3 }, (_, i) => discovered(`s${i}`, 'Same Name'));
    const more = Array.from({ length: 8 }, (_, i) => discovered(`m${i}`, `Name ${i}`));
    expect(renderUnknownActor(unknownActorView('x', [...same, ...more]))).toBe(
      'No actor matches “x”. Did you mean: Same Name, Name 0, Name 1, Name 2, Name 3? Type a few letters and pick from the list.',
    );
  });

  it('escapes the query and the names, and neutralises mentions in them', () => {
    const text = renderUnknownActor(unknownActorView('@everyone **x**', [discovered('e', '<@&123> _Evil_')]));
    expect(text).toBe(
      'No actor matches “@\u200beveryone \\*\\*x\\*\\*”. Did you mean: <\u200b@&123> \\_Evil\\_? Type a few letters and pick from the list.',
    );
  });

  it('stays short whatever the user typed', () => {
    expect(renderUnknownActor(unknownActorView('word '.repeat(1000), [discovered('l', 'Long '.repeat(100))])).length).toBeLessThan(400);
  });
});

const summary = (actor: ActorSummary['actor'], label?: string): ActorSummary => ({
  actor,
  statementCount: 1,
  contactCount: 0,
  ...(label ? { label } : {}),
});
const mirzoyan = makeDictionary().actors.find((a) => a.id === 'mirzoyan')!;

describe('autocompleteChoices', () => {
  it('names each choice with the role or country beside the name, the id as its value', () => {
    expect(autocompleteChoices(rows([summary(mirzoyan, 'Foreign Minister of Armenia')]))).toEqual([
      { name: 'Ararat Mirzoyan — Foreign Minister of Armenia', value: 'mirzoyan' },
    ]);
    expect(autocompleteChoices(rows([summary(discovered('x', 'Gohar Mirzoyan', { description: 'civil society activist' }))]))).toEqual([
      { name: 'Gohar Mirzoyan — civil society activist', value: 'x' },
    ]);
    expect(autocompleteChoices(rows([summary(discovered('y', 'Leyla Bayramova'))]))).toEqual([{ name: 'Leyla Bayramova', value: 'y' }]);
  });

  it('offers at most 25 choices, in the order given, one per actor', () => {
    const many = Array.from({ length: 40 }, (_, i) => summary(discovered(`p${i}`, `Person ${i}`)));
    const choices = autocompleteChoices(rows([many[0]!, ...many]));
    expect(choices).toHaveLength(25);
    expect(choices.map((c) => c.value)).toEqual(many.slice(0, 25).map((s) => s.actor.id));
  });

  it('keeps every name within 100 characters, the role giving way before the name', () => {
    const long = 'Extraordinarily Long Name '.repeat(3).trim();
    const [choice] = autocompleteChoices(
      rows([
        summary(discovered('long', long), 'Special Representative of the Secretary General for the Countries of the South Caucasus Region'),
      ]),
    );
    expect(choice!.name.length).toBeLessThanOrEqual(100);
    expect(choice!.name.startsWith(`${long} — Special`)).toBe(true);
    expect(choice!.name.endsWith('…')).toBe(true);
    const [huge] = autocompleteChoices(rows([summary(discovered('huge', 'Name '.repeat(100)), 'Role '.repeat(100))]));
    expect(huge!.name.length).toBeLessThanOrEqual(100);
  });

  it('leaves out an actor whose id is too long to be a choice value', () => {
    const choices = autocompleteChoices(rows([summary(discovered('i'.repeat(101), 'Too Long')), summary(discovered('ok', 'Fine'))]));
    expect(choices).toEqual([{ name: 'Fine', value: 'ok' }]);
  });

  it('passes Discord validation of autocomplete choices even for pathological actors', () => {
    const weird = Array.from({ length: 30 }, (_, i) =>
      summary(discovered(`w${i}`, i % 2 ? ' \n ' : `${'名'.repeat(300)}`), i % 3 ? '👩‍⚖️'.repeat(100) : undefined),
    );
    const errors = new FormErrors();
    validateChoices({ choices: autocompleteChoices(rows(weird)) }, errors, []);
    expect(errors.toJson()).toEqual({});
  });
});
