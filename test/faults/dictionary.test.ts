// A half-saved seeds/actors.json (issue #11): it is reported with its file, line and column, and the
// dictionary loaded before keeps serving, so no role, alias, nominal or metonym disappears until the file
// is fixed. At start there is no earlier dictionary: the bot says so and runs without one.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadDictionary } from '../../src/extract/loadDictionary.js';
import { LiveIndex } from '../../src/pipeline/liveIndex.js';
import { tempSeeds } from '../app/process.js';
import { startWatchedSandbox, type WatchedSandbox } from '../discord/e2e/watchedSandbox.js';

/** In seeds/actors.json only: no article says it, so only the dictionary can resolve it to Nikol Pashinyan. */
const DICTIONARY_ONLY_ALIAS = 'Pachinian';

let seeds: Awaited<ReturnType<typeof tempSeeds>>;
let dictionaryFile: string;
let goodText: string;

beforeEach(async () => {
  seeds = await tempSeeds();
  dictionaryFile = join(seeds.seedsDir, 'actors.json');
  goodText = await readFile(dictionaryFile, 'utf8');
});

afterEach(async () => {
  await seeds.remove();
});

/** The file as an editor leaves it halfway through a save: cut in the middle of a line. */
function torn(text: string): { text: string; line: number; column: number } {
  const cut = text.slice(0, Math.floor(text.length / 2));
  const lines = cut.split('\n');
  return { text: cut, line: lines.length, column: lines.at(-1)!.length + 1 };
}

describe('a torn actors.json while the bot runs', () => {
  let sandbox: WatchedSandbox;
  let served: WatchedSandbox['served'];
  let host: WatchedSandbox['host'];
  let logLines: WatchedSandbox['logLines'];
  let waitForLog: WatchedSandbox['waitForLog'];

  beforeEach(async () => {
    sandbox = await startWatchedSandbox(seeds);
    ({ served, host, logLines, waitForLog } = sandbox);
  });

  afterEach(async () => {
    await sandbox.stop();
  });

  async function brief(actor: string): Promise<string> {
    const reply = await host.session.run(`/brief actor:${actor}`).waitForReply();
    return JSON.stringify(reply.embeds);
  }

  it('is logged with its file, line and column, and the log says the dictionary loaded before stays in use', async () => {
    const half = torn(goodText);
    const mark = logLines.length;
    await writeFile(dictionaryFile, half.text);
    const reloaded = await waitForLog('index reloaded', mark);
    expect(reloaded).toMatchObject({ changed: ['actors.json'], problems: 1 });
    const problem = await waitForLog('index problem', mark);
    expect(problem).toMatchObject({ source: 'dictionary', file: dictionaryFile });
    expect(problem.problem).toMatch(new RegExp(`^${escapeRegExp(`${dictionaryFile}:${half.line}:${half.column}: is not valid JSON`)}`));
    expect(problem.problem).toContain('the dictionary loaded before stays in use');
  });

  it('keeps every alias, role and nominal of the dictionary loaded before: /brief still resolves an alias only it knows', async () => {
    const before = await brief(DICTIONARY_ONLY_ALIAS);
    expect(before).toContain('Nikol Pashinyan');
    expect(before).toContain('Prime Minister of Armenia');
    const actorsBefore = served.live.index.stats().actors;

    const mark = logLines.length;
    await writeFile(dictionaryFile, torn(goodText).text);
    await waitForLog('index reloaded', mark);

    const after = await brief(DICTIONARY_ONLY_ALIAS);
    expect(after).toContain('Nikol Pashinyan');
    expect(after).toContain('Prime Minister of Armenia');
    expect(served.live.index.stats().actors).toBe(actorsBefore);
    expect(served.live.index.actor('nikol-pashinyan')?.roles[0]?.nominals).toContain('the Armenian premier');
  });

  it('serves the file again once it is fixed, with whatever the fix changed', async () => {
    let mark = logLines.length;
    await writeFile(dictionaryFile, torn(goodText).text);
    await waitForLog('index problem', mark);

    const fixed = JSON.parse(goodText) as { actors: { id: string; aliases: string[] }[] };
    fixed.actors.find((a) => a.id === 'nikol-pashinyan')!.aliases.push('Pashinyan-the-Fixed');
    mark = logLines.length;
    await writeFile(dictionaryFile, JSON.stringify(fixed, null, 2));
    expect(await waitForLog('index reloaded', mark)).toMatchObject({ changed: ['actors.json'], problems: 0 });
    expect(await brief('Pashinyan-the-Fixed')).toContain('Nikol Pashinyan');
  });
});

