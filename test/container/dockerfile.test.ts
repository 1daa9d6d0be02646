// The Dockerfile's claims that can be checked without a Docker engine: it lints clean, both stages stand on
// the same exact Node LTS release, the image runs as a non-root user, its volumes hold every path the bot
// writes or reads by configuration, its health check probes the port the bot serves, and the build stage
// copies every folder the compiler needs. productionBuild.test.ts replays the steps themselves.
import { existsSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { validate } from 'dockerfile-utils';
import { describe, expect, it } from 'vitest';
import { copyOf, envOf, jsonForm, readDockerfile, readDockerignore, ROOT, stepsOf, workdirOf } from './dockerfile.js';

const dockerfile = readDockerfile();
const build = dockerfile.stage('build');
const run = dockerfile.stage('run');
const env = envOf(run);
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  engines: { node: string };
  type: string;
  scripts: Record<string, string>;
};

/** `>=24.11 <25`, `>=20.19 <21 || >=22.12`: the only grammar package.json's engines uses (no carets or tildes). */
function satisfies(version: string, range: string): boolean {
  const v = version.split('.').map(Number);
  const cmp = (b: string) => {
    const w = b.split('.').map(Number);
    for (let i = 0; i < 3; i++) if ((v[i] ?? 0) !== (w[i] ?? 0)) return (v[i] ?? 0) - (w[i] ?? 0);
    return 0;
  };
  return range.split('||').some((alt) =>
    alt
      .trim()
      .split(/\s+/)
      .every((c) => {
        const m = /^(>=|<=|>|<|=)?(\d+(?:\.\d+){0,2})$/.exec(c);
        if (!m) throw new Error(`engines comparator "${c}" is not understood here`);
        const d = cmp(m[2]!);
        return { '>=': d >= 0, '<=': d <= 0, '>': d > 0, '<': d < 0, '=': d === 0 }[m[1] ?? '='];
      }),
  );
}

