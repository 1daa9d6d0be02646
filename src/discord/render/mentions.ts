// The bot quotes other people's words; none of them may ever notify anyone. Escaping makes mentions inert
// in what is shown; this makes Discord refuse to ping even if something slipped through.

/** `allowed_mentions` for every message the bot sends, replies and edits included. */
export const NO_PINGS: { readonly parse: readonly [] } = Object.freeze({ parse: Object.freeze([] as const) });
