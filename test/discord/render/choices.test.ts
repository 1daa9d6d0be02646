import { describe, expect, it } from 'vitest';
import type { ActorSummary } from '../../../src/index/api.js';
import { FormErrors, validateChoices } from '@attache/discord-emulator';
import { autocompleteChoices } from '../../../src/discord/render/index.js';
import { discovered, makeDictionary } from './helpers.js';

const summary = (actor: ActorSummary['actor'], label?: string): ActorSummary => ({
  actor,
  statementCount: 1,
  contactCount: 0,
  ...(label ? { label } : {}),
});
const mirzoyan = makeDictionary().actors.find((a) => a.id === 'mirzoyan')!;

describe('autocompleteChoices', () => {
  it('names each choice with the role or country beside the name, the id as its value', () => {
    expect(autocompleteChoices([summary(mirzoyan, 'Foreign Minister of Armenia')])).toEqual([
      { name: 'Ararat Mirzoyan — Foreign Minister of Armenia', value: 'mirzoyan' },
    ]);
    expect(autocompleteChoices([summary(discovered('x', 'Gohar Mirzoyan', { description: 'civil society activist' }))])).toEqual([
      { name: 'Gohar Mirzoyan — civil society activist', value: 'x' },
    ]);
    expect(autocompleteChoices([summary(discovered('y', 'Leyla Bayramova'))])).toEqual([{ name: 'Leyla Bayramova', value: 'y' }]);
  });

  it('offers at most 25 choices, in the order given, one per actor', () => {
    const many = Array.from({ length: 40 }, (_, i) => summary(discovered(`p${i}`, `Person ${i}`)));
    const choices = autocompleteChoices([many[0]!, ...many]);
    expect(choices).toHaveLength(25);
    expect(choices.map((c) => c.value)).toEqual(many.slice(0, 25).map((s) => s.actor.id));
  });

  it('keeps every name within 100 characters, the role giving way before the name', () => {
    const long = 'Extraordinarily Long Name '.repeat(3).trim();
    const [choice] = autocompleteChoices([
      summary(discovered('long', long), 'Special Representative of the Secretary General for the Countries of the South Caucasus Region'),
    ]);
    expect(choice!.name.length).toBeLessThanOrEqual(100);
    expect(choice!.name.startsWith(`${long} — Special`)).toBe(true);
    expect(choice!.name.endsWith('…')).toBe(true);
    const [huge] = autocompleteChoices([summary(discovered('huge', 'Name '.repeat(100)), 'Role '.repeat(100))]);
    expect(huge!.name.length).toBeLessThanOrEqual(100);
  });

  it('leaves out an actor whose id is too long to be a choice value', () => {
    const choices = autocompleteChoices([summary(discovered('i'.repeat(101), 'Too Long')), summary(discovered('ok', 'Fine'))]);
    expect(choices).toEqual([{ name: 'Fine', value: 'ok' }]);
  });

  it('passes Discord validation of autocomplete choices even for pathological actors', () => {
    const weird = Array.from({ length: 30 }, (_, i) =>
      summary(discovered(`w${i}`, i % 2 ? ' \n ' : `${'名'.repeat(300)}`), i % 3 ? '👩‍⚖️'.repeat(100) : undefined),
    );
    const errors = new FormErrors();
    validateChoices({ choices: autocompleteChoices(weird) }, errors, []);
    expect(errors.toJson()).toEqual({});
  });
});
