import { UsageError } from '../args.js';
import type { CommandDefinition } from '../command.js';
import { sourcesSettings, stderrLogger, withStore } from '../sources.js';
import { formatRound } from '../../format/formatSources.js';
import { openIngestion } from '../../ingestion/index.js';
import { pollRows } from '../../views/sources.js';

/**
 * `ingest --once`: every enabled source polled now into the seeds folder (a running bot's watcher takes the
 * new files in), one line per source, then exit; 1 when a source failed. Known items are never fetched or
 * written again, and the feed is asked conditionally, so a second run stores nothing twice.
 */
export const ingestCommand: CommandDefinition = {
  name: 'ingest',
  options: ['once'],
  takesWords: false,
  async run({ values, seedsDir, environment, out }) {
    if (!values.once) throw new UsageError('"ingest" needs --once: continuous ingestion runs inside the bot (INGEST=on)');
    const settings = sourcesSettings(environment);
    const logger = stderrLogger(out);
    const round = await withStore(environment, async (store) => {
      const { poller, catalog } = await openIngestion({ settings, seedsDir, store, logger });
      if (catalog.sources.length === 0) return null;
      return poller.pollAll();
    });
    if (!round) {
      out.stdout(`No sources in ${settings.sourcesFile}: nothing to ingest.\n`);
      return 0;
    }
    out.stdout(formatRound(pollRows(round.reports)));
    return round.errors > 0 || round.reports.some((r) => r.event.kind === 'failed') ? 1 : 0;
  },
};
