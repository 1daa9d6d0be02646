// Structured logs: one JSON object per line on stderr, so they can be grepped and shipped as they are.
// Secrets never reach a line: values under secret-looking keys, anything shaped like a bot token (or a
// part of one, or another opaque credential) and URL passwords are masked (maskSecrets).

export type LogLevel = 'debug' | 'info' | 'warn' | 'error' | 'silent';
const RANK: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40, silent: 100 };

export interface Logger {
  debug(event: string, fields?: Record<string, unknown>): void;
  info(event: string, fields?: Record<string, unknown>): void;
  warn(event: string, fields?: Record<string, unknown>): void;
  error(event: string, fields?: Record<string, unknown>): void;
  /** A logger that adds `fields` to every line. */
  child(fields: Record<string, unknown>): Logger;
}

export interface LoggerOptions {
  readonly level?: LogLevel;
  readonly write?: (line: string) => void;
  /** Exact strings to mask wherever they appear (the configured token). */
  readonly secrets?: readonly string[];
  readonly now?: () => Date;
}

const SECRET_KEY = /token|secret|password|authorization|api[_-]?key/i;
// Discord bot tokens: three base64url parts separated by dots.
const TOKEN_SHAPE = /[A-Za-z0-9_-]{23,28}\.[A-Za-z0-9_-]{6,7}\.[A-Za-z0-9_-]{27,}/g;
// One part of a token pasted alone, an interaction token, a client secret: a long run of base64url that
// mixes upper case, lower case and digits. Words, host names, hex hashes, article ids and snowflakes
// (one case, or digits only) do not, so they stay readable.
const OPAQUE_RUN = /[A-Za-z0-9_-]{20,}/g;
const looksRandom = (run: string) => /[A-Z]/.test(run) && /[a-z]/.test(run) && /\d/.test(run);
// The password of a URL: redis://user:password@host.
const URL_PASSWORD = /(\/\/[^\s/:@]*:)[^\s/@]+(?=@)/g;

export function createLogger(options: LoggerOptions = {}, base: Record<string, unknown> = {}): Logger {
  const threshold = RANK[options.level ?? 'info'];
  const write = options.write ?? ((line: string) => process.stderr.write(`${line}\n`));
  const secrets = options.secrets ?? [];
  const now = options.now ?? (() => new Date());
  const emit = (level: Exclude<LogLevel, 'silent'>, event: string, fields?: Record<string, unknown>) => {
    if (RANK[level] < threshold) return;
    const record = { time: now().toISOString(), level, event, ...base, ...fields };
    write(maskSecrets(JSON.stringify(record, replacer), secrets));
  };
  return {
    debug: (e, f) => emit('debug', e, f),
    info: (e, f) => emit('info', e, f),
    warn: (e, f) => emit('warn', e, f),
    error: (e, f) => emit('error', e, f),
    child: (fields) => createLogger(options, { ...base, ...fields }),
  };
}

export const silentLogger: Logger = createLogger({ level: 'silent' });

function replacer(key: string, value: unknown): unknown {
  if (key && SECRET_KEY.test(key) && typeof value === 'string') return '[redacted]';
  if (value instanceof Error)
    return { name: value.name, message: value.message, stack: value.stack, ...(value as unknown as Record<string, unknown>) };
  if (typeof value === 'bigint') return value.toString();
  return value;
}

/** Whether `text` holds something shaped like a whole bot token. */
export function holdsBotToken(text: string): boolean {
  return new RegExp(TOKEN_SHAPE.source).test(text);
}

/**
 * `text` with everything that looks secret replaced by `[redacted]`: bot tokens, parts of them and other
 * opaque credentials, URL passwords, and the exact `secrets` given (8 characters or more). Shared by the
 * log lines and the configuration errors, which quote the values they reject.
 */
export function maskSecrets(text: string, secrets: readonly string[] = []): string {
  let out = text;
  for (const s of secrets) if (s.length >= 8) out = out.split(s).join('[redacted]');
  return out
    .replace(TOKEN_SHAPE, '[redacted]')
    .replace(OPAQUE_RUN, (run) => (looksRandom(run) ? '[redacted]' : run))
    .replace(URL_PASSWORD, '$1[redacted]');
}
