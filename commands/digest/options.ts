// The /digest options, checked in memory before anything is stored: a bad one becomes a message that says
// what would work (src/discord/options.ts's Checked), never an exception.
import { PermissionFlagsBits, type ChannelType, type Guild, type Role } from 'discord.js';
import { canonicalTimezone, normalizeTime } from '../../src/digest/schedule.js';
import { DIGEST_SERVICE_DEFAULTS } from '../../src/digest/service.js';
import { describeChannelProblem, digestChannelProblem, forumTagNote } from '../../src/discord/digestPermissions.js';
import { bad, findActor, ok, type Checked } from '../../src/discord/options.js';
import { renderUnknownActor } from '../../src/discord/render/index.js';
import type { AttacheIndex } from '../../src/index/api.js';
import { unknownActorView } from '../../src/views/actors.js';
import { oneLine } from '../../src/views/text.js';

/** The service's own limit, checked here first so that the answer can say it. */
const MAX_ACTORS = DIGEST_SERVICE_DEFAULTS.maxActors;

/** What the user typed, shown back inside backticks: no backtick of theirs can break out. */
function shown(text: string, max = 60): string {
  return `\`${oneLine(text).replace(/`/g, "'").slice(0, max)}\``;
}

/** `HH:MM` (or `H:MM`) on a 24-hour clock, normalised to `HH:MM`; absent or blank: unchanged. */
export function parseDigestTime(raw: string | null | undefined): Checked<string | undefined> {
  const text = raw?.trim() ?? '';
  if (!text) return ok(undefined);
  const time = normalizeTime(text);
  if (time) return ok(time);
  return bad(`time must be HH:MM on a 24-hour clock, from 00:00 to 23:59, e.g. 08:00 or 18:30 (got ${shown(text)}).`);
}

/** An IANA timezone in its canonical spelling (`europe/paris` → `Europe/Paris`); absent or blank: unchanged. */
export function parseTimezone(raw: string | null | undefined): Checked<string | undefined> {
  const text = raw?.trim() ?? '';
  if (!text) return ok(undefined);
  const zone = canonicalTimezone(text.replace(/ /g, '_'));
  if (zone) return ok(zone);
  return bad(
    `timezone ${shown(text)} is not one I know. Use an IANA name such as Europe/Paris, Asia/Yerevan or America/New_York (start typing and pick from the list), or UTC.`,
  );
}

/** Text of a segment as autocomplete left it: "Ararat Mirzoyan — Foreign Minister of Armenia" → the name. */
export function segmentName(segment: string): string {
  return segment.split(/\s+—\s+/, 1)[0]!.trim();
}

function segmentsOf(raw: string): string[] {
  return raw
    .split(/[,;]/)
    .map(segmentName)
    .filter((s) => /[\p{L}\p{N}]/u.test(s));
}

/**
 * Comma-separated actors, each resolved as /brief resolves its actor (an id, an exact name or alias, or
 * the closest spelling). `all` (or `*`) means every actor: an empty list. Any name that resolves to no one
 * makes the whole option wrong, with suggestions for each such name.
 */
export function parseActors(index: Pick<AttacheIndex, 'actor' | 'resolveActor'>, raw: string): Checked<readonly string[]> {
  const text = raw.trim();
  if (/^(all|\*|everyone|every actor)$/i.test(text)) return ok([]);
  const segments = segmentsOf(text);
  if (segments.length === 0) return bad('actors needs names separated by commas, e.g. Mirzoyan, Bayramov; or all for every actor.');
  const ids: string[] = [];
  const unknown: string[] = [];
  for (const segment of segments) {
    const resolution = findActor(index, segment);
    if (resolution.kind === 'found') ids.push(resolution.actor.id);
    else unknown.push(renderUnknownActor(unknownActorView(segment, resolution.suggestions)));
  }
  if (unknown.length) {
    return bad(
      [
        ...unknown.slice(0, 5),
        unknown.length > 5 ? `…and ${unknown.length - 5} more names I don't know.` : '',
        'Nothing was saved. Separate names with commas, e.g. Mirzoyan, Bayramov; or leave actors out for every actor.',
      ]
        .filter(Boolean)
        .join('\n'),
    );
  }
  const unique = [...new Set(ids)];
  if (unique.length > MAX_ACTORS)
    return bad(`actors names ${unique.length} actors; a digest follows at most ${MAX_ACTORS}. Leave actors out to follow every actor.`);
  return ok(unique);
}

/** The role to ping, null for @everyone (which stands for "nobody"), or why the bot could not ping it. */
export function mentionOf(guild: Guild, channelId: string, role: Role): Checked<string | null> {
  if (role.id === guild.id) return ok(null);
  const me = guild.members.me;
  const channel = guild.channels.cache.get(channelId);
  const canMentionAny = !!(me && channel?.permissionsFor(me)?.has(PermissionFlagsBits.MentionEveryone));
  if (role.mentionable || canMentionAny) return ok(role.id);
  return bad(
    `I can't ping <@&${role.id}>: the role does not allow mentions. Turn on "Allow anyone to @mention this role" in Server Settings → Roles, ` +
      `or give me "Mention @everyone, @here, and All Roles" in <#${channelId}>; or leave mention out.`,
  );
}

/** For a forum where the bot cannot create tags: a line to add to the reply (once, when the digest is set). */
export function forumNote(guild: Guild, channelId: string): string | null {
  const channel = guild.channels.cache.get(channelId);
  const me = guild.members.me;
  return channel && me ? forumTagNote(channel.type, channel.permissionsFor(me)) : null;
}

/** Why the bot cannot post digests in the channel, as a reply; null when it can. */
export function channelProblem(guild: Guild, channelId: string, type: ChannelType): string | null {
  const channel = guild.channels.cache.get(channelId);
  const me = guild.members.me;
  const problem = digestChannelProblem(channel?.type ?? type, channel && me ? channel.permissionsFor(me) : null);
  return problem ? describeChannelProblem(`<#${channelId}>`, problem) : null;
}
