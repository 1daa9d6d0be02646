// `npm start` with a token and news sources: the real process ingests a loopback news site into its seeds
// folder, the watcher takes the articles in and /brief answers from them through the emulator; a failing
// source shows as failing in /sources, /about, /metrics and in `npm run cli -- sources`; `ingest --once`
// afterwards (a 304) and again stores nothing twice.
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DiscordEmulator, type ChannelState, type GuildState } from '@attache/discord-emulator';
import { FAKE_TOKEN, runMain, tempSeeds, type MainProcess } from '../../app/process.js';
import { runCli } from '../../cli/runCli.js';
import { siteRoutes } from '../../ingestion/newsSite.js';
import { startNewsServer, type NewsServer } from '../../sources/newsServer.js';

let emulator: DiscordEmulator;
let world: { guild: GuildState; channel: ChannelState };
let seeds: Awaited<ReturnType<typeof tempSeeds>>;
let site: NewsServer;
let folder: string;
let env: Record<string, string>;
let main: MainProcess | undefined;

beforeAll(async () => {
  emulator = new DiscordEmulator({ token: FAKE_TOKEN });
  await emulator.start();
  world = emulator.seedDefaultWorld();
  seeds = await tempSeeds();
  let origin = '';
  site = await startNewsServer({ ...siteRoutes(() => origin), '/gone.xml': { status: 404, body: 'no feed here' } });
  origin = site.origin;
  folder = await mkdtemp(join(tmpdir(), 'attache-sources-'));
  const sourcesFile = join(folder, 'sources.json');
  await writeFile(
    sourcesFile,
    JSON.stringify([
      { id: 'test-wire', name: 'Test Wire', url: site.url('/feed.xml'), language: 'en', interval: 15 },
      { id: 'gone-wire', name: 'Gone *Wire* @everyone', url: site.url('/gone.xml'), language: 'en', interval: 15 },
      { id: 'typo', name: 'Typo', url: site.url('/typo.xml'), language: 'en', interval: 1 },
    ]),
  );
  env = {
    SEEDS_DIR: seeds.seedsDir,
    CACHE_DIR: seeds.cacheDir,
    STORE_URL: `sqlite://${join(folder, 'store.sqlite')}`,
    SOURCES_FILE: sourcesFile,
    SOURCES_ALLOW_PRIVATE: 'true',
    SOURCES_CONTACT_URL: 'https://example.org/attache-tests',
  };
});

afterAll(async () => {
  main?.kill();
  await emulator.stop();
  await site.close();
  await seeds.remove();
  await rm(folder, { recursive: true, force: true });
});

const articles = async () => (await readdir(seeds.seedsDir)).filter((f) => f.endsWith('.txt')).sort();
const embedText = (message: { embeds: Record<string, unknown>[] }) => JSON.stringify(message.embeds);

