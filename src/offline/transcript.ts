// What the sandbox user sees: every bot message as text (the emulator's renderMessage), its buttons
// numbered so that `press 2` can name one, autocomplete choices, and refusals Discord would make. Also
// remembers the last message with buttons, which `next`, `prev` and `press` act on.
import {
  renderChoices,
  renderMessage,
  type DiscordEmulator,
  type EmulatorEvents,
  type Json,
  type StoredMessage,
} from '@attache/discord-emulator';
import { plural } from '../views/text.js';
import { savedFiles, type SavedFiles } from './savedFiles.js';

export interface SandboxButton {
  /** 1-based, in reading order, as printed. */
  readonly number: number;
  readonly label: string;
  readonly customId: string | null;
  readonly disabled: boolean;
  /** Link buttons open a URL; there is nothing to press. */
  readonly url: string | null;
}

export interface Transcript {
  /** The last bot message the user can see that carries buttons, if any. */
  lastWithButtons(): StoredMessage | null;
  /** Stops printing. */
  detach(): void;
}

/**
 * Prints the bot's side of the conversation in `channelId` (and the user's ephemeral replies). Files the
 * bot attaches (the picture of /contacts) are written to `files` and their paths printed.
 */
export function attachTranscript(emulator: DiscordEmulator, print: (text: string) => void, files: SavedFiles = savedFiles()): Transcript {
  let last: StoredMessage | null = null;
  const onMessage = ({ message, action }: EmulatorEvents['message']) => {
    const where = message.ephemeral
      ? 'only visible to you'
      : `#${emulator.world.channels.get(message.channelId)?.name ?? message.channelId}`;
    print(`[${where}${action === 'update' ? ', edited' : ''}]\n${renderSandboxMessage(message, emulator)}`);
    for (const path of files.save(message)) print(`[${/\.png$/i.test(path) ? 'picture' : 'file'} saved to ${path}]`);
    if (buttonsOf(message).some((b) => b.customId && !b.disabled)) last = message;
    else if (last?.id === message.id) last = null;
  };
  const onResponse = ({ callback }: EmulatorEvents['interaction-response']) => {
    if (callback.type === 8) {
      const choices = (callback.data?.choices as Json[] | undefined) ?? [];
      print(`[autocomplete] ${plural(choices.length, 'choice')}${choices.length ? `\n${renderChoices(choices)}` : ''}`);
    }
  };
  const onRejected = (interaction: EmulatorEvents['interaction-rejected']) => {
    print(`[rejected] Discord would refuse this response (code ${interaction.rejectedCallbacks.at(-1)?.code ?? '?'})`);
  };
  emulator.on('message', onMessage);
  emulator.on('interaction-response', onResponse);
  emulator.on('interaction-rejected', onRejected);
  return {
    lastWithButtons: () => last,
    detach: () => {
      emulator.off('message', onMessage);
      emulator.off('interaction-response', onResponse);
      emulator.off('interaction-rejected', onRejected);
    },
  };
}

/** The emulator's text rendering, with the buttons listed by number instead of by custom id. */
export function renderSandboxMessage(message: StoredMessage, emulator: Pick<DiscordEmulator, 'world'>): string {
  const buttons = buttonsOf(message);
  const body = renderMessage({ ...message.data, components: buttons.length ? [] : message.data.components }, { world: emulator.world });
  if (!buttons.length) return body;
  const row = buttons
    .map((b) => (b.url ? `[${b.label} ↗ ${b.url}]` : `[${b.number}: ${b.label}${b.disabled ? ' (disabled)' : ''}]`))
    .join(' ');
  return `${body}\n  ${row}`;
}

export function buttonsOf(message: StoredMessage): SandboxButton[] {
  const out: SandboxButton[] = [];
  const visit = (components: unknown) => {
    if (!Array.isArray(components)) return;
    for (const c of components as Json[]) {
      if (c.type === 2) {
        const emoji = typeof c.emoji === 'object' && c.emoji ? String((c.emoji as Json).name ?? '') : '';
        const text = typeof c.label === 'string' ? c.label : '';
        out.push({
          number: out.length + 1,
          label: [emoji, text].filter(Boolean).join(' ') || '(no label)',
          customId: typeof c.custom_id === 'string' ? c.custom_id : null,
          disabled: c.disabled === true,
          url: typeof c.url === 'string' ? c.url : null,
        });
      } else visit(c.components);
      if (c.accessory) visit([c.accessory]);
    }
  };
  visit(message.components);
  return out;
}
