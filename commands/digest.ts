// /digest set|list|remove|preview|send: a daily digest of new statements in a channel, for moderators.
// Discord shows the command only to members with Manage Server (a server's admins may grant it to other
// roles in Server Settings → Integrations, which is why the handler does not check that permission again).
// Every option is checked here, in memory, before anything is stored: a bad one gets an ephemeral reply
// that says what would work. What passes is handed to the DigestService (src/digest), which keeps the
// subscriptions and delivers them; answers that wait on the store are deferred first.
import {
  ChannelType,
  InteractionContextType,
  PermissionFlagsBits,
  SlashCommandBuilder,
  type AutocompleteInteraction,
  type ChatInputCommandInteraction,
  type Guild,
  type Role,
} from 'discord.js';
import { DigestDeliveryError, DigestInputError } from '../src/digest/failures.js';
import { canonicalTimezone, normalizeTime, timezones } from '../src/digest/schedule.js';
import { DIGEST_SERVICE_DEFAULTS, type DigestService } from '../src/digest/service.js';
import type { Health, Subscription } from '../src/digest/types.js';
import { DIGEST_CHANNEL_TYPES, describeChannelProblem, digestChannelProblem } from '../src/discord/digestPermissions.js';
import { IndexUnavailableError } from '../src/discord/errors.js';
import { bad, ok, type Checked } from '../src/discord/options.js';
import { noteOutcome } from '../src/discord/interactionLog.js';
import { pageMessage } from '../src/discord/paging.js';
import { replyEphemeral, replyUserError, respond } from '../src/discord/replies.js';
import {
  autocompleteChoices,
  COLORS,
  fitEmbeds,
  inlineText,
  renderDigestMessage,
  renderUnknownActor,
  type Page,
} from '../src/discord/render/index.js';
import { oneLine, plural } from '../src/views/text.js';
import type { AttacheIndex } from '../src/index/api.js';
import { LIMITS } from '../src/platform/limits.js';
import { findActor } from './brief.js';
import { actorRow, unknownActorView } from '../src/views/actors.js';
import type { CommandContext } from '../src/discord/commandContract.js';

/** The service's own limit, checked here first so that the answer can say it. */
const MAX_ACTORS = DIGEST_SERVICE_DEFAULTS.maxActors;
/** /digest preview shows at most this many messages (one reply, the rest as follow-ups). */
export const PREVIEW_MESSAGES = 10;

export const data = new SlashCommandBuilder()
  .setName('digest')
  .setDescription('A daily digest of new statements, posted in a channel')
  .setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild)
  .setContexts(InteractionContextType.Guild)
  .addSubcommand((s) =>
    s
      .setName('set')
      .setDescription("Create or change a channel's digest (default: every day at 08:00 UTC, every actor)")
      .addChannelOption((o) =>
        o
          .setName('channel')
          .setDescription('Where the digest is posted')
          .setRequired(true)
          .addChannelTypes(...DIGEST_CHANNEL_TYPES),
      )
      .addStringOption((o) => o.setName('time').setDescription('When, as HH:MM on a 24-hour clock, e.g. 08:00 or 18:30').setMaxLength(16))
      .addStringOption((o) =>
        o
          .setName('timezone')
          .setDescription('Whose clock, e.g. Europe/Paris or Asia/Yerevan (default UTC)')
          .setAutocomplete(true)
          .setMaxLength(64),
      )
      .addStringOption((o) =>
        o
          .setName('actors')
          .setDescription('Only these actors, comma-separated, e.g. Mirzoyan, Bayramov ("all" for every actor)')
          .setAutocomplete(true)
          .setMaxLength(500),
      )
      .addRoleOption((o) => o.setName('mention').setDescription('A role to ping with each digest (pick @everyone to ping nobody)')),
  )
  .addSubcommand((s) => s.setName('list').setDescription("This server's digests: schedule, actors, next run, last delivery, health"))
  .addSubcommand((s) =>
    // Any channel type: a channel that has since become something else must still be removable.
    s
      .setName('remove')
      .setDescription("Stop a channel's digest")
      .addChannelOption((o) => o.setName('channel').setDescription('The channel whose digest stops').setRequired(true)),
  )
  .addSubcommand((s) =>
    s
      .setName('preview')
      .setDescription('What the digest would post now (only you see it; nothing is posted)')
      .addChannelOption((o) => o.setName('channel').setDescription('Whose digest (default: this channel, or the only one)')),
  )
  .addSubcommand((s) =>
    s
      .setName('send')
      .setDescription('Post the digest now (counts as a delivery)')
      .addChannelOption((o) => o.setName('channel').setDescription('Whose digest').setRequired(true)),
  );