describe('Dockerfile', () => {
  it('lints clean with dockerfile-utils (the validator of the VS Code Docker extension)', () => {
    const problems = validate(dockerfile.text).map(
      (d) => `line ${d.range.start.line + 1}: ${typeof d.message === 'string' ? d.message : d.message.value}`,
    );
    expect(problems).toEqual([]);
  });

  it('the linter does report a broken Dockerfile (so an empty report above means something)', () => {
    const broken = 'FROM node:20\nHEALTHCHECK --interval=soon CMD true\nCOPY --frm=build a b\nUSER\n';
    expect(validate(broken).map((d) => d.message)).toEqual(
      expect.arrayContaining([
        expect.stringContaining('invalid duration'),
        expect.stringContaining('Unknown flag: frm'),
        expect.stringContaining('no arguments'),
      ]),
    );
  });

  it('builds in one stage and runs in another, on the same exact Node LTS release that package.json accepts', () => {
    expect(dockerfile.stages.map((s) => s.name)).toEqual(['build', 'run']);
    expect(run.image).toBe(build.image);
    const tag = /^node:(\d+)\.(\d+)\.(\d+)-[a-z]+(-slim)?$/.exec(build.image);
    expect(tag, `${build.image} should name an exact release (node:X.Y.Z-<debian>[-slim])`).not.toBeNull();
    const [, major, minor, patch] = tag!;
    expect(Number(major) % 2, 'even Node majors are the LTS lines').toBe(0);
    expect(satisfies(`${major}.${minor}.${patch}`, pkg.engines.node), `engines: ${pkg.engines.node}`).toBe(true);
  });

  it('is on the release .nvmrc names (the one CI and developers run), as is every node image README.md runs', () => {
    const release = readFileSync(join(ROOT, '.nvmrc'), 'utf8').trim();
    expect(release).toMatch(/^\d+\.\d+\.\d+$/);
    expect(build.image).toMatch(new RegExp(`^node:${release.replaceAll('.', '\\.')}-`));
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    // The restore command's throwaway container, and the image described for operators.
    expect([...new Set([...readme.matchAll(/\bnode:(\d+\.\d+\.\d+)-/g)].map((m) => m[1]))]).toEqual([release]);
    expect(readme).toContain(`Node ${release}`);
  });

  it('compiles with the dev dependencies, then keeps only the production ones for the run stage', () => {
    const runs = stepsOf(build, 'RUN').map((s) => s.content);
    const install = runs.findIndex((r) => /^npm (install|ci)\b/.test(r) && !/--omit=dev|--production/.test(r));
    const compile = runs.findIndex((r) => r.includes('npm run build'));
    const prune = runs.findIndex((r) => /npm prune --omit=dev/.test(r));
    expect(install).toBeGreaterThanOrEqual(0);
    expect(compile).toBeGreaterThan(install);
    expect(prune).toBeGreaterThanOrEqual(compile);
    expect(pkg.scripts.build).toContain('tsconfig.build.json');
    // The run stage installs nothing of its own: what it runs is exactly what the build stage pruned.
    expect(
      stepsOf(run, 'RUN')
        .map((s) => s.content)
        .join('\n'),
    ).not.toMatch(/\bnpm\b/);
    const fromBuild = stepsOf(run, 'COPY')
      .map((s) => copyOf(run, s))
      .filter((c) => c.from === 'build')
      .flatMap((c) => c.sources);
    // The emulator package (the sandbox demo runs it) comes as its manifest and its compiled dist/, which
    // node_modules/@attache/discord-emulator links to.
    expect(fromBuild.sort()).toEqual([
      '/app/dist',
      '/app/node_modules',
      '/app/package.json',
      '/app/packages/discord-emulator/dist',
      '/app/packages/discord-emulator/package.json',
    ]);
    // "type": "module" in the copied package.json is what makes node load dist/**/*.js as ES modules.
    expect(pkg.type).toBe('module');
  });

  it('copies every folder the compiler reads (tsconfig.build.json "include") into the build stage', () => {
    const tsconfig = JSON.parse(readFileSync(join(ROOT, 'tsconfig.build.json'), 'utf8')) as { include: string[]; extends?: string };
    const copied = stepsOf(build, 'COPY').flatMap((s) => copyOf(build, s).sources);
    for (const folder of tsconfig.include) expect(copied, `COPY ${folder}`).toContain(folder);
    expect(copied).toEqual(expect.arrayContaining(['tsconfig.json', 'tsconfig.build.json', 'package.json', 'package-lock.json']));
    // And for each workspace package that npm run build compiles: its manifest (before npm install), configs and sources.
    const { workspaces } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { workspaces: string[] };
    expect(workspaces).toEqual(['packages/discord-emulator']);
    for (const pkgDir of workspaces) {
      const own = JSON.parse(readFileSync(join(ROOT, pkgDir, 'tsconfig.build.json'), 'utf8')) as { include: string[] };
      for (const folder of own.include) expect(copied, `COPY ${pkgDir}/${folder}`).toContain(`${pkgDir}/${folder}`);
      expect(copied).toEqual(
        expect.arrayContaining([`${pkgDir}/package.json`, `${pkgDir}/tsconfig.json`, `${pkgDir}/tsconfig.build.json`]),
      );
    }
    const steps = stepsOf(build, 'COPY');
    const manifest = steps.find((s) => copyOf(build, s).sources.includes('packages/discord-emulator/package.json'))!;
    const install = stepsOf(build, 'RUN').find((s) => /^npm (install|ci)\b/.test(s.content))!;
    expect(manifest.line, 'the package manifest is copied before npm install links it').toBeLessThan(install.line);
  });

  it('copies from the build context only what exists and what .dockerignore lets through', () => {
    const ignore = readDockerignore();
    const fromContext = dockerfile.stages.flatMap((stage) =>
      stepsOf(stage, 'COPY')
        .map((s) => copyOf(stage, s))
        .filter((c) => c.from === null)
        .flatMap((c) => c.sources),
    );
    expect(fromContext.length).toBeGreaterThan(0);
    for (const source of fromContext) {
      expect(existsSync(join(ROOT, source)), `${source} exists`).toBe(true);
      expect(ignore.excludes(source), `${source} is not in .dockerignore`).toBe(false);
    }
    // Secrets and local state never reach the image (nor the build cache).
    for (const kept of ['.env', 'node_modules', 'data', 'dist', '.cache', '.git']) expect(ignore.excludes(kept), kept).toBe(true);
  });

  it('runs as the unprivileged node user, from the first instruction that could write files at run time', () => {
    const users = stepsOf(run, 'USER');
    expect(users.map((u) => u.content)).toEqual(['node']);
    const cmd = stepsOf(run, 'CMD')[0]!;
    expect(users[0]!.line).toBeLessThan(cmd.line);
    expect(users[0]!.line).toBeLessThan(stepsOf(run, 'HEALTHCHECK')[0]!.line);
  });

  it('declares volumes for the data folder (store file, extraction cache) and the seeds folder', () => {
    const volumes = stepsOf(run, 'VOLUME').flatMap(jsonForm);
    const workdir = workdirOf(run);
    expect(volumes).toEqual(['/app/data', '/app/seeds']);
    const inVolume = (path: string) => volumes.some((v) => path === v || path.startsWith(`${v}/`));
    expect(inVolume(posix.resolve(workdir, env.SEEDS_DIR!)), `SEEDS_DIR ${env.SEEDS_DIR}`).toBe(true);
    expect(inVolume(posix.resolve(workdir, env.CACHE_DIR!)), `CACHE_DIR ${env.CACHE_DIR}`).toBe(true);
    const storeFile = /^sqlite:\/\/(.+)$/.exec(env.STORE_URL ?? '')?.[1];
    expect(storeFile, `STORE_URL ${env.STORE_URL} is a SQLite file`).toBeDefined();
    expect(inVolume(posix.resolve(workdir, storeFile!)), `STORE_URL ${env.STORE_URL}`).toBe(true);
  });

  it('probes GET /health on HEALTH_PORT, the port it exposes, with the node it already has', () => {
    const checks = stepsOf(run, 'HEALTHCHECK');
    expect(checks).toHaveLength(1);
    const probe = jsonForm(checks[0]!);
    expect(probe.slice(0, 2)).toEqual(['node', '-e']);
    expect(probe[2]).toContain("'/health'");
    expect(probe[2]).toContain('process.env.HEALTH_PORT');
    // The fallback in the probe, the ENV default and EXPOSE name the same port.
    expect(probe[2]).toContain(`|| ${env.HEALTH_PORT})`);
    expect(stepsOf(run, 'EXPOSE').map((s) => s.content)).toEqual([env.HEALTH_PORT]);
    // A start period long enough for a first index build over a large archive.
    expect(Number.parseInt(checks[0]!.flags.get('start-period') ?? '0', 10)).toBeGreaterThanOrEqual(60);
  });

  it('serves /health on every interface of the container itself: the bot alone defaults to 127.0.0.1', () => {
    // Published ports and the platform's probes reach the container through its own interface, not its loopback.
    expect(env.HEALTH_HOST).toBe('0.0.0.0');
  });

  it('starts node on the compiled entry directly (no npm or shell in between), so SIGTERM reaches the bot', () => {
    const [cmd] = stepsOf(run, 'CMD').map(jsonForm);
    expect(cmd).toEqual(['node', 'dist/src/main.js']);
    expect(stepsOf(run, 'ENTRYPOINT')).toEqual([]);
    expect(stepsOf(run, 'STOPSIGNAL').map((s) => s.content)).toEqual(['SIGTERM']);
    // That the compiled bot then closes cleanly on SIGTERM is productionBuild.test.ts's to show.
  });
});
