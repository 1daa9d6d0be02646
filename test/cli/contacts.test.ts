// `npm run cli -- contacts`: the picture's rows as text on the seeds, the PNG written with --png, and the
// mistakes a user makes (no actor, a bad date, an unknown name, an actor with no contacts).
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removeFolder, runCli, SEEDS, seedsFolder } from './runCli.js';

const seeds = ['--seeds', SEEDS];
let out: string;
beforeAll(async () => {
  out = await seedsFolder({});
});
afterAll(async () => {
  await removeFolder(out);
});

describe.concurrent('cli contacts', () => {
  it('contacts Mirzoyan: one block per counterpart, each contact dated, and the PNG with --png', async () => {
    const file = join(out, 'mirzoyan.png');
    const r = await runCli(['contacts', 'Mirzoyan', '--png', file, ...seeds]);
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines.slice(0, 3)).toEqual([
      'Contacts of Ararat Mirzoyan',
      'Foreign Minister of Armenia · Armenia',
      '2 contacts with 2 counterparts · on 2022-03-25',
    ]);
    expect(lines).toContain('Andrzej Kasprzyk — 1 meeting');
    expect(lines).toContain('  2022-03-25 meeting  (article 000_68746162fb967139)');
    expect(lines).toContain('Karen Donfried — 1 call');
    expect(lines).toContainEqual(expect.stringMatching(/^ {2}≈?2022-03-25 call {2}\(article 000_68746162fb967139\)$/));
    expect(r.stderr).toMatch(/^Picture written to .*mirzoyan\.png \(1320×\d+ px, \d+ bytes\)\.$/m);
    const png = await readFile(file);
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(png.readUInt32BE(16)).toBe(1320);
  });

  it('says where it could not write the picture, and exits 1', async () => {
    const file = join(out, 'no-such-folder', 'mirzoyan.png');
    const r = await runCli(['contacts', 'Mirzoyan', '--png', file, ...seeds]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`Could not write the picture to ${file}: ENOENT`);
  });

  it('writes no file without --png', async () => {
    const r = await runCli(['contacts', 'Mirzoyan', ...seeds]);
    expect(r.code).toBe(0);
    expect(r.stderr).not.toContain('Picture written');
  });

  it('says so for an actor with no contacts in the period, and draws nothing', async () => {
    const file = join(out, 'none.png');
    const r = await runCli(['contacts', 'Mirzoyan', '--until', '2021-01-01', '--png', file, ...seeds]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('Ararat Mirzoyan has no calls, meetings or letters in that period; no picture to draw.\n');
    await expect(readFile(file)).rejects.toThrow(/ENOENT/);
  });

  it.each([
    [['contacts', ...seeds], /"contacts" needs an actor/],
    [['contacts', 'Mirzoyan', '--since', '2022-02-30', ...seeds], /--since "2022-02-30" is not a real calendar day/],
    [
      ['contacts', 'Mirzoyan', '--since', '2022-05-01', '--until', '2022-04-01', ...seeds],
      /--since 2022-05-01 is after --until 2022-04-01/,
    ],
    [['contacts', 'Mirzoyan', '--limit', '3', ...seeds], /"contacts" takes no --limit option/],
  ])('refuses %j with exit code 2 and a hint', async (args, message) => {
    const r = await runCli(args);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).toContain('npm run cli -- --help');
  });

  it('exits 1 for an unknown actor, with suggestions', async () => {
    const r = await runCli(['contacts', 'Qwxzvbnm', ...seeds]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('Qwxzvbnm');
    expect(r.stdout).toBe('');
  });
});
