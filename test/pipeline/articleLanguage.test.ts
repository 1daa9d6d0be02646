import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { metaFileOf } from '../../src/ingest/articleFile.js';
import type { Article } from '../../src/model.js';
import { inUnreadLanguage } from '../../src/pipeline/articleLanguage.js';
import { tempDir } from './helpers.js';

const article = (id: string) => ({ id }) as Article;

describe('inUnreadLanguage', () => {
  let remove: (() => Promise<void>) | undefined;
  afterEach(async () => {
    await remove?.();
    remove = undefined;
  });

  it.each([
    ['a few articles (each metadata file opened)', 1],
    ['many (the folder listed once)', 1000],
  ])('is true only for an article whose metadata names a language not extracted: %s', async (_, count) => {
    const tmp = await tempDir('language');
    remove = tmp.remove;
    await writeFile(join(tmp.dir, metaFileOf('russian')), JSON.stringify({ language: 'ru' }));
    await writeFile(join(tmp.dir, metaFileOf('english')), JSON.stringify({ language: 'en' }));
    await writeFile(join(tmp.dir, metaFileOf('torn')), '{"language": ');
    const unread = inUnreadLanguage(tmp.dir, count);
    expect(unread(article('russian'))).toBe(true);
    expect(unread(article('english'))).toBe(false);
    expect(unread(article('torn'))).toBe(false);
    expect(unread(article('no-metadata'))).toBe(false);
  });

  it('reads nothing for a folder that cannot be listed', () => {
    expect(inUnreadLanguage('/nonexistent/attache-folder', 1000)(article('x'))).toBe(false);
  });
});
