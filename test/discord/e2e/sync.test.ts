// Command sync against the emulator: the real discord.js REST client, the real bot, the real routes.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { commands } from '../../../commands/index.js';
import { createBot, type Bot } from '../../../src/discord/bot.js';
import {
  describeSync,
  diffCommands,
  GUILD_ONLY_NOTE,
  syncCommands,
  type CommandDefinition,
  type SyncResult,
} from '../../../src/discord/commandSync.js';
import { DiscordEmulator, type GuildState } from '@attache/discord-emulator';
import { parseDictionary } from '../../../src/extract/dictionary.js';
import { buildIndexSteps } from '../../../src/index/buildIndex.js';
import { createLogger } from '../../../src/log.js';
import { runCooperatively } from '../../../src/pipeline/cooperative.js';
import { FAKE_TOKEN, runMain } from '../../app/process.js';

const NAMES = commands.map((c) => c.data.name);

const definitions = () => commands.map((c) => c.data.toJSON());
const GUILD_PUT = 'PUT /applications/:app/guilds/:guild/commands';
const GLOBAL_PUT = 'PUT /applications/:app/commands';

let emulator: DiscordEmulator;
let guild: GuildState;
let bot: Bot | undefined;
const logLines: Record<string, unknown>[] = [];
const logger = createLogger({ level: 'info', write: (l) => logLines.push(JSON.parse(l) as Record<string, unknown>) });

beforeEach(async () => {
  emulator = new DiscordEmulator({ token: FAKE_TOKEN });
  await emulator.start();
  guild = emulator.seedDefaultWorld().guild;
  logLines.length = 0;
});

afterEach(async () => {
  await bot?.stop();
  bot = undefined;
  await emulator.stop();
});

/** What `npm start` does with a token: log in, then sync. The bot is stopped again afterwards. */
async function start(defs: CommandDefinition[], guildId: string | null): Promise<SyncResult> {
  const index = await emptyIndex();
  bot = createBot({
    commands,
    token: FAKE_TOKEN,
    apiUrl: emulator.restUrl,
    index: () => index,
    freshness: () => ({ lastReload: null, problems: 0 }),
    logger,
    clientOptions: { ws: { buildIdentifyThrottler: () => ({ async waitForIdentify() {} }) } },
  });
  await bot.start();
  const result = await syncCommands(bot.client.rest, { applicationId: bot.client.application!.id, guildId }, defs, logger);
  await bot.stop();
  bot = undefined;
  return result;
}

/** Sync does not read the index; the bot needs one all the same. */
const emptyIndex = async () =>
  (await runCooperatively(buildIndexSteps({ articles: [], extractions: [], dictionary: parseDictionary({ actors: [] }).dictionary })))
    .index;

describe('command sync on start', () => {
  it('registers the commands to the guild on the first start, and writes nothing on the second', async () => {
    const first = await start(definitions(), guild.id);
    expect(first).toMatchObject({ scope: 'guild', written: true, added: NAMES, removed: [], changed: [] });
    expect(emulator.requestsTo(GUILD_PUT)).toHaveLength(1);
    expect(
      emulator
        .commands(guild.id)
        .map((c) => c.name)
        .sort(),
    ).toEqual([...NAMES].sort());
    expect(logLines.find((l) => l.event === 'commands synced')).toMatchObject({ scope: 'guild', guildId: guild.id, added: NAMES });

    const second = await start(definitions(), guild.id);
    expect(second).toMatchObject({ written: false, added: [], removed: [], changed: [] });
    expect(emulator.requestsTo(GUILD_PUT)).toHaveLength(1);
    expect(emulator.requestsTo('GET /applications/:app/guilds/:guild/commands')).toHaveLength(2);
    expect(logLines.filter((l) => l.event === 'commands unchanged')).toHaveLength(1);
  });

  it('writes again when a description changed, and says which command and field', async () => {
    await start(definitions(), guild.id);
    const changed = definitions().map((d) => (d.name === 'about' ? { ...d, description: 'What Attaché knows, and since when' } : d));
    const result = await start(changed, guild.id);
    expect(result).toMatchObject({ written: true, added: [], removed: [], changed: [{ name: 'about', fields: ['description'] }] });
    expect(emulator.requestsTo(GUILD_PUT)).toHaveLength(2);
    expect(emulator.commands(guild.id).find((c) => c.name === 'about')?.description).toBe('What Attaché knows, and since when');
    expect(logLines.at(-1)).toMatchObject({ event: 'commands synced', changed: ['about (description)'] });
    expect(describeSync(result)).toBe(`Registered ${NAMES.length} commands for guild ${guild.id}: changed /about (description).`);
  });

  it('writes again when an option changed or a command was removed', async () => {
    await start(definitions(), guild.id);
    const fewer = definitions()
      .filter((d) => d.name !== 'actors')
      .map((d) => (d.name === 'brief' ? { ...d, options: d.options?.slice(0, 1) } : d));
    const result = await start(fewer, guild.id);
    expect(result).toMatchObject({ written: true, removed: ['actors'], changed: [{ name: 'brief', fields: ['options'] }] });
    expect(
      emulator
        .commands(guild.id)
        .map((c) => c.name)
        .sort(),
    ).toEqual(NAMES.filter((n) => n !== 'actors').sort());
  });

  it('registers globally without a guild id, on the global route only', async () => {
    const first = await start(definitions(), null);
    expect(first).toMatchObject({ scope: 'global', guildId: null, written: true });
    expect(emulator.requestsTo(GLOBAL_PUT)).toHaveLength(1);
    expect(emulator.requestsTo(GUILD_PUT)).toHaveLength(0);
    expect(
      emulator
        .commands()
        .map((c) => c.name)
        .sort(),
    ).toEqual([...NAMES].sort());
    expect(emulator.commands(guild.id)).toEqual([]);
    expect((await start(definitions(), null)).written).toBe(false);
    expect(emulator.requestsTo(GLOBAL_PUT)).toHaveLength(1);
  });
});

