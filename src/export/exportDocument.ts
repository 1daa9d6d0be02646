// The export document: everything extracted from a corpus as one plain JSON object.
// Its field names are a contract read by ../shared/eval/score.mjs (see its README); change none of them.
import type { Actor, ActorId, ActorKind, Article, StoredExtraction, ContactKind, ContactStatus, IsoDate, StatementKind } from '../model.js';
import { roleOn, type Dictionary } from '../extract/dictionary.js';
import { collectActors } from '../index/actorUniverse.js';

export interface ExportArticle {
  readonly id: string;
  readonly file: string;
  readonly date: IsoDate;
  /** Every actor the article mentions or that speaks or meets in it, in order of first mention. */
  readonly actors: readonly ActorId[];
}

export interface ExportActor {
  readonly id: ActorId;
  readonly name: string;
  readonly kind: ActorKind;
  readonly aliases: readonly string[];
  readonly role?: string;
  readonly country?: string;
}

export interface ExportStatement {
  readonly id: string;
  readonly article: string;
  readonly speaker: ActorId | null;
  readonly kind: StatementKind;
  /** `article.text.slice(start, end)`. */
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly date: IsoDate;
}

export interface ExportContact {
  readonly article: string;
  readonly a: ActorId;
  readonly b: ActorId;
  readonly kind: ContactKind;
  readonly date: IsoDate | null;
  readonly status?: ContactStatus;
}

export interface ExportDocument {
  readonly articles: readonly ExportArticle[];
  readonly actors: readonly ExportActor[];
  readonly statements: readonly ExportStatement[];
  readonly contacts: readonly ExportContact[];
}

export interface ExportInput {
  readonly articles: readonly Article[];
  /** One per article; extractions of articles not in `articles` are ignored. */
  readonly extractions: readonly StoredExtraction[];
  readonly dictionary: Dictionary;
}

export interface ExportResult {
  readonly document: ExportDocument;
  /**
   * Actor ids an extraction refers to that neither the dictionary nor any extraction's discovered list
   * defines. They are exported under a stand-in entry (the id as name) so that every reference in the
   * document resolves; a caller should report them, since they point at an extractor bug.
   */
  readonly undefinedActors: readonly ActorId[];
}

/** Builds the export document. Pure and deterministic: the same input gives the same JSON, byte for byte. */
export function buildExportDocument(input: ExportInput): ExportResult {
  const articles = [...input.articles].sort((x, y) => compare(x.id, y.id));
  const extractionOf = new Map(input.extractions.map((e) => [e.article, e]));

  // The same actors the index serves: the dictionary's, then discovered ones, copies merged.
  const universe = collectActors(
    input.dictionary,
    articles.flatMap((a) => extractionOf.get(a.id) ?? []),
  );
  const actorOf = (id: ActorId) => {
    const at = universe.indexOf.get(id);
    return at === undefined ? undefined : universe.actors[at];
  };

  const exportedArticles: ExportArticle[] = [];
  const statements: ExportStatement[] = [];
  const contacts: ExportContact[] = [];
  const datesOf = new Map<ActorId, IsoDate[]>();
  const statementIds = new Set<string>();

  for (const article of articles) {
    const extraction = extractionOf.get(article.id);
    const referenced = new Set<ActorId>(extraction?.actors ?? []);
    for (const s of extraction?.statements ?? []) {
      for (const id of [s.speaker, s.addressee, s.via]) if (id !== undefined && id !== null) referenced.add(id);
    }
    for (const c of extraction?.contacts ?? []) referenced.add(c.a).add(c.b);
    for (const id of referenced) {
      const dates = datesOf.get(id) ?? [];
      dates.push(article.date);
      datesOf.set(id, dates);
    }
    exportedArticles.push({ id: article.id, file: article.file, date: article.date, actors: [...referenced] });

    const inText = [...(extraction?.statements ?? [])].sort((x, y) => x.start - y.start || x.end - y.end || compare(x.id, y.id));
    for (const s of inText) {
      statements.push({
        id: uniqueId(s.id, statementIds),
        article: article.id,
        speaker: s.speaker,
        kind: s.kind,
        text: article.text.slice(s.start, s.end),
        start: s.start,
        end: s.end,
        date: s.date,
      });
    }
    const byPosition = [...(extraction?.contacts ?? [])].sort(
      (x, y) => x.start - y.start || x.end - y.end || compare(x.a, y.a) || compare(x.b, y.b),
    );
    for (const c of byPosition) {
      contacts.push({ article: article.id, a: c.a, b: c.b, kind: c.kind, date: c.date, status: c.status });
    }
  }

  const undefinedActors: ActorId[] = [];
  const actors: ExportActor[] = [...datesOf.keys()].sort(compare).map((id) => {
    const actor = actorOf(id);
    if (!actor) {
      undefinedActors.push(id);
      return { id, name: id, kind: 'person' as const, aliases: [] };
    }
    const role = roleOf(actor, datesOf.get(id) ?? []);
    return {
      id,
      name: actor.name,
      kind: actor.kind,
      aliases: actor.aliases,
      ...(role ? { role } : {}),
      ...(actor.country ? { country: actor.country } : {}),
    };
  });

  return { document: { articles: exportedArticles, actors, statements, contacts }, undefinedActors };
}

/** The title held on the newest of `dates` that has one; a discovered actor's description otherwise. */
function roleOf(actor: Actor, dates: readonly IsoDate[]): string | undefined {
  for (const date of [...dates].sort().reverse()) {
    const term = roleOn(actor, date);
    if (term) return term.title;
  }
  return actor.description;
}

// Statement ids are `${article}#${n}`, unique by construction; a clash would make the scorer's and a
// reader's references ambiguous, so it is broken rather than trusted.
function uniqueId(id: string, seen: Set<string>): string {
  let candidate = id;
  for (let n = 2; seen.has(candidate); n++) candidate = `${id}~${n}`;
  seen.add(candidate);
  return candidate;
}

function compare(x: string, y: string): number {
  return x < y ? -1 : x > y ? 1 : 0;
}
