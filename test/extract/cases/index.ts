// Every pattern case, grouped by theme (one `describe` per group in patterns.test.ts).
import { actorCases } from './actors.js';
import { contactCases } from './contacts.js';
import { contactCases2 } from './contacts2.js';
import { contactDateCases2 } from './contactDates2.js';
import { contactCases3 } from './contacts3.js';
import { contactCases4 } from './contacts4.js';
import { contactCases5 } from './contacts5.js';
import { dateCases } from './dates.js';
import { negativeCases } from './negatives.js';
import { newsAtLargeCases } from './newsAtLarge.js';
import { quoteMarkCases } from './quoteMarks.js';
import { quoteCases } from './quotes.js';
import { reportedCases } from './reported.js';
import { speakersBeyondCases } from './speakersBeyond.js';
import type { Case } from './types.js';
import { unseenNewsCases } from './unseenNews.js';
import { voicesAtLargeCases } from './voicesAtLarge.js';
import { worldNewsCases } from './worldNews.js';

export type { Case } from './types.js';

export const caseGroups: ReadonlyArray<readonly [group: string, cases: readonly Case[]]> = [
  ['quotes', quoteCases],
  ['quoteMarks', quoteMarkCases],
  ['reported', reportedCases],
  ['actors', actorCases],
  ['contacts', contactCases],
  ['contacts2', contactCases2],
  ['contact dates 2', contactDateCases2],
  ['contacts3', contactCases3],
  ['contacts4', contactCases4],
  ['contacts5', contactCases5],
  ['dates', dateCases],
  ['negatives', negativeCases],
  ['news at large', newsAtLargeCases],
  ['world news', worldNewsCases],
  ['unseen news', unseenNewsCases],
  ['speakers beyond', speakersBeyondCases],
  ['voices at large', voicesAtLargeCases],
];

/** All cases in order, each with its global number (the article file is `case-<n>.txt`). */
export const allCases: ReadonlyArray<{ readonly n: number; readonly group: string; readonly c: Case }> = caseGroups
  .flatMap(([group, cases]) => cases.map((c) => ({ group, c })))
  .map((x, i) => ({ n: i + 1, ...x }));
