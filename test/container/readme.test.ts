// The operator's handbook in README.md, held to the code: the invite link asks for exactly the scopes and
// permissions the bot needs, every setting the configuration module reads is documented, every runtime
// dependency is explained, the links lead somewhere, and the backup command works on a live store.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PermissionsBitField } from 'discord.js';
import { afterEach, describe, expect, it } from 'vitest';
import { DIGEST_PERMISSIONS } from '../../src/discord/digestPermissions.js';
import { openStore, type KeyValueStore } from '../../src/store/index.js';
import { ROOT } from './dockerfile.js';

const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
const section = (heading: string) => {
  const start = readme.indexOf(`\n${heading}\n`);
  if (start < 0) throw new Error(`README.md has no "${heading}"`);
  const level = heading.split(' ')[0]!;
  const rest = readme.slice(start + heading.length + 2);
  const end = rest.search(new RegExp(`\\n#{1,${level.length}} `));
  return end < 0 ? rest : rest.slice(0, end);
};

describe('README.md', () => {
  it('still opens with the two commands', () => {
    expect(readme.split('\n').slice(0, 6).join('\n')).toBe(
      [
        '# Attaché',
        '',
        '```sh',
        'npm install && npm start -- --demo   # install, then run the bot against its built-in Discord sandbox (no account, no server)',
        'npm install && npm test              # install, then run the whole test suite',
        '```',
      ].join('\n'),
    );
  });

  it('invites the bot with the scopes bot and applications.commands, what a digest channel needs and Read Message History only', () => {
    const links = [...readme.matchAll(/https:\/\/discord\.com\/oauth2\/authorize\?[^\s)`]+/g)].map((m) => new URL(m[0]));
    expect(links).toHaveLength(2);
    const invite = links[0]!.searchParams;
    expect(invite.get('integration_type')).toBe('0');
    expect(invite.get('scope')!.split(' ').sort()).toEqual(['applications.commands', 'bot']);
    expect(invite.get('client_id')).toBe('APPLICATION_ID');
    const permissions = new PermissionsBitField(BigInt(invite.get('permissions')!));
    expect(permissions.toArray().sort()).toEqual(['EmbedLinks', 'ReadMessageHistory', 'SendMessages', 'ViewChannel']);
    expect(permissions.bitfield).toBe(84992n);
    // What a digest channel is checked for, and the look-back after a crash (docs/digests.md): no more.
    expect(permissions.bitfield).toBe(
      DIGEST_PERMISSIONS.reduce((all, p) => all | p.flag, 0n) | PermissionsBitField.Flags.ReadMessageHistory,
    );
    expect(section('### 2. Invite it')).toContain(
      'View Channel (1024) + Send Messages (2048) + Embed Links (16384) + Read\n  Message History (65536)',
    );
  });

  it('offers a user install: the commands only, to the account, with no bot and no permissions', () => {
    const links = [...readme.matchAll(/https:\/\/discord\.com\/oauth2\/authorize\?[^\s)`]+/g)].map((m) => new URL(m[0]));
    const user = links[1]!.searchParams;
    expect([...user.keys()].sort()).toEqual(['client_id', 'integration_type', 'scope']);
    expect(user.get('integration_type')).toBe('1');
    expect(user.get('scope')).toBe('applications.commands');
    expect(user.get('client_id')).toBe('APPLICATION_ID');
  });

  it('says no privileged intent is needed, and the bot asks for Guilds only', () => {
    const bot = readFileSync(join(ROOT, 'src/discord/bot.ts'), 'utf8');
    expect([...new Set(bot.match(/GatewayIntentBits\.\w+/g))]).toEqual(['GatewayIntentBits.Guilds']);
    expect(section('### 1. Create the Discord application')).toContain('`Guilds` intent only');
  });

  it('documents every setting src/config.ts reads, in the table and in .env.example', () => {
    const config = readFileSync(join(ROOT, 'src/config.ts'), 'utf8');
    // SHARDING_MANAGER and SHARDS are set by discord.js's ShardingManager for its children, not by people.
    const read = [...new Set([...config.matchAll(/text\('([A-Z_]+)'\)/g)].map((m) => m[1]!))].filter(
      (v) => !['SHARDING_MANAGER', 'SHARDS'].includes(v),
    );
    expect(read).toEqual(expect.arrayContaining(['DISCORD_TOKEN', 'STORE_URL', 'SHARD_COUNT', 'HEALTH_PORT']));
    const table = section('## Configuration');
    const example = readFileSync(join(ROOT, '.env.example'), 'utf8');
    for (const name of read) {
      expect(table, name).toContain(`| \`${name}\` |`);
      expect(example, name).toMatch(new RegExp(`^#? ?${name}=`, 'm'));
    }
  });

  it('explains every runtime dependency under "Why these libraries"', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
      dependencies: Record<string, string>;
      overrides?: Record<string, string>;
    };
    const why = section('## Why these libraries');
    for (const [name, version] of Object.entries(pkg.dependencies)) expect(why, name).toContain(`**${name}** (${version})`);
    for (const [name, version] of Object.entries(pkg.overrides ?? {}))
      expect(why, name).toContain(`\`${name}\` module, which \`package.json\`'s \`overrides\` moves to ${version}`);
  });

  it('links only to files that exist, including docs/scaling.md and docs/metrics.md', () => {
    const links = [...readme.matchAll(/\]\(([^)#]+)(#[^)]*)?\)/g)].map((m) => m[1]!).filter((l) => !/^https?:/.test(l));
    expect(links).toEqual(expect.arrayContaining(['docs/scaling.md', 'docs/metrics.md', 'docs/actors.md', 'docs/digests.md']));
    for (const link of links) expect(existsSync(join(ROOT, link)), link).toBe(true);
  });

  describe('the SQLite backup command', () => {
    let dir: string | null = null;
    let store: KeyValueStore | null = null;
    afterEach(async () => {
      await store?.close();
      store = null;
      if (dir) await rm(dir, { recursive: true, force: true });
      dir = null;
    });

    it('copies a store the bot holds open (write-ahead log and all) into a file that opens with every key', async () => {
      const line = readme.split('\n').find((l) => l.startsWith('docker compose exec bot node -e '));
      expect(line).toBeDefined();
      const command = line!.slice('docker compose exec bot '.length);
      // The container's working folder is /app; here a temporary one, with the store where the image keeps it.
      dir = await mkdtemp(join(tmpdir(), 'attache-backup-'));
      store = await openStore(`sqlite://${join(dir, 'data', 'attache.sqlite')}`);
      await store.set('guild:1:subscriptions', { version: 1, subscriptions: [{ channelId: '2', time: '07:00' }] });
      // Still open, and the write may sit in the -wal file only: what a running bot leaves.
      expect(existsSync(join(dir, 'data', 'attache.sqlite-wal'))).toBe(true);

      const code = await new Promise<number | null>((resolve, reject) => {
        const child = spawn('sh', ['-c', command], {
          cwd: dir!,
          env: { PATH: process.env.PATH ?? '', NODE_PATH: join(ROOT, 'node_modules') },
          stdio: 'inherit',
        });
        child.on('error', reject);
        child.on('exit', resolve);
      });
      expect(code).toBe(0);

      const copy = await openStore(`sqlite://${join(dir, 'data', 'backup.sqlite')}`);
      try {
        expect(await copy.get('guild:1:subscriptions')).toEqual({ version: 1, subscriptions: [{ channelId: '2', time: '07:00' }] });
      } finally {
        await copy.close();
      }
    });
  });
});
