// A digest message (src/digest/types.ts) as Discord shows it: the headline as the message's own text, with
// the role mention (the only one of the digest); one embed per section, an actor's statements as fields
// (the same fields as /brief) and its contacts a few lines to a field; the part number in the last footer.
// src/digest/messages.ts measured every section before cutting, so fitEmbeds is only the last guard here.
import type { APIEmbed, APIEmbedField } from 'discord.js';
import type { ActorSection, DigestHeadline, DigestItem, DigestMessage, DigestSection, LeftOut } from '../../digest/types.js';
import { LIMITS } from '../../platform/limits.js';
import { isSnowflake } from '../../platform/snowflake.js';
import { plural } from '../../views/text.js';
import { COLORS, fitEmbeds } from './embeds.js';
import { inlineText } from './markdown.js';
import { contactLine, statementField } from './statements.js';

const TITLE_MAX = 100;
const ABOUT_MAX = 200;

/**
 * A digest message ready for discord.js (`channel.send(post)` takes it as it is), and what delivery records
 * written before digests were view models hold. Only the subscription's role may ping, in the first message.
 */
export interface DigestPost {
  content?: string;
  embeds: APIEmbed[];
  allowedMentions: { parse: []; roles?: string[] };
}

export function renderDigestMessage(message: DigestMessage | DigestPost): DigestPost {
  // A delivery record of an earlier release, resumed: it was rendered when it was composed.
  if ('embeds' in message)
    return { ...(message.content ? { content: message.content } : {}), embeds: message.embeds, allowedMentions: message.allowedMentions };
  const title = inlineText(message.title, TITLE_MAX);
  const embeds = message.sections.map(sectionEmbed);
  const last = embeds[embeds.length - 1];
  if (last) last.footer = { text: message.parts > 1 ? `${title} · part ${message.part} of ${message.parts}` : title };
  const post: DigestPost = { embeds: fitEmbeds(embeds), allowedMentions: { parse: [] } };
  if (message.headline) {
    const headline = headlineText(title, message.headline);
    const role = message.headline.mentionRoleId;
    if (role && isSnowflake(role)) {
      post.content = `<@&${role}> ${headline}`;
      post.allowedMentions = { parse: [], roles: [role] };
    } else post.content = headline;
  }
  return post;
}

/** "**Attaché digest** · 12 statements and 3 contacts from 5 articles of 2026-03-27 to 2026-03-28". */
function headlineText(title: string, h: DigestHeadline): string {
  const what = [h.statements ? plural(h.statements, 'statement') : '', h.contacts ? plural(h.contacts, 'contact') : '']
    .filter(Boolean)
    .join(' and ');
  const period = h.from === h.to ? `of ${h.to}` : `of ${h.from} to ${h.to}`;
  return `**${title}** · ${what} from ${plural(h.articles, 'article')} ${period}`;
}

function sectionEmbed(section: DigestSection): APIEmbed {
  return section.kind === 'left-out' ? leftOutEmbed(section) : actorEmbed(section);
}

/** The actor's name as title (" (continued)" when it goes on), its role and counts the first time, its items as fields. */
function actorEmbed(section: ActorSection): APIEmbed {
  const name = inlineText(section.actor.name, LIMITS.title - 20);
  const fields = section.items.map(itemField);
  const withFields = fields.length ? { fields } : {};
  if (section.continued) return { title: `${name} (continued)`, color: COLORS.brand, ...withFields };
  const about = section.actor.about;
  const counts = [
    section.statements ? plural(section.statements, 'statement') : '',
    section.contacts ? plural(section.contacts, 'contact') : '',
  ]
    .filter(Boolean)
    .join(' · ');
  const description = [about ? `*${inlineText(about, ABOUT_MAX)}*` : '', counts].filter(Boolean).join('\n');
  return { title: name, description, color: COLORS.brand, ...withFields };
}

function itemField(item: DigestItem): APIEmbedField {
  if (item.kind === 'statement') return statementField(item.statement);
  return { name: item.continued ? 'Contacts (continued)' : 'Contacts', value: item.contacts.map(contactLine).join('\n') };
}

function leftOutEmbed(left: LeftOut): APIEmbed {
  const parts = [
    left.statements ? plural(left.statements, 'more statement') : '',
    left.contacts ? plural(left.contacts, 'more contact') : '',
  ].filter(Boolean);
  return { description: `…and ${parts.join(' and ')}, too many for one digest. /brief shows every actor's in full.`, color: COLORS.brand };
}
