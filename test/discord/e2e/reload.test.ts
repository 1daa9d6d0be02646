// The article folder is watched while the bot runs: a new file is answered from within seconds, a broken
// one is logged with its name and line and skipped, and the bot keeps answering throughout.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempSeeds } from '../../app/process.js';
import { startWatchedSandbox, type WatchedSandbox } from './watchedSandbox.js';

let seeds: Awaited<ReturnType<typeof tempSeeds>>;
let sandbox: WatchedSandbox;
let host: WatchedSandbox['host'];
let logLines: WatchedSandbox['logLines'];
let waitForLog: WatchedSandbox['waitForLog'];

beforeEach(async () => {
  seeds = await tempSeeds();
  sandbox = await startWatchedSandbox(seeds);
  ({ host, logLines, waitForLog } = sandbox);
});

afterEach(async () => {
  await sandbox.stop();
  await seeds.remove();
});

const embedText = (message: { embeds: Record<string, unknown>[] }) => JSON.stringify(message.embeds);
const field = (message: { embeds: Record<string, unknown>[] }, name: string) =>
  (message.embeds[0]?.fields as { name: string; value: string }[] | undefined)?.find((f) => f.name === name)?.value;

describe('the watched article folder', () => {
  it('logs the first load with its figures', () => {
    expect(logLines.find((l) => l.event === 'index loaded')).toMatchObject({ reason: 'start', articles: 2, problems: 0 });
  });

  it('answers from a new article within seconds, without a restart', async () => {
    const before = await host.session.run('/brief actor:Mirzoyan').waitForReply();
    expect(embedText(before)).not.toContain('keep talking to Baku');

    const mark = logLines.length;
    const written = Date.now();
    await writeFile(
      join(seeds.seedsDir, '900_new.txt'),
      ' date 2022-05-02 “We will keep talking to Baku until the border is agreed,” Foreign Minister Ararat Mirzoyan said on Monday.\n\nThe talks resume next week.\n',
    );
    const reloaded = await waitForLog('index reloaded', mark);
    expect(Date.now() - written).toBeLessThan(5000);
    expect(reloaded).toMatchObject({ reason: 'files changed', changed: ['900_new.txt'], articles: 3, problems: 0 });

    const after = await host.session.run('/brief actor:Mirzoyan').waitForReply();
    expect(embedText(after)).toContain('keep talking to Baku');
    expect(embedText(after)).toContain('2022-05-02');
    const about = await host.session.run('/about').waitForReply();
    expect(field(about, 'Articles')).toBe('3');
  });

  it('logs a malformed file with its name and line, skips it, and keeps answering', async () => {
    const mark = logLines.length;
    await writeFile(join(seeds.seedsDir, '901_broken.txt'), '\n\nPublished 2 May 2022. Mirzoyan said nothing.\n');
    const reloaded = await waitForLog('index reloaded', mark);
    expect(reloaded).toMatchObject({ changed: ['901_broken.txt'], articles: 2, problems: 1 });
    const problem = await waitForLog('index problem', mark);
    expect(problem).toMatchObject({ level: 'warn', source: 'corpus', file: '901_broken.txt', line: 3, skipped: true });
    expect(problem.problem).toMatch(/^901_broken\.txt:3: no date/);

    const reply = await host.session.run('/brief actor:Mirzoyan').waitForReply();
    expect(reply.embeds[0]?.title).toBe('Ararat Mirzoyan');
    expect(sandbox.served.freshness().problems).toBe(1);
    expect(field(await host.session.run('/about').waitForReply(), 'Problems')).toMatch(/^1 problem/);
  });
});
