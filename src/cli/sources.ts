// The CLI's use of ingestion (`sources`, `ingest --once`): the settings as the bot reads them, the store
// the bot keeps the sources' health in, and a logger that writes plain lines to stderr.
import type { Logger } from '../log.js';
import { readSourcesSettings, type SourcesSettings } from '../sources/index.js';
import { openStore, type KeyValueStore } from '../store/index.js';
import { UsageError } from './args.js';
import type { Environment, Output } from './command.js';

export const DEFAULT_STORE_URL = 'sqlite://data/attache.sqlite';

/** SOURCES_* as src/config.ts reads them; a wrong value is a usage error naming it. */
export function sourcesSettings(env: Environment = {}): SourcesSettings {
  const { settings, problems } = readSourcesSettings(
    { SOURCES_FILE: env.sourcesFile, SOURCES_ALLOW_PRIVATE: env.sourcesAllowPrivate, SOURCES_CONTACT_URL: env.sourcesContactUrl },
    process.cwd(),
  );
  if (problems.length) throw new UsageError(problems.join('\n'));
  return settings;
}

/** The bot's store (STORE_URL, the same default): the sources' health and validators live there. */
export async function withStore<T>(env: Environment = {}, use: (store: KeyValueStore) => Promise<T>): Promise<T> {
  const url = env.storeUrl?.trim() || DEFAULT_STORE_URL;
  if (!/^(sqlite|redis|rediss):\/\/.+/.test(url))
    throw new UsageError(`STORE_URL "${url}" must start with sqlite:// (a file) or redis:// (host:port)`);
  const store = await openStore(url);
  try {
    return await use(store);
  } finally {
    await store.close();
  }
}

/** Warnings and errors as `warning: event: detail` on stderr; the rest is the command's to say. */
export function stderrLogger(out: Output): Logger {
  const line =
    (label: string) =>
    (event: string, fields: Record<string, unknown> = {}) => {
      const detail = ['problem', 'reason', 'note', 'err']
        .map((k) => fields[k])
        .filter((v) => v !== undefined)
        .map((v) => (v instanceof Error ? v.message : typeof v === 'string' ? v : JSON.stringify(v)));
      const who = typeof fields.source === 'string' ? ` ${fields.source}` : '';
      out.stderr(`${label}: ${event}${who}${detail.length ? `: ${detail.join('; ')}` : ''}\n`);
    };
  const logger: Logger = {
    debug: () => undefined,
    info: () => undefined,
    warn: line('warning'),
    error: line('error'),
    child: () => logger,
  };
  return logger;
}
