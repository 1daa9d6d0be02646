// Patterns of English news from beyond the Caucasus (issue #9, the dev2 set): names written with an
// initial or with particles, and the ways such news tells meetings and calls. Invented articles.
import { paras, type Case } from './types.js';

export const worldNewsCases: Case[] = [
  {
    name: 'names: an initial opens a name ("R Venkatesan", "R. Venkatesan") and the surname alone then refers back',
    date: '2024-02-14',
    text: paras(
      `External Affairs Minister R Venkatesan arrived in Canberra on Tuesday for a two-day visit.`,
      `Venkatesan said the two countries would sign an agreement on critical minerals before the end of the year.`,
    ),
    reported: [
      {
        speaker: 'R Venkatesan',
        sentence: 'Venkatesan said the two countries would sign an agreement on critical minerals before the end of the year.',
      },
    ],
    discovered: ['R Venkatesan'],
  },
  {
    name: 'names: an initial with a full stop ("Foreign Secretary K. Thambiah said …")',
    date: '2024-02-14',
    text: paras(`Foreign Secretary K. Thambiah said the island would not take sides in the dispute over the strait.`),
    reported: [
      {
        speaker: 'K. Thambiah',
        sentence: 'Foreign Secretary K. Thambiah said the island would not take sides in the dispute over the strait.',
      },
    ],
    discovered: ['K. Thambiah'],
  },
  {
    name: 'names: Arabic names with particles over four words, and a surname with its article in lower case',
    date: '2024-02-14',
    text: paras(
      `Foreign Minister Khalid bin Saeed Al Harthy said the sultanate was ready to host another round of talks.`,
      `Former President Yasir Hamdan Idris al-Tayeb said the ceasefire had to hold before any election.`,
    ),
    reported: [
      {
        speaker: 'Khalid bin Saeed Al Harthy',
        sentence: 'Foreign Minister Khalid bin Saeed Al Harthy said the sultanate was ready to host another round of talks.',
      },
      {
        speaker: 'Yasir Hamdan Idris al-Tayeb',
        sentence: 'Former President Yasir Hamdan Idris al-Tayeb said the ceasefire had to hold before any election.',
      },
    ],
    discovered: ['Khalid bin Saeed Al Harthy', 'Yasir Hamdan Idris al-Tayeb'],
  },
];