describe('where the commands work', () => {
  const ANYWHERE = { integration_types: [0, 1], contexts: [0, 1, 2] };
  const strip = (d: CommandDefinition): CommandDefinition => {
    const { integration_types: _types, contexts: _contexts, ...rest } = d;
    return rest;
  };

  it('every command states its install types and contexts, leaving neither to Discord', () => {
    for (const d of definitions()) {
      expect(d.integration_types, d.name).toEqual(expect.arrayContaining([0]));
      expect(d.contexts, d.name).toEqual(expect.arrayContaining([0]));
    }
  });

  it('registers the reading commands for both installs everywhere, and /digest for servers with Manage Server', async () => {
    await start(definitions(), null);
    const byName = new Map(emulator.commands().map((c) => [c.name, c]));
    for (const name of NAMES.filter((n) => n !== 'digest')) expect(byName.get(name), name).toMatchObject(ANYWHERE);
    expect(byName.get('digest')).toMatchObject({ integration_types: [0], contexts: [0], default_member_permissions: '32' });
    // To one guild while testing, the same definitions go out.
    await start(definitions(), guild.id);
    expect(emulator.commands(guild.id).find((c) => c.name === 'brief')).toMatchObject(ANYWHERE);
  });

  it('rewrites a global registration made before user installs once, then holds', async () => {
    await start(definitions().map(strip), null);
    // Discord filled its defaults: the app's install types, contexts null.
    expect(emulator.commands().find((c) => c.name === 'brief')).toMatchObject({ integration_types: [0, 1], contexts: null });
    const upgrade = await start(definitions(), null);
    expect(upgrade.written).toBe(true);
    expect(upgrade.changed).toContainEqual({ name: 'brief', fields: ['contexts'] });
    expect(upgrade.changed).toContainEqual({ name: 'digest', fields: ['contexts', 'integration_types'] });
    const again = await start(definitions(), null);
    expect(again).toMatchObject({ written: false, changed: [] });
    expect(emulator.requestsTo(GLOBAL_PUT)).toHaveLength(2);
  });

  it('does not write again when a guild keeps its own idea of where its commands work', async () => {
    await start(definitions(), guild.id);
    // What Discord does with these fields on a guild command is its own (they are for global commands): say it
    // answers its defaults instead of ours.
    for (const c of emulator.commands(guild.id)) Object.assign(c, { integration_types: [0], contexts: null });
    const second = await start(definitions(), guild.id);
    expect(second).toMatchObject({ written: false, changed: [] });
    expect(emulator.requestsTo(GUILD_PUT)).toHaveLength(1);
  });
});

