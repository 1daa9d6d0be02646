// `npm start -- --demo`: a short scripted session against the sandbox, printed as it goes, for a first
// look without Discord, and for machines with no one at the keyboard (CI).
import type { LineOutcome, SandboxConsole } from './console.js';

export const DEMO_SCRIPT: readonly string[] = [
  '/about',
  '/brief actor:Mirzoyan',
  'complete /brief actor:Pash',
  // A misspelling: the index's fuzzy name resolution still finds him.
  '/brief actor:Mirzoian',
  // A picture: the sandbox saves it to a file and prints where.
  '/contacts actor:Mirzoyan',
  '/search query:ceasefire',
];

/** After the news site was ingested: its health, then the brief that now opens with today's statement. */
export const NEWS_SCRIPT: readonly string[] = ['/sources', '/brief actor:Mirzoyan'];

/** Runs the script line by line; resolves to the number of lines that got no proper answer. */
export async function runDemo(
  console: SandboxConsole,
  print: (text: string) => void,
  options: {
    script?: readonly string[];
    hasNextPage?: () => boolean;
    /** Ingests the sandbox's news site once (src/offline/news.ts); the lines it returns are printed. */
    news?: () => Promise<string[]>;
  } = {},
): Promise<number> {
  let failures = 0;
  const step = async (line: string): Promise<LineOutcome> => {
    print(`\n> ${line}`);
    const outcome = await console.handle(line);
    if (outcome === 'failed') failures++;
    return outcome;
  };
  print('Attaché sandbox demo: the real bot, logged into a local Discord emulator; each > line is what a user typed.');
  for (const line of options.script ?? DEMO_SCRIPT) await step(line);
  // Paging, when an answer was long enough to have pages.
  if (options.hasNextPage?.()) await step('next');
  if (options.news) {
    print('\nA small news site on this machine (127.0.0.1) has just published two articles; the bot ingests its feed once.');
    try {
      for (const line of await options.news()) print(line);
      for (const line of NEWS_SCRIPT) await step(line);
    } catch (err) {
      failures++;
      print(`[ingest] failed: ${err instanceof Error ? err.message : String(err)}`);
    }
  }
  print(
    `\nDemo finished${failures ? ` with ${failures} step(s) unanswered` : ''}. Run \`npm start\` in a terminal to type commands yourself.`,
  );
  return failures;
}
