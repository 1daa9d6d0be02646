// View models (src/views, src/digest) as Discord message parts: pure functions, no client, no I/O. The
// caller sends each page with `allowed_mentions: NO_PINGS`.
export { renderAbout, timeAgo, type AboutShards, type Freshness } from './about.js';
export { ACTORS_PER_PAGE, autocompleteChoices, renderActorsPages, renderUnknownActor, suggestionButtons } from './actors.js';
export { BRIEF_LIMITS, renderBriefPages, STATEMENTS_PER_PAGE } from './brief.js';
export { renderDigestMessage, type DigestPost } from './digest.js';
export { COLORS, fitEmbed, fitEmbeds, measureEmbed, measureEmbeds } from './embeds.js';
export { escapeText, inlineText, NO_PINGS, truncateAtWord } from './markdown.js';
export type { Page } from './pages.js';
export { renderSearchPages } from './search.js';
export { renderSources } from './sources.js';
export { LIMITS } from '../../platform/limits.js';
