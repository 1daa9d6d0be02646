/**
 * Plain-text rendering of messages and autocomplete choices, for a text session's transcript.
 */
import type { StoredMessage } from './messages.js';
import { isObject, type Json } from './world/types.js';
import type { World } from './world/world.js';
import { MessageFlags } from './validation.js';

const BUTTON_STYLES: Record<number, string> = { 1: 'primary', 2: 'secondary', 3: 'success', 4: 'danger', 5: 'link', 6: 'premium' };

function indent(text: string, prefix = '  '): string {
  return text
    .split('\n')
    .map((line) => prefix + line)
    .join('\n');
}

function renderEmbed(embed: Json): string {
  const lines: string[] = [];
  const author = isObject(embed.author) ? embed.author.name : undefined;
  if (typeof author === 'string') lines.push(`~ ${author}`);
  if (typeof embed.title === 'string') lines.push(`## ${embed.title}${typeof embed.url === 'string' ? ` <${embed.url}>` : ''}`);
  if (typeof embed.description === 'string') lines.push(embed.description);
  if (Array.isArray(embed.fields)) {
    for (const field of embed.fields as Json[]) lines.push(`- ${String(field.name)}: ${String(field.value)}`);
  }
  if (isObject(embed.image) && typeof embed.image.url === 'string') lines.push(`[image ${embed.image.url}]`);
  const footer = isObject(embed.footer) ? embed.footer.text : undefined;
  if (typeof footer === 'string') lines.push(`-- ${footer}`);
  if (typeof embed.timestamp === 'string') lines.push(`@ ${embed.timestamp}`);
  return `┃ ${lines.join('\n').split('\n').join('\n┃ ')}`;
}

/** Action rows of buttons, a row a line. */
function renderComponents(components: unknown): string[] {
  const out: string[] = [];
  if (!Array.isArray(components)) return out;
  for (const c of components) {
    if (!isObject(c)) continue;
    switch (c.type) {
      case 1:
        out.push(renderComponents(c.components).join(' '));
        break;
      case 2: {
        const style = BUTTON_STYLES[c.style as number] ?? 'button';
        const label = typeof c.label === 'string' ? c.label : isObject(c.emoji) ? String(c.emoji.name) : '';
        const target = typeof c.url === 'string' ? c.url : String(c.custom_id);
        out.push(`[${label}]{${style}${c.disabled ? ', disabled' : ''} → ${target}}`);
        break;
      }
      default:
        out.push(`[component type ${String(c.type)}]`);
    }
  }
  return out;
}

export interface RenderOptions {
  /** replace <@id>, <@&id> and <#id> with @name / #name using this world */
  world?: World;
}

/** Replaces user, role and channel mentions with readable names. */
function resolveMentions(text: string, world: World): string {
  return text
    .replace(/<@!?(\d+)>/g, (m, id: string) => {
      const u = world.users.get(id);
      return u ? `@${u.globalName ?? u.username}` : m;
    })
    .replace(/<@&(\d+)>/g, (m, id: string) => {
      for (const g of world.guilds.values()) {
        const r = g.roles.get(id);
        if (r) return `@${r.name}`;
      }
      return m;
    })
    .replace(/<#(\d+)>/g, (m, id: string) => {
      const c = world.channels.get(id);
      return c ? `#${c.name}` : m;
    });
}

/** Multi-line text for a message object or a stored message. */
export function renderMessage(message: StoredMessage | Json, options: RenderOptions = {}): string {
  const text = renderMessageRaw(message);
  return options.world ? resolveMentions(text, options.world) : text;
}

function renderMessageRaw(message: StoredMessage | Json): string {
  const data: Json =
    'data' in message && isObject((message as StoredMessage).data) && 'revisions' in message
      ? (message as StoredMessage).data
      : (message as Json);
  const flags = typeof data.flags === 'number' ? data.flags : 0;
  const author = isObject(data.author) ? String(data.author.global_name ?? data.author.username) : 'unknown';
  const tags: string[] = [];
  if (flags & MessageFlags.Ephemeral) tags.push('ephemeral');
  if (flags & MessageFlags.Loading) tags.push('thinking…');
  if (data.edited_timestamp) tags.push('edited');
  const lines = [`${author}${tags.length ? ` (${tags.join(', ')})` : ''}:`];
  if (typeof data.content === 'string' && data.content.length > 0) lines.push(indent(data.content));
  for (const embed of (data.embeds as Json[] | undefined) ?? []) lines.push(indent(renderEmbed(embed)));
  for (const file of (data.attachments as Json[] | undefined) ?? [])
    lines.push(indent(`[file ${String(file.filename)}, ${String(file.size)} bytes]`));
  for (const row of renderComponents(data.components)) lines.push(indent(row));
  return lines.join('\n');
}

/** Text for autocomplete choices. */
export function renderChoices(choices: Json[]): string {
  return choices.map((c) => `• ${String(c.name)} = ${JSON.stringify(c.value)}`).join('\n');
}
