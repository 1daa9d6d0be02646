// What the process tests that post digests share: a posted message as plain text, and a quote long
// enough that a digest of a few of them runs over several messages.
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

export const LONG_QUOTE = (n: number) =>
  `“${Array.from({ length: 14 }, (_, i) => `point ${n}.${i} of the statement on the peace process and the border commission`).join(', ')},” Michel said.`;
