import type { CommandDefinition } from '../command.js';
import { sourcesSettings, stderrLogger, withStore } from '../sources.js';
import { formatSources } from '../../format/formatSources.js';
import { loadCatalog } from '../../ingestion/index.js';

/** `sources`: each source's health as the bot last recorded it in the store (last fetch, items, failures, next poll). */
export const sourcesCommand: CommandDefinition = {
  name: 'sources',
  options: [],
  takesWords: false,
  async run({ environment, out }) {
    const settings = sourcesSettings(environment);
    const view = await withStore(environment, async (store) => (await loadCatalog(settings, store, stderrLogger(out))).view(null));
    out.stdout(formatSources(view));
    return 0;
  },
};