export const NOT_SET_UP =
  'Digests are off here: this bot runs without a store to keep them in (the sandbox never has one; on Discord, its log says why).';

type GuildCommand = ChatInputCommandInteraction<'cached'>;

export async function execute(interaction: ChatInputCommandInteraction, ctx: CommandContext): Promise<void> {
  // Registered for servers only; a cached guild is what the permission checks read.
  if (!interaction.inCachedGuild()) return replyUserError(interaction, '/digest works in a server, not in direct messages.');
  const digests = ctx.digests;
  if (!digests) return replyEphemeral(interaction, NOT_SET_UP, 'unavailable');
  try {
    switch (interaction.options.getSubcommand(true)) {
      case 'set':
        return await set(interaction, ctx, digests);
      case 'list':
        return await list(interaction, ctx, digests);
      case 'remove':
        return await remove(interaction, digests);
      case 'preview':
        return await preview(interaction, digests);
      case 'send':
        return await send(interaction, digests);
      default:
        return await replyUserError(interaction, 'That /digest subcommand is not one I know; type /digest to see them.');
    }
  } catch (error) {
    // The service's own word on a request it will not carry out is for the moderator, not the log.
    if (error instanceof DigestInputError) return replyUserError(interaction, error.message);
    throw error;
  }
}

// ——— set ———

async function set(interaction: GuildCommand, ctx: CommandContext, digests: DigestService): Promise<void> {
  const { guild } = interaction;
  const channel = interaction.options.getChannel('channel', true);
  const problem = channelProblem(guild, channel.id, channel.type);
  if (problem) return replyUserError(interaction, problem);

  const time = parseDigestTime(interaction.options.getString('time'));
  if (!time.ok) return replyUserError(interaction, time.message);
  const timezone = parseTimezone(interaction.options.getString('timezone'));
  if (!timezone.ok) return replyUserError(interaction, timezone.message);
  const actorsRaw = interaction.options.getString('actors');
  const actors: Checked<readonly string[] | undefined> = actorsRaw === null ? ok(undefined) : parseActors(ctx.index(), actorsRaw);
  if (!actors.ok) return replyEphemeral(interaction, actors.message, 'unknown-actor');
  const role = interaction.options.getRole('mention');
  const mention = role ? mentionOf(guild, channel.id, role) : ok(undefined);
  if (!mention.ok) return replyUserError(interaction, mention.message);

  await interaction.deferReply({ flags: 'Ephemeral' });
  const before = (await digests.list(guild.id)).find((e) => e.subscription.channelId === channel.id)?.subscription;
  const saved = await digests.set({
    guildId: guild.id,
    channelId: channel.id,
    ...(time.value !== undefined ? { time: time.value } : {}),
    ...(timezone.value !== undefined ? { timezone: timezone.value } : {}),
    ...(actors.value !== undefined ? { actors: actors.value } : {}),
    ...(mention.value !== undefined ? { mentionRoleId: mention.value } : {}),
  });
  await respond(interaction, { content: renderSaved(saved.subscription, toDate(saved.nextRun), before, indexOrNull(ctx)) });
}

