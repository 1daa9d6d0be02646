// What /digest answers a moderator: the digest a `set` saved, the server's digests as pages (schedule,
// actors, next run, last delivery, health), and the one-line outcomes of remove, preview and send.
// Channels, roles and times are Discord's own markup (`<#id>`, `<@&id>`, `<t:…>`), which every reader sees
// in their own names, timezone and language; the replies never ping (src/discord/replies.ts).
import type { Health, Subscription } from '../../digest/types.js';
import type { AttacheIndex } from '../../index/api.js';
import { oneLine, plural } from '../../views/text.js';
import { COLORS, fitEmbeds } from './embeds.js';
import { inlineText } from './markdown.js';
import type { Page } from './pages.js';

/** Where actor names come from; the ids stand in when the index is not loaded yet. */
type Names = Pick<AttacheIndex, 'actor'> | null;

/** "Created" or "Updated", what the digest now is, and when it next runs. */
export function renderSaved(sub: Subscription, nextRun: Date | null, before: Subscription | undefined, index: Names): string {
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

export interface ListEntry {
  readonly subscription: Subscription;
  readonly nextRun: Date | null;
}

/** Subscriptions a page holds: each is one embed field, and a page stays well inside 6,000 characters. */
export const SUBSCRIPTIONS_PER_PAGE = 8;

/** Every subscription as a field: channel, schedule and actors, next run, last delivery, health. */
export function renderDigestList(
  entries: readonly ListEntry[],
  options: { readonly index: Names; readonly channelName?: (id: string) => string | null; readonly setCommand?: string },
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

/**
 * Any `/digest` subcommand while the store cannot be used: why, and that nothing changed; or, when a
 * write got no answer in time (`uncertain`), that it may yet have been saved.
 */
export function renderStoreUnavailable(reason: string, options: { readonly uncertain?: boolean; readonly list?: string } = {}): string {
  const why = oneLine(reason);
  if (options.uncertain) {
    return `Digest settings could not be confirmed as saved: ${why}. Your change may or may not have been kept; ${options.list ?? '/digest list'} shows what is saved once it answers again.`;
  }
  return `Digest settings cannot be saved right now: ${why}. Nothing was changed. Try again in a few minutes; the bot's log says more.`;
}

/** `/digest remove`: done, or nothing to remove (`list`, `set`: the commands' mentions). */
export function renderRemoved(channelId: string, removed: boolean, commands: { readonly list: string; readonly set: string }): string {
  return removed
    ? `Removed the digest for <#${channelId}>: nothing more will be posted there. ${commands.set} starts it again.`
    : `<#${channelId}> has no digest, so there is nothing to remove. ${commands.list} shows the channels that have one.`;
}

/** `/digest preview`: what follows, or that nothing would be posted. */
export function renderPreviewHead(channelId: string, messages: number, shown: number): string {
  if (messages === 0) return `Nothing new for <#${channelId}> since its last digest: if it ran now, nothing would be posted.`;
  const more = messages > shown ? ` (the first ${shown} below)` : '';
  return `Preview of the digest for <#${channelId}>: ${plural(messages, 'message')}${more}. Only you see this; nothing was posted and nobody was pinged.`;
}

/** `/digest send`: what was posted, that there was nothing new, or why it could not go out. */
export function renderSent(
  channelId: string,
  outcome:
    | { readonly sent: number }
    | { readonly nothingNew: true }
    | { readonly failed: { readonly reason: string; readonly sent: number; readonly yours: boolean } },
): string {
  if ('nothingNew' in outcome) return `Nothing new for <#${channelId}> since its last digest, so nothing was posted.`;
  if ('failed' in outcome) {
    const { reason, sent, yours } = outcome.failed;
    const partly = sent > 0 ? ` ${plural(sent, 'message')} went out before that; the rest follows with the next digest.` : '';
    const next = yours ? ' Fix that, then try again.' : ' Try again in a few minutes.';
    return `Could not post the digest in <#${channelId}>: ${oneLine(reason)}.${partly}${next}`;
  }
  return `Posted the digest in <#${channelId}>: ${plural(outcome.sent, 'message')}. The scheduled ones carry on as before, with what arrives from now on.`;
}

function scheduleOf(sub: Pick<Subscription, 'time' | 'timezone'>): string {
  return `every day at ${sub.time} ${sub.timezone === 'UTC' ? 'UTC' : `(${sub.timezone.replace(/_/g, ' ')})`}`;
}

function actorsOf(sub: Pick<Subscription, 'actors'>, index: Names): string {
  if (sub.actors.length === 0) return 'every actor';
  const names = sub.actors.map((id) => inlineText(index?.actor(id)?.name ?? id, 60));
  const shownNames = names.length > 8 ? [...names.slice(0, 8), `and ${names.length - 8} more`] : names;
  return `only ${shownNames.join(', ')}`;
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