describe('ingestion in the bot', () => {
  it('ingests the feed, answers /brief from the new statements, and shows a failing source in /sources, /about and /metrics', async () => {
    main = runMain([], {
      ...env,
      DISCORD_TOKEN: FAKE_TOKEN,
      DISCORD_API_URL: emulator.restUrl,
      DISCORD_GUILD_ID: world.guild.id,
      INGEST: 'on',
      LOG_LEVEL: 'debug',
      HEALTH_PORT: '0',
    });
    const ready = await main.waitForLog('ready', 20_000);
    // The bad entry is named with its field; the others run.
    expect((await main.waitForLog('source skipped')).problem).toMatch(/entry 2 \(id "typo"\), field "interval"/);
    const polled = await main.waitForLog('source polled', 30_000);
    expect(polled).toMatchObject({ source: 'test-wire', items: 3, new: 3 });
    expect(await main.waitForLog('source poll failed')).toMatchObject({
      source: 'gone-wire',
      reason: 'HTTP 404 Not Found: no page at this address',
    });
    expect(await articles()).toHaveLength(5);

    let brief = '';
    for (let tries = 0; tries < 50 && !brief.includes('open the crossings'); tries++) {
      brief = embedText(await emulator.sendCommand({ name: 'brief', options: { actor: 'Mirzoyan' } }).waitForReply());
      if (!brief.includes('open the crossings')) await new Promise((r) => setTimeout(r, 200));
    }
    expect(brief).toContain('We will open the crossings once the border is delimited');
    expect(brief).toContain('2026-03-10');
    const bayramov = await emulator.sendCommand({ name: 'brief', options: { actor: 'Bayramov' } }).waitForReply();
    expect(embedText(bayramov)).toContain('Baku is ready to sign the agreement this year');

    const sources = await emulator.sendCommand({ name: 'sources' }).waitForReply();
    expect(sources.allowedMentions).toEqual({ parse: [] });
    const text = embedText(sources);
    expect(text).toContain('2 sources: ok 1, failing 1');
    expect(text).toContain('failing (1 in a row)');
    expect(text).toContain('HTTP 404 Not Found');
    // The operator's name for the outlet is shown as written, never as markdown or a ping.
    expect(text).toContain('Gone \\\\*Wire\\\\* @\u200beveryone');

    // /about counts the same sources by state, and says where to look; no name of the operator's in it.
    const about = await emulator.sendCommand({ name: 'about' }).waitForReply();
    const sourcesField = (about.embeds[0]?.fields as { name: string; value: string }[] | undefined)?.find((f) => f.name === 'Sources');
    expect(sourcesField?.value).toBe('1 ok, 1 failing — see /sources');
    expect(about.allowedMentions).toEqual({ parse: [] });
    // /metrics: the sources by state, the polls by outcome and kind, the articles written.
    const metrics = await (await fetch(new URL('/metrics', String(ready.health)))).text();
    const value = (series: string) =>
      Number(
        metrics
          .split('\n')
          .find((l) => l.startsWith(`${series} `))
          ?.slice(series.length + 1),
      );
    expect(value('attache_sources{state="ok"}')).toBe(1);
    expect(value('attache_sources{state="failing"}')).toBe(1);
    expect(value('attache_sources{state="paused"}')).toBe(0);
    expect(value('attache_source_polls_total{outcome="read"}')).toBe(1);
    expect(value('attache_source_poll_failures_total{kind="http-status"}')).toBe(1);
    expect(value('attache_articles_ingested_total')).toBe(3);

    main.child.kill('SIGTERM');
    expect((await main.exited()).code).toBe(0);
    expect(main.logs().find((l) => l.event === 'shutdown step done' && l.step === 'ingestion')).toBeDefined();
  }, 90_000);

  it('shows the same health in `npm run cli -- sources`', async () => {
    const r = await runCli(['sources'], env, seeds.cacheDir);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^2 sources: ok 1, failing 1\n/);
    // "now" when the CLI runs within a second of the bot's fetch, else "6 s ago".
    expect(r.stdout).toMatch(/test-wire\s+ok\s+(?:now|\S+ \S+ ago)\s+3 \(3 new\)\s+0/);
    expect(r.stdout).toMatch(/gone-wire\s+failing \(1 in a row\)/);
    expect(r.stdout).toContain('gone-wire: HTTP 404 Not Found: no page at this address');
    expect(r.stderr).toMatch(/warning: source skipped: .*entry 2 \(id "typo"\), field "interval"/);
  });

  it('stores nothing twice with `ingest --once`, run twice after the bot', async () => {
    const before = await articles();
    const feedHits = site.hits('/feed.xml').length;
    for (let run = 0; run < 2; run++) {
      const r = await runCli(['ingest', '--once'], env, seeds.cacheDir);
      // gone-wire failed: exit 1, and said so.
      expect(r.code, r.stderr).toBe(1);
      expect(r.stdout).toMatch(/test-wire\s+not modified\s+3\s+0/);
      expect(r.stdout).toMatch(/gone-wire\s+failed \(failing\)\s+—\s+0\s+HTTP 404/);
      expect(r.stdout).toContain('0 new articles written; 1 source failed.');
      expect(await articles()).toEqual(before);
    }
    expect(
      site
        .hits('/feed.xml')
        .slice(feedHits)
        .every((h) => h.headers['if-none-match'] === '"three-items-v1"'),
    ).toBe(true);
  }, 60_000);
});
