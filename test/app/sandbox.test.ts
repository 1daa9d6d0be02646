// The sandbox console: what a line typed at the prompt does, against the real bot in the emulator.
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { commands } from '../../commands/index.js';
import { silentLogger } from '../../src/log.js';
import { openServedIndex, type ServedIndex } from '../../src/runtime/servedIndex.js';
import { DEMO_SCRIPT, runDemo } from '../../src/offline/demo.js';
import { startSandboxHost, type SandboxHost } from '../../src/offline/host.js';
import { startPrompt } from '../../src/offline/prompt.js';
import { tempSeeds } from './process.js';

const NAMES = commands.map((c) => c.data.name);

let seeds: Awaited<ReturnType<typeof tempSeeds>>;
let served: ServedIndex;
let host: SandboxHost;
const printed: string[] = [];
const output = () => printed.join('\n');

beforeAll(async () => {
  seeds = await tempSeeds();
  served = await openServedIndex({ seedsDir: seeds.seedsDir, cacheDir: seeds.cacheDir, logger: silentLogger });
  host = await startSandboxHost({
    index: () => served.live.index,
    freshness: () => served.freshness(),
    logger: silentLogger,
    print: (t) => printed.push(t),
  });
});

afterAll(async () => {
  await host.stop();
  await served.close();
  await seeds.remove();
});

beforeEach(() => {
  printed.length = 0;
});

describe('sandbox console', () => {
  it('registers the commands through the same sync as on Discord, to the sandbox guild', () => {
    expect(host.sync).toMatchObject({ scope: 'guild', guildId: host.session.guild.id, written: true });
    expect(
      host.session.emulator
        .commands(host.session.guild.id)
        .map((c) => c.name)
        .sort(),
    ).toEqual([...NAMES].sort());
  });

  it('runs a slash command and prints the reply with its embed and numbered buttons', async () => {
    expect(await host.console.handle('/brief actor:Mirzoyan')).toBe('ok');
    expect(output()).toContain('[#general]');
    expect(output()).toContain('┃ ## Ararat Mirzoyan');
    expect(output()).toMatch(/\[1: 🖼️ Picture of contacts\]/);
    // A list long enough for pages (the seeds' briefs fit one page since a brief shows one entry per utterance).
    expect(await host.console.handle('/actors')).toBe('ok');
    expect(output()).toMatch(/\[1: ◀️ Prev \(disabled\)\] \[2: 1 \/ \d+ \(disabled\)\] \[3: ▶️ Next\]/);
    // Custom ids are the bot's business, not the reader's.
    expect(output()).not.toContain('page:');
  });

  it('turns pages with next and prev, and presses a button by number or label', async () => {
    await host.console.handle('/actors');
    printed.length = 0;
    expect(await host.console.handle('next')).toBe('ok');
    expect(output()).toContain('[#general, edited]');
    expect(output()).toMatch(/Page 2 of \d+/);
    expect(await host.console.handle('prev')).toBe('ok');
    expect(output()).toMatch(/Page 1 of \d+/);
    expect(await host.console.handle('press 3')).toBe('ok');
    expect(printed.at(-1)).toMatch(/Page 2 of \d+/);
    expect(await host.console.handle('press prev')).toBe('ok');
    expect(printed.at(-1)).toMatch(/Page 1 of \d+/);
    printed.length = 0;
    expect(await host.console.handle('press 1')).toBe('failed');
    expect(output()).toContain('! "◀️ Prev" is disabled');
    expect(await host.console.handle('press 9')).toBe('failed');
    expect(output()).toMatch(/has no "9" button \(it has: 1: ◀️ Prev, 2: 1 \/ \d+, 3: ▶️ Next\)/);
  });

  it('shows what autocomplete offers for the text typed so far', async () => {
    expect(await host.console.handle('complete /brief actor:Pash')).toBe('ok');
    expect(output()).toMatch(/^\[autocomplete\] \d+ choices?\n• Nikol Pashinyan/m);
  });

  it('explains what it cannot do instead of failing: unknown commands, options, words; help and quit', async () => {
    expect(await host.console.handle('/nope')).toBe('failed');
    expect(await host.console.handle('/brief who:Mirzoyan')).toBe('failed');
    expect(await host.console.handle('hello')).toBe('failed');
    expect(printed.every((p) => p.startsWith('! '))).toBe(true);
    expect(printed[0]).toContain('Unknown command /nope');
    expect(printed[2]).toContain('type help');
    printed.length = 0;
    expect(await host.console.handle('help')).toBe('ok');
    expect(output()).toContain('complete /brief actor:Pash');
    expect(await host.console.handle('')).toBe('ok');
    expect(await host.console.handle('quit')).toBe('quit');
  });

  it('prints a user error as the ephemeral reply only the user sees', async () => {
    expect(await host.console.handle('/brief actor:Mirzoyan since:yesterday')).toBe('ok');
    expect(output()).toContain('[only visible to you]');
  });

  it('runs the demo script: every step answered, and a page turned', async () => {
    // The seeds' briefs fit one page now (one entry per utterance): a paged list last, to turn a page of.
    const script = [...DEMO_SCRIPT, '/actors'];
    const failures = await runDemo(host.console, (t) => printed.push(t), { script, hasNextPage: () => true });
    expect(failures).toBe(0);
    expect(output()).toContain('> /about');
    expect(output()).toContain('> next');
    expect(output()).toMatch(/Page 2 of \d+/);
  });

  it('reads lines from a prompt until quit', async () => {
    const input = new PassThrough();
    const sink = new PassThrough();
    sink.resume();
    const prompt = startPrompt(host.console, { input, output: sink, print: (t) => printed.push(t), terminal: false });
    input.write('/about\n');
    input.write('quit\n');
    await prompt.closed;
    expect(output()).toContain('## About Attaché');
  });
});
