import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GOOD_ARTICLE, removeFolder, runCli, seedsFolder } from './runCli.js';

let seeds: string;
beforeAll(async () => {
  seeds = await seedsFolder({ 'a.txt': GOOD_ARTICLE });
});
afterAll(() => removeFolder(seeds));

describe.concurrent('cli: help and usage errors', () => {
  it('--help prints the usage on stdout and exits 0', async () => {
    const r = await runCli(['--help']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    for (const command of ['brief <actor>', 'search <text>', 'actors [prefix]', 'validate', 'export', '--seeds DIR', 'Exit codes']) {
      expect(r.stdout).toContain(command);
    }
  });

  it('--help after a command, and the help command, print the same usage', async () => {
    const [a, b, c] = await Promise.all([runCli(['--help']), runCli(['brief', '--help']), runCli(['help'])]);
    expect(b).toEqual(a);
    expect(c).toEqual(a);
  });

  it('no command: usage on stderr, nothing on stdout, exit 2', async () => {
    const r = await runCli([]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('Usage: npm run cli -- <command>');
  });

  it('an unknown command: named, usage on stderr, exit 2', async () => {
    const r = await runCli(['breif', 'Mirzoyan', '--seeds', seeds]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^Unknown command "breif"\./);
    expect(r.stderr).toContain('Usage:');
  });

  it('an unknown option: exit 2 with the option named', async () => {
    const r = await runCli(['brief', 'Mirzoyan', '--sinse', '2022-01-01', '--seeds', seeds]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("'--sinse'");
    expect(r.stderr).toContain('--help');
  });

  it('an option the command does not take: exit 2', async () => {
    const r = await runCli(['actors', '--since', '2022-01-01', '--seeds', seeds]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('"actors" takes no --since option');
  });

  it('words after a command that takes none: exit 2', async () => {
    const r = await runCli(['export', 'now', '--seeds', seeds]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('"export" takes no arguments');
  });

  it('brief without an actor: exit 2', async () => {
    const r = await runCli(['brief', '--seeds', seeds]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('"brief" needs an actor');
  });

  it('search without words: exit 2', async () => {
    const r = await runCli(['search', '--seeds', seeds]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('"search" needs some words');
  });

  it.each([
    ['--since', '2022-02-30'],
    ['--since', '25/03/2022'],
    ['--until', 'yesterday'],
    ['--until', '2022-3-5'],
  ])('brief %s %s: a clear message and exit 2', async (option, value) => {
    const r = await runCli(['brief', 'Mirzoyan', option, value, '--seeds', seeds]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`${option} "${value}" is not a real calendar day written YYYY-MM-DD`);
  });

  it('brief --since after --until: exit 2', async () => {
    const r = await runCli(['brief', 'Mirzoyan', '--since', '2022-05-01', '--until', '2022-04-01', '--seeds', seeds]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--since 2022-05-01 is after --until 2022-04-01');
  });

  it('search --limit that is not a positive whole number: exit 2', async () => {
    const r = await runCli(['search', 'peace', '--limit', '0', '--seeds', seeds]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--limit "0" must be a whole number');
  });

  it('a seeds folder that does not exist: exit 2, named', async () => {
    const r = await runCli(['validate', '--seeds', `${seeds}/missing`]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`No seeds folder at ${seeds}/missing`);
  });
});