describe('diffCommands', () => {
  const brief = {
    name: 'brief',
    description: 'd',
    options: [{ type: 3, name: 'actor', description: 'a', required: true, autocomplete: true }],
  } satisfies CommandDefinition;

  it("ignores Discord's own additions and defaults: ids, versions, localizations null, required false", () => {
    const registered = {
      ...brief,
      id: '1',
      application_id: '2',
      version: '3',
      type: 1,
      nsfw: false,
      default_member_permissions: null,
      name_localizations: null,
      description_localizations: null,
      contexts: [0, 1, 2],
      integration_types: [0],
      dm_permission: true,
      options: [{ type: 3, name: 'actor', description: 'a', required: true, autocomplete: true, name_localizations: {} }],
    };
    expect(diffCommands([brief], [registered], 'global')).toEqual({ added: [], removed: [], changed: [] });
  });

  it('sees default_member_permissions, contexts (global only) and dm_permission that we set', () => {
    const local = { ...brief, default_member_permissions: '8', contexts: [0], dm_permission: false } satisfies CommandDefinition;
    const remote = { ...brief, default_member_permissions: null, contexts: [0, 1, 2], dm_permission: true };
    expect(diffCommands([local], [remote], 'global').changed).toEqual([
      { name: 'brief', fields: ['default_member_permissions', 'contexts', 'dm_permission'] },
    ]);
    // Guild commands have neither contexts nor a DM setting.
    expect(diffCommands([local], [remote], 'guild').changed).toEqual([{ name: 'brief', fields: ['default_member_permissions'] }]);
    // Nor install types: a guild command is always the server install's.
    const user = { ...brief, integration_types: [0, 1], contexts: [0, 1, 2] } satisfies CommandDefinition;
    expect(diffCommands([user], [{ ...brief, integration_types: [0], contexts: null }], 'guild').changed).toEqual([]);
    expect(diffCommands([user], [{ ...brief, integration_types: [1, 0], contexts: [2, 1, 0] }], 'global').changed).toEqual([]);
    expect(diffCommands([user], [{ ...brief, integration_types: [0], contexts: [0, 1, 2] }], 'global').changed).toEqual([
      { name: 'brief', fields: ['integration_types'] },
    ]);
  });

  it('treats option order as meaningful (it is the order users see) and matches commands by type and name', () => {
    const options = [...brief.options, { type: 3, name: 'since', description: 's' }];
    const two = { ...brief, options } as CommandDefinition;
    const swapped = { ...brief, options: [...options].reverse() };
    expect(diffCommands([two], [swapped], 'guild').changed).toEqual([{ name: 'brief', fields: ['options'] }]);
    const userMenu = { name: 'brief', type: 2, description: '' };
    expect(diffCommands([brief], [userMenu], 'guild')).toEqual({ added: ['brief'], removed: ['brief'], changed: [] });
  });
});

describe('npm run deploy-commands', () => {
  const deploy = (env: Record<string, string>) => runMain([], { DISCORD_API_URL: emulator.restUrl, ...env }, 'scripts/deploy-commands.ts');

  it('registers the commands to the guild, prints what it did, exits 0; a second run writes nothing', async () => {
    const first = deploy({ DISCORD_TOKEN: FAKE_TOKEN, DISCORD_GUILD_ID: guild.id });
    expect((await first.exited()).code, first.stderr()).toBe(0);
    expect(first.stdout()).toBe(
      `Registered ${NAMES.length} commands for guild ${guild.id}: added ${NAMES.map((n) => `/${n}`).join(', ')}.\n${GUILD_ONLY_NOTE}\n`,
    );
    expect(emulator.commands(guild.id)).toHaveLength(NAMES.length);

    const second = deploy({ DISCORD_TOKEN: FAKE_TOKEN, DISCORD_GUILD_ID: guild.id });
    expect((await second.exited()).code).toBe(0);
    expect(second.stdout()).toBe(
      `${NAMES.length} commands already up to date for guild ${guild.id}; nothing written.\n${GUILD_ONLY_NOTE}\n`,
    );
    expect(emulator.requestsTo(GUILD_PUT)).toHaveLength(1);
    expect(first.stderr() + second.stderr()).not.toContain(FAKE_TOKEN);
  });

  it('registers globally without DISCORD_GUILD_ID', async () => {
    const run = deploy({ DISCORD_TOKEN: FAKE_TOKEN });
    expect((await run.exited()).code, run.stderr()).toBe(0);
    expect(run.stdout()).toMatch(new RegExp(`^Registered ${NAMES.length} commands for all servers \\(global`));
    expect(run.stdout()).not.toContain(GUILD_ONLY_NOTE);
    expect(emulator.commands()).toHaveLength(NAMES.length);
  });

  it('exits 1 with a reason when the token is refused, or missing', async () => {
    const other = 'MTExMTExMTExMTExMTExMTExMQ.AbCdEf.bm90LXRoZS1lbXVsYXRvcnMtdG9rZW4tYXQtYWxs';
    const refused = deploy({ DISCORD_TOKEN: other, DISCORD_GUILD_ID: guild.id });
    expect((await refused.exited()).code).toBe(1);
    expect(refused.stderr()).toContain('Discord refused the token');
    expect(refused.stderr()).not.toContain(other);

    const missing = deploy({});
    expect((await missing.exited()).code).toBe(1);
    expect(missing.stderr()).toContain('DISCORD_TOKEN is not set');
    expect(emulator.requestsTo(GUILD_PUT)).toHaveLength(0);
  });
});
