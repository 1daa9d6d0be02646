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
  {
    name: 'names: a person after "his <country> counterpart," and after "opposition leader"',
    date: '2024-02-14',
    text: paras(
      `Foreign Minister Reza Tabatabai will meet his Ghanaian counterpart, Kwesi Ampofo, in Accra next week.`,
      `Opposition leader Tendai Moyo Chirwa said the visit was long overdue.`,
    ),
    discovered: ['Kwesi Ampofo', 'Tendai Moyo Chirwa'],
    contacts: [{ a: 'Reza Tabatabai', b: 'Kwesi Ampofo', kind: 'meeting', date: null, status: 'planned' }],
  },
  {
    name: 'names: "Al-" before a surname may be left out later ("Nabil Al-Hourani … Hourani said")',
    date: '2024-02-14',
    text: paras(
      `Speaking in Amman, Deputy Prime Minister Nabil Al-Hourani welcomed the ceasefire.`,
      `Hourani said the crossings had to open at once.`,
    ),
    reported: [{ speaker: 'Nabil Al-Hourani', sentence: 'Hourani said the crossings had to open at once.' }],
    discovered: ['Nabil Al-Hourani'],
  },
  {
    name: 'names: honorifics as titles ("the Honourable …", "Prince …")',
    date: '2024-02-14',
    text: paras(`The Prime Minister, Honourable Peni Waqa, said his government would table the budget in March.`),
    reported: [
      { speaker: 'Peni Waqa', sentence: 'The Prime Minister, Honourable Peni Waqa, said his government would table the budget in March.' },
    ],
    discovered: ['Peni Waqa'],
  },
  {
    name: 'contacts: "paid a courtesy call on", with a long title and its country before the subject',
    date: '2024-03-08',
    text: paras(
      `US Assistant Secretary of State for Economic Affairs Ambassador Laura Pettibone paid a courtesy call on Foreign Secretary Ramon Lacson on March 6.`,
    ),
    contacts: [{ a: 'Laura Pettibone', b: 'Ramon Lacson', kind: 'meeting', date: '2024-03-06', dateText: 'on March 6' }],
    discovered: ['Laura Pettibone', 'Ramon Lacson'],
    exhaustive: true,
  },
  {
    name: 'contacts: "made a phone contact with" and "had a telephone conversation" are calls',
    date: '2024-04-15',
    text: paras(
      `Foreign Minister Hamdi Sobhy on Sunday made a phone contact with Foreign Minister Reza Tabatabai.`,
      `Foreign Minister Erlan Seitkali and his Kyrgyz counterpart Bakyt Osmonaliev had a telephone conversation.`,
    ),
    contacts: [
      { a: 'Hamdi Sobhy', b: 'Reza Tabatabai', kind: 'call', date: '2024-04-14', dateText: 'on Sunday' },
      { a: 'Erlan Seitkali', b: 'Bakyt Osmonaliev', kind: 'call', date: null },
    ],
    discovered: ['Hamdi Sobhy', 'Erlan Seitkali', 'Bakyt Osmonaliev'],
  },
  {
    name: 'contacts: "conferred with" a list of "President of <country>, <name>" and "President of <country> <name>"',
    date: '2024-02-11',
    text: paras(
      `Prime Minister Kofi Boateng conferred with President of Malawi Chikondi Banda, President of Niger, Moussa Issoufou and President of Chad Idriss Mahamat.`,
    ),
    contacts: [
      { a: 'Kofi Boateng', b: 'Chikondi Banda', kind: 'meeting', date: null },
      { a: 'Kofi Boateng', b: 'Moussa Issoufou', kind: 'meeting', date: null },
      { a: 'Kofi Boateng', b: 'Idriss Mahamat', kind: 'meeting', date: null },
    ],
    discovered: ['Kofi Boateng', 'Chikondi Banda', 'Moussa Issoufou', 'Idriss Mahamat'],
    exhaustive: true,
  },
  {
    name: 'names: a person after a title set off by a comma ("Minister of Foreign Affairs and Expatriates, Name")',
    date: '2024-02-14',
    text: paras(`Jordanian Minister of Foreign Affairs and Expatriates, Samir Al-Khatib warned against any move on the holy sites.`),
    reported: [
      {
        speaker: 'Samir Al-Khatib',
        sentence: 'Jordanian Minister of Foreign Affairs and Expatriates, Samir Al-Khatib warned against any move on the holy sites.',
      },
    ],
    discovered: ['Samir Al-Khatib'],
  },
  {
    name: 'quotes: a participle frame after a comma ("…, stating, “…”")',
    date: '2024-02-14',
    text: paras(
      `After the talks, Foreign Minister Sardor Tursunov took to social media, stating, “I had a productive discussion with my colleague in Tashkent today.”`,
    ),
    quotes: [{ speaker: 'Sardor Tursunov', text: 'I had a productive discussion with my colleague in Tashkent today.' }],
    discovered: ['Sardor Tursunov'],
  },
];
