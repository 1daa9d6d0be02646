// The process edge of the CLI: environment, streams and exit code. Everything else is in run.ts.
import { config as loadDotenv } from 'dotenv';
import { run } from './run.js';

// Quiet: dotenv otherwise announces itself, and `export` must write nothing but JSON.
loadDotenv({ quiet: true });

// `cli export | head` closes the pipe early; that is the reader's choice, not a failure.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(0);
  throw err;
});

const tty = process.stdout.isTTY;
const width = tty ? Math.min(process.stdout.columns || 80, 100) : undefined;

process.exitCode = await run(
  process.argv.slice(2),
  {
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
    width,
  },
  {
    seedsDir: process.env.SEEDS_DIR || undefined,
    maxArticleBytes: process.env.MAX_ARTICLE_BYTES,
    storeUrl: process.env.STORE_URL,
    sourcesFile: process.env.SOURCES_FILE,
    sourcesAllowPrivate: process.env.SOURCES_ALLOW_PRIVATE,
    sourcesContactUrl: process.env.SOURCES_CONTACT_URL,
  },
);
