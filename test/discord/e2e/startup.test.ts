// `npm start` with a token: the process logs in to "Discord" (the emulator, through DISCORD_API_URL),
// registers its commands once, answers, reports healthy, and never writes the token to its log.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { commands } from '../../../commands/index.js';
import { DiscordEmulator, type ChannelState, type GuildState } from '@attache/discord-emulator';
import { FAKE_TOKEN, runMain, tempSeeds, type MainProcess } from '../../app/process.js';

const NAMES = commands.map((c) => c.data.name);

let emulator: DiscordEmulator;
let world: { guild: GuildState; channel: ChannelState };
let seeds: Awaited<ReturnType<typeof tempSeeds>>;
let main: MainProcess | undefined;

beforeEach(async () => {
  emulator = new DiscordEmulator({ token: FAKE_TOKEN });
  await emulator.start();
  world = emulator.seedDefaultWorld();
  seeds = await tempSeeds();
});

afterEach(async () => {
  main?.kill();
  await main?.exited().catch(() => undefined);
  main = undefined;
  await emulator.stop();
  await seeds.remove();
});

const start = (env: Record<string, string> = {}) =>
  runMain([], {
    DISCORD_TOKEN: FAKE_TOKEN,
    DISCORD_API_URL: emulator.restUrl,
    DISCORD_GUILD_ID: world.guild.id,
    SEEDS_DIR: seeds.seedsDir,
    CACHE_DIR: seeds.cacheDir,
    HEALTH_PORT: '0',
    HEALTH_HOST: '127.0.0.1',
    LOG_LEVEL: 'debug',
    ...env,
  });

describe('npm start with a token', () => {
  it('connects, registers the commands to the guild, answers /brief and reports healthy; the token is never logged', async () => {
    main = start();
    const ready = await main.waitForLog('ready', 20_000);
    expect(ready).toMatchObject({ mode: 'discord' });
    expect(main.logs().find((l) => l.event === 'commands synced')).toMatchObject({ scope: 'guild', guildId: world.guild.id });
    expect(
      emulator
        .commands(world.guild.id)
        .map((c) => c.name)
        .sort(),
    ).toEqual([...NAMES].sort());

    const reply = await emulator.sendCommand({ name: 'brief', options: { actor: 'Mirzoyan' } }).waitForReply();
    expect(reply.embeds[0]?.title).toBe('Ararat Mirzoyan');
    const health = await fetch(String(ready.health));
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({ status: 'ok', gateway: { status: 'Ready', shards: 1 }, index: { articles: 2 } });

    main.child.kill('SIGTERM');
    expect((await main.exited()).code).toBe(0);
    const everything = main.stdout() + main.stderr();
    expect(everything).not.toContain(FAKE_TOKEN);
    expect(everything).not.toContain(FAKE_TOKEN.split('.')[2]);
    // The emulator saw the token: the bot did use it.
    expect(emulator.requests.some((r) => r.authorized)).toBe(true);
  });

  it('leaves the commands alone on a second start when nothing changed', async () => {
    main = start();
    await main.waitForLog('ready', 20_000);
    main.child.kill('SIGTERM');
    await main.exited();
    main = start();
    await main.waitForLog('ready', 20_000);
    expect(main.logs().find((l) => l.event.startsWith('commands'))).toMatchObject({ event: 'commands unchanged', count: NAMES.length });
    expect(emulator.requestsTo('PUT /applications/:app/guilds/:guild/commands')).toHaveLength(1);
  });

  it('logs why it could not start and exits 1 when the token is refused', async () => {
    const refused = 'MTExMTExMTExMTExMTExMTExMQ.AbCdEf.bm90LXRoZS1lbXVsYXRvcnMtdG9rZW4tYXQtYWxs';
    main = start({ DISCORD_TOKEN: refused });
    const failed = await main.waitForLog('start failed', 20_000);
    expect(failed).toMatchObject({ level: 'error', mode: 'discord' });
    expect((await main.exited()).code).toBe(1);
    expect(main.stderr()).not.toContain(refused);
    expect(main.stderr()).not.toContain(refused.split('.')[2]);
  });
});
