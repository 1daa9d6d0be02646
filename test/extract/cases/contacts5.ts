// Contacts told the ways news from any region tells them: a verb in its progressive form, an audience granted, a
// guest joined for talks, a message sent, a joint news conference, two people speaking side by side, a group that
// held a call or talks, the people of a phrase opening the sentence ("In their phone call, A and B …"), and the one
// told something in a call.
import { paras, type Case } from './types.js';

export const contactCases5: Case[] = [
  {
    name: 'contacts5: "X was hosting Y for talks on Monday", "X is hosting Y this week" (a progressive verb)',
    date: '2023-04-12',
    text: paras(
      `Foreign Minister Gennady Orlov was hosting Foreign Minister Hakan Öztürk for talks in Sochi on Monday when the news arrived.`,
      `Prime Minister Davit Lomidze is hosting Foreign Minister Claire Delorme in Tbilisi this week.`,
    ),
    contacts: [
      { a: 'Gennady Orlov', b: 'Hakan Öztürk', kind: 'meeting', date: '2023-04-10', dateText: 'on Monday' },
      { a: 'Davit Lomidze', b: 'Claire Delorme', kind: 'meeting', date: null },
    ],
    exhaustive: true,
  },
  {
    name: 'contacts5: "X granted an audience to Y", "X joined Y for talks", "X was on the phone with Y", "X dialled Y"',
    date: '2023-04-14',
    text: paras(
      `Prime Minister Davit Lomidze granted an audience to Foreign Minister Reza Tabatabai on Thursday.`,
      `Foreign Minister Hakan Öztürk joined Gennady Orlov for talks in Sochi on Monday.`,
      `Later, Claire Delorme was on the phone with Hovik Sargsian for an hour.`,
      `President Ilgar Guliyev dialled Prime Minister Aram Vardanyan on Wednesday.`,
    ),
    contacts: [
      { a: 'Davit Lomidze', b: 'Reza Tabatabai', kind: 'meeting', date: '2023-04-13', dateText: 'on Thursday' },
      { a: 'Hakan Öztürk', b: 'Gennady Orlov', kind: 'meeting', date: '2023-04-10', dateText: 'on Monday' },
      { a: 'Claire Delorme', b: 'Hovik Sargsian', kind: 'call', date: null },
      { a: 'Ilgar Guliyev', b: 'Aram Vardanyan', kind: 'call', date: '2023-04-12', dateText: 'on Wednesday' },
    ],
    exhaustive: true,
  },
  {
    name: 'contacts5: "X sent a message of condolence to Y", "In a message to Y, X …" (letters)',
    date: '2023-04-14',
    text: paras(
      `President Ilgar Guliyev sent a message of condolence to Prime Minister Aram Vardanyan on Sunday.`,
      `In a message to Claire Delorme, Foreign Minister Hakan Öztürk thanked France for its help.`,
    ),
    contacts: [
      { a: 'Ilgar Guliyev', b: 'Aram Vardanyan', kind: 'letter', date: '2023-04-09', dateText: 'on Sunday' },
      // (a contact of the article's lead with no day of its own is the news of the day)
      { a: 'Hakan Öztürk', b: 'Claire Delorme', kind: 'letter', date: '2023-04-14' },
    ],
  },
  {
    name: 'contacts5: "X told a joint news conference with Y", "Speaking alongside Y, X said", "X, standing next to Y, said"',
    date: '2023-04-14',
    text: paras(
      `Foreign Minister Gennady Orlov told a joint news conference with Hakan Öztürk on Thursday that the corridor would reopen.`,
      `Speaking alongside Prime Minister Davit Lomidze, Claire Delorme said the visit had gone well.`,
      `Hovik Sargsian, standing next to Reza Tabatabai on Monday, said the border would stay open.`,
    ),
    contacts: [
      { a: 'Gennady Orlov', b: 'Hakan Öztürk', kind: 'meeting', date: '2023-04-13', dateText: 'on Thursday' },
      { a: 'Claire Delorme', b: 'Davit Lomidze', kind: 'meeting', date: null },
      { a: 'Hovik Sargsian', b: 'Reza Tabatabai', kind: 'meeting', date: '2023-04-10', dateText: 'on Monday' },
    ],
  },
  {
    name: 'contacts5: "A and B held wide-ranging discussions", "held a call", "signed a declaration after their talks"',
    date: '2023-04-14',
    text: paras(
      `The ministers agreed to meet again.`,
      `Hovik Sargsian and Rauf Mammadli held wide-ranging discussions in Geneva on Tuesday.`,
      `Gennady Orlov and Hakan Öztürk held a call on Wednesday.`,
      `Claire Delorme and Davit Lomidze signed a declaration on energy after their talks in Tbilisi on Monday.`,
    ),
    contacts: [
      { a: 'Hovik Sargsian', b: 'Rauf Mammadli', kind: 'meeting', date: '2023-04-11', dateText: 'on Tuesday' },
      { a: 'Gennady Orlov', b: 'Hakan Öztürk', kind: 'call', date: '2023-04-12', dateText: 'on Wednesday' },
      { a: 'Claire Delorme', b: 'Davit Lomidze', kind: 'meeting', date: '2023-04-10', dateText: 'on Monday' },
    ],
    exhaustive: true,
  },
  {
    name: 'contacts5: "In their phone call on Tuesday, A and B discussed …" (a call, its day from the opening phrase)',
    date: '2023-04-14',
    text: paras(
      `The talks had stalled for weeks.`,
      `In their phone call on Tuesday, Foreign Minister Gennady Orlov and Foreign Minister Reza Tabatabai discussed the grain corridor.`,
    ),
    reported: [
      {
        speaker: 'Gennady Orlov',
        sentence: `In their phone call on Tuesday, Foreign Minister Gennady Orlov and Foreign Minister Reza Tabatabai discussed the grain corridor.`,
        optional: true,
      },
    ],
    contacts: [{ a: 'Gennady Orlov', b: 'Reza Tabatabai', kind: 'call', date: '2023-04-11', dateText: 'on Tuesday' }],
    exhaustive: true,
  },
  {
    name: 'contacts5: "X told Y in a phone call that …" (the one told is the other party); "A and B had launched talks" is no meeting held',
    date: '2023-04-14',
    text: paras(
      `The dispute is old.`,
      `Gennady Orlov told Hakan Öztürk in a phone call on Monday that the grain corridor would reopen.`,
      `Recalling that Prime Minister Aram Vardanyan and President Ilgar Guliyev had launched reconciliation talks years ago, Orlov said more was needed.`,
    ),
    reported: [
      {
        speaker: 'Gennady Orlov',
        sentence: `Gennady Orlov told Hakan Öztürk in a phone call on Monday that the grain corridor would reopen.`,
        optional: true,
      },
      {
        speaker: 'Gennady Orlov',
        sentence: `Recalling that Prime Minister Aram Vardanyan and President Ilgar Guliyev had launched reconciliation talks years ago, Orlov said more was needed.`,
        optional: true,
      },
    ],
    contacts: [{ a: 'Gennady Orlov', b: 'Hakan Öztürk', kind: 'call', date: '2023-04-10', dateText: 'on Monday' }],
    exhaustive: true,
  },
  {
    name: 'contacts5: "held talks with visiting Georgian leader X" (a lower-case title before the party)',
    date: '2023-04-14',
    text: paras(`Foreign Minister Gennady Orlov held talks with visiting Georgian leader Davit Lomidze in Moscow on Tuesday.`),
    contacts: [{ a: 'Gennady Orlov', b: 'Davit Lomidze', kind: 'meeting', date: '2023-04-11', dateText: 'on Tuesday' }],
    exhaustive: true,
  },
  {
    name: 'contacts5: "X called on Y in Tbilisi" (a visit), never "called on Y to …" or "called on Y for …" (an appeal)',
    date: '2023-04-14',
    text: paras(
      `The visit was short.`,
      `Foreign Minister Reza Tabatabai called on Prime Minister Davit Lomidze in Tbilisi on Thursday, where the two discussed transit.`,
      `Gennady Orlov called on Hovik Sargsian to reopen the border. Claire Delorme called on Rauf Mammadli and Hovik Sargsian for restraint.`,
      `Pieter Vandamme called on Gennady Orlov, Aram Vardanyan and Ilgar Guliyev to negotiate.`,
    ),
    reported: [
      {
        speaker: 'Reza Tabatabai',
        sentence: `Foreign Minister Reza Tabatabai called on Prime Minister Davit Lomidze in Tbilisi on Thursday, where the two discussed transit.`,
        optional: true,
      },
      { speaker: 'Gennady Orlov', sentence: `Gennady Orlov called on Hovik Sargsian to reopen the border.`, optional: true },
      { speaker: 'Claire Delorme', sentence: `Claire Delorme called on Rauf Mammadli and Hovik Sargsian for restraint.`, optional: true },
      {
        speaker: 'Pieter Vandamme',
        sentence: `Pieter Vandamme called on Gennady Orlov, Aram Vardanyan and Ilgar Guliyev to negotiate.`,
        optional: true,
      },
    ],
    contacts: [{ a: 'Reza Tabatabai', b: 'Davit Lomidze', kind: 'meeting', date: '2023-04-13', dateText: 'on Thursday' }],
    exhaustive: true,
  },
  {
    name: 'contacts5: "A and B discussed trade by phone" (a call), "X attended a dinner hosted by Y", "later in the day" (the day told last)',
    date: '2023-04-14',
    text: paras(
      `The week was busy.`,
      `Foreign Minister Hakan Öztürk arrived in Moscow on Wednesday and held talks with Gennady Orlov on Thursday.`,
      `Later in the day, Öztürk attended a dinner hosted by Prime Minister Aram Vardanyan.`,
      `Hovik Sargsian and Rauf Mammadli discussed the border by phone on Monday.`,
    ),
    reported: [
      { speaker: 'Hovik Sargsian', sentence: `Hovik Sargsian and Rauf Mammadli discussed the border by phone on Monday.`, optional: true },
      { speaker: 'Rauf Mammadli', sentence: `Hovik Sargsian and Rauf Mammadli discussed the border by phone on Monday.`, optional: true },
    ],
    contacts: [
      { a: 'Hakan Öztürk', b: 'Gennady Orlov', kind: 'meeting', date: '2023-04-13', dateText: 'on Thursday' },
      { a: 'Hakan Öztürk', b: 'Aram Vardanyan', kind: 'meeting', date: '2023-04-13' },
      { a: 'Hovik Sargsian', b: 'Rauf Mammadli', kind: 'call', date: '2023-04-10', dateText: 'on Monday' },
    ],
    exhaustive: true,
  },
  {
    name: 'contacts5: "A and B spoke over the phone on Sunday to discuss …" ("to" before a verb is no party\'s)',
    date: '2023-04-16',
    text: paras(
      `The region is tense.`,
      `Foreign Minister Hakan Öztürk and his Russian counterpart Gennady Orlov spoke over the phone on Sunday to discuss the corridor.`,
    ),
    contacts: [{ a: 'Hakan Öztürk', b: 'Gennady Orlov', kind: 'call', date: '2023-04-16', dateText: 'on Sunday' }],
    exhaustive: true,
  },
  {
    name: 'contacts5: "the trilateral meeting between A, Minister of … of Armenia, B, Minister of …, and C, …" (each role after its party)',
    date: '2023-04-16',
    text: paras(
      `The ministers met again.`,
      `On April 14, the trilateral meeting between Hovik Sargsian, Minister of Foreign Affairs of the Republic of Armenia, Rauf Mammadli, Minister of Foreign Affairs of the Republic of Azerbaijan, and Gennady Orlov, Minister of Foreign Affairs of the Russian Federation, was held in Minsk.`,
    ),
    contacts: [
      { a: 'Hovik Sargsian', b: 'Rauf Mammadli', kind: 'meeting', date: '2023-04-14', dateText: 'On April 14' },
      { a: 'Hovik Sargsian', b: 'Gennady Orlov', kind: 'meeting', date: '2023-04-14', dateText: 'On April 14' },
      { a: 'Rauf Mammadli', b: 'Gennady Orlov', kind: 'meeting', date: '2023-04-14', dateText: 'On April 14' },
    ],
    exhaustive: true,
  },
  {
    name: 'contacts5: "was discussed by X in telephone conversations with A and B, and by Y at talks in Minsk with C and telephone conversation with D"',
    date: '2023-04-16',
    text: paras(
      `The spokeswoman Irina Volkova commented on the talks.`,
      `According to her, the issue was discussed on Friday by Prime Minister Aram Vardanyan in telephone conversations with President Ilgar Guliyev and Prime Minister Davit Lomidze; it was also raised by Foreign Minister Gennady Orlov at talks in Minsk with his Armenian counterpart Hovik Sargsian and telephone conversation with Foreign Minister Rauf Mammadli.`,
    ),
    contacts: [
      { a: 'Aram Vardanyan', b: 'Ilgar Guliyev', kind: 'call', date: '2023-04-14', dateText: 'on Friday' },
      { a: 'Aram Vardanyan', b: 'Davit Lomidze', kind: 'call', date: '2023-04-14', dateText: 'on Friday' },
      // (the sentence's day scopes over both of its agents' contacts)
      { a: 'Gennady Orlov', b: 'Hovik Sargsian', kind: 'meeting', date: '2023-04-14' },
      { a: 'Gennady Orlov', b: 'Rauf Mammadli', kind: 'call', date: '2023-04-14' },
    ],
  },
  {
    name: 'contacts5: "held talks on the fringes of a meeting of the foreign ministers of A, B and C" (the meeting is only the setting)',
    date: '2023-04-16',
    text: paras(
      `Foreign Minister Hovik Sargsian met Foreign Minister Hakan Öztürk on Friday.`,
      `The two ministers previously held talks in Tehran last October on the fringes of a meeting of the foreign ministers of Armenia, Azerbaijan, Russia and Turkey.`,
    ),
    contacts: [
      // (one contact per pair: the one of the day)
      { a: 'Hovik Sargsian', b: 'Hakan Öztürk', kind: 'meeting', date: '2023-04-14', dateText: 'on Friday' },
    ],
    exhaustive: true,
  },
  {
    name: 'contacts5: "Welcoming his counterpart, X noted" (the one just met); "Noting that a meeting was held between A and B, C stressed" (C is no party)',
    date: '2023-04-16',
    text: paras(
      `On April 15, Foreign Minister Rauf Mammadli met with his Georgian colleague Nino Beridze in Baku.`,
      `Welcoming his counterpart, Rauf Mammadli noted the good relations of the two countries.`,
      `Noting that a productive meeting was held between Prime Minister Davit Lomidze and President Ilgar Guliyev, Minister Nino Beridze stressed the partnership.`,
    ),
    discovered: ['Nino Beridze'],
    reported: [
      {
        speaker: 'Rauf Mammadli',
        sentence: `Welcoming his counterpart, Rauf Mammadli noted the good relations of the two countries.`,
        optional: true,
      },
      {
        speaker: 'Nino Beridze',
        sentence: `Noting that a productive meeting was held between Prime Minister Davit Lomidze and President Ilgar Guliyev, Minister Nino Beridze stressed the partnership.`,
        optional: true,
      },
    ],
    contacts: [
      { a: 'Rauf Mammadli', b: 'Nino Beridze', kind: 'meeting', date: '2023-04-15', dateText: 'On April 15' },
      { a: 'Davit Lomidze', b: 'Ilgar Guliyev', kind: 'meeting', date: null, optional: true },
    ],
    exhaustive: true,
  },
  {
    name: 'contacts5: "After the closed-door meeting, the men will separately meet Y" (the two just met, each with Y, that day)',
    date: '2023-04-14',
    text: paras(
      `Prime Minister Aram Vardanyan and President Ilgar Guliyev met in Geneva on Friday.`,
      `After the closed-door meeting, the men will separately meet Foreign Minister Claire Delorme.`,
    ),
    contacts: [
      { a: 'Aram Vardanyan', b: 'Ilgar Guliyev', kind: 'meeting', date: '2023-04-14', dateText: 'on Friday' },
      { a: 'Aram Vardanyan', b: 'Claire Delorme', kind: 'meeting', date: '2023-04-14', status: 'planned' },
      { a: 'Ilgar Guliyev', b: 'Claire Delorme', kind: 'meeting', date: '2023-04-14', status: 'planned' },
    ],
    exhaustive: true,
  },
  {
    name: 'contacts5: "met with Russian Ambassador to the country X"; "A and B also exchanged views on …" (no "with")',
    date: '2023-04-14',
    text: paras(
      `Foreign Minister Rauf Mammadli on Thursday met with Russian Ambassador to the country Oleg Kuzmin.`,
      `The news came later.`,
      `In Tehran, Hovik Sargsian and Reza Tabatabai also exchanged views on regional issues.`,
    ),
    discovered: ['Oleg Kuzmin'],
    reported: [
      {
        speaker: 'Hovik Sargsian',
        sentence: `In Tehran, Hovik Sargsian and Reza Tabatabai also exchanged views on regional issues.`,
        optional: true,
      },
      {
        speaker: 'Reza Tabatabai',
        sentence: `In Tehran, Hovik Sargsian and Reza Tabatabai also exchanged views on regional issues.`,
        optional: true,
      },
    ],
    contacts: [
      { a: 'Rauf Mammadli', b: 'Oleg Kuzmin', kind: 'meeting', date: '2023-04-13', dateText: 'on Thursday' },
      { a: 'Hovik Sargsian', b: 'Reza Tabatabai', kind: 'meeting', date: null },
    ],
    exhaustive: true,
  },
  {
    name: 'contacts5: "A, B and C are expected to attend the event", "D will also take part in the meeting" (every pair, on the day the meeting was announced for)',
    date: '2024-08-07',
    text: paras(
      `The summit of the region's leaders will take place in the lakeside capital of the host country on Aug. 9.`,
      `Prime Minister Aram Vardanyan, President Ilgar Guliyev and Prime Minister Davit Lomidze are expected to attend the event. Foreign Minister Claire Delorme will also take part in the meeting.`,
    ),
    contacts: [
      { a: 'Aram Vardanyan', b: 'Ilgar Guliyev', kind: 'meeting', date: '2024-08-09', status: 'planned' },
      { a: 'Aram Vardanyan', b: 'Davit Lomidze', kind: 'meeting', date: '2024-08-09', status: 'planned' },
      { a: 'Ilgar Guliyev', b: 'Davit Lomidze', kind: 'meeting', date: '2024-08-09', status: 'planned' },
      { a: 'Claire Delorme', b: 'Aram Vardanyan', kind: 'meeting', date: '2024-08-09', status: 'planned' },
      { a: 'Claire Delorme', b: 'Ilgar Guliyev', kind: 'meeting', date: '2024-08-09', status: 'planned' },
      { a: 'Claire Delorme', b: 'Davit Lomidze', kind: 'meeting', date: '2024-08-09', status: 'planned' },
    ],
    exhaustive: true,
  },
  {
    name: 'contacts5: "“I am glad to see X,” Y said", "“…,” X told a meeting on Thursday with Y", "in a letter to his new counterpart, X"',
    date: '2024-02-02',
    text: paras(
      `“I am glad to see President Ilgar Guliyev here,” Prime Minister Davit Lomidze said at the forum in Tbilisi on Wednesday.`,
      `“The border must be agreed,” Foreign Minister Rauf Mammadli told a meeting on Thursday with Foreign Minister Claire Delorme in Baku.`,
      `Foreign Minister Gennady Orlov expressed his readiness to deepen cooperation in a congratulatory letter to his new Armenian counterpart, Hovik Sargsian.`,
    ),
    quotes: [
      { speaker: 'Davit Lomidze', text: 'I am glad to see President Ilgar Guliyev here,', optional: true },
      { speaker: 'Rauf Mammadli', text: 'The border must be agreed,', optional: true },
    ],
    reported: [
      {
        speaker: 'Gennady Orlov',
        sentence: `Foreign Minister Gennady Orlov expressed his readiness to deepen cooperation in a congratulatory letter to his new Armenian counterpart, Hovik Sargsian.`,
        optional: true,
      },
    ],
    contacts: [
      { a: 'Davit Lomidze', b: 'Ilgar Guliyev', kind: 'meeting', date: '2024-01-31', dateText: 'on Wednesday' },
      { a: 'Rauf Mammadli', b: 'Claire Delorme', kind: 'meeting', date: '2024-02-01', dateText: 'on Thursday' },
      { a: 'Gennady Orlov', b: 'Hovik Sargsian', kind: 'letter', date: null },
    ],
    exhaustive: true,
  },
  {
    name: 'contacts5: "A and B, who head the commission, spoke over video conference"; "met at the summit held on 27-28 September" (a span names no one day)',
    date: '2024-10-02',
    text: paras(
      `The commissions met again.`,
      `The deputy prime ministers, Hovik Sargsian and Rauf Mammadli, who head the border commissions, spoke over video conference.`,
      `Prime Minister Aram Vardanyan and President Ilgar Guliyev met at the summit which took place on 27-28 September in Minsk.`,
    ),
    contacts: [
      { a: 'Hovik Sargsian', b: 'Rauf Mammadli', kind: 'call', date: null },
      { a: 'Aram Vardanyan', b: 'Ilgar Guliyev', kind: 'meeting', date: null },
    ],
    exhaustive: true,
  },
  {
    name: 'contacts5: "X congratulated Y by phone", "X thanked Y in a letter", "X received the credentials of the new ambassador Y", "In his meeting with Y, X …"',
    date: '2024-05-10',
    text: paras(
      `The week brought many contacts.`,
      `President Ilgar Guliyev congratulated Prime Minister Aram Vardanyan by phone on Tuesday on his re-election. Foreign Minister Gennady Orlov thanked Foreign Minister Hakan Öztürk in a letter on Monday.`,
      `Prime Minister Davit Lomidze received the credentials of the new ambassador Pierre Lambert on Wednesday. In his meeting with Reza Tabatabai on Thursday, Foreign Minister Claire Delorme raised the issue of detained nationals.`,
    ),
    discovered: ['Pierre Lambert'],
    reported: [
      {
        speaker: 'Gennady Orlov',
        sentence: `Foreign Minister Gennady Orlov thanked Foreign Minister Hakan Öztürk in a letter on Monday.`,
        optional: true,
      },
      {
        speaker: 'Claire Delorme',
        sentence: `In his meeting with Reza Tabatabai on Thursday, Foreign Minister Claire Delorme raised the issue of detained nationals.`,
        optional: true,
      },
    ],
    contacts: [
      { a: 'Ilgar Guliyev', b: 'Aram Vardanyan', kind: 'call', date: '2024-05-07', dateText: 'on Tuesday' },
      { a: 'Gennady Orlov', b: 'Hakan Öztürk', kind: 'letter', date: '2024-05-06', dateText: 'on Monday' },
      { a: 'Davit Lomidze', b: 'Pierre Lambert', kind: 'meeting', date: '2024-05-08', dateText: 'on Wednesday' },
      { a: 'Claire Delorme', b: 'Reza Tabatabai', kind: 'meeting', date: '2024-05-09', dateText: 'on Thursday' },
    ],
    exhaustive: true,
  },
  {
    name: 'contacts5: no contact in "X told a news agency by phone", "X criticised Y in a message posted online", "X said in a letter that Y …"',
    date: '2024-05-10',
    text: paras(
      `Foreign Minister Hovik Sargsian met Foreign Minister Rauf Mammadli on Friday. Prime Minister Aram Vardanyan told a news agency by phone that Gennady Orlov would visit.`,
      `President Ilgar Guliyev criticised Hakan Öztürk in a message posted online. Davit Lomidze said in a letter that Claire Delorme had been invited.`,
    ),
    reported: [
      {
        speaker: 'Aram Vardanyan',
        sentence: `Prime Minister Aram Vardanyan told a news agency by phone that Gennady Orlov would visit.`,
        optional: true,
      },
      { speaker: 'Ilgar Guliyev', sentence: `President Ilgar Guliyev criticised Hakan Öztürk in a message posted online.`, optional: true },
      { speaker: 'Davit Lomidze', sentence: `Davit Lomidze said in a letter that Claire Delorme had been invited.`, optional: true },
    ],
    contacts: [{ a: 'Hovik Sargsian', b: 'Rauf Mammadli', kind: 'meeting', date: '2024-05-10', dateText: 'on Friday' }],
    exhaustive: true,
  },
  {
    name: 'contacts5: "interacted with", "had a brief interaction with", "held a tete-a-tete with", "held a bilateral with", "will welcome Y to"',
    date: '2024-05-10',
    text: paras(
      `The summit week began.`,
      `Prime Minister Aram Vardanyan interacted with President Ilgar Guliyev on the sidelines of the summit on Tuesday. Davit Lomidze had a brief interaction with Claire Delorme at the dinner on Tuesday.`,
      `Gennady Orlov held a tete-a-tete with Hakan Öztürk on Wednesday. Hovik Sargsian held a bilateral with Reza Tabatabai on Wednesday. Rauf Mammadli will welcome Henrik Aalto to Baku on May 22.`,
    ),
    contacts: [
      { a: 'Aram Vardanyan', b: 'Ilgar Guliyev', kind: 'meeting', date: '2024-05-07', dateText: 'on Tuesday' },
      { a: 'Davit Lomidze', b: 'Claire Delorme', kind: 'meeting', date: '2024-05-07', dateText: 'on Tuesday' },
      { a: 'Gennady Orlov', b: 'Hakan Öztürk', kind: 'meeting', date: '2024-05-08', dateText: 'on Wednesday' },
      { a: 'Hovik Sargsian', b: 'Reza Tabatabai', kind: 'meeting', date: '2024-05-08', dateText: 'on Wednesday' },
      { a: 'Rauf Mammadli', b: 'Henrik Aalto', kind: 'meeting', date: '2024-05-22', dateText: 'on May 22', status: 'planned' },
    ],
    exhaustive: true,
  },
  {
    name: 'contacts5: "A and B held restricted and delegation-level talks", "The forum on Tuesday was attended by A, B and C", "Leaders of the bloc, A, B and C, met"; countries that "hold talks" name no party',
    date: '2024-05-10',
    text: paras(
      `Armenia and Azerbaijan Hold More Border Talks`,
      `The forum in Vienna on Tuesday was attended by Henrik Aalto, Claire Delorme and Gennady Orlov. Hovik Sargsian and Rauf Mammadli held restricted and delegation-level talks there on Tuesday.`,
      `Leaders of the region, Aram Vardanyan, Ilgar Guliyev and Davit Lomidze, met in Tbilisi on Wednesday.`,
    ),
    contacts: [
      { a: 'Hovik Sargsian', b: 'Rauf Mammadli', kind: 'meeting', date: '2024-05-07', dateText: 'on Tuesday' },
      { a: 'Henrik Aalto', b: 'Claire Delorme', kind: 'meeting', date: '2024-05-07', dateText: 'on Tuesday' },
      { a: 'Henrik Aalto', b: 'Gennady Orlov', kind: 'meeting', date: '2024-05-07', dateText: 'on Tuesday' },
      { a: 'Claire Delorme', b: 'Gennady Orlov', kind: 'meeting', date: '2024-05-07', dateText: 'on Tuesday' },
      { a: 'Aram Vardanyan', b: 'Ilgar Guliyev', kind: 'meeting', date: '2024-05-08', dateText: 'on Wednesday' },
      { a: 'Aram Vardanyan', b: 'Davit Lomidze', kind: 'meeting', date: '2024-05-08', dateText: 'on Wednesday' },
      { a: 'Ilgar Guliyev', b: 'Davit Lomidze', kind: 'meeting', date: '2024-05-08', dateText: 'on Wednesday' },
    ],
  },
  {
    name: 'contacts5: "X met with A on 1 December and with B on 2 December" (each with its own day)',
    date: '2021-12-03',
    text: paras(
      `The envoys were busy.`,
      `Henrik Aalto met with Foreign Minister Hovik Sargsian on 1 December and with Foreign Minister Rauf Mammadli on 2 December in Vienna.`,
    ),
    contacts: [
      { a: 'Henrik Aalto', b: 'Hovik Sargsian', kind: 'meeting', date: '2021-12-01', dateText: 'on 1 December' },
      { a: 'Henrik Aalto', b: 'Rauf Mammadli', kind: 'meeting', date: '2021-12-02', dateText: 'on 2 December' },
    ],
    exhaustive: true,
  },
  {
    name: 'contacts5: "X says the issue was discussed during the meeting with Y" is X\'s meeting; not a spokeswoman\'s ("S said the meeting with Y would …")',
    date: '2021-12-03',
    text: paras(
      `Prime Minister Davit Lomidze says the transit issue was discussed during the meeting with Foreign Minister Gennady Orlov.`,
      `Spokeswoman Irina Volkova said the meeting with Hakan Öztürk would take place in Sochi.`,
    ),
    reported: [
      {
        speaker: 'Davit Lomidze',
        sentence: `Prime Minister Davit Lomidze says the transit issue was discussed during the meeting with Foreign Minister Gennady Orlov.`,
        optional: true,
      },
      {
        speaker: 'Irina Volkova',
        sentence: `Spokeswoman Irina Volkova said the meeting with Hakan Öztürk would take place in Sochi.`,
        optional: true,
      },
    ],
    contacts: [
      { a: 'Davit Lomidze', b: 'Gennady Orlov', kind: 'meeting', date: '2021-12-03' },
      // (the spokeswoman's principal may be meant: the last person named who speaks for no one)
      { a: 'Gennady Orlov', b: 'Hakan Öztürk', kind: 'meeting', date: null, status: 'planned', optional: true },
    ],
    exhaustive: true,
  },
  {
    name: 'contacts5: "Y arrived in Tbilisi on Monday. X received him at the airport" (the one the sentence before was about); not "called him a friend", nor "him" after another person',
    date: '2024-05-10',
    text: paras(
      `Foreign Minister Gennady Orlov arrived in Tbilisi on Monday. Prime Minister Davit Lomidze received him at the airport.`,
      `Hovik Sargsian arrived later. Rauf Mammadli called him a partner.`,
      `Reza Tabatabai spoke to the press. Claire Delorme said Hakan Öztürk had proposed to meet with him.`,
    ),
    reported: [
      { speaker: 'Rauf Mammadli', sentence: `Rauf Mammadli called him a partner.`, optional: true },
      { speaker: 'Claire Delorme', sentence: `Claire Delorme said Hakan Öztürk had proposed to meet with him.`, optional: true },
    ],
    contacts: [{ a: 'Davit Lomidze', b: 'Gennady Orlov', kind: 'meeting', date: '2024-05-06', dateText: 'on Monday' }],
    exhaustive: true,
  },
  {
    name: 'contacts5: "A and B held phone talks on Friday" is a call only, not also a meeting',
    date: '2024-05-10',
    text: paras(`The region is calm.`, `Gennady Orlov and Hakan Öztürk held phone talks on Friday.`),
    contacts: [{ a: 'Gennady Orlov', b: 'Hakan Öztürk', kind: 'call', date: '2024-05-10', dateText: 'on Friday' }],
    exhaustive: true,
  },
  {
    name: 'contacts5: "“My meeting with X was productive,” Y said", "“Our talks with X …”", "Y said: “I will meet X next week.”" (the speaker\'s own contacts)',
    date: '2024-05-10',
    text: paras(
      `“My meeting with Foreign Minister Hakan Öztürk was very productive,” Gennady Orlov told reporters on Friday.`,
      `“Our talks with Hovik Sargsian were frank,” Rauf Mammadli said.`,
      `Claire Delorme said: “I will meet Davit Lomidze next week.”`,
    ),
    quotes: [
      { speaker: 'Gennady Orlov', text: 'My meeting with Foreign Minister Hakan Öztürk was very productive,', optional: true },
      { speaker: 'Rauf Mammadli', text: 'Our talks with Hovik Sargsian were frank,', optional: true },
      { speaker: 'Claire Delorme', text: 'I will meet Davit Lomidze next week.', optional: true },
    ],
    contacts: [
      { a: 'Gennady Orlov', b: 'Hakan Öztürk', kind: 'meeting', date: '2024-05-10', dateText: 'on Friday' },
      { a: 'Rauf Mammadli', b: 'Hovik Sargsian', kind: 'meeting', date: '2024-05-10' },
      { a: 'Claire Delorme', b: 'Davit Lomidze', kind: 'meeting', date: null, status: 'planned' },
    ],
    exhaustive: true,
  },
  {
    name: 'contacts5: status: "will no longer meet", "was put off until next month" (called off); "met Y last week and will meet him again" (held)',
    date: '2024-05-10',
    text: paras(
      `Foreign Minister Gennady Orlov will no longer meet Foreign Minister Hakan Öztürk next week.`,
      `Hovik Sargsian's meeting with Rauf Mammadli was put off until next month.`,
      `Claire Delorme met Davit Lomidze last week and will meet him again in June.`,
    ),
    contacts: [
      { a: 'Gennady Orlov', b: 'Hakan Öztürk', kind: 'meeting', date: null, status: 'cancelled' },
      { a: 'Hovik Sargsian', b: 'Rauf Mammadli', kind: 'meeting', date: null, status: 'cancelled' },
      { a: 'Claire Delorme', b: 'Davit Lomidze', kind: 'meeting', date: null },
    ],
  },
  {
    name: 'contacts5: "X held a three-way call with A and B", "X, joined by A and B, addressed reporters", "A and B joined X at Camp Y" (not "joined Y in condemning")',
    date: '2024-03-08',
    text: paras(
      `The leaders kept in touch.`,
      `Prime Minister Aram Vardanyan held a three-way call with President Ilgar Guliyev and Prime Minister Davit Lomidze on Monday.`,
      `Gennady Orlov, joined by Hakan Öztürk and Reza Tabatabai, addressed reporters on Tuesday. Hovik Sargsian and Rauf Mammadli joined Claire Delorme at Rambouillet on Wednesday.`,
      `Henrik Aalto joined Pieter Vandamme in condemning the attack.`,
    ),
    reported: [
      { speaker: 'Henrik Aalto', sentence: `Henrik Aalto joined Pieter Vandamme in condemning the attack.`, optional: true },
      { speaker: 'Pieter Vandamme', sentence: `Henrik Aalto joined Pieter Vandamme in condemning the attack.`, optional: true },
    ],
    contacts: [
      { a: 'Aram Vardanyan', b: 'Ilgar Guliyev', kind: 'call', date: '2024-03-04', dateText: 'on Monday' },
      { a: 'Aram Vardanyan', b: 'Davit Lomidze', kind: 'call', date: '2024-03-04', dateText: 'on Monday' },
      { a: 'Ilgar Guliyev', b: 'Davit Lomidze', kind: 'call', date: '2024-03-04', dateText: 'on Monday' },
      { a: 'Gennady Orlov', b: 'Hakan Öztürk', kind: 'meeting', date: '2024-03-05', dateText: 'on Tuesday' },
      { a: 'Gennady Orlov', b: 'Reza Tabatabai', kind: 'meeting', date: '2024-03-05', dateText: 'on Tuesday' },
      { a: 'Hakan Öztürk', b: 'Reza Tabatabai', kind: 'meeting', date: '2024-03-05', dateText: 'on Tuesday' },
      { a: 'Hovik Sargsian', b: 'Rauf Mammadli', kind: 'meeting', date: '2024-03-06', dateText: 'on Wednesday' },
      { a: 'Hovik Sargsian', b: 'Claire Delorme', kind: 'meeting', date: '2024-03-06', dateText: 'on Wednesday' },
      { a: 'Rauf Mammadli', b: 'Claire Delorme', kind: 'meeting', date: '2024-03-06', dateText: 'on Wednesday' },
    ],
    exhaustive: true,
  },
  {
    name: 'contacts5: "Y, whom X met on Monday, …", "Y, with whom X spoke on Tuesday, …" (the relative pronoun\'s person)',
    date: '2024-03-08',
    text: paras(
      `The alliance holds.`,
      `Prime Minister Davit Lomidze, whom Claire Delorme met on Monday, praised the partnership. Hakan Öztürk, with whom Gennady Orlov spoke on Tuesday, stressed the corridor.`,
    ),
    reported: [
      {
        speaker: 'Davit Lomidze',
        sentence: `Prime Minister Davit Lomidze, whom Claire Delorme met on Monday, praised the partnership.`,
        optional: true,
      },
      {
        speaker: 'Hakan Öztürk',
        sentence: `Hakan Öztürk, with whom Gennady Orlov spoke on Tuesday, stressed the corridor.`,
        optional: true,
      },
    ],
    contacts: [
      { a: 'Claire Delorme', b: 'Davit Lomidze', kind: 'meeting', date: '2024-03-04', dateText: 'on Monday' },
      { a: 'Gennady Orlov', b: 'Hakan Öztürk', kind: 'call', date: '2024-03-05', dateText: 'on Tuesday' },
    ],
    exhaustive: true,
  },
];
