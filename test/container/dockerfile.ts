// The Dockerfile and .dockerignore as data, for the tests that hold the container to its claims without a
// Docker engine. Parsed with dockerfile-ast (the parser behind the dockerfile-utils linter), so line
// continuations, flags and JSON forms are read the way a Dockerfile parser reads them.
import { readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { DockerfileParser, type Instruction } from 'dockerfile-ast';

export const ROOT = join(import.meta.dirname, '../..');

export interface Step {
  /** FROM, RUN, COPY, … in upper case. */
  readonly keyword: string;
  /** The arguments as written, continuation lines joined. */
  readonly content: string;
  readonly args: readonly string[];
  /** --from=build, --chown=node:node, --interval=30s, … */
  readonly flags: ReadonlyMap<string, string | null>;
  /** One-based, for messages. */
  readonly line: number;
}

export interface Stage {
  readonly name: string;
  /** The base image as written: name:tag. */
  readonly image: string;
  readonly steps: readonly Step[];
}

export interface ParsedDockerfile {
  readonly text: string;
  readonly stages: readonly Stage[];
  stage(name: string): Stage;
}

export function readDockerfile(file = join(ROOT, 'Dockerfile')): ParsedDockerfile {
  const text = readFileSync(file, 'utf8');
  const stages: { name: string; image: string; steps: Step[] }[] = [];
  for (const instruction of DockerfileParser.parse(text).getInstructions()) {
    const step = toStep(instruction);
    if (step.keyword === 'FROM') {
      const [image = '', as, name] = step.args;
      stages.push({ name: as?.toUpperCase() === 'AS' && name ? name : String(stages.length), image, steps: [] });
    }
    const current = stages.at(-1);
    if (!current) throw new Error(`Dockerfile line ${step.line}: ${step.keyword} before the first FROM`);
    current.steps.push(step);
  }
  return {
    text,
    stages,
    stage(name) {
      const found = stages.find((s) => s.name === name);
      if (!found) throw new Error(`the Dockerfile has no stage "${name}" (it has ${stages.map((s) => s.name).join(', ')})`);
      return found;
    },
  };
}

function toStep(instruction: Instruction): Step {
  const withFlags = instruction as Instruction & { getFlags?: () => { getName(): string; getValue(): string | null }[] };
  return {
    keyword: instruction.getKeyword(),
    content: instruction.getArgumentsContent() ?? '',
    args: instruction.getArguments().map((a) => a.getValue()),
    flags: new Map((withFlags.getFlags?.() ?? []).map((f) => [f.getName(), f.getValue()])),
    line: instruction.getRange().start.line + 1,
  };
}

export const stepsOf = (stage: Stage, keyword: string): Step[] => stage.steps.filter((s) => s.keyword === keyword);

/** The exec (JSON) form of CMD, ENTRYPOINT, VOLUME or HEALTHCHECK … CMD [...]: the array it names. */
export function jsonForm(step: Step): string[] {
  const json = step.keyword === 'HEALTHCHECK' ? step.content.replace(/^CMD\s+/, '') : step.content;
  const parsed: unknown = JSON.parse(json);
  if (!Array.isArray(parsed) || !parsed.every((p) => typeof p === 'string'))
    throw new Error(`line ${step.line}: not a JSON array of strings`);
  return parsed;
}

/** Every ENV of a stage, in order (later ones win). */
export function envOf(stage: Stage): Record<string, string> {
  const env: Record<string, string> = {};
  for (const step of stepsOf(stage, 'ENV')) {
    // KEY=value pairs; values here need no quoting, so a split on whitespace reads them exactly.
    for (const pair of step.content.split(/\s+/).filter(Boolean)) {
      const eq = pair.indexOf('=');
      if (eq <= 0) throw new Error(`line ${step.line}: ENV "${pair}" is not KEY=value`);
      env[pair.slice(0, eq)] = pair.slice(eq + 1);
    }
  }
  return env;
}

/** The stage's working directory after its last WORKDIR (absolute in this Dockerfile). */
export function workdirOf(stage: Stage): string {
  const dirs = stepsOf(stage, 'WORKDIR').map((s) => s.content);
  return dirs.reduce((dir, next) => posix.resolve(dir, next), '/');
}

/** A COPY's sources and destination; the destination resolved against the stage's working directory. */
export function copyOf(stage: Stage, step: Step): { from: string | null; sources: string[]; destination: string } {
  const parts = [...step.args];
  const destination = parts.pop()!;
  return { from: step.flags.get('from') ?? null, sources: parts, destination: posix.resolve(workdirOf(stage), destination) };
}

/**
 * The .dockerignore patterns, and whether a context path is excluded by one. The file uses plain names and
 * globs without negations; a negation would need the full Go filepath.Match rules, so it is refused here.
 */
export function readDockerignore(file = join(ROOT, '.dockerignore')): { patterns: string[]; excludes(path: string): boolean } {
  const patterns = readFileSync(file, 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'));
  if (patterns.some((p) => p.startsWith('!'))) throw new Error('.dockerignore negations are not understood by this test helper');
  const matchers = patterns.map((p) => {
    const body = p.replace(/^\/+|\/+$/g, '');
    // A private-use character holds the place of ** while * and ? are rewritten: no pattern contains it.
    const re = body
      .replace(/[.+^${}()|[\]\\]/g, '\\$&')
      .replace(/\*\*/g, '\uE000')
      .replace(/\*/g, '[^/]*')
      .replace(/\?/g, '[^/]')
      .replace(/\uE000/g, '.*');
    // A pattern excludes the path it names and everything under it.
    return new RegExp(`^${re}(/.*)?$`);
  });
  return { patterns, excludes: (path) => matchers.some((m) => m.test(path.replace(/^\.\/|\/$/g, ''))) };
}
