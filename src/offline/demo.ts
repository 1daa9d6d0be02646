// `npm start -- --demo`: a short scripted session against the sandbox, printed as it goes, for a first
// look without Discord, and for machines with no one at the keyboard (CI).
import type { LineOutcome, SandboxConsole } from './console.js';

export const DEMO_SCRIPT: readonly string[] = [
  '/about',
  '/brief actor:Mirzoyan',
  'complete /brief actor:Pash',
  // A misspelling: the index's fuzzy name resolution still finds him.
  '/brief actor:Mirzoian',
  '/search query:ceasefire',
];

/** Runs the script line by line; resolves to the number of lines that got no proper answer. */
export async function runDemo(
  console: SandboxConsole,
  print: (text: string) => void,
  options: { script?: readonly string[]; hasNextPage?: () => boolean } = {},
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
  print(
    `\nDemo finished${failures ? ` with ${failures} step(s) unanswered` : ''}. Run \`npm start\` in a terminal to type commands yourself.`,
  );
  return failures;
}
