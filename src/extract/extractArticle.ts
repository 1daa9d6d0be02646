// One article in, everything it says about who said what and who met whom out.
// Pure: the same text, date and dictionary always give the same extraction.
import type { Actor, ActorId, Article, ArticleExtraction, Contact, Mention, Statement } from '../model.js';
import { actorLexicon } from './actorLexicon.js';
import { attribute, type Attribution } from './attribution.js';
import { findContacts } from './contacts.js';
import { resolveMentions } from './coreference.js';
import type { Dictionary } from './dictionary.js';
import { findMentions } from './mentions.js';
import { findQuotations, maskQuotations } from './quotations.js';
import { splitSentences } from './sentences.js';
import { tokenize } from './tokens.js';
import { articleWindows, mergeWindowExtractions } from './windows.js';

/** Bump when a change to the rules changes what is extracted: cached extractions are then redone. */
export const EXTRACTOR_VERSION = 10;

export function extractArticle(article: Article, dictionary: Dictionary): ArticleExtraction {
  const windows = articleWindows(article);
  if (windows.length === 1) return extractWhole(article, dictionary);
  return mergeWindowExtractions(
    article,
    windows.map((w) => ({ offset: w.offset, extraction: extractWhole(w.article, dictionary) })),
  );
}

/** An article read in one piece (see windows.ts for why a very long one is not). */
function extractWhole(article: Article, dictionary: Dictionary): ArticleExtraction {
  const lexicon = actorLexicon(dictionary);
  const { text, date } = article;
  const bodyStart = article.paragraphs[0]?.start ?? text.length;
  const quotations = findQuotations(article);
  const masked = maskQuotations(text, quotations);
  const sentences = splitSentences(article, quotations);
  const tokens = tokenize(text, bodyStart);
  const scan = findMentions(text, tokens, lexicon);
  const discovered = new Map<ActorId, Actor>(scan.discovered.map((a) => [a.id, a]));
  const mentions = resolveMentions(text, scan.mentions, quotations, lexicon, discovered, date);

  const attributions = attribute({ text, masked, date, sentences, quotations, mentions, lexicon, actorOf, discover });
  // "X and Y discussed …": one statement for each voice, so each one's brief has it.
  const statements: Statement[] = [];
  for (const a of attributions) {
    statement(a, a.speaker);
    for (const speaker of a.coSpeakers) statement(a, speaker);
  }
  const quoted = attributions.filter((a) => a.kind === 'quote');
  const contacts: Contact[] = findContacts(text, masked, sentences, mentions, date, actorOf, voiceAt).map((c) => ({
    ...c,
    article: article.id,
  }));

  const resolved: Mention[] = mentions.filter((m) => m.actor).map((m) => ({ actor: m.actor!, start: m.start, end: m.end }));
  const order: ActorId[] = [];
  const seen = new Set<ActorId>();
  // An actor the article names, or who speaks or meets in it; not one only alluded to by an office
  // ("the statements of the leaders of Azerbaijan, Armenia and Russia")
  // (nor a person only called by a role, "the impeachment of the President", who neither speaks nor meets)
  for (const m of mentions) if (m.actor && m.kind !== 'office' && !m.byRoleOnly) note(m.actor);
  for (const s of statements) {
    note(s.speaker);
    note(s.via);
    note(s.addressee);
  }
  for (const c of contacts) {
    note(c.a);
    note(c.b);
  }
  return {
    article: article.id,
    actors: order,
    discovered: [...discovered.values()].filter((a) => seen.has(a.id)),
    mentions: resolved,
    statements,
    contacts,
  };

  // Function declarations here, not arrows in consts: under tsx, esbuild's keepNames renames each
  // such arrow with Object.defineProperty every time it is made, once per article.
  function actorOf(id: ActorId): Actor | undefined {
    return dictionary.byId.get(id) ?? discovered.get(id);
  }

  function voiceAt(offset: number): ActorId | null {
    return quoted.find((q) => q.start <= offset && offset < q.end)?.speaker ?? null;
  }

  function discover(actor: Actor): void {
    discovered.set(actor.id, actor);
  }

  /** `speaker` null: words kept with nobody named as their speaker (see Statement.speaker). */
  function statement(a: Attribution, speaker: ActorId | null): void {
    statements.push({
      id: `${article.id}#${statements.length + 1}`,
      article: article.id,
      kind: a.kind,
      start: a.start,
      end: a.end,
      speaker,
      cue: a.cue,
      ...(a.addressee ? { addressee: a.addressee } : {}),
      ...(a.via ? { via: a.via } : {}),
      date: a.date ?? date,
      dateBasis: a.date ? 'text' : 'article',
    });
  }

  function note(id: ActorId | null | undefined): void {
    if (id && !seen.has(id)) {
      seen.add(id);
      order.push(id);
    }
  }
}
