// Contact days and statuses (issue #9, class 7): whose day a time phrase is, what a contact called off was due on,
// and the days one contact lends another. Contacts only (not exhaustive unless said).
import { paras, type Case } from './types.js';

export const contactDateCases2: Case[] = [
  {
    name: 'contact dates: "X declined to attend a five-way meeting with A, B, C and D on October 5" (only X’s meetings are off, in the past)',
    date: '2023-11-17',
    text: paras(
      `Guliyev declined to attend a five-way meeting with Vardanyan, Vandamme, Delorme and Öztürk in Valencia on October 5. Vardanyan went ahead with talks with Vandamme, Delorme and Öztürk that day.`,
    ),
    contacts: [
      { a: 'Ilgar Guliyev', b: 'Aram Vardanyan', kind: 'meeting', date: '2023-10-05', dateText: 'on October 5', status: 'cancelled' },
      { a: 'Ilgar Guliyev', b: 'Pieter Vandamme', kind: 'meeting', date: '2023-10-05', dateText: 'on October 5', status: 'cancelled' },
      { a: 'Ilgar Guliyev', b: 'Claire Delorme', kind: 'meeting', date: '2023-10-05', dateText: 'on October 5', status: 'cancelled' },
      { a: 'Ilgar Guliyev', b: 'Hakan Öztürk', kind: 'meeting', date: '2023-10-05', dateText: 'on October 5', status: 'cancelled' },
      { a: 'Aram Vardanyan', b: 'Pieter Vandamme', kind: 'meeting', date: '2023-10-05', dateText: 'on October 5' },
      { a: 'Aram Vardanyan', b: 'Claire Delorme', kind: 'meeting', date: '2023-10-05', dateText: 'on October 5' },
      { a: 'Aram Vardanyan', b: 'Hakan Öztürk', kind: 'meeting', date: '2023-10-05', dateText: 'on October 5' },
    ],
    exhaustive: true,
  },
  {
    name: 'contact dates: "postponed, which was previously scheduled to be held on Friday" (the Friday ahead)',
    date: '2021-02-18',
    text: paras(
      `The trilateral meeting of Sargsian, Mammadli and Öztürk has been postponed, which was previously scheduled to be held on Friday.`,
    ),
    contacts: [
      { a: 'Hovik Sargsian', b: 'Rauf Mammadli', kind: 'meeting', date: '2021-02-19', dateText: 'on Friday', status: 'cancelled' },
      { a: 'Hovik Sargsian', b: 'Hakan Öztürk', kind: 'meeting', date: '2021-02-19', dateText: 'on Friday', status: 'cancelled' },
      { a: 'Rauf Mammadli', b: 'Hakan Öztürk', kind: 'meeting', date: '2021-02-19', dateText: 'on Friday', status: 'cancelled' },
    ],
    exhaustive: true,
  },
  {
    name: 'contact dates: a dateline’s day and a participle clause’s day ("…, congratulating her on the national day on 14th July") are not the meeting’s',
    date: '2023-09-08',
    text: paras(
      `BAKU, 7th September, 2023 (Agency) -- Guliyev received Delorme in Baku.`,
      `During the meeting, Guliyev welcomed Delorme, congratulating her on the national day on 14th July.`,
    ),
    note: 'No day is told for the meeting: the lead makes it the news of the day, the article’s date.',
    contacts: [{ a: 'Ilgar Guliyev', b: 'Claire Delorme', kind: 'meeting', date: '2023-09-08' }],
  },
  {
    name: 'contact dates: "the day before the hearing" is the day before the day the hearing was held',
    date: '2023-11-17',
    text: paras(
      `Talks off`,
      `The remarks were made on Wednesday by Whitcombe at a congressional hearing.`,
      `Whitcombe had spoken by phone with Mammadli the day before the hearing, an official said.`,
    ),
    contacts: [{ a: 'Daniel Whitcombe', b: 'Rauf Mammadli', kind: 'call', date: '2023-11-14', dateText: 'the day before the hearing' }],
  },
  {
    name: 'contact dates: "A statement … on Wednesday said X and Y will meet" (the day of the statement is not the meeting’s)',
    date: '2025-07-09',
    text: paras(
      `Summit set`,
      `Guliyev and Vardanyan will hold a meeting in Abu Dhabi on Thursday.`,
      `A statement by the presidency on Wednesday said Guliyev and Vardanyan will meet in Abu Dhabi.`,
    ),
    contacts: [
      { a: 'Ilgar Guliyev', b: 'Aram Vardanyan', kind: 'meeting', date: '2025-07-10', dateText: 'on Thursday', status: 'planned' },
    ],
  },
  {
    name: 'contact dates: "The conversation comes two days after X met Y" (two days before the conversation’s day)',
    date: '2021-04-10',
    text: paras(`Orlov spoke by phone with Öztürk on Friday.`, `The conversation comes two days after Orlov met with Sargsian in Moscow.`),
    contacts: [
      { a: 'Gennady Orlov', b: 'Hakan Öztürk', kind: 'call', date: '2021-04-09', dateText: 'on Friday' },
      { a: 'Gennady Orlov', b: 'Hovik Sargsian', kind: 'meeting', date: '2021-04-07', dateText: 'two days after' },
    ],
    exhaustive: true,
  },
  {
    name: 'contact dates: a quoted readout ("“On June 26, X received Y,” the ministry said") is a contact with its own day',
    date: '2023-06-27',
    text: paras(
      `MOSCOW (Agency - 27th June, 2023) Orlov and Sargsian discussed the border, the Russian Foreign Ministry said in a statement.`,
      `"On June 26, Russian Foreign Minister Gennady Orlov received Armenian Foreign Minister Hovik Sargsian. The sides compared notes," the ministry said.`,
    ),
    contacts: [{ a: 'Gennady Orlov', b: 'Hovik Sargsian', kind: 'meeting', date: '2023-06-26', dateText: 'On June 26' }],
  },
  {
    name: 'contact dates: "the leaders accepted the proposal to meet" are not the mediators who met before',
    date: '2019-03-01',
    text: paras(
      `The mediators (Ambassador Pavel Lebedev and Ambassador Anne Moreau) met with Vardanyan in Yerevan on February 20.`,
      `“The leaders accepted the mediators’ proposal to meet soon,” the statement says.`,
    ),
    quotes: [{ speaker: 'Government of Armenia', text: 'The leaders accepted the mediators’ proposal to meet soon,', optional: true }],
    contacts: [
      { a: 'Pavel Lebedev', b: 'Aram Vardanyan', kind: 'meeting', date: '2019-02-20', dateText: 'on February 20' },
      { a: 'Anne Moreau', b: 'Aram Vardanyan', kind: 'meeting', date: '2019-02-20', dateText: 'on February 20' },
    ],
    discovered: ['Pavel Lebedev', 'Anne Moreau'],
    exhaustive: true,
  },
  {
    name: 'contact dates: "X held a call with Y on Thursday and briefed him on his meeting with Z" (the day is the call’s, not the meeting’s)',
    date: '2021-04-10',
    text: paras(`Border talks`, `Orlov also held a telephone call with Guliyev on Thursday and briefed him on his meeting with Sargsian.`),
    contacts: [
      { a: 'Gennady Orlov', b: 'Ilgar Guliyev', kind: 'call', date: '2021-04-08', dateText: 'on Thursday' },
      { a: 'Gennady Orlov', b: 'Hovik Sargsian', kind: 'meeting', date: null },
    ],
    reported: [
      {
        speaker: 'Gennady Orlov',
        addressee: 'Ilgar Guliyev',
        optional: true,
        sentence: 'Orlov also held a telephone call with Guliyev on Thursday and briefed him on his meeting with Sargsian.',
      },
    ],
    exhaustive: true,
  },
  {
    name: 'contact dates: "The ministers met in Milan the day before A and B spoke to each other" (the day before is not the call’s)',
    date: '2019-01-08',
    text: paras(
      `Border talks`,
      `The commission did not meet this month.`,
      `Experts say the maps are the main obstacle.`,
      `Sargsian and Mammadli met in Milan on December 5, the day before Vardanyan and Guliyev spoke to each other at a summit in Russia.`,
    ),
    contacts: [
      { a: 'Hovik Sargsian', b: 'Rauf Mammadli', kind: 'meeting', date: '2018-12-05', dateText: 'on December 5' },
      { a: 'Aram Vardanyan', b: 'Ilgar Guliyev', kind: 'call', date: null },
    ],
  },
  {
    name: 'contact dates: "… for the meeting with Y, which Z had been due to host on November 20" (the host’s meetings are called off too)',
    date: '2023-11-17',
    text: paras(
      `The Azerbaijani Foreign Ministry said that Foreign Minister Rauf Mammadli would not travel to Washington for the meeting with his Armenian counterpart Hovik Sargsian, which Secretary of State Daniel Whitcombe had been due to host on November 20.`,
    ),
    contacts: [
      { a: 'Rauf Mammadli', b: 'Hovik Sargsian', kind: 'meeting', date: '2023-11-20', dateText: 'on November 20', status: 'cancelled' },
      { a: 'Daniel Whitcombe', b: 'Rauf Mammadli', kind: 'meeting', date: '2023-11-20', dateText: 'on November 20', status: 'cancelled' },
      { a: 'Daniel Whitcombe', b: 'Hovik Sargsian', kind: 'meeting', date: '2023-11-20', dateText: 'on November 20', status: 'cancelled' },
    ],
  },
];
