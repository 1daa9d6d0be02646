// Lists, item by item, what an export gets wrong against a gold file: missed quotes / reported sentences,
// wrong speakers (gold vs predicted), extra predictions, missed and extra contacts, wrong contact dates, and
// statements on anonymous-source spans that name a person. The official numbers come from
// ../shared/eval/score.mjs; the matching here mirrors it (same span score, same speaker test, same
// optional-item rules) so that these lists explain those numbers.
// usage: node --import tsx test/eval/diagnose.ts --gold test/eval/written/gold.json --export export.json --dir test/eval/written/articles
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface GoldActor {
  name: string;
  kind: 'person' | 'org';
  surface: string[];
  media?: boolean;
  named_in_text?: boolean;
}
export interface GoldQuote {
  speaker: string | null;
  start: number;
  end: number;
  text: string;
  optional?: boolean;
  anonymous?: boolean;
}
export interface GoldReported {
  speaker: string | null;
  sentence_start: number;
  sentence_end: number;
  text: string;
  optional?: boolean;
  anonymous?: boolean;
}
export interface GoldContact {
  a: string;
  b: string;
  kind: string;
  date: string | null;
  status?: string;
  optional?: boolean;
}
export interface GoldArticle {
  file: string;
  actors: GoldActor[];
  quotes: GoldQuote[];
  reported: GoldReported[];
  contacts: GoldContact[];
  excluded_quote_marks: { start: number; end: number; text: string }[];
  sha256?: string;
}
/** GoldArticle entries beside metadata (offsets, `_`-prefixed notes): goldArticles picks the articles. */
export type GoldFile = Record<string, unknown>;

interface ExpActor {
  id: string;
  name: string;
  kind: 'person' | 'org';
  aliases?: string[];
}
interface ExpArticle {
  id: string;
  file: string;
  date: string;
  actors: string[];
}
interface ExpStatement {
  id: string;
  article: string;
  speaker: string | null;
  kind: 'quote' | 'reported';
  text: string;
  start: number;
  end: number;
  date: string;
}
interface ExpContact {
  article: string;
  a: string;
  b: string;
  kind: string;
  date?: string | null;
  status?: string;
}
export interface ExportDoc {
  articles?: ExpArticle[];
  actors?: ExpActor[];
  statements?: ExpStatement[];
  contacts?: ExpContact[];
}

export function goldArticles(gold: GoldFile): [string, GoldArticle][] {
  return Object.entries(gold).filter(
    ([k, v]) => !k.startsWith('_') && k !== 'offsets' && typeof v === 'object' && v !== null && 'file' in v,
  ) as [string, GoldArticle][];
}

