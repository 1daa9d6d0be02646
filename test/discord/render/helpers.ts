// Shared checks and data for the renderer tests.
import { expect } from 'vitest';
import type { APIEmbed } from 'discord.js';
import { buildIndex } from '../../../src/index/buildIndex.js';
import type { AttacheIndex } from '../../../src/index/api.js';
import type { Actor, Article, ArticleExtraction, Contact, Statement } from '../../../src/model.js';
import { FormErrors, validateMessagePayload } from '@attache/discord-emulator';
import { LIMITS, NO_PINGS, type Page } from '../../../src/discord/render/index.js';
import { discovered, makeArticle, makeDictionary, makeExtraction } from '../../index/fixtures.js';

export { discovered, makeArticle, makeDictionary, makeExtraction };

/** Every Discord limit on one message's embeds, counted in UTF-16 units (never fewer than Discord counts). */
export function assertWithinLimits(page: Page): void {
  expect(page.embeds.length).toBeGreaterThan(0);
  expect(page.embeds.length).toBeLessThanOrEqual(LIMITS.embedsPerMessage);
  let total = 0;
  for (const embed of page.embeds) {
    total += checkEmbed(embed);
  }
  expect(total).toBeLessThanOrEqual(LIMITS.embedsTotal);
  // A second opinion: the loopback emulator's copy of Discord's validation.
  const errors = new FormErrors();
  validateMessagePayload({ embeds: page.embeds, allowed_mentions: NO_PINGS }, errors);
  expect(errors.toJson()).toEqual({});
}

function checkEmbed(embed: APIEmbed): number {
  const title = embed.title ?? '';
  const description = embed.description ?? '';
  const footer = embed.footer?.text ?? '';
  const author = embed.author?.name ?? '';
  expect(title.length).toBeLessThanOrEqual(LIMITS.title);
  expect(description.length).toBeLessThanOrEqual(LIMITS.description);
  expect(footer.length).toBeLessThanOrEqual(LIMITS.footer);
  expect(author.length).toBeLessThanOrEqual(LIMITS.author);
  const fields = embed.fields ?? [];
  expect(fields.length).toBeLessThanOrEqual(LIMITS.fields);
  let total = title.length + description.length + footer.length + author.length;
  for (const field of fields) {
    expect(field.name.length).toBeLessThanOrEqual(LIMITS.fieldName);
    expect(field.value.length).toBeLessThanOrEqual(LIMITS.fieldValue);
    expect(field.name.trim()).not.toBe('');
    expect(field.value.trim()).not.toBe('');
    total += field.name.length + field.value.length;
  }
  return total;
}

/** All the text a reader sees on a page, in order. */
export function pageText(page: Page): string {
  return page.embeds
    .map((e) =>
      [e.title, e.author?.name, e.description, ...(e.fields ?? []).flatMap((f) => [f.name, f.value]), e.footer?.text]
        .filter(Boolean)
        .join('\n'),
    )
    .join('\n');
}

export function fieldsOf(pages: readonly Page[]) {
  return pages.flatMap((p) => p.embeds.flatMap((e) => e.fields ?? []));
}

/** Counts words with spaces between them, e.g. "peace peace peace …" of about `chars` characters. */
export function longWords(chars: number, word = 'peace'): string {
  return Array.from({ length: Math.ceil(chars / (word.length + 1)) }, () => word).join(' ');
}

/** Statements edited after the fact: kind, addressee, via — makeExtraction only makes plain quotes. */
export function withStatements(extraction: ArticleExtraction, edit: (s: Statement, n: number) => Statement): ArticleExtraction {
  return { ...extraction, statements: extraction.statements.map(edit) };
}

export function withContacts(extraction: ArticleExtraction, edit: (c: Contact, n: number) => Contact): ArticleExtraction {
  return { ...extraction, contacts: extraction.contacts.map(edit) };
}

/** An index of hand-made articles, the sample dictionary and the given discovered actors. */
export function indexOf(
  articles: readonly Article[],
  extractions: readonly ArticleExtraction[],
  actors: readonly Actor[] = [],
): AttacheIndex {
  const [first, ...rest] = extractions;
  const withActors = first ? [{ ...first, discovered: [...first.discovered, ...actors] }, ...rest] : [];
  return buildIndex({ articles, extractions: withActors, dictionary: makeDictionary(), builtAt: 0 });
}
