import type { CommandDefinition } from '../command.js';
import { loadExtractionsReporting } from '../seeds.js';
import { buildExportDocument } from '../../export/exportDocument.js';

export const exportCommand: CommandDefinition = {
  name: 'export',
  options: [],
  takesWords: false,
  async run({ seedsDir, maxArticleBytes, out }) {
    const { articles, extractions, dictionary } = await loadExtractionsReporting({ seedsDir, maxArticleBytes }, out);
    const { document, undefinedActors } = buildExportDocument({ articles, extractions, dictionary });
    for (const id of undefinedActors) out.stderr(`export: actor "${id}" is referenced but defined nowhere; exported under its id\n`);
    // Standard output carries the document and nothing else: it is read by the scorer.
    out.stdout(`${JSON.stringify(document, null, 1)}\n`);
    return 0;
  },
};
