import { countOption, joinedWords, UsageError } from '../args.js';
import type { CommandDefinition } from '../command.js';
import { loadIndexReporting } from '../seeds.js';
import { formatSearch } from '../../format/formatSearch.js';
import { searchView } from '../../views/statements.js';

export const searchCommand: CommandDefinition = {
  name: 'search',
  options: ['limit', 'json'],
  takesWords: true,
  async run({ words, values, seedsDir, maxArticleBytes, out }) {
    const query = joinedWords(words);
    if (!query) throw new UsageError('"search" needs some words: npm run cli -- search <text>');
    const limit = countOption(values.limit, 'limit', 10, 100);

    const index = await loadIndexReporting({ seedsDir, maxArticleBytes }, out);
    const hits = index.search(query, { limit });
    if (values.json) {
      const shaped = hits.map((hit) => ({ ...hit, statement: { ...hit.statement, text: index.statementText(hit.statement) } }));
      out.stdout(`${JSON.stringify(shaped, null, 2)}\n`);
    } else {
      out.stdout(formatSearch(searchView(query, hits, index), { width: out.width }));
    }
    // Finding nothing is an answer, not a failure (see the usage text).
    return 0;
  },
};
