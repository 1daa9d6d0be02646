/**
 * Slash commands typed as text, `/name [group] [sub] key:value ...`, read against the registered definition
 * into what DiscordEmulator#sendCommand takes.
 */
import { OptionType, type OptionValue } from './interactions/options.js';
import type { CommandOption } from './world/types.js';
import type { World } from './world/world.js';

/** Splits a line into words, honouring "double" or 'single' quotes (also inside key:"a b"). */
export function tokenize(line: string): string[] {
  const words: string[] = [];
  const re = /(\S*?)(?:"([^"]*)"|'([^']*)')|(\S+)/g;
  for (const m of line.matchAll(re)) {
    if (m[4] !== undefined) words.push(m[4]);
    else words.push(`${m[1] ?? ''}${m[2] ?? m[3] ?? ''}`);
  }
  return words;
}

/**
 * Parses `/name [group] [sub] key:value ...` against the registered definition: leading bare words are
 * subcommand (group) names; `@username` / `<@id>` values become user ids, `#name` channel ids.
 */
export function parseCommandLine(
  line: string,
  world: World,
  guildId: string | null,
): { name: string; subcommand?: string; options: Record<string, OptionValue> } {
  const words = tokenize(line.trim());
  const head = words.shift();
  if (!head || !head.startsWith('/') || head.length < 2) throw new Error('A command line starts with /name');
  const name = head.slice(1);
  const command = world.findCommand(name, guildId);
  if (!command) throw new Error(`Unknown command /${name}`);
  let defs: CommandOption[] = command.options ?? [];
  const path: string[] = [];
  while (words.length > 0 && !words[0]!.includes(':')) {
    const word = words.shift()!;
    const def = defs.find((d) => d.name === word && (d.type === OptionType.Subcommand || d.type === OptionType.SubcommandGroup));
    if (!def) throw new Error(`/${name} has no subcommand "${word}"`);
    path.push(word);
    defs = def.options ?? [];
  }
  const options: Record<string, OptionValue> = {};
  for (const word of words) {
    const colon = word.indexOf(':');
    if (colon < 1) throw new Error(`Expected key:value, got "${word}"`);
    const key = word.slice(0, colon);
    let value = word.slice(colon + 1);
    const def = defs.find((d) => d.name === key);
    if (def?.type === OptionType.User) value = resolveUserRef(value, world);
    if (def?.type === OptionType.Channel && value.startsWith('#')) {
      const channel = [...world.channels.values()].find((c) => c.guildId === guildId && c.name === value.slice(1));
      if (channel) value = channel.id;
    }
    options[key] = value;
  }
  return path.length > 0 ? { name, subcommand: path.join(' '), options } : { name, options };
}

function resolveUserRef(value: string, world: World): string {
  const mention = /^<@!?(\d+)>$/.exec(value);
  if (mention) return mention[1]!;
  if (value.startsWith('@')) {
    const user = [...world.users.values()].find((u) => u.username === value.slice(1));
    if (user) return user.id;
  }
  return value;
}
