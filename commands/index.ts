// The slash commands, one module each (the discord.js guide's layout). A module's `data` is the plain
// definition Discord registers; `execute` / `autocomplete` / `button` receive the services they use
// through `CommandContext` (src/discord/commandContract.ts) instead of reaching for globals, so tests and the
// sandbox hand in their own.
import type { CommandModule } from '../src/discord/commandContract.js';
import * as about from './about.js';
import * as actors from './actors.js';
import * as brief from './brief.js';
import * as digest from './digest.js';
import * as search from './search.js';

export const commands: readonly CommandModule[] = [brief, search, actors, about, digest];
