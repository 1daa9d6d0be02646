// The layer rules of .dependency-cruiser.cjs (npm run lint:deps) hold for the tree as it is, and do catch
// what they are for: run on a small tree of its own, with discord.js imported in src/extract and src/views,
// src/discord imported in src/digest, commands/ in src/discord, two modules of src/index importing each
// other and the emulator package importing the bot, the checker fails and names each.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
// The `depcruise` command as the package declares it (the file behind it moves between releases).
const CRUISER = join(ROOT, 'node_modules/dependency-cruiser');
const CHECKER = join(
  CRUISER,
  (JSON.parse(readFileSync(join(CRUISER, 'package.json'), 'utf8')) as { bin: Record<string, string> }).bin.depcruise!,
);
const CONFIG = join(ROOT, '.dependency-cruiser.cjs');

function check(cwd: string, ...folders: string[]): { status: number | null; output: string } {
  const run = spawnSync(process.execPath, [CHECKER, ...folders, '--config', CONFIG, '--output-type', 'err', '--no-progress'], {
    cwd,
    encoding: 'utf8',
  });
  if (run.error) throw run.error;
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

describe('the layer rules', () => {
  let tree = '';
  beforeAll(() => {
    tree = mkdtempSync(join(tmpdir(), 'attache-layers-'));
    const write = (path: string, text: string) => {
      mkdirSync(dirname(join(tree, path)), { recursive: true });
      writeFileSync(join(tree, path), text);
    };
    copyFileSync(join(ROOT, 'tsconfig.json'), join(tree, 'tsconfig.json'));
    // A stand-in for the package: the rules match what an import resolves to, node_modules/discord.js/….
    write(
      'node_modules/discord.js/package.json',
      JSON.stringify({ name: 'discord.js', version: '14.0.0', main: 'index.js', types: 'index.d.ts' }),
    );
    write('node_modules/discord.js/index.js', 'export class Client {}\n');
    write('node_modules/discord.js/index.d.ts', 'export declare class Client {}\n');
    write('src/extract/leak.ts', "import { Client } from 'discord.js';\n\nexport const client = new Client();\n");
    write('src/index/a.ts', "import { b } from './b.js';\n\nexport const a = () => b();\n");
    write('src/index/b.ts', "import { a } from './a.js';\n\nexport const b = (): unknown => a;\n");
    write('src/index/plain.ts', "import { a } from './a.js';\n\nexport const plain = a;\n");
    write('src/discord/render.ts', 'export const render = (text: string): string => text;\n');
    write('src/digest/leak.ts', "import { render } from '../discord/render.js';\n\nexport const shown = render('digest');\n");
    write('src/views/leak.ts', "import type { Client } from 'discord.js';\n\nexport type Held = Client;\n");
    write('commands/index.ts', 'export const commands: readonly string[] = [];\n');
    write('src/discord/bot.ts', "import { commands } from '../../commands/index.js';\n\nexport const names = commands;\n");
    write('packages/discord-emulator/src/leak.ts', "import { plain } from '../../../src/index/plain.js';\n\nexport const leak = plain;\n");
  });
  afterAll(() => {
    if (tree) rmSync(tree, { recursive: true, force: true });
  });

  it('pass on the tree as it is (what npm run lint:deps checks)', () => {
    const { status, output } = check(ROOT, 'src', 'commands', 'scripts', 'bench', 'packages/discord-emulator/src');
    expect(output).toContain('no dependency violations found');
    expect(status).toBe(0);
  }, 60_000);

  it('fail on discord.js in src/extract or src/views, src/discord in src/digest, commands/ in src/discord, and a cycle, and name each', () => {
    const { status, output } = check(tree, 'src');
    expect(status).not.toBe(0);
    expect(output).toMatch(/error core-without-discord: src\/extract\/leak\.ts → node_modules\/discord\.js\//);
    expect(output).toMatch(/error views-without-discord: src\/views\/leak\.ts → node_modules\/discord\.js\//);
    expect(output).toMatch(/error digest-without-discord: src\/digest\/leak\.ts → src\/discord\/render\.ts/);
    expect(output).toMatch(/error discord-without-commands: src\/discord\/bot\.ts → commands\/index\.ts/);
    expect(output).toMatch(/error no-circular: src\/index\/(a|b)\.ts\s*→\s*src\/index\/(b|a)\.ts\s*→\s*src\/index\/(a|b)\.ts/);
    // Importing a module of a cycle is no cycle of one's own.
    expect(output).not.toMatch(/no-circular: src\/index\/plain\.ts/);
  }, 60_000);

  it('fail on the emulator package importing the bot', () => {
    const { status, output } = check(tree, 'packages');
    expect(status).not.toBe(0);
    expect(output).toMatch(/error emulator-stands-alone: packages\/discord-emulator\/src\/leak\.ts → src\/index\/plain\.ts/);
  }, 60_000);
});
