// Contacts: who called, met, hosted, received or wrote to whom, held, planned or cancelled.
// Contacts are unordered pairs; a meeting of three gives every pair. A contact sentence with no
// attribution is narration, not a statement; one closed by ", the ministry said" is the ministry's.
import { paras, type Case } from './types.js';

export const contactCases: Case[] = [
  {
    name: 'contacts: held telephone conversations with A and B (two calls), the State Department said',
    date: '2023-10-02',
    text: paras(
      `Secretary of State Daniel Whitcombe held telephone conversations with Armenian Prime Minister Aram Vardanyan and Azerbaijani President Ilgar Guliyev on Sunday, the State Department said.`,
    ),
    reported: [
      {
        speaker: 'U.S. Department of State',
        sentence:
          'Secretary of State Daniel Whitcombe held telephone conversations with Armenian Prime Minister Aram Vardanyan and Azerbaijani President Ilgar Guliyev on Sunday, the State Department said.',
      },
    ],
    contacts: [
      { a: 'Daniel Whitcombe', b: 'Aram Vardanyan', kind: 'call', date: '2023-10-01', dateText: 'on Sunday' },
      { a: 'Daniel Whitcombe', b: 'Ilgar Guliyev', kind: 'call', date: '2023-10-01', dateText: 'on Sunday' },
    ],
    exhaustive: true,
  },
  {
    name: 'contacts: spoke by phone with (a call; the bare contact sentence is no statement)',
    date: '2023-06-13',
    text: paras(
      `Turkish Foreign Minister Hakan Öztürk spoke by phone with Sargsian on Monday.`,
      `Öztürk told Sargsian that Ankara was ready to appoint a new special envoy for the normalisation talks.`,
    ),
    reported: [
      {
        speaker: 'Hakan Öztürk',
        addressee: 'Hovik Sargsian',
        sentence: 'Öztürk told Sargsian that Ankara was ready to appoint a new special envoy for the normalisation talks.',
      },
    ],
    contacts: [{ a: 'Hakan Öztürk', b: 'Hovik Sargsian', kind: 'call', date: '2023-06-12', dateText: 'on Monday' }],
    exhaustive: true,
  },
  {
    name: 'contacts: met with',
    date: '2023-05-14',
    text: paras(`Georgian Prime Minister Davit Lomidze met with European Council President Pieter Vandamme in Brussels on Friday.`),
    contacts: [{ a: 'Davit Lomidze', b: 'Pieter Vandamme', kind: 'meeting', date: '2023-05-12', dateText: 'on Friday' }],
    exhaustive: true,
  },
  {
    name: 'contacts: "a readout of the call with Y" gives a call between the Secretary and Y',
    date: '2023-10-08',
    note: '"this week" names no day: the call date is null.',
    text: paras(
      `Secretary of State Daniel Whitcombe stepped up his outreach to the region this week as the talks stalled.`,
      `“The Secretary encouraged the President to return to the negotiating table without delay,” State Department spokesman Colin Mercer said in a readout of the call with Guliyev.`,
    ),
    quotes: [{ speaker: 'Colin Mercer', text: 'The Secretary encouraged the President to return to the negotiating table without delay,' }],
    reported: [
      {
        speaker: 'Daniel Whitcombe',
        optional: true,
        sentence: 'The Secretary encouraged the President to return to the negotiating table without delay,',
      },
    ],
    contacts: [{ a: 'Daniel Whitcombe', b: 'Ilgar Guliyev', kind: 'call', date: null }],
    exhaustive: true,
  },
  {
    name: 'contacts: hosted (three leaders: every pair met)',
    date: '2023-05-14',
    text: paras(
      `European Council President Pieter Vandamme hosted Armenian Prime Minister Aram Vardanyan and Azerbaijani President Ilgar Guliyev in Brussels on Sunday for more than four hours of talks.`,
      `Vandamme said afterwards that the leaders had made progress on the wording of the border principles.`,
    ),
    reported: [
      {
        speaker: 'Pieter Vandamme',
        sentence: 'Vandamme said afterwards that the leaders had made progress on the wording of the border principles.',
      },
    ],
    contacts: [
      { a: 'Pieter Vandamme', b: 'Aram Vardanyan', kind: 'meeting', date: '2023-05-14', dateText: 'on Sunday' },
      { a: 'Pieter Vandamme', b: 'Ilgar Guliyev', kind: 'meeting', date: '2023-05-14', dateText: 'on Sunday' },
      { a: 'Aram Vardanyan', b: 'Ilgar Guliyev', kind: 'meeting', date: '2023-05-14', dateText: 'on Sunday' },
    ],
    exhaustive: true,
  },
  {
    name: 'contacts: received',
    date: '2023-05-02',
    text: paras(`Azerbaijani President Ilgar Guliyev received Iranian Foreign Minister Reza Tabatabai in Baku on Tuesday.`),
    contacts: [{ a: 'Ilgar Guliyev', b: 'Reza Tabatabai', kind: 'meeting', date: '2023-05-02', dateText: 'on Tuesday' }],
    exhaustive: true,
  },
  {
    name: 'contacts: decided to meet (planned; "next month" is no day)',
    date: '2023-11-17',
    note: 'A decision to meet is not speech: reported statements for it are optional.',
    text: paras(`Sargsian and Mammadli decided to meet again in Almaty next month to go through the remaining articles of the draft.`),
    reported: [
      {
        speaker: 'Hovik Sargsian',
        optional: true,
        sentence: 'Sargsian and Mammadli decided to meet again in Almaty next month to go through the remaining articles of the draft.',
      },
      {
        speaker: 'Rauf Mammadli',
        optional: true,
        sentence: 'Sargsian and Mammadli decided to meet again in Almaty next month to go through the remaining articles of the draft.',
      },
    ],
    contacts: [{ a: 'Hovik Sargsian', b: 'Rauf Mammadli', kind: 'meeting', date: null, status: 'planned' }],
    exhaustive: true,
  },
  {
    name: 'contacts: scheduled for a month and day (planned)',
    date: '2023-02-24',
    text: paras(
      `A meeting between Russian Foreign Minister Gennady Orlov and his Turkish counterpart, Hakan Öztürk, has been scheduled for March 3 in Antalya.`,
    ),
    contacts: [{ a: 'Gennady Orlov', b: 'Hakan Öztürk', kind: 'meeting', date: '2023-03-03', dateText: 'March 3', status: 'planned' }],
    exhaustive: true,
  },
  {
    name: 'contacts: will visit … to meet X and Y (two planned meetings, "next week" is no day)',
    date: '2023-03-08',
    text: paras(
      `French Foreign Minister Claire Delorme will visit Baku and Yerevan next week, where she is expected to meet Mammadli and Sargsian.`,
    ),
    contacts: [
      { a: 'Claire Delorme', b: 'Rauf Mammadli', kind: 'meeting', date: null, status: 'planned' },
      { a: 'Claire Delorme', b: 'Hovik Sargsian', kind: 'meeting', date: null, status: 'planned' },
    ],
    exhaustive: true,
  },
  {
    name: 'contacts: called off (cancelled, dated by the day it was due), reported by the ministry',
    date: '2023-04-19',
    text: paras(
      `Russia has called off a meeting between Orlov and Sargsian that was due to take place in Minsk on Friday, the Armenian Foreign Ministry said on Wednesday.`,
    ),
    reported: [
      {
        speaker: 'Ministry of Foreign Affairs of Armenia',
        sentence:
          'Russia has called off a meeting between Orlov and Sargsian that was due to take place in Minsk on Friday, the Armenian Foreign Ministry said on Wednesday.',
        date: '2023-04-19',
        dateText: 'on Wednesday',
        note: 'the statement is dated by "said on Wednesday" (the article date), not by the meeting’s "on Friday"',
      },
    ],
    contacts: [
      { a: 'Gennady Orlov', b: 'Hovik Sargsian', kind: 'meeting', date: '2023-04-21', dateText: 'on Friday', status: 'cancelled' },
    ],
    exhaustive: true,
  },
  {
    name: 'contacts: sent a letter to',
    date: '2023-03-27',
    note: 'What the letter sets out is not a reported statement by itself: optional.',
    text: paras(`Mammadli sent a letter to Orlov on Monday setting out Baku's concerns about the conduct of the peacekeepers.`),
    reported: [
      {
        speaker: 'Rauf Mammadli',
        optional: true,
        sentence: "Mammadli sent a letter to Orlov on Monday setting out Baku's concerns about the conduct of the peacekeepers.",
      },
    ],
    contacts: [{ a: 'Rauf Mammadli', b: 'Gennady Orlov', kind: 'letter', date: '2023-03-27', dateText: 'on Monday' }],
    exhaustive: true,
  },
  {
    name: 'contacts: X, Y and Z held talks (every pair met)',
    date: '2023-12-03',
    text: paras(`Sargsian, Mammadli and Orlov held talks in Moscow on Thursday.`),
    contacts: [
      { a: 'Hovik Sargsian', b: 'Rauf Mammadli', kind: 'meeting', date: '2023-11-30', dateText: 'on Thursday' },
      { a: 'Hovik Sargsian', b: 'Gennady Orlov', kind: 'meeting', date: '2023-11-30', dateText: 'on Thursday' },
      { a: 'Rauf Mammadli', b: 'Gennady Orlov', kind: 'meeting', date: '2023-11-30', dateText: 'on Thursday' },
    ],
    exhaustive: true,
  },
  {
    name: 'contacts: X held talks with Y, the ministry said (the sentence is the ministry’s statement)',
    date: '2023-09-08',
    text: paras(
      `Sargsian held talks on Thursday with Henrik Aalto, the EU's special representative for the South Caucasus, the ministry said in a statement.`,
    ),
    reported: [
      {
        speaker: 'Ministry of Foreign Affairs of Armenia',
        sentence:
          "Sargsian held talks on Thursday with Henrik Aalto, the EU's special representative for the South Caucasus, the ministry said in a statement.",
      },
    ],
    contacts: [{ a: 'Hovik Sargsian', b: 'Henrik Aalto', kind: 'meeting', date: '2023-09-07', dateText: 'on Thursday' }],
    exhaustive: true,
  },
  {
    name: 'contacts: a meeting with a discovered person',
    date: '2023-10-02',
    text: paras(
      `Sargsian met Georgian Deputy Foreign Minister Nino Beridze in Yerevan on Monday to discuss transit through Georgian territory.`,
    ),
    contacts: [{ a: 'Hovik Sargsian', b: 'Nino Beridze', kind: 'meeting', date: '2023-10-02', dateText: 'on Monday' }],
    discovered: ['Nino Beridze'],
    exhaustive: true,
  },
];
