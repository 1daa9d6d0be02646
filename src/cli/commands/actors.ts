import { joinedWords } from '../args.js';
import type { CommandDefinition } from '../command.js';
import { loadIndexReporting } from '../seeds.js';
import { formatActors } from '../../format/formatActors.js';
import { actorsView } from '../../views/actors.js';

/** The index answers autocomplete and caps every list at this many. */
const MAX_LISTED = 25;

export const actorsCommand: CommandDefinition = {
  name: 'actors',
  options: [],
  takesWords: true,
  async run({ words, seedsDir, maxArticleBytes, out }) {
    const prefix = joinedWords(words) || undefined;
    const index = await loadIndexReporting({ seedsDir, maxArticleBytes }, out);
    const summaries = index.actors(prefix, MAX_LISTED);
    out.stdout(formatActors(actorsView(summaries, prefix)));
    // A hint, not data: stderr keeps the table clean for a pipe.
    if (summaries.length === MAX_LISTED) out.stderr(`(at most ${MAX_LISTED} are listed; a longer prefix narrows the list)\n`);
    return 0;
  },
};
