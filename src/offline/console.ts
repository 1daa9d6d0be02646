// The sandbox's little language: what a line typed at the prompt (or written in the demo script) does.
//   /brief actor:Mirzoyan            a slash command, as the sandbox user in #general
//   complete /brief actor:Pash       the autocomplete Discord would send while typing (last option focused)
//   next | prev | press 2 | press Next   press a button of the last message that has some
//   help | quit
import { EmulatorTimeoutError, parseCommandLine, type InteractionHandle, type TextSession } from '@attache/discord-emulator';
import { buttonsOf, type SandboxButton, type Transcript } from './transcript.js';

export const SANDBOX_HELP = `Type a slash command as you would in Discord, e.g.
  /brief actor:Mirzoyan                 /search query:ceasefire
  /brief actor:Pashinyan since:2022-01-01 until:2022-12-31
  /contacts actor:Mirzoyan              a picture of whom they met, saved to a file whose path is printed
  /actors                               /about
Values with spaces go in quotes: /search query:"peace treaty"
  complete /brief actor:Pash   what autocomplete offers while you type (the last option is the one typed)
  next, prev                   turn the page of the last answer that has buttons
  press 2, press Prev          press a button of that answer by number or label
  help                         this text
  quit                         stop the bot and the emulator (also Ctrl-D or Ctrl-C)`;

export type LineOutcome = 'ok' | 'failed' | 'quit';

export interface SandboxConsoleOptions {
  readonly session: TextSession;
  readonly transcript: Transcript;
  readonly print: (text: string) => void;
  /** How long to wait for the bot's answer; default 5 s (Discord's own limit is 3 s for the first response). */
  readonly replyTimeoutMs?: number;
}

export interface SandboxConsole {
  /** Runs one line; resolves once the bot's answer has been printed (or has not come in time). */
  handle(line: string): Promise<LineOutcome>;
}

export function createSandboxConsole(options: SandboxConsoleOptions): SandboxConsole {
  const { session, transcript, print } = options;
  const timeoutMs = options.replyTimeoutMs ?? 5000;
  const emulator = session.emulator;
  const complain = (message: string): LineOutcome => {
    print(`! ${message}`);
    return 'failed';
  };

  const awaitReply = async (handle: InteractionHandle, what: string): Promise<LineOutcome> => {
    try {
      const cb = await handle.waitForResponse(timeoutMs);
      // Autocomplete has no message; the transcript has printed the choices already.
      if (cb.type === 8) return 'ok';
      await handle.waitForReply(timeoutMs);
      return 'ok';
    } catch (err) {
      if (err instanceof EmulatorTimeoutError)
        return complain(`no answer to ${what} within ${timeoutMs / 1000} s (the log on stderr may say why)`);
      return complain((err as Error).message);
    }
  };

  const press = (pick: (buttons: SandboxButton[]) => SandboxButton | undefined, what: string): Promise<LineOutcome> | LineOutcome => {
    const message = transcript.lastWithButtons();
    if (!message) return complain('no answer with buttons yet: run a command first');
    const buttons = buttonsOf(message);
    const button = pick(buttons);
    if (!button)
      return complain(`the last answer has no ${what} button (it has: ${buttons.map((b) => `${b.number}: ${b.label}`).join(', ')})`);
    if (button.url) return complain(`"${button.label}" is a link to ${button.url}; there is nothing to press`);
    if (button.disabled || !button.customId) return complain(`"${button.label}" is disabled`);
    print(`(pressing ${button.label})`);
    const handle = emulator.pressButton({ message, customId: button.customId, userId: session.user.id });
    return awaitReply(handle, `the ${button.label} button`);
  };

  const byLabel = (pattern: RegExp) => (buttons: SandboxButton[]) =>
    buttons.find((b) => pattern.test(b.label) && !b.disabled) ?? buttons.find((b) => pattern.test(b.label));

  return {
    async handle(raw) {
      const line = raw.trim();
      if (!line) return 'ok';
      const [word = '', ...rest] = line.split(/\s+/);
      const command = word.toLowerCase();
      try {
        if (command === 'help' || command === '?') {
          print(SANDBOX_HELP);
          return 'ok';
        }
        if (command === 'quit' || command === 'exit' || command === 'q') return 'quit';
        if (command === 'next' && rest.length === 0) return await press(byLabel(/\bnext\b/i), 'Next');
        if ((command === 'prev' || command === 'previous') && rest.length === 0) return await press(byLabel(/\bprev(ious)?\b/i), 'Prev');
        if (command === 'press') {
          const target = rest.join(' ');
          if (!target) return complain('press what? e.g. press 2, or press Next');
          const n = Number(target);
          return await press(
            Number.isInteger(n)
              ? (buttons) => buttons.find((b) => b.number === n)
              : byLabel(new RegExp(`^(\\W+\\s)?${escapeRegExp(target)}`, 'i')),
            `"${target}"`,
          );
        }
        if (command === 'complete') {
          const parsed = parseCommandLine(rest.join(' '), emulator.world, session.guild.id);
          const focused = Object.keys(parsed.options).at(-1);
          if (!focused) return complain('complete which option? e.g. complete /brief actor:Pash');
          const handle = emulator.sendAutocomplete({
            guildId: session.guild.id,
            channelId: session.channel.id,
            userId: session.user.id,
            ...parsed,
            focused,
          });
          return await awaitReply(handle, `autocomplete for ${focused}`);
        }
        if (line.startsWith('/')) return await awaitReply(session.run(line), line.split(/\s/)[0]!);
        return complain(`"${word}" is not something the sandbox understands; type help`);
      } catch (err) {
        // Parse errors and what Discord's own client would refuse to send (unknown option, missing value…).
        return complain((err as Error).message);
      }
    },
  };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
