// The interactive sandbox: a readline prompt over the sandbox console.
import { createInterface, type Interface } from 'node:readline';
import { SANDBOX_HELP, type SandboxConsole } from './console.js';

export interface Prompt {
  /** Resolves when the user quits (quit, Ctrl-D, Ctrl-C) or `close()` was called. */
  readonly closed: Promise<void>;
  close(): void;
}

const WORDS = ['/brief actor:', '/search query:', '/actors', '/about', 'complete /brief actor:', 'next', 'prev', 'press ', 'help', 'quit'];

export function startPrompt(
  console: SandboxConsole,
  io: { input: NodeJS.ReadableStream; output: NodeJS.WritableStream; print: (text: string) => void; terminal?: boolean },
): Prompt {
  const rl: Interface = createInterface({
    input: io.input,
    output: io.output,
    terminal: io.terminal ?? true,
    prompt: 'attaché> ',
    historySize: 200,
    completer: (line: string) => {
      const hits = WORDS.filter((w) => w.startsWith(line));
      return [hits.length ? hits : WORDS, line];
    },
  });
  let closing = false;
  const closed = new Promise<void>((resolve) => rl.once('close', resolve));
  io.print(`Attaché sandbox: the real bot, logged into a local Discord emulator (no network, no token).\n${SANDBOX_HELP}\n`);
  // One line at a time: a command's answer is printed before the next prompt.
  let queue = Promise.resolve();
  rl.on('line', (line) => {
    queue = queue.then(async () => {
      if (closing) return;
      const outcome = await console.handle(line);
      if (outcome === 'quit') rl.close();
      else if (!closing) rl.prompt();
    });
  });
  // Ctrl-C at the prompt quits like `quit` (the process's SIGINT handler is not involved).
  rl.on('SIGINT', () => rl.close());
  rl.on('close', () => {
    closing = true;
  });
  rl.prompt();
  return {
    closed,
    close: () => {
      closing = true;
      rl.close();
    },
  };
}