const fold = (s: unknown): string =>
  String(s ?? '')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’'`´]s\b/g, '')
    .replace(/[^a-z0-9 ]+/g, ' ')
    .replace(/\b(the|of|and|u s|us|usa)\b/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
const surname = (s: string): string => fold(s).split(' ').filter(Boolean).pop() ?? '';
const DEMONYM: Record<string, string> = {
  armenian: 'armenia',
  azerbaijani: 'azerbaijan',
  american: 'america',
  russian: 'russia',
  turkish: 'turkey',
  georgian: 'georgia',
  iranian: 'iran',
  french: 'france',
  european: 'europe',
  german: 'germany',
  british: 'britain',
};
const words = (s: string): Set<string> =>
  new Set(
    fold(s)
      .split(' ')
      .filter(Boolean)
      .map((t) => DEMONYM[t] ?? t)
      .filter((t) => !['affairs', 'government', 'office', 'press'].includes(t)),
  );

const overlap = (a0: number, a1: number, b0: number, b1: number) => Math.max(0, Math.min(a1, b1) - Math.max(a0, b0));
const iou = (a0: number, a1: number, b0: number, b1: number) => overlap(a0, a1, b0, b1) / (Math.max(a1, b1) - Math.min(a0, b0) || 1);
export function spanScore(g0: number, g1: number, p0: number, p1: number): number {
  const o = overlap(g0, g1, p0, p1);
  if (o / (p1 - p0 || 1) >= 0.9 && o / (g1 - g0 || 1) >= 0.25) return Math.max(0.5, iou(g0, g1, p0, p1));
  return iou(g0, g1, p0, p1);
}

function match<G, P>(golds: G[], preds: P[], score: (g: G, p: P) => number, min: number): Map<number, number> {
  const pairs: [number, number, number][] = [];
  golds.forEach((g, gi) =>
    preds.forEach((p, pi) => {
      const s = score(g, p);
      if (s >= min) pairs.push([s, gi, pi]);
    }),
  );
  pairs.sort((x, y) => y[0] - x[0]);
  const gUsed = new Map<number, number>();
  const pUsed = new Set<number>();
  for (const [, gi, pi] of pairs)
    if (!gUsed.has(gi) && !pUsed.has(pi)) {
      gUsed.set(gi, pi);
      pUsed.add(pi);
    }
  return gUsed;
}

const clip = (s: unknown, n = 160): string => {
  const t = String(s ?? '').replace(/\s+/g, ' ');
  return t.length > n ? `${t.slice(0, n - 1)}…` : t;
};

type Kind = 'quote' | 'reported';
export interface Diagnosis {
  missed: Record<Kind, { key: string; speaker: string | null; text: string; nearest: string | null }[]>;
  wrongSpeaker: Record<Kind, { key: string; gold: string | null; predicted: string; text: string }[]>;
  extra: Record<Kind, { key: string; predicted: string; text: string }[]>;
  contactMissed: { key: string; contact: string; kind: string; date: string | null; status: string }[];
  contactExtra: { key: string; contact: string; kind: string; date: string | null; status: string | null }[];
  contactDate: { key: string; contact: string; gold: string; predicted: string | null }[];
  anonymousNamed: { key: string; predicted: string; kind: Kind; text: string }[];
  /** Gold actors named in the text that the article's actor list lacks (actor recall). */
  actorMissed: { key: string; actor: string; surface: string[] }[];
  /** People the article's actor list holds that are no gold actor (people precision). */
  peopleExtra: { key: string; predicted: string }[];
}

export function diagnose(gold: GoldFile, exp: ExportDoc, dir?: string): Diagnosis {
  const actorsById = new Map((exp.actors ?? []).map((a) => [a.id, a]));
  const articleByFile = new Map((exp.articles ?? []).map((a) => [basename(a.file ?? a.id), a]));
  const nameOf = (id: string | null | undefined): string => (id == null ? 'null' : (actorsById.get(id)?.name ?? String(id)));
  function sameActor(pid: string | null, gname: string | null, goldActors: GoldActor[]): boolean {
    if (pid == null || gname == null) return false;
    const p = actorsById.get(pid);
    const pnames = p ? [p.name, ...(p.aliases ?? [])] : [String(pid)];
    const g = goldActors.find((a) => a.name === gname);
    const gnames = [gname, ...(g?.surface ?? []).filter((s) => /^[A-Z]/.test(s) && !/^(The|He|She|His|Her)\b/.test(s))];
    const pf = new Set(pnames.map(fold).filter(Boolean));
    for (const n of gnames) if (pf.has(fold(n))) return true;
    if ((g?.kind ?? 'person') === 'org' || (p?.kind ?? 'person') === 'org') {
      for (const a of pnames.map(words))
        for (const b of gnames.map(words)) {
          const common = [...a].filter((t) => b.has(t)).length;
          const union = new Set([...a, ...b]).size;
          if (common && (common / union >= 0.5 || (common === a.size && a.size >= 2) || (common === b.size && b.size >= 2))) return true;
        }
    }
    if ((g?.kind ?? 'person') === 'person' && (p?.kind ?? 'person') === 'person') {
      const gs = new Set(gnames.map(surname));
      for (const n of pnames) {
        const toks = fold(n).split(' ');
        if (!gs.has(toks[toks.length - 1] ?? '')) continue;
        const gfirst = fold(gname).split(' ')[0];
        if (toks.length === 1 || toks[0] === gfirst || fold(gname).split(' ').length === 1) return true;
      }
    }
    return false;
  }

  const report: Diagnosis = {
    missed: { quote: [], reported: [] },
    wrongSpeaker: { quote: [], reported: [] },
    extra: { quote: [], reported: [] },
    contactMissed: [],
    contactExtra: [],
    contactDate: [],
    anonymousNamed: [],
    actorMissed: [],
    peopleExtra: [],
  };
  for (const [key, G] of goldArticles(gold)) {
    const art = articleByFile.get(G.file);
    if (!art) continue;
    const text = dir ? readFileSync(join(dir, G.file), 'utf8') : '';
    const stm = (exp.statements ?? []).filter((s) => s.article === art.id);
    const spans: [Kind, { speaker: string | null; s: number; e: number; text: string; optional?: boolean; anonymous?: boolean }[]][] = [
      ['quote', G.quotes.map((q) => ({ ...q, s: q.start, e: q.end }))],
      ['reported', G.reported.map((r) => ({ ...r, s: r.sentence_start, e: r.sentence_end }))],
    ];
    for (const [kind, gl] of spans) {
      const goldReq = gl.filter((g) => !g.optional);
      const goldOpt = gl.filter((g) => g.optional);
      const best = (list: typeof gl, p: ExpStatement) => Math.max(0, ...list.map((g) => spanScore(g.s, g.e, p.start, p.end)));
      const all = stm.filter((s) => s.kind === kind);
      const preds = all.filter((p) => {
        const o = best(goldOpt, p);
        return o < 0.5 || best(goldReq, p) > o;
      });
      const m = match(goldReq, preds, (g, p) => spanScore(g.s, g.e, p.start, p.end), 0.5);
      goldReq.forEach((g, gi) => {
        const pi = m.get(gi);
        const p = pi === undefined ? undefined : preds[pi];
        if (!p) {
          let near: ExpStatement | null = null;
          let ns = 0;
          for (const q of all) {
            const s = spanScore(g.s, g.e, q.start, q.end);
            if (s > ns) {
              ns = s;
              near = q;
            }
          }
          report.missed[kind].push({
            key,
            speaker: g.speaker,
            text: clip(g.text || text.slice(g.s, g.e)),
            nearest: near ? `${nameOf(near.speaker)}: ${clip(near.text, 100)} (span score ${ns.toFixed(2)})` : null,
          });
        } else if (!sameActor(p.speaker, g.speaker, G.actors)) {
          report.wrongSpeaker[kind].push({
            key,
            gold: g.speaker,
            predicted: nameOf(p.speaker),
            text: clip(g.text || text.slice(g.s, g.e)),
          });
        }
      });
      const used = new Set(m.values());
      preds.forEach((p, pi) => {
        if (!used.has(pi)) report.extra[kind].push({ key, predicted: nameOf(p.speaker), text: clip(p.text) });
      });
      // anonymous sources: no statement on those spans may name a person
      for (const g of gl.filter((x) => x.anonymous)) {
        for (const p of stm) {
          if (p.speaker == null || spanScore(g.s, g.e, p.start, p.end) < 0.5) continue;
          if ((actorsById.get(p.speaker)?.kind ?? 'person') === 'person')
            report.anonymousNamed.push({ key, predicted: nameOf(p.speaker), kind: p.kind, text: clip(g.text) });
        }
      }
    }
    {
      const goldAll = G.contacts ?? [];
      const goldReq = goldAll.filter((c) => !c.optional);
      const goldOpt = goldAll.filter((c) => c.optional);
      const samePair = (g: GoldContact, p: ExpContact) =>
        (sameActor(p.a, g.a, G.actors) && sameActor(p.b, g.b, G.actors)) ||
        (sameActor(p.a, g.b, G.actors) && sameActor(p.b, g.a, G.actors));
      let preds = (exp.contacts ?? []).filter((c) => c.article === art.id);
      preds = preds.filter((p) => goldReq.some((g) => samePair(g, p)) || !goldOpt.some((g) => samePair(g, p)));
      const pairKey = (c: { a: string; b: string }) => [c.a, c.b].map(String).sort().join('|');
      preds = [...new Map(preds.map((c) => [pairKey(c), c])).values()];
      const req = [...new Map(goldReq.map((c) => [pairKey(c), c])).values()];
      const m = match(req, preds, (g, p) => (samePair(g, p) ? 1 : 0), 1);
      const dateOk = (g: GoldContact, p: ExpContact) => (g.date ?? null) === (p.date ?? null) || (g.date == null && p.date === art.date);
      req.forEach((g, gi) => {
        const pi = m.get(gi);
        const p = pi === undefined ? undefined : preds[pi];
        if (!p) report.contactMissed.push({ key, contact: `${g.a} – ${g.b}`, kind: g.kind, date: g.date, status: g.status ?? 'held' });
        else if (!goldAll.some((x) => samePair(x, p) && dateOk(x, p))) {
          report.contactDate.push({
            key,
            contact: `${g.a} – ${g.b}`,
            gold: goldAll
              .filter((x) => samePair(x, p))
              .map((x) => x.date ?? 'null')
              .join(' or '),
            predicted: p.date ?? null,
          });
        }
      });
      const used = new Set(m.values());
      preds.forEach((p, pi) => {
        if (!used.has(pi))
          report.contactExtra.push({
            key,
            contact: `${nameOf(p.a)} – ${nameOf(p.b)}`,
            kind: p.kind,
            date: p.date ?? null,
            status: p.status ?? null,
          });
      });
    }
  }
  for (const [key, G] of goldArticles(gold)) {
    const art = articleByFile.get(G.file);
    if (!art) continue;
    const listed = art.actors ?? [];
    for (const g of G.actors.filter((a) => a.named_in_text !== false && !a.media))
      if (!listed.some((id) => sameActor(id, g.name, G.actors))) report.actorMissed.push({ key, actor: g.name, surface: g.surface });
    for (const id of listed)
      if ((actorsById.get(id)?.kind ?? 'person') === 'person' && !G.actors.some((a) => sameActor(id, a.name, G.actors)))
        report.peopleExtra.push({ key, predicted: nameOf(id) });
  }
  return report;
}

export function formatDiagnosis(r: Diagnosis): string {
  const lines: string[] = [];
  const sec = <T>(title: string, list: T[], fmt: (x: T) => string) => {
    lines.push(`-- ${title}: ${list.length}`);
    for (const x of list) lines.push(`   ${fmt(x)}`);
  };
  for (const kind of ['quote', 'reported'] as const) {
    sec(
      `${kind}: missed (gold speaker: text; nearest prediction)`,
      r.missed[kind],
      (x) => `[${x.key}] ${x.speaker}: «${x.text}»${x.nearest ? `\n        nearest → ${x.nearest}` : ''}`,
    );
    sec(
      `${kind}: wrong speaker (gold → predicted: text)`,
      r.wrongSpeaker[kind],
      (x) => `[${x.key}] ${x.gold} → ${x.predicted}: «${x.text}»`,
    );
    sec(`${kind}: extra predictions (no gold item)`, r.extra[kind], (x) => `[${x.key}] ${x.predicted}: «${x.text}»`);
  }
  sec('contacts: missed', r.contactMissed, (x) => `[${x.key}] ${x.contact} (${x.kind}, ${x.date ?? 'no date'}, ${x.status})`);
  sec('contacts: extra', r.contactExtra, (x) => `[${x.key}] ${x.contact} (${x.kind}, ${x.date ?? 'no date'}, ${x.status ?? '-'})`);
  sec('contacts: wrong date', r.contactDate, (x) => `[${x.key}] ${x.contact}: gold ${x.gold}, predicted ${x.predicted}`);
  sec('anonymous-source spans attributed to a person', r.anonymousNamed, (x) => `[${x.key}] ${x.kind} → ${x.predicted}: «${x.text}»`);
  sec('actors: named in the text, not listed', r.actorMissed, (x) => `[${x.key}] ${x.actor} (${x.surface.join(' | ')})`);
  sec('people: listed, no gold actor', r.peopleExtra, (x) => `[${x.key}] ${x.predicted}`);
  return lines.join('\n');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const args = new Map<string, string>();
  process.argv.slice(2).forEach((a, i, all) => {
    if (a.startsWith('--')) args.set(a.slice(2), all[i + 1] ?? '');
  });
  const gold = JSON.parse(readFileSync(args.get('gold') ?? 'test/eval/written/gold.json', 'utf8')) as GoldFile;
  const exp = JSON.parse(readFileSync(args.get('export') ?? '', 'utf8')) as ExportDoc;
  console.log(formatDiagnosis(diagnose(gold, exp, args.get('dir'))));
}
