import { joinedWords, periodOptions, UsageError } from '../args.js';
import type { CommandDefinition } from '../command.js';
import { loadIndexReporting } from '../seeds.js';
import { briefJson } from '../../format/briefJson.js';
import { formatBrief } from '../../format/formatBrief.js';
import { formatUnknownActor } from '../../format/formatActors.js';
import { unknownActorView } from '../../views/actors.js';
import { briefView } from '../../views/brief.js';

export const briefCommand: CommandDefinition = {
  name: 'brief',
  options: ['since', 'until', 'json'],
  takesWords: true,
  async run({ words, values, seedsDir, maxArticleBytes, out }) {
    const query = joinedWords(words);
    if (!query) throw new UsageError('"brief" needs an actor: npm run cli -- brief <actor>');
    const range = periodOptions(values);

    const index = await loadIndexReporting({ seedsDir, maxArticleBytes }, out);
    const resolution = index.resolveActor(query);
    if (resolution.kind === 'unknown') {
      out.stderr(formatUnknownActor(unknownActorView(query, resolution.suggestions)));
      return 1;
    }
    if (resolution.match === 'fuzzy') out.stderr(`Taking "${query}" as ${resolution.actor.name}.\n`);
    const brief = index.brief(resolution.actor.id, range);
    out.stdout(
      values.json
        ? `${JSON.stringify(briefJson(brief, index), null, 2)}\n`
        : formatBrief(briefView(brief, index, range), { width: out.width }),
    );
    return 0;
  },
};
