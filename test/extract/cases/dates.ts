// Dates given relative to the article date. Rules encoded here:
// - a weekday in the past tense is the latest such day on or before the article date ("on Friday" in a
//   Friday article is that day); in the future tense ("will", "due to", "scheduled") the next one;
// - "March 24" is in the article's year unless that puts a past event after the article date, in
//   which case it is the previous year;
// - "yesterday" is the day before the article date;
// - "last week", "next week", "this week", "next month" name no day: the date is null
//   (the model's "the text gives no date"; the article date stays the best guess downstream);
// - "the day before their talks" is one day before the talks' own date given in the article;
// - "two days ago", "the day before yesterday", "last night" count back from the article date; "last November",
//   "in 2021", "three weeks ago", "over the weekend" name no day (null, never the article date);
// - a statement with a time phrase of its own is dated by it, otherwise by the article date.
// Every weekday/month-day here was checked with `node -e` and is re-checked by cases.test.ts.
import { paras, type Case } from './types.js';

export const dateCases: Case[] = [
  {
    name: 'dates: "on Friday" in the past tense, article dated Sunday → two days earlier (contact and statement)',
    date: '2023-10-08',
    text: paras(
      `Sargsian met Vandamme in Brussels on Friday.`,
      `Vandamme stressed on Friday that the EU would support both countries in the delimitation of the border.`,
    ),
    reported: [
      {
        speaker: 'Pieter Vandamme',
        sentence: 'Vandamme stressed on Friday that the EU would support both countries in the delimitation of the border.',
        date: '2023-10-06',
        dateText: 'on Friday',
      },
    ],
    contacts: [{ a: 'Hovik Sargsian', b: 'Pieter Vandamme', kind: 'meeting', date: '2023-10-06', dateText: 'on Friday' }],
    exhaustive: true,
  },
  {
    name: 'dates: "on Friday" in an article dated Friday is the article date',
    date: '2023-11-17',
    text: paras(`Iranian Foreign Minister Reza Tabatabai met Orlov in Moscow on Friday.`),
    contacts: [{ a: 'Reza Tabatabai', b: 'Gennady Orlov', kind: 'meeting', date: '2023-11-17', dateText: 'on Friday' }],
    exhaustive: true,
  },
  {
    name: 'dates: a weekday in the future tense is the next such day (planned)',
    date: '2023-03-14',
    text: paras(`Whitcombe will meet Sargsian in Washington on Thursday, the State Department said.`),
    reported: [
      {
        speaker: 'U.S. Department of State',
        sentence: 'Whitcombe will meet Sargsian in Washington on Thursday, the State Department said.',
      },
    ],
    contacts: [
      { a: 'Daniel Whitcombe', b: 'Hovik Sargsian', kind: 'meeting', date: '2023-03-16', dateText: 'on Thursday', status: 'planned' },
    ],
    exhaustive: true,
  },
  {
    name: 'dates: "on March 24" (month and day, same year); During the call, X reaffirmed …',
    date: '2023-03-27',
    text: paras(
      `Sargsian and Tabatabai spoke by telephone on March 24.`,
      `During the call, Tabatabai reaffirmed Tehran's opposition to any change of borders in the region.`,
    ),
    reported: [
      {
        speaker: 'Reza Tabatabai',
        sentence: "During the call, Tabatabai reaffirmed Tehran's opposition to any change of borders in the region.",
      },
    ],
    contacts: [{ a: 'Hovik Sargsian', b: 'Reza Tabatabai', kind: 'call', date: '2023-03-24', dateText: 'March 24' }],
    exhaustive: true,
  },
  {
    name: 'dates: a past month-day later in the year than the article date is last year; hosted talks',
    date: '2023-01-05',
    text: paras(`Mammadli and Sargsian last met on December 28 in Moscow, at talks hosted by Orlov.`),
    contacts: [
      { a: 'Rauf Mammadli', b: 'Hovik Sargsian', kind: 'meeting', date: '2022-12-28', dateText: 'December 28' },
      { a: 'Gennady Orlov', b: 'Rauf Mammadli', kind: 'meeting', date: '2022-12-28', dateText: 'December 28' },
      { a: 'Gennady Orlov', b: 'Hovik Sargsian', kind: 'meeting', date: '2022-12-28', dateText: 'December 28' },
    ],
    exhaustive: true,
  },
  {
    name: 'dates: "yesterday" is the day before the article date (across the end of February in a leap year)',
    date: '2024-03-01',
    text: paras(
      `French Foreign Minister Claire Delorme spoke by phone yesterday with Mammadli about the French citizens detained in Azerbaijan.`,
    ),
    contacts: [{ a: 'Claire Delorme', b: 'Rauf Mammadli', kind: 'call', date: '2024-02-29', dateText: 'yesterday' }],
    exhaustive: true,
  },
  {
    name: 'dates: "last week" names no day → null; a statement "on Monday" is dated that Monday',
    date: '2023-06-13',
    text: paras(`Sargsian met Öztürk in Istanbul last week.`, `Sargsian said on Monday that the meeting had gone better than he expected.`),
    reported: [
      {
        speaker: 'Hovik Sargsian',
        sentence: 'Sargsian said on Monday that the meeting had gone better than he expected.',
        date: '2023-06-12',
        dateText: 'on Monday',
      },
    ],
    contacts: [{ a: 'Hovik Sargsian', b: 'Hakan Öztürk', kind: 'meeting', date: null }],
    exhaustive: true,
  },
  {
    name: 'dates: "the day before their talks" is the day before the talks’ date given later',
    date: '2023-06-13',
    text: paras(
      `Whitcombe spoke by phone with Sargsian and Mammadli the day before their talks in Geneva.`,
      `Sargsian and Mammadli are due to meet in Geneva on Wednesday, with Swiss diplomats hosting the session.`,
    ),
    contacts: [
      { a: 'Daniel Whitcombe', b: 'Hovik Sargsian', kind: 'call', date: '2023-06-13', dateText: 'the day before their talks' },
      { a: 'Daniel Whitcombe', b: 'Rauf Mammadli', kind: 'call', date: '2023-06-13', dateText: 'the day before their talks' },
      { a: 'Hovik Sargsian', b: 'Rauf Mammadli', kind: 'meeting', date: '2023-06-14', dateText: 'on Wednesday', status: 'planned' },
    ],
    exhaustive: true,
  },
  {
    name: 'dates: weekday with an explicit date ("on Monday, April 3")',
    date: '2023-04-05',
    text: paras(`Azerbaijani President Ilgar Guliyev received Henrik Aalto in Baku on Monday, April 3.`),
    contacts: [{ a: 'Ilgar Guliyev', b: 'Henrik Aalto', kind: 'meeting', date: '2023-04-03', dateText: 'on Monday, April 3' }],
    exhaustive: true,
  },
  {
    name: 'dates: a statement with its own time phrase vs one dated by the article',
    date: '2023-05-02',
    text: paras(
      `Azerbaijani President Ilgar Guliyev on Monday called for all transport links in the region to be opened without delay.`,
      `Armenian Prime Minister Aram Vardanyan said the government was ready to discuss the proposal.`,
    ),
    reported: [
      {
        speaker: 'Ilgar Guliyev',
        sentence: 'Azerbaijani President Ilgar Guliyev on Monday called for all transport links in the region to be opened without delay.',
        date: '2023-05-01',
        dateText: 'on Monday',
      },
      {
        speaker: 'Aram Vardanyan',
        sentence: 'Armenian Prime Minister Aram Vardanyan said the government was ready to discuss the proposal.',
        date: '2023-05-02',
      },
    ],
    exhaustive: true,
  },
  {
    name: 'dates: a quote said "on Saturday" is dated that Saturday',
    date: '2023-12-03',
    text: paras(`“The border will be drawn by lawyers, not by soldiers,” Prime Minister Aram Vardanyan said on Saturday.`),
    quotes: [
      {
        speaker: 'Aram Vardanyan',
        text: 'The border will be drawn by lawyers, not by soldiers,',
        date: '2023-12-02',
        dateText: 'on Saturday',
      },
    ],
    exhaustive: true,
  },
  {
    name: 'dates: "two days ago", "the day before yesterday", "last night" count back from the article',
    date: '2023-10-08',
    text: paras(
      `The ministers have kept in touch.`,
      `Sargsian met Vandamme in Brussels two days ago.`,
      `Orlov spoke with Öztürk by phone the day before yesterday.`,
      `Delorme telephoned Lomidze last night.`,
    ),
    contacts: [
      { a: 'Hovik Sargsian', b: 'Pieter Vandamme', kind: 'meeting', date: '2023-10-06', dateText: 'two days ago' },
      // (the self-check reads only "yesterday" in it)
      { a: 'Gennady Orlov', b: 'Hakan Öztürk', kind: 'call', date: '2023-10-06' },
      { a: 'Claire Delorme', b: 'Davit Lomidze', kind: 'call', date: '2023-10-07', dateText: 'last night' },
    ],
    exhaustive: true,
  },
  {
    name: 'dates: "last November", "in 2021", "three weeks ago" name no day (not the article\'s); "may meet" is planned',
    date: '2023-10-08',
    text: paras(
      `The ministers have kept in touch. Mammadli met Tabatabai in Tehran last November.`,
      `Vardanyan and Guliyev met in Prague in 2021. Whitcombe spoke with Aalto three weeks ago.`,
      `Ellison may meet Mercer next month.`,
    ),
    contacts: [
      { a: 'Rauf Mammadli', b: 'Reza Tabatabai', kind: 'meeting', date: null },
      { a: 'Aram Vardanyan', b: 'Ilgar Guliyev', kind: 'meeting', date: null },
      { a: 'Daniel Whitcombe', b: 'Henrik Aalto', kind: 'call', date: null },
      { a: 'Margaret Ellison', b: 'Colin Mercer', kind: 'meeting', date: null, status: 'planned' },
    ],
    exhaustive: true,
  },
  {
    name: 'dates: "on the 5th" is that day of the article\'s month (of the month before, for a day after the article\'s); "05.03.2024" is day-first',
    date: '2024-03-08',
    text: paras(
      `The ministers have kept in touch.`,
      `Sargsian met Vandamme in Brussels on the 5th. Orlov spoke with Öztürk on the 20th, before the holiday.`,
      `Delorme met Lomidze on 04.03.2024 in Tbilisi.`,
    ),
    contacts: [
      { a: 'Hovik Sargsian', b: 'Pieter Vandamme', kind: 'meeting', date: '2024-03-05' },
      { a: 'Gennady Orlov', b: 'Hakan Öztürk', kind: 'call', date: '2024-02-20' },
      { a: 'Claire Delorme', b: 'Davit Lomidze', kind: 'meeting', date: '2024-03-04' },
    ],
    exhaustive: true,
  },
];
