import { describe, expect, it } from 'vitest';
import type { APIEmbed } from 'discord.js';
import { LIMITS, fitEmbed, fitEmbeds, measureEmbed } from '../../../src/discord/render/index.js';
import { assertWithinLimits, longWords } from './helpers.js';

const oversized = (): APIEmbed => ({
  title: longWords(1000),
  description: longWords(10_000),
  author: { name: longWords(1000) },
  footer: { text: longWords(5000) },
  fields: Array.from({ length: 40 }, () => ({ name: longWords(500), value: longWords(3000) })),
});

describe('limits', () => {
  it('measures what Discord counts: title, description, field names and values, footer, author', () => {
    const embed: APIEmbed = {
      title: 'ab',
      description: 'cde',
      footer: { text: 'f' },
      author: { name: 'gh' },
      fields: [{ name: 'i', value: 'jk' }],
      color: 1,
    };
    expect(measureEmbed(embed)).toBe(11);
  });

  it('fitEmbed cuts every part to its own limit at a word and keeps at most 25 fields', () => {
    const fitted = fitEmbed(oversized());
    expect(fitted.title!.length).toBeLessThanOrEqual(LIMITS.title);
    expect(fitted.title!.endsWith('peace…')).toBe(true);
    expect(fitted.description!.length).toBeLessThanOrEqual(LIMITS.description);
    expect(fitted.fields).toHaveLength(LIMITS.fields);
    for (const f of fitted.fields!) expect(f.value.length).toBeLessThanOrEqual(LIMITS.fieldValue);
  });

  it('fitEmbeds brings the total of all embeds within 6000, and at most 10 embeds', () => {
    const embeds = fitEmbeds(Array.from({ length: 12 }, oversized));
    expect(embeds).toHaveLength(LIMITS.embedsPerMessage);
    assertWithinLimits({ embeds });
  });

  it('fitEmbeds takes from the last field values first, keeping the title whole', () => {
    const title = 'Ararat Mirzoyan';
    const fields = Array.from({ length: 8 }, (_, i) => ({ name: `Field ${i}`, value: longWords(1000) }));
    const [embed] = fitEmbeds([{ title, fields }]);
    expect(embed!.title).toBe(title);
    expect(embed!.fields![0]!.value).toBe(fields[0]!.value);
    expect(embed!.fields![7]!.value.endsWith('…')).toBe(true);
    assertWithinLimits({ embeds: [embed!] });
  });

  it('fitEmbeds fills a blank field name or value, which Discord would reject', () => {
    const [embed] = fitEmbeds([{ fields: [{ name: ' ', value: '' }] }]);
    assertWithinLimits({ embeds: [embed!] });
  });

  it('fitEmbeds leaves a page within limits untouched and does not change its input', () => {
    const embed: APIEmbed = { title: 'T', description: 'D', fields: [{ name: 'n', value: 'v' }], footer: { text: 'Page 1 of 1' } };
    const copy = structuredClone(embed);
    expect(fitEmbeds([embed])).toEqual([copy]);
    const big = oversized();
    const before = structuredClone(big);
    fitEmbeds([big]);
    expect(big).toEqual(before);
  });
});
