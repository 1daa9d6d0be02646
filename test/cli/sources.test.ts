// `sources` and `ingest`: what they say without sources, and how they refuse a wrong call. The whole loop
// (a news site, the bot, then the CLI) is in test/discord/e2e/ingestion.test.ts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GOOD_ARTICLE, removeFolder, runCli, seedsFolder } from './runCli.js';

let seeds: string;
beforeAll(async () => {
  seeds = await seedsFolder({ 'a.txt': GOOD_ARTICLE });
});
afterAll(() => removeFolder(seeds));

const env = () => ({ STORE_URL: 'sqlite://:memory:', SOURCES_FILE: `${seeds}/no-such-sources.json` });

describe.concurrent('cli: sources and ingest', () => {
  it('sources: says that none are configured when the file is missing', async () => {
    const r = await runCli(['sources', '--seeds', seeds], env());
    expect(r).toMatchObject({ code: 0, stdout: 'No sources configured (SOURCES_FILE): nothing is ingested.\n' });
  });

  it('ingest --once: nothing to do without sources, exit 0', async () => {
    const r = await runCli(['ingest', '--once', '--seeds', seeds], env());
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('nothing to ingest');
  });

  it('ingest without --once is a usage error: continuous ingestion is the bot’s', async () => {
    const r = await runCli(['ingest', '--seeds', seeds], env());
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('"ingest" needs --once');
  });

  it('a wrong SOURCES_ALLOW_PRIVATE is named, exit 2', async () => {
    const r = await runCli(['sources', '--seeds', seeds], { ...env(), SOURCES_ALLOW_PRIVATE: 'maybe' });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('SOURCES_ALLOW_PRIVATE "maybe" must be true or false');
  });
});
