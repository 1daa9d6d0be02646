// Index results as Discord message parts: pure functions, no client, no I/O. The caller sends each page
// with `allowed_mentions: NO_PINGS`.
export type { RenderedPage } from './page.js';
export { BRIEF_LIMITS, renderBriefPages, STATEMENTS_PER_PAGE } from './briefPages.js';
export { renderSearchPages } from './searchPages.js';
export { renderActorsPages, ACTORS_PER_PAGE } from './actorsPages.js';
export { renderAbout, timeAgo, type AboutShards, type Freshness } from './about.js';
export { renderUnknownActor } from './unknownActor.js';
export { autocompleteChoices } from './choices.js';
export { escapeText } from './escape.js';
export { truncateAtWord } from './truncate.js';
export { NO_PINGS } from './mentions.js';
export { LIMITS, fitEmbed, fitEmbeds, measureEmbed, measureEmbeds } from './limits.js';
export { COLORS } from './colors.js';
