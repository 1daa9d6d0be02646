// What the image installs is fixed by package.json (exact versions) and package-lock.json, and stays clear
// of the advisories `npm audit --omit=dev` reported for this tree. The audit itself needs the registry's
// advisory service, which tests must not call; this holds the lockfile to the fix instead: sqlite3 5.1.7
// (through @keyv/sqlite) brought tar 6 and node-gyp 8, with high-severity advisories and no fixed 6.x
// release; package.json's "overrides" moves it to sqlite3 6.0.1 (tar 7.5.11+, node-gyp 12).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './dockerfile.js';

interface Manifest {
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
  overrides?: Record<string, string>;
}
interface LockEntry {
  version: string;
  /** A workspace package: node_modules/<name> links to the folder `resolved` names (its own entry has the version). */
  link?: boolean;
  resolved?: string;
  dev?: boolean;
  optional?: boolean;
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
}

const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as Manifest;
const lock = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8')) as {
  lockfileVersion: number;
  packages: Record<string, LockEntry>;
};
/** Every package `npm install --omit=dev` installs (the image's node_modules), with its lockfile path. */
const production = Object.entries(lock.packages)
  // Installed packages only: not the root, nor a workspace's own folder or the link to it (both are our code).
  .filter(([path, entry]) => path.includes('node_modules/') && !entry.dev && !entry.link)
  .map(([path, entry]) => ({ path, name: path.slice(path.lastIndexOf('node_modules/') + 'node_modules/'.length), version: entry.version }));

const parts = (v: string) => v.split(/[.+-]/).slice(0, 3).map(Number);
function below(version: string, bound: string): boolean {
  const [a, b] = [parts(version), parts(bound)];
  for (let i = 0; i < 3; i++) if (a[i] !== b[i]) return a[i]! < b[i]!;
  return false;
}

/** The high-severity findings of `npm audit --omit=dev` on the tree before the fix: package, first safe version, why. */
const ADVISORIES: readonly { name: string; fixedIn: string; advisory: string }[] = [
  {
    name: 'tar',
    fixedIn: '7.5.11',
    advisory: 'GHSA-34x7-hfp2-rc4v, GHSA-8qq5-rm4j-mr97 and later (path traversal, symlink poisoning); 6.x has no fix',
  },
  { name: 'node-gyp', fixedIn: '10.3.2', advisory: 'depends on vulnerable tar and make-fetch-happen' },
  { name: 'sqlite3', fixedIn: '6.0.0', advisory: '5.0.0 – 5.1.7 depend on vulnerable node-gyp and tar' },
  { name: '@tootallnate/once', fixedIn: '2.0.1', advisory: 'GHSA-vpq2-c234-7xj6 (through node-gyp 8)' },
];

describe('dependencies', () => {
  it('are pinned to exact versions in package.json', () => {
    for (const [name, version] of Object.entries({ ...pkg.dependencies, ...pkg.devDependencies, ...pkg.overrides })) {
      expect(version, name).toMatch(/^\d+\.\d+\.\d+$/);
    }
  });

  it('are the versions package-lock.json installs', () => {
    expect(lock.lockfileVersion).toBeGreaterThanOrEqual(2);
    const root = lock.packages['']!;
    expect(root.dependencies).toEqual(pkg.dependencies);
    expect(root.devDependencies).toEqual(pkg.devDependencies);
    for (const [name, version] of Object.entries({ ...pkg.dependencies, ...pkg.devDependencies })) {
      const entry = lock.packages[`node_modules/${name}`];
      const installed = entry?.link ? lock.packages[entry.resolved!] : entry;
      expect(installed?.version, name).toBe(version);
    }
  });

  it('install none of the versions npm audit reported as high severity in production', () => {
    const found = production.flatMap(({ path, name, version }) =>
      ADVISORIES.filter((a) => a.name === name && below(version, a.fixedIn)).map((a) => `${path}@${version}: ${a.advisory}`),
    );
    expect(found).toEqual([]);
  });

  it('resolve sqlite3 through the override for every package that asks for it (one copy, the fixed one)', () => {
    const copies = production.filter((p) => p.name === 'sqlite3');
    expect(copies.map((c) => c.version)).toEqual([pkg.overrides?.sqlite3]);
    // @keyv/sqlite still asks for ^5.1.7; the override is what keeps 5.x out, so it must stay until it asks for 6.
    expect(lock.packages['node_modules/@keyv/sqlite']?.dependencies?.sqlite3).toBeDefined();
  });

  it('leave the compiler, the test runner and the TypeScript loader out of the production tree', () => {
    expect(production.filter((p) => ['typescript', 'vitest', 'tsx', 'esbuild', 'vite'].includes(p.name))).toEqual([]);
  });
});
