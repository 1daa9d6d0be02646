// /digest autocomplete, answered from memory: timezones for `timezone`, actor names for `actors` (the one
// being typed after the last comma).
import type { AutocompleteInteraction } from 'discord.js';
import { timezones } from '../../src/digest/schedule.js';
import type { CommandContext } from '../../src/discord/commandContract.js';
import { IndexUnavailableError } from '../../src/discord/errors.js';
import { noteOutcome } from '../../src/discord/interactionLog.js';
import { autocompleteChoices } from '../../src/discord/render/index.js';
import type { AttacheIndex } from '../../src/index/api.js';
import { LIMITS } from '../../src/platform/limits.js';
import { actorRow } from '../../src/views/actors.js';
import { segmentName } from './options.js';

export async function autocomplete(interaction: AutocompleteInteraction, ctx: CommandContext): Promise<void> {
  const focused = interaction.options.getFocused(true);
  const typed = String(focused.value);
  let choices: { name: string; value: string }[] = [];
  try {
    if (focused.name === 'timezone') choices = timezoneChoices(typed);
    else if (focused.name === 'actors') choices = actorChoices(ctx.index(), typed);
  } catch (error) {
    noteOutcome(interaction, error instanceof IndexUnavailableError ? 'unavailable' : 'error');
    ctx.logger.warn('autocomplete failed', { command: 'digest', option: focused.name, typed: typed.slice(0, 100), error });
  }
  await interaction.respond(choices.slice(0, LIMITS.choices));
}

/** The zones most servers of this bot want, offered before anything is typed. */
const COMMON_ZONES = [
  'UTC',
  'Europe/London',
  'Europe/Paris',
  'Europe/Berlin',
  'Europe/Brussels',
  'Europe/Moscow',
  'Europe/Istanbul',
  'Europe/Kyiv',
  'Asia/Yerevan',
  'Asia/Baku',
  'Asia/Tbilisi',
  'Asia/Tehran',
  'Asia/Dubai',
  'Asia/Kolkata',
  'Asia/Shanghai',
  'Asia/Tokyo',
  'America/New_York',
  'America/Chicago',
  'America/Los_Angeles',
  'America/Sao_Paulo',
  'Australia/Sydney',
];

/** Up to 25 zones for what was typed: names starting with it (or a part after "/"), then containing it. */
export function timezoneChoices(typed: string, now = new Date()): { name: string; value: string }[] {
  const needle = typed.trim().toLowerCase().replace(/ /g, '_');
  const all = timezones();
  let picked: string[];
  if (!needle) picked = COMMON_ZONES.filter((z) => all.includes(z) || z === 'UTC');
  else {
    const starts = all.filter(
      (z) =>
        z.toLowerCase().startsWith(needle) ||
        z
          .toLowerCase()
          .split('/')
          .some((p) => p.startsWith(needle)),
    );
    const contains = all.filter((z) => !starts.includes(z) && z.toLowerCase().includes(needle));
    picked = [...starts, ...contains];
  }
  return picked
    .slice(0, LIMITS.choices)
    .map((zone) => ({ name: `${zone.replace(/_/g, ' ')} (${offsetOf(zone, now)})`.slice(0, LIMITS.choiceName), value: zone }));
}

function offsetOf(zone: string, at: Date): string {
  try {
    const part = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'shortOffset' })
      .formatToParts(at)
      .find((p) => p.type === 'timeZoneName');
    return part?.value ?? zone;
  } catch {
    return zone;
  }
}

/**
 * Completes the name being typed after the last comma; the names before it stay as typed. The value of a
 * choice ends in the actor's id (exact, like /brief's), the shown name in the actor's name.
 */
export function actorChoices(index: AttacheIndex, typed: string): { name: string; value: string }[] {
  const parts = typed.split(',');
  const last = parts.pop()!.trim();
  const earlier = parts.map(segmentName).filter(Boolean);
  const lead = earlier.length ? `${earlier.join(', ')}, ` : '';
  const out: { name: string; value: string }[] = [];
  for (const choice of autocompleteChoices(index.actors(last, LIMITS.choices).map(actorRow))) {
    const actor = index.actor(choice.value);
    const name = earlier.length ? `${lead}${actor?.name ?? choice.value}` : choice.name;
    const value = `${lead}${choice.value}`;
    if (name.length > LIMITS.choiceName || value.length > LIMITS.choiceValue) continue;
    out.push({ name, value });
  }
  return out;
}
