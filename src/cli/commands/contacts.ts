// `contacts <actor> [--since] [--until] [--png FILE]`: the data of /contacts' picture as text, and the
// picture itself when asked (the PNG of docs/contacts-mirzoyan.png is made this way).
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { joinedWords, periodOptions, UsageError } from '../args.js';
import type { CommandDefinition } from '../command.js';
import { loadIndexReporting } from '../seeds.js';
import { formatUnknownActor } from '../../format/formatActors.js';
import { pictureLines, readContactsPicture, renderContactsPicture } from '../../picture/index.js';
import { unknownActorView } from '../../views/actors.js';

export const contactsCommand: CommandDefinition = {
  name: 'contacts',
  options: ['since', 'until', 'png'],
  takesWords: true,
  async run({ words, values, seedsDir, maxArticleBytes, out }) {
    const query = joinedWords(words);
    if (!query) throw new UsageError('"contacts" needs an actor: npm run cli -- contacts <actor> [--png FILE]');
    const range = periodOptions(values);
    if (values.png !== undefined && !values.png.trim()) throw new UsageError('--png needs a file name, e.g. --png contacts.png');

    const index = await loadIndexReporting({ seedsDir, maxArticleBytes }, out);
    const resolution = index.resolveActor(query);
    if (resolution.kind === 'unknown') {
      out.stderr(formatUnknownActor(unknownActorView(query, resolution.suggestions)));
      return 1;
    }
    if (resolution.match === 'fuzzy') out.stderr(`Taking "${query}" as ${resolution.actor.name}.\n`);
    const view = readContactsPicture(index, resolution.actor.id, range);
    if (view.rows.length === 0) {
      const when = range.since || range.until ? ' in that period' : '';
      out.stdout(`${view.actor.name} has no calls, meetings or letters${when}; no picture to draw.\n`);
      return 0;
    }
    out.stdout(`${pictureLines(view).join('\n')}\n`);
    if (values.png !== undefined) {
      const picture = renderContactsPicture(view);
      const file = resolve(values.png);
      try {
        await writeFile(file, picture.png);
      } catch (err) {
        out.stderr(`Could not write the picture to ${file}: ${(err as Error).message}\n`);
        return 1;
      }
      out.stderr(`Picture written to ${file} (${picture.width}×${picture.height} px, ${picture.png.length} bytes).\n`);
    }
    return 0;
  },
};
