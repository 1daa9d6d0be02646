// /contacts in the sandbox: a terminal cannot show a picture, so the sandbox writes it to a file and
// prints the path; the button under /brief does the same.
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest';
import { silentLogger } from '../../src/log.js';
import { startSandboxHost, type SandboxHost } from '../../src/offline/host.js';
import { openServedIndex, type ServedIndex } from '../../src/runtime/servedIndex.js';
import { tempSeeds } from './process.js';

let seeds: Awaited<ReturnType<typeof tempSeeds>>;
let served: ServedIndex;
let host: SandboxHost;
let filesDir: string;
const printed: string[] = [];
const output = () => printed.join('\n');

beforeAll(async () => {
  seeds = await tempSeeds();
  filesDir = await mkdtemp(join(tmpdir(), 'attache-sandbox-test-'));
  served = await openServedIndex({ seedsDir: seeds.seedsDir, cacheDir: seeds.cacheDir, logger: silentLogger });
  host = await startSandboxHost({
    index: () => served.live.index,
    freshness: () => served.freshness(),
    logger: silentLogger,
    print: (t) => printed.push(t),
    filesDir,
  });
});

afterAll(async () => {
  await host.stop();
  await served.close();
  await seeds.remove();
  await rm(filesDir, { recursive: true, force: true });
});

beforeEach(() => {
  printed.length = 0;
});

it('saves the picture of /contacts to a file and prints its path beside the text', async () => {
  expect(await host.console.handle('/contacts actor:Mirzoyan')).toBe('ok');
  const path = join(filesDir, 'contacts-ararat-mirzoyan.png');
  expect(output()).toContain('┃ ## Contacts of Ararat Mirzoyan');
  expect(output()).toMatch(/\[file contacts-ararat-mirzoyan\.png, \d+ bytes\]/);
  expect(output()).toContain(`[picture saved to ${path}]`);
  const png = await readFile(path);
  expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
});

it('saves the picture the /brief button opens under a name of its own', async () => {
  expect(await host.console.handle('/brief actor:Mirzoyan')).toBe('ok');
  expect(output()).toContain('Picture of contacts');
  expect(await host.console.handle('press Picture of contacts')).toBe('ok');
  expect(output()).toContain('[only visible to you]');
  expect(output()).toContain(`[picture saved to ${join(filesDir, 'contacts-ararat-mirzoyan-2.png')}]`);
  expect((await readdir(filesDir)).sort()).toEqual(['contacts-ararat-mirzoyan-2.png', 'contacts-ararat-mirzoyan.png']);
});
