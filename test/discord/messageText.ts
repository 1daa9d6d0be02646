// All the text a posted message shows, for tests that read what the bot sent through the emulator.
import type { StoredMessage } from '@attache/discord-emulator';

/** Content, embed titles, descriptions, fields and footers, one per line. */
export function textOf(message: StoredMessage): string {
  const parts = [message.content];
  for (const embed of message.embeds as {
    title?: string;
    description?: string;
    fields?: { name: string; value: string }[];
    footer?: { text: string };
  }[]) {
    parts.push(
      embed.title ?? '',
      embed.description ?? '',
      ...(embed.fields ?? []).flatMap((f) => [f.name, f.value]),
      embed.footer?.text ?? '',
    );
  }
  return parts.join('\n');
}
