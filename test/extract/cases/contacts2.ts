// Contacts whose parties stand in longer phrases: titles that hold other names, lists joined over a title,
// passives, participles, attendees beside the parties; and the days one mention of an event lends another.
// Contacts only: statements in these articles are not what the cases check (not exhaustive).
import { paras, type Case } from './types.js';

export const contactCases2: Case[] = [
  {
    name: 'contacts2: "A and his South African counterpart B met" (a two-word demonym before "counterpart")',
    date: '2024-03-19',
    text: paras(`Foreign Minister Hovik Sargsian and his South African counterpart Thandeka Mokoena met in Geneva on Monday.`),
    discovered: ['Thandeka Mokoena'],
    contacts: [{ a: 'Hovik Sargsian', b: 'Thandeka Mokoena', kind: 'meeting', date: '2024-03-18', dateText: 'on Monday' }],
    exhaustive: true,
  },
  {
    name: 'contacts2: "A and the National Assembly of Armenia Deputy Speaker B held their third meeting" (a country inside the title)',
    date: '2024-06-12',
    text: paras(
      `Ambassador Selim Kayaoglu and the National Assembly of Armenia Deputy Speaker Aram Petrosyan held their third meeting at the border crossing on Tuesday.`,
    ),
    discovered: ['Selim Kayaoglu', 'Aram Petrosyan'],
    contacts: [{ a: 'Selim Kayaoglu', b: 'Aram Petrosyan', kind: 'meeting', date: '2024-06-11', dateText: 'on Tuesday' }],
    exhaustive: true,
  },
  {
    name: 'contacts2: "X is scheduled to meet with Sheikh Y, …, later today" (the subject before "is scheduled to")',
    date: '2024-04-03',
    text: paras(
      `The ministry added that Vardanyan is scheduled to meet with Sheikh Hamad bin Khalid Al Mansouri, the Qatari prime minister, later today.`,
    ),
    discovered: ['Hamad bin Khalid Al Mansouri'],
    contacts: [
      {
        a: 'Aram Vardanyan',
        b: 'Hamad bin Khalid Al Mansouri',
        kind: 'meeting',
        date: '2024-04-03',
        dateText: 'later today',
        status: 'planned',
      },
    ],
  },
  {
    name: 'contacts2: received the Co-Chairs A, B and the Personal Representative of the OSCE Chairperson-in-Office C (a body in the last title)',
    date: '2022-06-15',
    text: paras(
      `On June 14, Foreign Minister Hovik Sargsian received Ambassador Pavel Lebedev, Ambassador Anne Moreau and the Personal Representative of the OSCE Chairperson-in-Office, Ambassador Tomasz Wieczorek.`,
    ),
    discovered: ['Pavel Lebedev', 'Anne Moreau', 'Tomasz Wieczorek'],
    contacts: [
      { a: 'Hovik Sargsian', b: 'Pavel Lebedev', kind: 'meeting', date: '2022-06-14', dateText: 'On June 14' },
      { a: 'Hovik Sargsian', b: 'Anne Moreau', kind: 'meeting', date: '2022-06-14', dateText: 'On June 14' },
      { a: 'Hovik Sargsian', b: 'Tomasz Wieczorek', kind: 'meeting', date: '2022-06-14', dateText: 'On June 14' },
    ],
    exhaustive: true,
  },
  {
    name: 'contacts2: "The EU ambassador to Georgia, X, met Y" (the name set off after the title is the subject, not the country)',
    date: '2024-10-05',
    text: paras(`The EU ambassador to Georgia, Marek Zielinski, met Prime Minister Davit Lomidze on Friday.`),
    discovered: ['Marek Zielinski'],
    contacts: [{ a: 'Marek Zielinski', b: 'Davit Lomidze', kind: 'meeting', date: '2024-10-04', dateText: 'on Friday' }],
    exhaustive: true,
  },
  {
    name: 'contacts2: met with the OSCE Special Representative … and Head of the OSCE Secretariat, X (a body twice in a long title)',
    date: '2024-02-21',
    text: paras(
      `On February 20, Prime Minister Davit Lomidze met with the OSCE Special Representative for the South Caucasus and Head of the OSCE Secretariat, Ambassador Jan Vermeulen.`,
    ),
    discovered: ['Jan Vermeulen'],
    contacts: [{ a: 'Davit Lomidze', b: 'Jan Vermeulen', kind: 'meeting', date: '2024-02-20', dateText: 'On February 20' }],
    exhaustive: true,
  },
  {
    name: 'contacts2: "A and State Department Counselor B … in a meeting" (the body in B’s title is no party)',
    date: '2023-09-28',
    text: paras(
      `Foreign Minister Hovik Sargsian and State Department Counselor Edward Lang reviewed energy and transit projects in a meeting on Wednesday.`,
    ),
    discovered: ['Edward Lang'],
    contacts: [{ a: 'Hovik Sargsian', b: 'Edward Lang', kind: 'meeting', date: '2023-09-27', dateText: 'on Wednesday' }],
    exhaustive: true,
  },
  {
    name: 'contacts2: a video conference with the mediators – A (Russia), B (France) (countries in brackets after each name)',
    date: '2020-04-08',
    text: paras(
      `Sargsian spoke through a video conference with the mediators – Ambassador Pavel Lebedev (Russia), Ambassador Anne Moreau (France) and Ambassador Thomas Whitfield (U.S.).`,
    ),
    discovered: ['Pavel Lebedev', 'Anne Moreau', 'Thomas Whitfield'],
    contacts: [
      { a: 'Hovik Sargsian', b: 'Pavel Lebedev', kind: 'call', date: null },
      { a: 'Hovik Sargsian', b: 'Anne Moreau', kind: 'call', date: null },
      { a: 'Hovik Sargsian', b: 'Thomas Whitfield', kind: 'call', date: null },
    ],
    exhaustive: true,
  },
  {
    name: 'contacts2: "X went ahead with talks with A, B and C" (the subject holds the talks)',
    date: '2023-10-06',
    text: paras(
      `Guliyev stayed away from the summit in Valencia on October 5. Vardanyan went ahead with talks with Vandamme, Delorme and Öztürk in Valencia that day.`,
    ),
    contacts: [
      { a: 'Aram Vardanyan', b: 'Pieter Vandamme', kind: 'meeting', date: '2023-10-05', dateText: 'October 5' },
      { a: 'Aram Vardanyan', b: 'Claire Delorme', kind: 'meeting', date: '2023-10-05', dateText: 'October 5' },
      { a: 'Aram Vardanyan', b: 'Hakan Öztürk', kind: 'meeting', date: '2023-10-05', dateText: 'October 5' },
    ],
    exhaustive: true,
  },
  {
    name: 'contacts2: "The ministry said that X would not travel … for the meeting with Y" (the reported clause’s subject, cancelled)',
    date: '2023-11-16',
    text: paras(
      `The Azerbaijani Foreign Ministry said that Foreign Minister Rauf Mammadli would not travel to Washington for the meeting with his Armenian counterpart Hovik Sargsian on November 20.`,
    ),
    contacts: [
      { a: 'Rauf Mammadli', b: 'Hovik Sargsian', kind: 'meeting', date: '2023-11-20', dateText: 'on November 20', status: 'cancelled' },
    ],
  },
  {
    name: 'contacts2: "A and B … were welcomed by C and D" (each guest meets each host, not the one who came with them)',
    date: '2023-11-11',
    text: paras(
      `Foreign Minister Hovik Sargsian and Defence Minister Tigran Avetisyan represented the Armenian side and were welcomed by Secretary of State Daniel Whitcombe and Defense Secretary Robert Kincaid.`,
    ),
    discovered: ['Robert Kincaid', 'Tigran Avetisyan'],
    contacts: [
      { a: 'Hovik Sargsian', b: 'Daniel Whitcombe', kind: 'meeting', date: null },
      { a: 'Hovik Sargsian', b: 'Robert Kincaid', kind: 'meeting', date: null },
      { a: 'Tigran Avetisyan', b: 'Daniel Whitcombe', kind: 'meeting', date: null },
      { a: 'Tigran Avetisyan', b: 'Robert Kincaid', kind: 'meeting', date: null },
    ],
    exhaustive: true,
  },
  {
    name: 'contacts2: "At a press conference with X, Y said" (no "joint" needed; the body in Y’s title is no party)',
    date: '2023-09-08',
    text: paras(
      `At a press conference with Prime Minister Davit Lomidze, OSCE Secretary General Jan Vermeulen said that the talk of a new front was disinformation.`,
    ),
    discovered: ['Jan Vermeulen'],
    contacts: [{ a: 'Davit Lomidze', b: 'Jan Vermeulen', kind: 'meeting', date: null }],
  },
  {
    name: 'contacts2: "Greeting A and B in the Kremlin, X said" (a participle leads: all three met, on the day the host received one of them)',
    date: '2021-01-12',
    text: paras(
      `Russian President Sergei Volkonsky on Monday received Azerbaijani President Ilgar Guliyev in Moscow.`,
      `The talks came two months after the truce.`,
      `Greeting Azerbaijani President Ilgar Guliyev and Armenian Prime Minister Aram Vardanyan in the Kremlin, Volkonsky said that the truce had held.`,
    ),
    discovered: ['Sergei Volkonsky'],
    reported: [
      {
        speaker: 'Sergei Volkonsky',
        sentence:
          'Greeting Azerbaijani President Ilgar Guliyev and Armenian Prime Minister Aram Vardanyan in the Kremlin, Volkonsky said that the truce had held.',
      },
    ],
    contacts: [
      { a: 'Sergei Volkonsky', b: 'Ilgar Guliyev', kind: 'meeting', date: '2021-01-11', dateText: 'on Monday' },
      { a: 'Sergei Volkonsky', b: 'Aram Vardanyan', kind: 'meeting', date: '2021-01-11', dateText: 'on Monday' },
      { a: 'Ilgar Guliyev', b: 'Aram Vardanyan', kind: 'meeting', date: '2021-01-11', dateText: 'on Monday' },
    ],
    exhaustive: true,
  },
  {
    name: 'contacts2: "in addition to A and B, the meeting was attended by C and D" (all four met; the day the meeting was told of is not its day)',
    date: '2026-02-05',
    text: paras(
      `Deputy Foreign Minister Levan Kiknadze met with Deputy Secretary of State Paul Brennan in Washington.`,
      `The ministry released information about the meeting on Tuesday night.`,
      `According to the ministry, in addition to Kiknadze and Brennan, the meeting was attended by Ambassador Eka Tsereteli and Deputy Assistant Secretary of State Laura Whitman.`,
    ),
    discovered: ['Levan Kiknadze', 'Paul Brennan', 'Eka Tsereteli', 'Laura Whitman'],
    contacts: [
      { a: 'Levan Kiknadze', b: 'Paul Brennan', kind: 'meeting', date: null },
      { a: 'Levan Kiknadze', b: 'Eka Tsereteli', kind: 'meeting', date: null },
      { a: 'Levan Kiknadze', b: 'Laura Whitman', kind: 'meeting', date: null },
      { a: 'Paul Brennan', b: 'Eka Tsereteli', kind: 'meeting', date: null },
      { a: 'Paul Brennan', b: 'Laura Whitman', kind: 'meeting', date: null },
      { a: 'Eka Tsereteli', b: 'Laura Whitman', kind: 'meeting', date: null },
    ],
  },
  {
    name: 'contacts2: "X hosted consultations between A and B" (the two meet)',
    date: '2019-01-18',
    text: paras(
      `The mediators hosted consultations between Foreign Minister Rauf Mammadli and Foreign Minister Hovik Sargsian in Paris on January 16.`,
    ),
    contacts: [{ a: 'Rauf Mammadli', b: 'Hovik Sargsian', kind: 'meeting', date: '2019-01-16', dateText: 'on January 16' }],
    exhaustive: true,
  },
];