/** "Created" or "Updated", what the digest now is, and when it next runs. */
export function renderSaved(sub: Subscription, nextRun: Date | null, before: Subscription | undefined, index: AttacheIndex | null): string {
  const lines = [
    `${before ? 'Updated' : 'Created'} the digest for <#${sub.channelId}>: ${scheduleOf(sub)}, ${actorsOf(sub, index)}${sub.mentionRoleId ? `, pinging <@&${sub.mentionRoleId}>` : ''}.`,
    nextRun ? `Next digest: ${timestamp(nextRun, 'F')} (${timestamp(nextRun, 'R')}).` : '',
    before && before.health.state !== 'ok'
      ? `It was ${before.health.state} (${oneLine(before.health.reason)}); it runs again from now on.`
      : '',
    before ? '' : 'The first one also covers the newest day of news; later ones bring what arrived since the one before.',
  ];
  return lines.filter(Boolean).join('\n');
}

// ——— list ———

async function list(interaction: GuildCommand, ctx: CommandContext, digests: DigestService): Promise<void> {
  await interaction.deferReply({ flags: 'Ephemeral' });
  const entries = await digests.list(interaction.guildId);
  const pages = renderDigestList(
    entries.map((e) => ({ subscription: e.subscription, nextRun: toDate(e.nextRun) })),
    {
      index: indexOrNull(ctx),
      channelName: (id) => interaction.guild.channels.cache.get(id)?.name ?? null,
      setCommand: commandMention(interaction, 'set'),
    },
  );
  const key = pages.length > 1 ? ctx.paging.put(pages, { ownerId: interaction.user.id, command: 'digest' }) : '';
  await respond(interaction, pageMessage({ key, pages }, 0));
}

export interface ListEntry {
  readonly subscription: Subscription;
  readonly nextRun: Date | null;
}

/** Subscriptions a page holds: each is one embed field, and a page stays well inside 6,000 characters. */
export const SUBSCRIPTIONS_PER_PAGE = 8;

/** Every subscription as a field: channel, schedule and actors, next run, last delivery, health. */
export function renderDigestList(
  entries: readonly ListEntry[],
  options: { readonly index: AttacheIndex | null; readonly channelName?: (id: string) => string | null; readonly setCommand?: string },
): Page[] {
  const set = options.setCommand ?? '/digest set';
  if (entries.length === 0) {
    return [
      {
        embeds: [
          {
            title: 'Digests in this server',
            description: `None yet. Start one with ${set}, e.g. channel:#news time:08:00.`,
            color: COLORS.brand,
          },
        ],
      },
    ];
  }
  const sorted = [...entries].sort(
    (a, b) =>
      (a.nextRun?.getTime() ?? Infinity) - (b.nextRun?.getTime() ?? Infinity) ||
      a.subscription.channelId.localeCompare(b.subscription.channelId),
  );
  const failing = sorted.filter((e) => e.subscription.health.state !== 'ok').length;
  const pages: Page[] = [];
  for (let i = 0; i < sorted.length; i += SUBSCRIPTIONS_PER_PAGE) {
    const chunk = sorted.slice(i, i + SUBSCRIPTIONS_PER_PAGE);
    const fields = chunk.map(({ subscription: sub, nextRun }) => {
      const name = options.channelName?.(sub.channelId);
      return {
        name: name ? `#${oneLine(name)}` : `channel ${sub.channelId}`,
        value: [
          `<#${sub.channelId}> · ${scheduleOf(sub)}`,
          `${capitalized(actorsOf(sub, options.index))}${sub.mentionRoleId ? ` · pings <@&${sub.mentionRoleId}>` : ''}`,
          `Next: ${nextRun && sub.health.state !== 'paused' ? `${timestamp(nextRun, 'f')} (${timestamp(nextRun, 'R')})` : 'none while paused'}`,
          `Last: ${sub.lastDelivery ? `${timestamp(new Date(sub.lastDelivery.at), 'f')}, ${plural(sub.lastDelivery.messages, 'message')}` : 'none yet'}`,
          ...(sub.skipped && (!sub.lastDelivery || sub.skipped.at > sub.lastDelivery.at)
            ? [`Missed: the one due ${slotDay(sub.skipped.slotId)} (I was offline too long); its news comes with the next digest`]
            : []),
          `Health: ${healthOf(sub.health)}`,
        ].join('\n'),
      };
    });
    const summary = `${plural(sorted.length, 'digest')}${failing ? `, ${failing} needing attention` : ''}. Change one with ${set}; ${entries.length > 1 ? 'each' : 'it'} runs on its own clock.`;
    pages.push({
      embeds: fitEmbeds([
        { title: 'Digests in this server', description: summary, color: failing ? COLORS.attention : COLORS.brand, fields },
      ]),
    });
  }
  return pages;
}

