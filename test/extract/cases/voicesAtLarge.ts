// Speakers as news at large names them (issue #9, classes 3, 5 and 6): honorifics with a full stop, a role set off
// by commas, an office whose holder the text names, a body named again by its kind alone, cue verbs of regret and
// blame, a straight single quotation opening a sentence. Every article is invented; all people are fictional.
import { paras, type Case } from './types.js';

export const voicesAtLargeCases: Case[] = [
  {
    name: 'voices at large: “…,” Mr. X said and “…,” said Ms. Y — an honorific’s full stop ends no sentence',
    date: '2024-10-02',
    text: paras(
      `Foreign Minister Anil Varma of India met Foreign Minister Nadira Perera of Sri Lanka in Delhi on Tuesday.`,
      `"We are ready to help with the port," Mr. Varma said.`,
      `"Colombo values this friendship," said Ms. Perera.`,
      `“The talks went well,” Dr. Varma told reporters.`,
    ),
    quotes: [
      { speaker: 'Anil Varma', text: 'We are ready to help with the port,' },
      { speaker: 'Nadira Perera', text: 'Colombo values this friendship,' },
      { speaker: 'Anil Varma', text: 'The talks went well,' },
    ],
    discovered: ['Anil Varma', 'Nadira Perera'],
  },
  {
    name: 'voices at large: “…,” said one deputy, X — a role set off by a comma before the name',
    date: '2024-06-20',
    text: paras(
      `President Tamerlan Usmonov presented his water plan to parliament on Thursday.`,
      `Opposition lawmakers were unimpressed. 'It is too little, too late,' said one deputy, Rustam Aliev.`,
      `“We will vote against it,” said a senior member of the committee, Dilnoza Karimova.`,
    ),
    quotes: [
      { speaker: 'Rustam Aliev', text: 'It is too little, too late,' },
      { speaker: 'Dilnoza Karimova', text: 'We will vote against it,' },
    ],
    notSaidBy: [{ text: 'too little', speaker: 'Tamerlan Usmonov' }],
    discovered: ['Rustam Aliev', 'Dilnoza Karimova', 'Tamerlan Usmonov'],
    note: 'A straight single quotation opens a sentence of its own after a full stop.',
  },
  {
    name: 'voices at large: “Russia’s foreign minister, X, said” is X, whoever held the office by the dictionary',
    date: '2024-05-02',
    text: paras(
      `Russia’s foreign minister, Pavel Sokolov, said on Thursday that Moscow was ready to host the next round.`,
      `The Foreign Minister of Armenia, Hovik Sargsian, and Turkey’s foreign minister, Kemal Arslan, met in Antalya.`,
    ),
    reported: [
      {
        speaker: 'Pavel Sokolov',
        sentence: 'Russia’s foreign minister, Pavel Sokolov, said on Thursday that Moscow was ready to host the next round.',
      },
    ],
    contacts: [{ a: 'Hovik Sargsian', b: 'Kemal Arslan', kind: 'meeting', date: null }],
    notSaidBy: [{ text: 'host the next round', speaker: 'Gennady Orlov' }],
    discovered: ['Pavel Sokolov', 'Kemal Arslan'],
    note: 'The text names the one speaking; a dictionary holder of the office on the day (or none) does not override it.',
  },
  {
    name: 'voices at large: “the ministry said” after a ministry the dictionary lacks is that ministry',
    note: 'The ministry is named once in full; later it is only “the ministry”, which the dictionary cannot resolve.',
    date: '2025-02-11',
    text: paras(
      `Kenya and Ethiopia signed an agreement on the shared use of the Omo river on Tuesday, the Ministry of Foreign Affairs of Kenya said in a statement.`,
      `“Both sides underlined the importance of regular consultations,” the ministry said.`,
      `The two countries also agreed to set up a joint commission, the ministry added.`,
    ),
    quotes: [{ speaker: 'Ministry of Foreign Affairs of Kenya', text: 'Both sides underlined the importance of regular consultations,' }],
    discovered: ['Ministry of Foreign Affairs of Kenya'],
    reported: [
      {
        speaker: 'Ministry of Foreign Affairs of Kenya',
        sentence: 'The two countries also agreed to set up a joint commission, the ministry added.',
      },
    ],
  },
  {
    name: 'voices at large: lamented, denounced, decried, disclosed, maintained that',
    date: '2024-07-09',
    text: paras(
      `Mongolian Foreign Minister Oyun Batbold lamented that direct flights between the two capitals remained scarce.`,
      `The Japanese ambassador, Kenji Mori, disclosed that Tokyo was preparing a new loan for the railway.`,
      `Opposition leader Bat-Erdene Ganbold denounced the loan as a trap. Batbold maintained that the terms were fair.`,
      `The ministry maintained contacts with both sides throughout the year.`,
    ),
    reported: [
      {
        speaker: 'Oyun Batbold',
        sentence: 'Mongolian Foreign Minister Oyun Batbold lamented that direct flights between the two capitals remained scarce.',
      },
      {
        speaker: 'Kenji Mori',
        sentence: 'The Japanese ambassador, Kenji Mori, disclosed that Tokyo was preparing a new loan for the railway.',
      },
      { speaker: 'Bat-Erdene Ganbold', sentence: 'Opposition leader Bat-Erdene Ganbold denounced the loan as a trap.' },
      { speaker: 'Oyun Batbold', sentence: 'Batbold maintained that the terms were fair.' },
    ],
    noStatementsContaining: ['maintained contacts'],
    discovered: ['Oyun Batbold', 'Kenji Mori', 'Bat-Erdene Ganbold'],
  },
];
