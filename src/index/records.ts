// Statements and contacts as the API gives them: model objects made from the index's columns when
// asked for. Only the few a reply shows are ever made; the archive's 700,000 stay columns.
import type { Contact, IsoDate, Statement } from '../model.js';
import { NONE, type IndexData } from './indexData.js';

export class Records {
  constructor(private readonly data: IndexData) {}

  statement(i: number): Statement {
    const { statements: c, strings, articleIds, actors } = this.data;
    const article = articleIds[c.article[i]!]!;
    const idRef = c.id[i]!;
    const addressee = c.addressee[i]!;
    const via = c.via[i]!;
    const id = idRef <= -2 ? `${article}#${-idRef - 2}` : strings[idRef]!;
    const kind = strings[c.kind[i]!] as Statement['kind'];
    const speakerAt = c.speaker[i]!;
    const speaker = speakerAt === NONE ? null : actors[speakerAt]!.id;
    const cue = strings[c.cue[i]!]!;
    const date = strings[c.date[i]!] as IsoDate;
    const dateBasis = strings[c.dateBasis[i]!] as Statement['dateBasis'];
    const start = c.start[i]!;
    const end = c.end[i]!;
    // One literal per shape (no spreads): these are made by the thousand for a busy actor's brief.
    if (addressee === NONE && via === NONE) return { id, article, kind, speaker, cue, date, dateBasis, start, end };
    if (via === NONE) return { id, article, kind, speaker, cue, addressee: strings[addressee]!, date, dateBasis, start, end };
    if (addressee === NONE) return { id, article, kind, speaker, cue, via: strings[via]!, date, dateBasis, start, end };
    return { id, article, kind, speaker, cue, addressee: strings[addressee]!, via: strings[via]!, date, dateBasis, start, end };
  }

  contact(i: number): Contact {
    const { contacts: c, strings, articleIds, actors } = this.data;
    const date = c.date[i]!;
    return {
      article: articleIds[c.article[i]!]!,
      a: actors[c.a[i]!]!.id,
      b: actors[c.b[i]!]!.id,
      kind: strings[c.kind[i]!] as Contact['kind'],
      date: date === NONE ? null : (strings[date] as IsoDate),
      status: strings[c.status[i]!] as Contact['status'],
      start: c.start[i]!,
      end: c.end[i]!,
    };
  }
}