function healthOf(health: Health): string {
  switch (health.state) {
    case 'ok':
      return 'ok';
    case 'failing':
      return `⚠️ failing since ${timestamp(new Date(health.since), 'f')}${health.failures > 0 ? ` (${plural(health.failures, 'time')} in a row)` : ''}: ${inlineText(health.reason, 300)}`;
    case 'paused':
      return `⏸️ paused since ${timestamp(new Date(health.since), 'f')}: ${inlineText(health.reason, 300)}. Fix it, then run /digest set for the channel again.`;
  }
}

// ——— remove ———

async function remove(interaction: GuildCommand, digests: DigestService): Promise<void> {
  const channel = interaction.options.getChannel('channel', true);
  await interaction.deferReply({ flags: 'Ephemeral' });
  const removed = await digests.remove(interaction.guildId, channel.id);
  if (!removed) {
    noteOutcome(interaction, 'invalid');
    return respond(interaction, {
      content: `<#${channel.id}> has no digest, so there is nothing to remove. ${commandMention(interaction, 'list')} shows the channels that have one.`,
    });
  }
  await respond(interaction, {
    content: `Removed the digest for <#${channel.id}>: nothing more will be posted there. ${commandMention(interaction, 'set')} starts it again.`,
  });
}

// ——— preview ———

async function preview(interaction: GuildCommand, digests: DigestService): Promise<void> {
  const picked = interaction.options.getChannel('channel');
  await interaction.deferReply({ flags: 'Ephemeral' });
  const entries = await digests.list(interaction.guildId);
  const target = pickSubscription(
    entries.map((e) => e.subscription),
    picked?.id ?? null,
    interaction.channelId,
  );
  if (!target.ok) return replyUserError(interaction, target.message.replace('{list}', commandMention(interaction, 'list')));
  const sub = target.value;
  const messages = await digests.preview(interaction.guildId, sub.channelId);
  if (messages.length === 0) {
    return respond(interaction, {
      content: `Nothing new for <#${sub.channelId}> since its last digest: if it ran now, nothing would be posted.`,
    });
  }
  const shown = messages.slice(0, PREVIEW_MESSAGES);
  const more = messages.length - shown.length;
  await respond(interaction, {
    content: `Preview of the digest for <#${sub.channelId}>: ${plural(messages.length, 'message')}${more ? ` (the first ${shown.length} below)` : ''}. Only you see this; nothing was posted and nobody was pinged.`,
  });
  // Each message as the channel would get it; `respond` sends them without pinging anyone.
  for (const message of shown) {
    const { content, embeds } = renderDigestMessage(message);
    await respond(interaction, { ...(content ? { content } : {}), embeds }, { ephemeral: true });
  }
}

/**
 * Which subscription /digest preview means: the channel given; else the channel the command was run in,
 * if it has a digest; else the server's only one. `{list}` in a message stands for /digest list.
 */