describe('a torn actors.json at start', () => {
  it('is reported with its line and column, says there is no earlier dictionary, and the articles are served without one', async () => {
    const half = torn(goodText);
    await writeFile(dictionaryFile, half.text);
    const live = await LiveIndex.open({ seedsDir: seeds.seedsDir, cacheDir: seeds.cacheDir });
    const reloaded = await live.reload('request');
    expect(reloaded.problems).toEqual([
      expect.objectContaining({ source: 'dictionary', file: dictionaryFile, line: half.line, column: half.column }),
    ]);
    expect(reloaded.problems[0]!.message).toMatch(/no dictionary loaded before/);
    expect(live.index.stats().articles).toBe(2);
    expect(live.index.actor('nikol-pashinyan')).toBeUndefined();

    // Fixed: the next load has its dictionary, and keeps it should the file break again.
    await writeFile(dictionaryFile, goodText);
    await live.reload('request');
    expect(live.index.resolveActor(DICTIONARY_ONLY_ALIAS)).toMatchObject({ kind: 'found', actor: { id: 'nikol-pashinyan' } });
    await writeFile(dictionaryFile, half.text);
    await live.reload('request');
    expect(live.index.resolveActor(DICTIONARY_ONLY_ALIAS)).toMatchObject({ kind: 'found', actor: { id: 'nikol-pashinyan' } });
    live.close();
  });
});

describe('loadDictionary on a file that does not parse', () => {
  const cases: [string, string, number, number, RegExp][] = [
    ['cut off after an opening bracket', '{ "actors": [ ', 1, 15, /ends where a value should be/],
    ['cut off inside a string', '{\n  "actors": [\n    { "id": "nikol-pash', 3, 24, /ends inside a string/],
    ['empty (truncated before the write)', '', 1, 1, /ends where a value should be/],
    ['a missing comma', '{\n  "actors": [\n    { "id": "a" }\n    { "id": "b" }\n  ]\n}\n', 4, 5, /found "\{" where ',' or '\]' should be/],
    ['a trailing comma', '{ "actors": [], }', 1, 17, /found "\}" where a property name in double quotes should be/],
    ['text after the object', '{ "actors": [] }\n}', 2, 1, /found "\}" after the end of the JSON/],
  ];

  it.each(cases)('names the line and column where it breaks: %s', async (_name, text, line, column, message) => {
    const file = join(seeds.seedsDir, 'actors.json');
    await writeFile(file, text);
    const { dictionary, problems, broken } = await loadDictionary(file);
    expect(broken).toBe(true);
    expect(dictionary.actors).toEqual([]);
    expect(problems).toEqual([{ path: file, line, column, message: expect.stringMatching(/^is not valid JSON: /) }]);
    expect(problems[0]!.message).toMatch(message);
  });

  it('reads a file saved with a byte order mark, as some editors on Windows do', async () => {
    await writeFile(dictionaryFile, `\ufeff${goodText}`);
    const { dictionary, problems, broken } = await loadDictionary(dictionaryFile);
    expect({ problems, broken }).toEqual({ problems: [], broken: false });
    expect(dictionary.byId.has('nikol-pashinyan')).toBe(true);
  });

  it('is not broken when absent (no dictionary at all) or when only some entries are wrong (the good ones are kept)', async () => {
    expect((await loadDictionary(join(seeds.seedsDir, 'none.json'))).broken).toBe(false);
    await writeFile(dictionaryFile, JSON.stringify({ actors: [{ id: 'a', kind: 'person', name: 'A' }, { id: 'B!' }] }));
    const partly = await loadDictionary(dictionaryFile);
    expect(partly.broken).toBe(false);
    expect(partly.dictionary.actors.map((a) => a.id)).toEqual(['a']);
  });
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
