// The help text, kept apart from the code so `--help` and the docs say the same thing.

export const USAGE = `Attaché: who said what, to whom and when, in the diplomatic news of a seeds folder.

Usage: npm run cli -- <command> [options]

Commands:
  brief <actor> [--since YYYY-MM-DD] [--until YYYY-MM-DD] [--json]
        What an actor said (newest article first) and whom they called or met.
        <actor> is a name, a surname, a spelling variant or a role ("the Secretary").
  contacts <actor> [--since YYYY-MM-DD] [--until YYYY-MM-DD] [--png FILE]
        Whom an actor called, met or wrote to, by counterpart, oldest first within each;
        with --png, also the picture /contacts answers with (a timeline, one row each).
  search <text> [--limit N] [--json]
        Statements whose words match <text>, best first (at most N, default 10).
  actors [prefix]
        Actors whose name starts with or resembles <prefix> (the most active without one),
        with their role or country and their number of statements and contacts; at most 25.
  validate
        Lists every problem of the seeds folder (article files and actors.json).
  export
        Writes the export document (articles, actors, statements, contacts) as JSON to
        standard output, as defined in ../shared/eval/README.md.
  sources
        Each news source of $SOURCES_FILE (default seeds/sources.json) with its health as the
        bot last recorded it in $STORE_URL: status, last fetch, items, failures, next poll.
  ingest --once
        Polls every enabled source once into the seeds folder, one line per source, then exits
        (for cron, or to try a new feed). Known articles are never stored twice. Exit 1 when a
        source failed. Sources on private addresses need SOURCES_ALLOW_PRIVATE=true.

Options for every command:
  --seeds DIR   the folder of *.txt articles and actors.json
                (default: $SEEDS_DIR, from the environment or .env, else ./seeds)
  -h, --help    this text

Problems found while loading (a file without a date, not UTF-8, ...) go to standard error as
"file:line: message"; the file is skipped and the rest of the folder loads.

Exit codes:
  0  done (also a search that finds nothing)
  1  no such actor (with suggestions), validate found problems, a source failed to ingest,
     or an unexpected failure
  2  usage error: unknown command or option, missing argument, bad date, no such seeds folder
`;

export const USAGE_HINT = 'Run "npm run cli -- --help" for usage.';
