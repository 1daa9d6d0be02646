import { readdir } from 'node:fs/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { runMain, tempSeeds, type MainProcess } from './process.js';

let main: MainProcess | undefined;
let seeds: Awaited<ReturnType<typeof tempSeeds>> | undefined;
afterEach(async () => {
  main?.kill();
  await seeds?.remove();
  main = undefined;
  seeds = undefined;
});

describe('npm start -- --demo', () => {
  it('runs the scripted sandbox session without a token, prints a brief for Mirzoyan and exits 0', async () => {
    seeds = await tempSeeds();
    main = runMain(['--demo'], { SEEDS_DIR: seeds.seedsDir, CACHE_DIR: seeds.cacheDir });
    const { code } = await main.exited(30_000);
    const out = main.stdout();
    expect(code, main.stderr()).toBe(0);
    expect(out).toContain('> /brief actor:Mirzoyan');
    expect(out).toContain('## Ararat Mirzoyan');
    expect(out).toContain('Kasprzyk');
    // Autocomplete, the misspelling, search and a page turn are part of the script.
    expect(out).toMatch(/\[autocomplete\] \d+ choices?\n• Nikol Pashinyan/);
    expect(out).toContain('> /brief actor:Mirzoian');
    expect(out).toContain('> /search query:ceasefire');
    // Then the sandbox's news site: ingested once into a copy of the seeds folder, and today's statement in /brief.
    const ingested = out.slice(out.indexOf('[ingest] Sandbox Wire'));
    expect(ingested).toMatch(/^\[ingest\] Sandbox Wire \(http:\/\/127\.0\.0\.1:\d+\/feed\.xml\): 2 items, 2 new articles written/);
    expect(ingested).toContain('[index] 2 new articles taken in by the watcher');
    expect(ingested).toMatch(/> \/sources\n[^]*🟢 Sandbox Wire: ok/);
    const today = new Date().toISOString().slice(0, 10);
    // Cited by the outlet and title its metadata gives, a masked link to the page (issue #13).
    expect(ingested).toMatch(
      new RegExp(
        `> /brief actor:Mirzoyan\\n[^]*${today} · quote: [^]*\\n *┃ Sandbox Wire · \\[Mirzoyan: [^\\]]+\\]\\(http://127\\.0\\.0\\.1:\\d+/`,
      ),
    );
    expect(ingested).toContain('Armenia is ready to open the regional crossings');
    expect(out).toContain('Demo finished.');
    // The conversation is not interleaved with log lines: they go to stderr, warnings only by default.
    expect(out).not.toMatch(/^\{"time"/m);
    // The operator's folder never receives the sandbox's made-up articles.
    expect((await readdir(seeds.seedsDir)).some((f) => f.includes('sandbox-wire'))).toBe(false);
  });

  it('runs the demo, rather than waiting for input, when there is no terminal and no flag', async () => {
    seeds = await tempSeeds();
    main = runMain([], { SEEDS_DIR: seeds.seedsDir, CACHE_DIR: seeds.cacheDir });
    const { code } = await main.exited(30_000);
    expect(code, main.stderr()).toBe(0);
    expect(main.stdout()).toContain('## Ararat Mirzoyan');
  });

  it('refuses an unknown flag with the usage and exit code 1', async () => {
    main = runMain(['--demo-please']);
    const { code } = await main.exited();
    expect(code).toBe(1);
    expect(main.stderr()).toContain("Unknown option '--demo-please'");
    expect(main.stderr()).toContain('Usage: npm start');
  });

  it('prints every wrong setting and exits 1 before starting anything', async () => {
    main = runMain(['--demo'], { HEALTH_PORT: 'eighty', LOG_LEVEL: 'loud', DISCORD_GUILD_ID: 'my-server' });
    const { code } = await main.exited();
    expect(code).toBe(1);
    const err = main.stderr();
    expect(err).toContain('Configuration is not valid');
    expect(err).toContain('HEALTH_PORT "eighty"');
    expect(err).toContain('LOG_LEVEL "loud"');
    expect(err).toContain('DISCORD_GUILD_ID "my-server"');
    expect(main.stdout()).toBe('');
  });
});
