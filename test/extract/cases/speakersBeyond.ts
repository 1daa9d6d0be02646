// Statements whose speaker stands outside the quotation's own clause (issue #9, classes 3, 5 and 6): a body
// named as "it", a quotation inside a sentence another voice owns, a source given by "citing" or "as noted by",
// an interview transcript. Every article is invented; all people are fictional.
import { paras, type Case } from './types.js';

export const speakersBeyondCases: Case[] = [
  {
    name: 'speakers beyond: “…,” it said — the body named since the last statement, not the voice before it',
    date: '2024-03-12',
    text: paras(
      `Armenian Foreign Minister Hovik Sargsian said on Monday that the commission would meet again in April.`,
      `A summary of the session was later posted by the Armenian government on its website.`,
      `“The sides agreed to exchange maps of the northern section before the next round,” it said in a statement.`,
    ),
    quotes: [
      { speaker: 'Government of Armenia', text: 'The sides agreed to exchange maps of the northern section before the next round,' },
    ],
    notSaidBy: [{ text: 'exchange maps', speaker: 'Hovik Sargsian' }],
  },
  {
    name: 'speakers beyond: “…,” and said <country> would … — the country after the verb is the content, not the voice',
    date: '2024-03-12',
    text: paras(
      `Russian Foreign Minister Gennady Orlov said on Tuesday that the talks would go on in Geneva.`,
      `“The president stressed the value of a direct dialogue between the neighbours,” and said Moscow would stay engaged in the region.`,
    ),
    reported: [
      {
        speaker: 'Gennady Orlov',
        sentence: 'Russian Foreign Minister Gennady Orlov said on Tuesday that the talks would go on in Geneva.',
      },
    ],
    notSaidBy: [{ text: 'stay engaged', speaker: 'Government of Russia' }],
  },
];