export function pickSubscription(subs: readonly Subscription[], picked: string | null, here: string): Checked<Subscription> {
  if (picked) {
    const sub = subs.find((s) => s.channelId === picked);
    return sub ? ok(sub) : bad(`<#${picked}> has no digest to preview. {list} shows the channels that have one.`);
  }
  const sub = subs.find((s) => s.channelId === here) ?? (subs.length === 1 ? subs[0] : undefined);
  if (sub) return ok(sub);
  if (subs.length === 0) return bad('This server has no digest yet, so there is nothing to preview. Start one with /digest set.');
  return bad(
    `This server has ${subs.length} digests; say whose with channel:, e.g. ${subs
      .slice(0, 3)
      .map((s) => `<#${s.channelId}>`)
      .join(', ')}.`,
  );
}

// ——— send ———

async function send(interaction: GuildCommand, digests: DigestService): Promise<void> {
  const channel = interaction.options.getChannel('channel', true);
  const problem = channelProblem(interaction.guild, channel.id, channel.type);
  if (problem) return replyUserError(interaction, problem);

  // Posting may take a while (a long digest, Discord's rate limits): the 3 seconds cover the deferral.
  await interaction.deferReply({ flags: 'Ephemeral' });
  const exists = (await digests.list(interaction.guildId)).some((e) => e.subscription.channelId === channel.id);
  if (!exists)
    return replyUserError(
      interaction,
      `<#${channel.id}> has no digest to send. Create it with ${commandMention(interaction, 'set')} first.`,
    );
  let result: Awaited<ReturnType<DigestService['sendNow']>>;
  try {
    result = await digests.sendNow(interaction.guildId, channel.id);
  } catch (error) {
    if (!(error instanceof DigestDeliveryError)) throw error;
    noteOutcome(interaction, 'invalid');
    const partly = error.sent > 0 ? ` ${plural(error.sent, 'message')} went out before that; the rest follows with the next digest.` : '';
    const next = error.kind === 'subscription' ? ' Fix that, then try again.' : ' Try again in a few minutes.';
    return respond(interaction, { content: `Could not post the digest in <#${channel.id}>: ${oneLine(error.reason)}.${partly}${next}` });
  }
  if ('nothingNew' in result) {
    return respond(interaction, { content: `Nothing new for <#${channel.id}> since its last digest, so nothing was posted.` });
  }
  await respond(interaction, {
    content: `Posted the digest in <#${channel.id}>: ${plural(result.sent, 'message')}. The scheduled ones carry on as before, with what arrives from now on.`,
  });
}

// ——— option checks (pure) ———

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
function segmentName(segment: string): string {
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
function mentionOf(guild: Guild, channelId: string, role: Role): Checked<string | null> {
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

/** Why the bot cannot post digests in the channel, as a reply; null when it can. */
function channelProblem(guild: Guild, channelId: string, type: ChannelType): string | null {
  const channel = guild.channels.cache.get(channelId);
  const me = guild.members.me;
  const problem = digestChannelProblem(channel?.type ?? type, channel && me ? channel.permissionsFor(me) : null);
  return problem ? describeChannelProblem(`<#${channelId}>`, problem) : null;
}

// ——— autocomplete ———

/** The zones most servers of this bot want, offered before anything is typed. */
const COMMON_ZONES = [
  'UTC',
  'Europe/London',
  'Europe/Paris',
  'Europe/Berlin',
  'Europe/Brussels',
  'Europe/Moscow',
  'Europe/Istanbul',
  'Europe/Kyiv',
  'Asia/Yerevan',
  'Asia/Baku',
  'Asia/Tbilisi',
  'Asia/Tehran',
  'Asia/Dubai',
  'Asia/Kolkata',
  'Asia/Shanghai',
  'Asia/Tokyo',
  'America/New_York',
  'America/Chicago',
  'America/Los_Angeles',
  'America/Sao_Paulo',
  'Australia/Sydney',
];

/** Up to 25 zones for what was typed: names starting with it (or a part after "/"), then containing it. */
export function timezoneChoices(typed: string, now = new Date()): { name: string; value: string }[] {
  const needle = typed.trim().toLowerCase().replace(/ /g, '_');
  const all = timezones();
  let picked: string[];
  if (!needle) picked = COMMON_ZONES.filter((z) => all.includes(z) || z === 'UTC');
  else {
    const starts = all.filter(
      (z) =>
        z.toLowerCase().startsWith(needle) ||
        z
          .toLowerCase()
          .split('/')
          .some((p) => p.startsWith(needle)),
    );
    const contains = all.filter((z) => !starts.includes(z) && z.toLowerCase().includes(needle));
    picked = [...starts, ...contains];
  }
  return picked
    .slice(0, LIMITS.choices)
    .map((zone) => ({ name: `${zone.replace(/_/g, ' ')} (${offsetOf(zone, now)})`.slice(0, LIMITS.choiceName), value: zone }));
}

function offsetOf(zone: string, at: Date): string {
  try {
    const part = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'shortOffset' })
      .formatToParts(at)
      .find((p) => p.type === 'timeZoneName');
    return part?.value ?? zone;
  } catch {
    return zone;
  }
}

