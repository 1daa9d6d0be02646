// What the process tests that post digests share: a quote long enough that a digest of a few of them
// runs over several messages (and the posted message as plain text, from test/discord/messageText.ts).
export { textOf } from '../discord/messageText.js';

export const LONG_QUOTE = (n: number) =>
  `“${Array.from({ length: 14 }, (_, i) => `point ${n}.${i} of the statement on the peace process and the border commission`).join(', ')},” Michel said.`;
