// The renderers over the real pipeline: the seeds folder, extracted and indexed as the bot does.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AttacheIndex } from '../../../src/index/api.js';
import { loadIndex } from '../../../src/pipeline/index.js';
import { autocompleteChoices, renderActorsPages, renderBriefPages } from '../../../src/discord/render/index.js';
import { actorRow, actorsView } from '../../../src/views/actors.js';
import { briefView } from '../../../src/views/brief.js';
import { assertWithinLimits, fieldsOf } from './helpers.js';

let cacheDir: string;
let index: AttacheIndex;

beforeAll(async () => {
  cacheDir = await mkdtemp(join(tmpdir(), 'attache-render-'));
  ({ index } = await loadIndex({ seedsDir: 'seeds', cacheDir }));
});

afterAll(() => rm(cacheDir, { recursive: true, force: true }));

describe('rendering the seeds', () => {
  it('renders the brief of every actor within every limit, each utterance once, cited by title', () => {
    const all = index.actors('', 25);
    expect(all.length).toBeGreaterThan(0);
    for (const { actor } of all) {
      const brief = index.brief(actor.id);
      const pages = renderBriefPages(briefView(brief, index));
      pages.forEach(assertWithinLimits);
      // One field per utterance, as many as the header counts; no file id anywhere.
      const statementFields = fieldsOf(pages).filter((f) => /^\d{4}-\d{2}-\d{2} · (quote|reported)\b/.test(f.name));
      expect(statementFields).toHaveLength(brief.utteranceCount);
      for (const f of fieldsOf(pages)) expect(`${f.name}\n${f.value}`).not.toMatch(/\b00\d_[0-9a-f]{16}\b/);
    }
  });

  it('renders the actor list and the autocomplete choices within limits', () => {
    renderActorsPages(actorsView(index.actors('', 25))).forEach(assertWithinLimits);
    const choices = autocompleteChoices(index.actors('').map(actorRow));
    for (const c of choices) expect(c.name.length).toBeLessThanOrEqual(100);
  });
});