/**
 * Completes the name being typed after the last comma; the names before it stay as typed. The value of a
 * choice ends in the actor's id (exact, like /brief's), the shown name in the actor's name.
 */
export function actorChoices(index: AttacheIndex, typed: string): { name: string; value: string }[] {
  const parts = typed.split(',');
  const last = parts.pop()!.trim();
  const earlier = parts.map(segmentName).filter(Boolean);
  const lead = earlier.length ? `${earlier.join(', ')}, ` : '';
  const out: { name: string; value: string }[] = [];
  for (const choice of autocompleteChoices(index.actors(last, LIMITS.choices).map(actorRow))) {
    const actor = index.actor(choice.value);
    const name = earlier.length ? `${lead}${actor?.name ?? choice.value}` : choice.name;
    const value = `${lead}${choice.value}`;
    if (name.length > LIMITS.choiceName || value.length > LIMITS.choiceValue) continue;
    out.push({ name, value });
  }
  return out;
}

export async function autocomplete(interaction: AutocompleteInteraction, ctx: CommandContext): Promise<void> {
  const focused = interaction.options.getFocused(true);
  const typed = String(focused.value);
  let choices: { name: string; value: string }[] = [];
  try {
    if (focused.name === 'timezone') choices = timezoneChoices(typed);
    else if (focused.name === 'actors') choices = actorChoices(ctx.index(), typed);
  } catch (error) {
    noteOutcome(interaction, error instanceof IndexUnavailableError ? 'unavailable' : 'error');
    ctx.logger.warn('autocomplete failed', { command: 'digest', option: focused.name, typed: typed.slice(0, 100), error });
  }
  await interaction.respond(choices.slice(0, LIMITS.choices));
}

// ——— shared wording ———

function scheduleOf(sub: Pick<Subscription, 'time' | 'timezone'>): string {
  return `every day at ${sub.time} ${sub.timezone === 'UTC' ? 'UTC' : `(${sub.timezone.replace(/_/g, ' ')})`}`;
}

function actorsOf(sub: Pick<Subscription, 'actors'>, index: AttacheIndex | null): string {
  if (sub.actors.length === 0) return 'every actor';
  const names = sub.actors.map((id) => inlineText(index?.actor(id)?.name ?? id, 60));
  const shownNames = names.length > 8 ? [...names.slice(0, 8), `and ${names.length - 8} more`] : names;
  return `only ${shownNames.join(', ')}`;
}

function capitalized(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** "on 2026-03-29" from a slot id such as `2026-03-29T08:00@Europe/Berlin`. */
function slotDay(slotId: string): string {
  const day = /^\d{4}-\d{2}-\d{2}/.exec(slotId)?.[0];
  return day ? `on ${day}` : 'earlier';
}

/** Discord's own timestamp markup: every reader sees it in their timezone and language. */
function timestamp(at: Date, style: 'f' | 'F' | 'R'): string {
  return `<t:${Math.floor(at.getTime() / 1000)}:${style}>`;
}

/** `</digest set:id>`: a mention Discord renders as the clickable command. */
function commandMention(interaction: ChatInputCommandInteraction, sub: string): string {
  return `</digest ${sub}:${interaction.commandId}>`;
}

function toDate(value: Date | number | string | null | undefined): Date | null {
  if (value === null || value === undefined) return null;
  const date = value instanceof Date ? value : new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** Names for the replies; the ids do when the index is not loaded yet. */
function indexOrNull(ctx: CommandContext): AttacheIndex | null {
  try {
    return ctx.index();
  } catch {
    return null;
  }
}
