import type { CommandDefinition } from '../command.js';
import { validateSeeds } from '../seeds.js';
import { formatValidationSummary } from '../../format/formatProblems.js';

export const validateCommand: CommandDefinition = {
  name: 'validate',
  options: [],
  takesWords: false,
  async run({ seedsDir, maxArticleBytes, out }) {
    const { problems, ...counts } = await validateSeeds({ seedsDir, maxArticleBytes }, out);
    for (const line of problems) out.stdout(`${line}\n`);
    out.stdout(formatValidationSummary({ ...counts, problems: problems.length }));
    return problems.length > 0 ? 1 : 0;
  },
};
