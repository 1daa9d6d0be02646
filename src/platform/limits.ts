// What Discord accepts, as plain numbers: one message, its embeds and buttons, autocomplete choices and
// allowed mentions. The one copy for every layer that shapes something for Discord: src/discord's renderers,
// the commands, and the digest, which cuts itself into messages before the first is sent (and may not
// import src/discord). Lengths are UTF-16 units, which never undercount what Discord counts (code points).
export const LIMITS = {
  /** A message's own text. */
  content: 2000,
  embedsPerMessage: 10,
  /** Titles, descriptions, field names and values, footers and authors of all a message's embeds together. */
  embedsTotal: 6000,
  title: 256,
  description: 4096,
  fields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footer: 2048,
  author: 256,
  /** Autocomplete: choices per answer, and the length of each one's name and value. */
  choices: 25,
  choiceName: 100,
  choiceValue: 100,
  customId: 100,
  buttonLabel: 80,
  buttonsPerRow: 5,
  /** Role ids in `allowed_mentions.roles`. */
  mentionedRoles: 100,
} as const;
