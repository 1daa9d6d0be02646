// The slash commands, a folder each. A command's definition (definition.ts: the builder Discord registers,
// plain data once built) stands apart from its handlers (handler.ts: execute, and autocomplete or button
// where it has them), as Yuudachi keeps them; handlers receive the services they use through
// CommandContext (src/discord/commandContract.ts) instead of reaching for globals, so tests and the
// sandbox hand in their own. /digest has a module per subcommand.
import type { CommandModule } from '../src/discord/commandContract.js';
import * as aboutDefinition from './about/definition.js';
import * as about from './about/handler.js';
import * as actorsDefinition from './actors/definition.js';
import * as actors from './actors/handler.js';
import * as briefDefinition from './brief/definition.js';
import * as brief from './brief/handler.js';
import * as contactsDefinition from './contacts/definition.js';
import * as contacts from './contacts/handler.js';
import * as digestDefinition from './digest/definition.js';
import * as digest from './digest/handler.js';
import * as searchDefinition from './search/definition.js';
import * as search from './search/handler.js';
import * as sourcesDefinition from './sources/definition.js';
import * as sources from './sources/handler.js';

export const commands: readonly CommandModule[] = [
  { data: briefDefinition.data, execute: brief.execute, autocomplete: brief.autocomplete, button: brief.button },
  { data: contactsDefinition.data, execute: contacts.execute, autocomplete: contacts.autocomplete, button: contacts.button },
  { data: searchDefinition.data, execute: search.execute },
  { data: actorsDefinition.data, execute: actors.execute },
  { data: aboutDefinition.data, execute: about.execute },
  { data: sourcesDefinition.data, execute: sources.execute },
  { data: digestDefinition.data, execute: digest.execute, autocomplete: digest.autocomplete },
];
