// Contacts told across a sentence's clauses: a second verb of the same subject, "their meeting" of the people just
// named, those who co-chaired, a press conference held with guests after an event, a quoted readout's meeting.
import { paras, type Case } from './types.js';

export const contactCases4: Case[] = [
  {
    name: 'contacts4: "A and B held the first round of talks … on Jan. 14 and had their second meeting on Feb. 24" (two meetings)',
    date: '2022-03-01',
    text: paras(
      `Ambassador Selim Kayaoglu and Deputy Speaker Aram Petrosyan held the first round of talks in Moscow on Jan. 14 and had their second meeting on Feb. 24 in Vienna.`,
    ),
    discovered: ['Selim Kayaoglu', 'Aram Petrosyan'],
    contacts: [
      { a: 'Selim Kayaoglu', b: 'Aram Petrosyan', kind: 'meeting', date: '2022-01-14', dateText: 'on Jan. 14' },
      { a: 'Selim Kayaoglu', b: 'Aram Petrosyan', kind: 'meeting', date: '2022-02-24', dateText: 'on Feb. 24' },
    ],
    exhaustive: true,
  },
  {
    name: 'contacts4: "an official telephoned A and B … to discuss the results of their meeting held in Tbilisi on Saturday" (their: the two)',
    date: '2022-07-18',
    text: paras(
      `A senior State Department official telephoned Foreign Minister Hovik Sargsian and Foreign Minister Rauf Mammadli on Sunday to discuss the results of their face-to-face meeting held in Tbilisi on Saturday.`,
    ),
    contacts: [{ a: 'Hovik Sargsian', b: 'Rauf Mammadli', kind: 'meeting', date: '2022-07-16', dateText: 'on Saturday' }],
    exhaustive: true,
  },
  {
    name: 'contacts4: "X, Head of the Monitoring Mission (EUMM), and Y, …, co-facilitated the proceedings" (the body in a title is no party)',
    date: '2019-05-14',
    text: paras(
      `Ambassador Erik Lund, Head of the OSCE Mission (OM), and Ambassador Rudolf Varga, Special Representative of the Chairperson-in-Office, co-facilitated the proceedings on Monday.`,
    ),
    discovered: ['Erik Lund', 'Rudolf Varga'],
    contacts: [{ a: 'Erik Lund', b: 'Rudolf Varga', kind: 'meeting', date: '2019-05-13', dateText: 'on Monday' }],
    exhaustive: true,
  },
  {
    name: 'contacts4: "X took part in the council meeting, after which a joint press conference was held with A and B"',
    date: '2024-02-21',
    text: paras(
      `Lomidze took part in the council meeting, after which a joint press conference was held with Ambassador Jan Vermeulen and Commissioner Eva Lindqvist.`,
    ),
    discovered: ['Jan Vermeulen', 'Eva Lindqvist'],
    contacts: [
      { a: 'Davit Lomidze', b: 'Jan Vermeulen', kind: 'meeting', date: null },
      { a: 'Davit Lomidze', b: 'Eva Lindqvist', kind: 'meeting', date: null },
    ],
  },
  {
    name: 'contacts4: a quoted readout "“The fourth meeting of the envoys, A and B, took place in Vienna on July 1,” the ministry said"',
    date: '2022-07-02',
    text: paras(
      `“The fourth meeting of the envoys, Ambassador Selim Kayaoglu and Deputy Speaker Aram Petrosyan, took place in Vienna on July 1,” the ministry said.`,
    ),
    discovered: ['Selim Kayaoglu', 'Aram Petrosyan'],
    contacts: [{ a: 'Selim Kayaoglu', b: 'Aram Petrosyan', kind: 'meeting', date: '2022-07-01', dateText: 'on July 1' }],
  },
  {
    name: 'contacts4: "was hosted by", "shook hands", "visited Y" (a person; "visited Baku" is none), "will receive", "met A and then B"',
    date: '2024-03-20',
    text: paras(
      `Sargsian was hosted by Whitcombe at the State Department on Monday.`,
      `Orlov and Öztürk shook hands at the start of the forum on Monday.`,
      `Delorme visited Vandamme in Brussels on Monday. Delorme visited Baku on Tuesday.`,
      `President Ilgar Guliyev will receive Mammadli on Thursday. Lomidze met Vardanyan and then Aalto on Monday.`,
    ),
    contacts: [
      { a: 'Hovik Sargsian', b: 'Daniel Whitcombe', kind: 'meeting', date: '2024-03-18', dateText: 'on Monday' },
      { a: 'Gennady Orlov', b: 'Hakan Öztürk', kind: 'meeting', date: '2024-03-18', dateText: 'on Monday' },
      { a: 'Claire Delorme', b: 'Pieter Vandamme', kind: 'meeting', date: '2024-03-18', dateText: 'on Monday' },
      { a: 'Ilgar Guliyev', b: 'Rauf Mammadli', kind: 'meeting', date: '2024-03-21', dateText: 'on Thursday', status: 'planned' },
      { a: 'Davit Lomidze', b: 'Aram Vardanyan', kind: 'meeting', date: '2024-03-18', dateText: 'on Monday' },
      { a: 'Davit Lomidze', b: 'Henrik Aalto', kind: 'meeting', date: '2024-03-18', dateText: 'on Monday' },
    ],
    exhaustive: true,
  },
  {
    name: 'contacts4: "A and B met separately with the leaders" (A and B did not meet), "received a delegation led by the OSCE Assembly president" (no body as party)',
    date: '2024-02-18',
    text: paras(
      `Vandamme and Whitcombe met separately with Vardanyan and Guliyev in Munich on Saturday.`,
      `Lomidze received a delegation led by the OSCE Parliamentary Assembly president on Friday.`,
    ),
    contacts: [
      { a: 'Pieter Vandamme', b: 'Aram Vardanyan', kind: 'meeting', date: '2024-02-17', dateText: 'on Saturday' },
      { a: 'Pieter Vandamme', b: 'Ilgar Guliyev', kind: 'meeting', date: '2024-02-17', dateText: 'on Saturday' },
      { a: 'Daniel Whitcombe', b: 'Aram Vardanyan', kind: 'meeting', date: '2024-02-17', dateText: 'on Saturday' },
      { a: 'Daniel Whitcombe', b: 'Ilgar Guliyev', kind: 'meeting', date: '2024-02-17', dateText: 'on Saturday' },
    ],
    exhaustive: true,
  },
  {
    name: 'contacts4: "met with visiting President X", "met here on Tuesday with X" (the wire style of state news agencies)',
    date: '2023-04-12',
    text: paras(
      `Russian Foreign Minister Gennady Orlov on Tuesday met with visiting Turkish Foreign Minister Hakan Öztürk in Moscow.`,
      `Prime Minister Davit Lomidze met here on Monday with French Foreign Minister Claire Delorme.`,
    ),
    contacts: [
      { a: 'Gennady Orlov', b: 'Hakan Öztürk', kind: 'meeting', date: '2023-04-11', dateText: 'on Tuesday' },
      { a: 'Davit Lomidze', b: 'Claire Delorme', kind: 'meeting', date: '2023-04-10', dateText: 'on Monday' },
    ],
    exhaustive: true,
  },
  {
    name: 'contacts4: "hosted a luncheon in honour of Y", "received in audience Y", "conducted talks with Y", "talks between the delegations led by A and B"',
    date: '2023-04-12',
    text: paras(
      `Guliyev hosted a luncheon in honour of Prime Minister Aram Vardanyan on Monday.`,
      `Vandamme received in audience Foreign Minister Hovik Sargsian on Monday.`,
      `Orlov conducted talks with Delorme on Monday. The talks between the delegations led by Lomidze and Öztürk lasted three hours on Monday.`,
    ),
    contacts: [
      { a: 'Ilgar Guliyev', b: 'Aram Vardanyan', kind: 'meeting', date: '2023-04-10', dateText: 'on Monday' },
      { a: 'Pieter Vandamme', b: 'Hovik Sargsian', kind: 'meeting', date: '2023-04-10', dateText: 'on Monday' },
      { a: 'Gennady Orlov', b: 'Claire Delorme', kind: 'meeting', date: '2023-04-10', dateText: 'on Monday' },
      { a: 'Davit Lomidze', b: 'Hakan Öztürk', kind: 'meeting', date: '2023-04-10', dateText: 'on Monday' },
    ],
    exhaustive: true,
  },
  {
    name: 'contacts4: "X called Y a provocateur" is no call; "X visited the State Department" is no contact',
    date: '2023-04-12',
    text: paras(
      `Guliyev called Vardanyan a provocateur on Monday.`,
      `Sargsian visited the State Department on Monday.`,
      `Guliyev called Vardanyan on Tuesday.`,
    ),
    contacts: [{ a: 'Ilgar Guliyev', b: 'Aram Vardanyan', kind: 'call', date: '2023-04-11', dateText: 'on Tuesday' }],
    exhaustive: true,
  },
  {
    name: 'contacts4: "“We had a long conversation with President X,” Y said", "“I held talks with X,” Y told reporters" (the voice’s own contacts)',
    date: '2023-04-12',
    text: paras(
      `“We had a long conversation with President Ilgar Guliyev on Monday,” Vardanyan said.`,
      `“I held talks with Foreign Minister Hovik Sargsian on Tuesday,” Orlov told reporters.`,
    ),
    quotes: [
      { speaker: 'Aram Vardanyan', text: 'We had a long conversation with President Ilgar Guliyev on Monday,' },
      { speaker: 'Gennady Orlov', text: 'I held talks with Foreign Minister Hovik Sargsian on Tuesday,' },
    ],
    contacts: [
      { a: 'Aram Vardanyan', b: 'Ilgar Guliyev', kind: 'call', date: '2023-04-10', dateText: 'on Monday' },
      { a: 'Gennady Orlov', b: 'Hovik Sargsian', kind: 'meeting', date: '2023-04-11', dateText: 'on Tuesday' },
    ],
  },
];
