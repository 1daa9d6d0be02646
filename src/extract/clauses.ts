// Who is the subject of a cue: the mention the cue's clause hangs on, found by walking back over
// the words that may stand between a subject and its verb ("also", "on Friday", ", the spokesman,").
import type { Span } from '../model.js';
import type { ResolvedMention } from './coreference.js';
import {
  ADVERB_GLUE,
  COORDINATION_GAP,
  GLUE_AT_END,
  tailEnd,
  ISSUED_BY,
  OPENING_PARTICIPLE,
  POSSESSIVE_LEAD,
  ROLE_BEFORE_NAME,
  ROLE_GAP,
  ROLE_GAP_LAST,
  ROLE_HEAD,
  ROLE_SET_OFF,
  SPOKESPERSON_OF,
  TITLE_BEFORE_OF,
} from './clauseGlue.js';

/** A subject: one mention, or several joined by "and" ("X and Y discussed"). */
export interface Subject {
  readonly mentions: readonly ResolvedMention[];
  /** Where the subject phrase starts (its title included). */
  readonly start: number;
}

/** "Recall that", "It is worth noting that", "It should be reminded that": the clause after it is the sentence's. */
const NEWSROOM_OPENING =
  /^\s*[“"]?\s*(?:(?:It\s+(?:is|was|should\s+be)\s+(?:worth\s+)?)?(?:recall(?:ed|ing)?|not(?:ed|ing|e)|mention(?:ed|ing)?|remind(?:ed|ing)?)|(?:Let\s+us|Let[’']s|We)\s+recall|Recall|Note)\s+that\s+(?:the\s+)?$/i;

export class ClauseReader {
  constructor(
    private readonly masked: string,
    /** Mentions outside quotations, sorted by start. */
    private readonly mentions: readonly ResolvedMention[],
  ) {}

  /** The mention whose (title-inclusive) end is exactly `end`, if any. */
  private mentionEndingAt(end: number): ResolvedMention | undefined {
    // binary search on start, then scan back a little: mentions do not nest
    let lo = 0;
    let hi = this.mentions.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (this.mentions[mid]!.start < end) lo = mid + 1;
      else hi = mid - 1;
    }
    for (let i = hi; i >= 0 && i >= hi - 2; i--) {
      const m = this.mentions[i]!;
      if (m.end === end || (m.end === end - 2 && /^[’']s$/.test(this.masked.slice(m.end, end)))) return m;
    }
    return undefined;
  }

  /** The index of the first mention starting at or after `at`. */
  private firstFrom(at: number): number {
    let lo = 0;
    let hi = this.mentions.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.mentions[mid]!.start < at) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  mentionStartingAt(start: number): ResolvedMention | undefined {
    return this.mentions.find((m) => m.start === start || titleStart(m) === start);
  }

  mentionsWithin(span: Span): ResolvedMention[] {
    return this.mentions.filter((m) => m.start >= span.start && m.end <= span.end);
  }

  /** The subject of a verb at `at`, looking no further back than `from`. */
  subjectBefore(at: number, from: number): Subject | null {
    let end = at;
    for (let step = 0; step < 8; step++) {
      while (end > from && /\s/.test(this.masked[end - 1]!)) end--;
      const principal = this.spokenFor(end, from);
      if (principal) return { mentions: [principal], start: titleStart(principal) };
      const m = this.mentionEndingAt(end);
      if (m && m.start >= from) {
        const lead = this.masked.slice(Math.max(from, titleStart(m) - 40), titleStart(m));
        // "President of the European Council Charles Michel said": "of" inside a title is no preposition
        // ("A readout by spokesperson X said": the document's issuer speaks through it)
        if (
          !/\b(?:in|at|from|near|outside|of|to|with|for|by)\s+(?:the\s+)?$/i.test(lead) ||
          TITLE_BEFORE_OF.test(lead) ||
          ISSUED_BY.test(lead)
        ) {
          // ("the First Deputy President of the Republic of Iran emphasized": the country in a title is not the one speaking)
          if (m.kind === 'metonym' && TITLE_BEFORE_OF.test(lead)) return null;
          const subject = this.withCoordinated(m, from);
          // "advisers to Michel, Macron and Scholz met": a list that hangs on a preposition is no subject
          const groupLead = this.masked.slice(Math.max(from, subject.start - 24), subject.start);
          const prep = /\b(?:in|at|from|of|to|with|for|by)\s+(?:the\s+)?$/i.exec(groupLead);
          if (subject.mentions.length > 1 && prep && !TITLE_BEFORE_OF.test(groupLead)) {
            end = subject.start - (groupLead.length - prep.index);
            continue;
          }
          return subject;
        }
        end = titleStart(m) - (lead.length - lead.search(/\b(?:in|at|from|near|outside|of|to|with|for|by)\s+(?:the\s+)?$/i));
        continue;
      }
      const pre = this.masked.slice(from, end);
      if (pre.endsWith(',')) {
        // "X, speaking at a news conference after talks with Y, said": an aside is dropped before any name in it counts
        const aside =
          /,\s*(?:speaking|writing|addressing|answering|responding|commenting|asked|visiting|talking|in|at|during|after|following|for|who|which|whose|according|on|while|when|despite|as)\b[^,;:∎“”"]{0,120},$/.exec(
            pre,
          );
        if (aside) {
          end = from + aside.index;
          continue;
        }
        // "Hikmet Hajiyev, adviser to President Ilham Aliyev, said": the name before an appositive is the subject
        const appositiveOf = /,\s*[^,;:∎“”"]{1,160},$/.exec(pre);
        if (appositiveOf) {
          let head = from + appositiveOf.index;
          while (head > from && /\s/.test(this.masked[head - 1]!)) head--;
          const named = this.mentionEndingAt(head);
          // "the ministry spokeswoman, Anna Naghdalian, told": a name in the appositive beats the role noun before it
          const inner = this.mentionEndingAt(end - 1 - (pre.length - pre.trimEnd().length));
          if (
            named &&
            inner &&
            inner !== named &&
            (named.kind === 'roleNoun' ||
              named.kind === 'nominal' ||
              // ("Her Azerbaijani counterpart, Aykhan Hajizada, dismissed": a counterpart is whoever the name says, and so is
              // an office: "Russia’s deputy foreign minister, X, said" is X, whoever held the office by the dictionary)
              named.kind === 'office' ||
              // ("the Minister of Foreign Affairs of Azerbaijan, Jeyhun Bayramov, said": the country closes a title)
              (named.kind === 'metonym' && TITLE_BEFORE_OF.test(this.masked.slice(Math.max(from, named.start - 40), named.start))) ||
              // "the head of the European Commission, Ursula von der Leyen, said"
              /\b(?:head|chief|leader|chair(?:man|woman)?)\s+of\s+(?:the\s+)?$/i.test(
                this.masked.slice(Math.max(from, titleStart(named) - 20), titleStart(named)),
              )) &&
            (inner.kind === 'name' || inner.kind === 'discovered') &&
            inner.start > head
          ) {
            // ("A and his Azerbaijani counterpart, B, met": the office's holder named, with whoever is joined to it)
            if (named.kind !== 'office') return { mentions: [inner], start: titleStart(inner) };
            if (/counterpart/i.test(this.masked.slice(named.start, named.end))) return this.withCoordinated(inner, from);
            // ("the Foreign Minister of A, X, and the Foreign Minister of B, Y, met": each office its holder named)
            const group = this.withCoordinated(named, from);
            return { mentions: group.mentions.map((m) => (m === named ? inner : m)), start: group.start };
          }
          if (named && named.start >= from && !/^,\s*(?:and|or)\b/.test(appositiveOf[0])) return this.withCoordinated(named, from);
        }
        // "X, the spokesman, said" / "Ned Price, said": drop the comma, then the appositive
        const bare = this.mentionEndingAt(end - 1 - (pre.length - pre.trimEnd().length));
        if (bare && bare.start >= from) return this.withCoordinated(bare, from);
        const appositive = /,\s*[^,;:∎“”"]{1,160},$/.exec(pre);
        if (appositive) {
          end = from + appositive.index;
          continue;
        }
        end--;
        continue;
      }
      let stripped = false;
      // (every glue pattern is anchored at the end and spans at most ~125 characters: an expression anchored at the
      // end is tried from every position it is given, so it is given only the clause's last 130)
      const tailFrom = Math.max(from, end - 130);
      const tail = tailFrom === from ? pre : this.masked.slice(tailFrom, end);
      const ending = tailEnd(tail);
      for (const { re, may } of GLUE_AT_END) {
        if (may && !may(ending)) continue;
        const g = re.exec(tail);
        if (g && g[0].length > 0) {
          end = tailFrom + g.index;
          stripped = true;
          break;
        }
      }
      if (!stripped) {
        const last = tail.slice(tail.lastIndexOf(' ') + 1).toLowerCase();
        for (const [re, may] of ADVERB_GLUE) {
          const g = may(last) ? re.exec(tail) : null;
          if (g) {
            end = tailFrom + g.index;
            stripped = true;
            break;
          }
        }
      }
      if (!stripped) return null;
    }
    return null;
  }

  /** "“…,” Erdogan's spokesman said", "a spokeswoman for X said": the one a spokesperson ending at `end` speaks for. */
  private spokenFor(end: number, from: number): ResolvedMention | undefined {
    // (a look for the words first: most clauses hold neither. On the 60 characters cut out, not with
    // lastIndexOf on the text: that reads on back to the article's start wherever the word is missing)
    const lo = Math.max(from, end - 60);
    const tail = this.masked.slice(lo, end);
    if (!tail.includes('spokes') && !tail.includes('secretary')) return undefined;
    const spoken = SPOKESPERSON_OF.exec(tail);
    if (!spoken) return undefined;
    const named = spoken[1] ? this.mentionEndingAt(end - spoken[0].length + 1) : undefined;
    const principal = named ?? (spoken[1] ? undefined : this.mentionEndingAt(end));
    return principal && principal.start >= from && principal.actor ? principal : undefined;
  }

  /** "said the statement", "said Foreign Minister X": the subject right after a cue. */
  subjectAfter(at: number, to: number): Subject | null {
    let start = at;
    while (start < to && /\s/.test(this.masked[start]!)) start++;
    // the first mention from `start` on whose lead is nothing, "the", a possessive or a lower-case role ("said
    // spokeswoman Irina Volkova"); such a lead is short, so the search stops a little way on
    let i = this.firstFrom(start);
    let m: ResolvedMention | undefined;
    for (; i < this.mentions.length; i++) {
      const x = this.mentions[i]!;
      if (x.start - start > 120) break;
      const lead = titleStart(x) - start;
      if (lead === 0 || x.start === start) {
        m = x;
        break;
      }
      if (lead < 0 || lead > 80) continue;
      const gap = this.masked.slice(start, titleStart(x));
      // ("said Ms. Herath", "said one deputy, Rustam Aliev": an honorific, or a role set off by a comma before a name)
      if (
        /^(?:(?:the|a)\s+|\p{Lu}[\p{L}-]*[’']s\s+|(?:Mr|Mrs|Ms|Dr|Prof|Mme|Messrs)\.?\s+)$/iu.test(gap) ||
        ROLE_BEFORE_NAME.test(gap) ||
        ((x.kind === 'name' || x.kind === 'discovered') && gap.trimEnd().endsWith(',') && ROLE_SET_OFF.test(gap))
      ) {
        m = x;
        break;
      }
    }
    // "said Ethiopia's Foreign Minister X": the titled name after a possessive is the subject, not its country
    // (and "said Putin's spokesman, Dmitry Peskov": the name after the role set off by a comma)
    if (m && /^[’']s\s/.test(this.masked.slice(m.end, m.end + 3))) {
      const head = this.mentions[i + 1];
      if (head && POSSESSIVE_LEAD.test(this.masked.slice(m.end, titleStart(head))) && (head.kind === 'name' || head.kind === 'discovered'))
        m = head;
    }
    if (!m || m.end > to) return null;
    // "said the de facto president of occupied Abkhazia, Aslan Bzhania": the name after the role noun's comma
    if (m.kind === 'roleNoun' || m.kind === 'nominal' || m.kind === 'office') {
      const comma = this.masked.indexOf(',', m.end);
      const named =
        comma >= 0 && comma < to && comma - m.end <= 80 && !/[.;:∎“”"]/.test(this.masked.slice(m.end, comma))
          ? this.mentions.find(
              (x) =>
                x.start > comma &&
                /^\s*$/.test(this.masked.slice(comma + 1, titleStart(x))) &&
                (x.kind === 'name' || x.kind === 'discovered'),
            )
          : undefined;
      if (named && named.end <= to) return { mentions: [named], start };
    }
    return { mentions: [m], start };
  }

  /**
   * The subject of the sentence: its first mention that is not the object of a preposition
   * ("During the meeting with X, Y said" → Y; "According to X, Y told" → Y).
   */
  mainSubject(sentence: Span, before: number): Subject | null {
    for (const m of this.mentions) {
      if (m.start < sentence.start) continue;
      if (m.start >= before) break;
      const lead = this.masked.slice(sentence.start, titleStart(m));
      if (
        /\b(?:with|to|by|of|for|from|about|between|among|against|at|in|on|into|than|and|towards?|after|before|like|under|over|via|amid|whom|which|that)\s+(?:the\s+)?$/i.test(
          lead,
        ) &&
        // ("Recall that X was in Baku … and held talks with Y", "It is worth noting that X …": a newsroom's opening
        // before the clause that tells it)
        !NEWSROOM_OPENING.test(lead)
      )
        continue;
      // "Acknowledging Armenia as …, Putin wished", "While welcoming X, Y lauded": a name inside an opening
      // participial phrase is its object
      if (OPENING_PARTICIPLE.test(lead)) continue;
      // ("Oman’s Foreign Minister X took …": a titled name after the possessive is its head, and the subject)
      if (/[’']s\s*$/.test(lead) && !((m.kind === 'name' || m.kind === 'discovered') && titleStart(m) < m.start)) continue;
      // a possessive mention ("Aliyev’s") is not a subject
      if (/^[’']s\b/.test(this.masked.slice(m.end, m.end + 3))) continue;
      return this.withCoordinated(this.lastCoordinated(m, before), sentence.start);
    }
    return null;
  }

  /** From the first of "A, B and C", the last one (C). */
  private lastCoordinated(first: ResolvedMention, before: number): ResolvedMention {
    let last = first;
    // ("President Putin of Russia and his Turkish counterpart Erdogan": the country after a member is read past)
    let cursor = first;
    for (;;) {
      const i = this.mentions.indexOf(cursor);
      const next = this.mentions[i + 1];
      if (!next || next.end > before) return last;
      const gap = this.masked.slice(cursor.end, titleStart(next));
      if (next.kind === 'metonym' && /^\s+of\s+(?:the\s+)?$/.test(gap)) {
        cursor = next;
        continue;
      }
      if (!COORDINATION_GAP.test(gap)) return last;
      last = next;
      cursor = next;
    }
  }

  private withCoordinated(last: ResolvedMention, from: number): Subject {
    // "A, B and C": walking back from C, the first join must be "and"; earlier ones may be commas
    const group = [last];
    let start = titleStart(last);
    for (;;) {
      const prev = this.memberBefore(start, from, group.length === 1);
      if (!prev) break;
      group.unshift(prev);
      start = titleStart(prev);
    }
    return { mentions: group, start };
  }

  /** The member of a list that ends right before `start` ("A, B and" before C), if any. */
  private memberBefore(start: number, from: number, lastJoin: boolean): ResolvedMention | undefined {
    // "Vladimir Putin, President of Russia, Nikol Pashinyan, Prime Minister of Armenia, and …": each
    // member's role between commas (the last join still needs its "and"); a role holds no one's name
    const wide = Math.max(from, start - 120);
    const role = (lastJoin ? ROLE_GAP_LAST : ROLE_GAP).exec(this.masked.slice(wide, start));
    if (role && ROLE_HEAD.test(role[1]!)) {
      const roleStart = wide + role.index;
      const named = this.mentions.some(
        (m) => m.start > roleStart && m.end < start && (m.kind === 'discovered' || (m.kind === 'name' && titleStart(m) < m.start)),
      );
      const member = named ? undefined : this.mentionBeforeJoin(roleStart, from);
      if (member) return member;
    }
    const window = Math.max(from, start - 48);
    // ("Orlov, his Turkish counterpart Öztürk and …": a determiner may stand before a member's title)
    const gap = (
      lastJoin
        ? /(?:,\s*|\s+)(?:and|&)\s+(?:(?:his|her|their)\s+(?:\p{Lu}[\p{L}-]+\s+)?(?:counterparts?,?\s+|colleagues?,?\s+)?)?$/u
        : /(?:,\s*(?:and\s+)?)(?:(?:his|her|their)\s+(?:\p{Lu}[\p{L}-]+\s+)?(?:counterparts?,?\s+|colleagues?,?\s+)?)?$/u
    ).exec(this.masked.slice(window, start));
    return gap ? this.mentionBeforeJoin(window + gap.index, from) : undefined;
  }

  private mentionBeforeJoin(end: number, from: number): ResolvedMention | undefined {
    while (end > from && /\s/.test(this.masked[end - 1]!)) end--;
    // "Azerbaijan (Jeyhun Bayramov) and Georgia": a bracket after a member is read past
    if (this.masked[end - 1] === ')') {
      const open = this.masked.lastIndexOf('(', end);
      if (open > from && end - open <= 60) {
        end = open;
        while (end > from && /\s/.test(this.masked[end - 1]!)) end--;
      }
    }
    const prev = this.mentionEndingAt(end);
    // "President Vladimir Putin of Russia and his Turkish counterpart": the member is the one before "of <country>",
    // the country a mention of its own or not
    if (!prev || prev.kind === 'metonym') {
      const nameEnd = this.endBeforeOfCountry(prev ? titleStart(prev) : end, from, !prev);
      const holder = nameEnd === null ? undefined : this.mentionEndingAt(nameEnd);
      if (holder && holder.start >= from) return holder;
    }
    return prev && prev.start >= from ? prev : undefined;
  }

  /** Where the name before "of <country>" ends: `at` is where the country starts, or (`withCountry`) where it ends. */
  private endBeforeOfCountry(at: number, from: number, withCountry: boolean): number | null {
    const re = withCountry ? /\s+of\s+(?:the\s+)?\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?$/u : /\s+of\s+(?:the\s+)?$/;
    const m = re.exec(this.masked.slice(Math.max(from, at - 40), at));
    return m ? at - m[0].length : null;
  }
}

export function titleStart(m: ResolvedMention): number {
  return m.titleStart ?? m.start;
}
