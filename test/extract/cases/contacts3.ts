// Contacts in the words news of every region uses for them: "telephoned", "sat down with", "exchanged views with",
// "presented her credentials to", "sent Y a letter", a working dinner, a meeting on the sidelines, "their meeting",
// "the A–B call". One short article each; contacts only.
import { paras, type Case } from './types.js';

const held = (a: string, b: string, kind: 'call' | 'meeting' | 'letter', date: string, dateText: string) => ({
  a,
  b,
  kind,
  date,
  dateText,
});

export const contactCases3: Case[] = [
  {
    name: 'contacts3: "X telephoned Y" is a call',
    date: '2024-03-20',
    text: paras(`Secretary of State Daniel Whitcombe telephoned Foreign Minister Hovik Sargsian on Monday.`),
    contacts: [held('Daniel Whitcombe', 'Hovik Sargsian', 'call', '2024-03-18', 'on Monday')],
    exhaustive: true,
  },
  {
    name: 'contacts3: "X sat down with Y" is a meeting',
    date: '2024-03-20',
    text: paras(`Foreign Minister Hovik Sargsian sat down with Secretary of State Daniel Whitcombe in Washington on Monday.`),
    contacts: [held('Hovik Sargsian', 'Daniel Whitcombe', 'meeting', '2024-03-18', 'on Monday')],
    exhaustive: true,
  },
  {
    name: 'contacts3: "X exchanged views with Y" is a meeting (what was said tells it)',
    date: '2024-03-20',
    text: paras(`Sargsian exchanged views with Whitcombe on regional security on Monday.`),
    contacts: [held('Hovik Sargsian', 'Daniel Whitcombe', 'meeting', '2024-03-18', 'on Monday')],
  },
  {
    name: 'contacts3: "X sent Y a letter" is a letter',
    date: '2024-03-20',
    text: paras(`Whitcombe sent Sargsian a letter on Monday.`),
    contacts: [held('Daniel Whitcombe', 'Hovik Sargsian', 'letter', '2024-03-18', 'on Monday')],
    exhaustive: true,
  },
  {
    name: 'contacts3: "Ambassador X presented her credentials to President Y" is a meeting',
    date: '2024-03-20',
    text: paras(`Ambassador Lena Kovac presented her credentials to President Ilgar Guliyev on Monday.`),
    discovered: ['Lena Kovac'],
    contacts: [held('Lena Kovac', 'Ilgar Guliyev', 'meeting', '2024-03-18', 'on Monday')],
    note: 'Not exhaustive: whether "presented" also reads as speech here is for the reported-speech rules.',
  },
  {
    name: 'contacts3: "met virtually with", "spoke via telephone with", "held a meeting on the sidelines of the forum with"',
    date: '2024-03-20',
    text: paras(
      `Sargsian met virtually with Whitcombe on Monday.`,
      `Guliyev spoke via telephone with Vandamme on Monday.`,
      `Orlov held a meeting on the sidelines of the forum with Öztürk on Monday.`,
    ),
    contacts: [
      held('Hovik Sargsian', 'Daniel Whitcombe', 'meeting', '2024-03-18', 'on Monday'),
      held('Ilgar Guliyev', 'Pieter Vandamme', 'call', '2024-03-18', 'on Monday'),
      held('Gennady Orlov', 'Hakan Öztürk', 'meeting', '2024-03-18', 'on Monday'),
    ],
    exhaustive: true,
  },
  {
    name: 'contacts3: "X greeted Y", "had a working dinner with", "X hosted talks with A and B"',
    date: '2024-03-20',
    text: paras(
      `Whitcombe greeted Sargsian at the State Department on Monday.`,
      `Orlov had a working dinner with Öztürk on Monday.`,
      `Vandamme hosted talks with Vardanyan and Guliyev on Monday.`,
    ),
    contacts: [
      held('Daniel Whitcombe', 'Hovik Sargsian', 'meeting', '2024-03-18', 'on Monday'),
      held('Gennady Orlov', 'Hakan Öztürk', 'meeting', '2024-03-18', 'on Monday'),
      held('Pieter Vandamme', 'Aram Vardanyan', 'meeting', '2024-03-18', 'on Monday'),
      held('Pieter Vandamme', 'Ilgar Guliyev', 'meeting', '2024-03-18', 'on Monday'),
      held('Aram Vardanyan', 'Ilgar Guliyev', 'meeting', '2024-03-18', 'on Monday'),
    ],
    exhaustive: true,
  },
  {
    name: 'contacts3: "X thanked Y during their meeting" (their: the subject and the one it addressed)',
    date: '2024-03-20',
    text: paras(`Sargsian thanked Whitcombe during their meeting in Washington on Monday.`),
    reported: [
      {
        speaker: 'Hovik Sargsian',
        addressee: 'Daniel Whitcombe',
        sentence: 'Sargsian thanked Whitcombe during their meeting in Washington on Monday.',
      },
    ],
    contacts: [held('Hovik Sargsian', 'Daniel Whitcombe', 'meeting', '2024-03-18', 'on Monday')],
    exhaustive: true,
  },
  {
    name: 'contacts3: "the Vardanyan–Guliyev phone call" (two names joined before the event)',
    date: '2024-03-20',
    text: paras(`Border talks`, `The Vardanyan–Guliyev phone call on Monday lasted an hour.`),
    contacts: [held('Aram Vardanyan', 'Ilgar Guliyev', 'call', '2024-03-18', 'on Monday')],
    exhaustive: true,
  },
  {
    name: 'contacts3: "X travelled to Washington on Monday, where he met Y" (the place’s clause shares the day)',
    date: '2024-03-20',
    text: paras(`Border talks`, `Sargsian travelled to Washington on Monday, where he met Whitcombe.`),
    contacts: [held('Hovik Sargsian', 'Daniel Whitcombe', 'meeting', '2024-03-18', 'on Monday')],
    exhaustive: true,
  },
  {
    name: 'contacts3: "spoke to both A and B", and "a senior U.S. official" is no party (the country qualifies someone unnamed)',
    date: '2024-03-20',
    text: paras(
      `Whitcombe spoke to both Sargsian and Mammadli on Monday.`,
      `A senior State Department official telephoned Vardanyan on Tuesday.`,
    ),
    contacts: [
      held('Daniel Whitcombe', 'Hovik Sargsian', 'call', '2024-03-18', 'on Monday'),
      held('Daniel Whitcombe', 'Rauf Mammadli', 'call', '2024-03-18', 'on Monday'),
    ],
    exhaustive: true,
  },
  {
    name: 'contacts3: "met with A in Yerevan Feb. 20 and B in Baku Feb. 21" (each party on the day told after it)',
    date: '2019-03-01',
    text: paras(
      `The mediators (Ambassador Pavel Lebedev and Ambassador Anne Moreau) met with Prime Minister Aram Vardanyan in Yerevan Feb. 20 and President Ilgar Guliyev in Baku Feb. 21 to discuss preparations for a summit.`,
      `Sargsian met Whitcombe on Monday and Mammadli on Tuesday, and the ministry said the talks went well.`,
    ),
    discovered: ['Pavel Lebedev', 'Anne Moreau'],
    contacts: [
      held('Pavel Lebedev', 'Aram Vardanyan', 'meeting', '2019-02-20', 'Feb. 20'),
      held('Anne Moreau', 'Aram Vardanyan', 'meeting', '2019-02-20', 'Feb. 20'),
      held('Pavel Lebedev', 'Ilgar Guliyev', 'meeting', '2019-02-21', 'Feb. 21'),
      held('Anne Moreau', 'Ilgar Guliyev', 'meeting', '2019-02-21', 'Feb. 21'),
      held('Hovik Sargsian', 'Daniel Whitcombe', 'meeting', '2019-02-25', 'on Monday'),
      held('Hovik Sargsian', 'Rauf Mammadli', 'meeting', '2019-02-26', 'on Tuesday'),
    ],
  },
  {
    name: 'contacts3: "Welcoming his counterparts, X emphasized …" (the counterparts are the people of the talks just told)',
    date: '2020-05-11',
    text: paras(
      `Foreign Minister Rauf Mammadli and Foreign Minister Hovik Sargsian began negotiations in Almaty on May 10. Welcoming his counterparts, Kazakh Foreign Minister Erlan Temirov emphasized the readiness of his country to help.`,
    ),
    discovered: ['Erlan Temirov'],
    contacts: [
      held('Rauf Mammadli', 'Hovik Sargsian', 'meeting', '2020-05-10', 'on May 10'),
      held('Erlan Temirov', 'Rauf Mammadli', 'meeting', '2020-05-10', 'on May 10'),
      held('Erlan Temirov', 'Hovik Sargsian', 'meeting', '2020-05-10', 'on May 10'),
    ],
  },
  {
    name: 'contacts3: "the ceasefire reached on October 9 during the meeting of the 3 FMs" (the group of three, on the day nearest the cue)',
    date: '2020-10-12',
    text: paras(
      `Orlov, Sargsian and Mammadli met in Moscow on October 9.`,
      `On October 10, the sides reaffirmed the ceasefire reached on October 9 during the meeting of the 3 FMs.`,
    ),
    contacts: [
      held('Gennady Orlov', 'Hovik Sargsian', 'meeting', '2020-10-09', 'on October 9'),
      held('Gennady Orlov', 'Rauf Mammadli', 'meeting', '2020-10-09', 'on October 9'),
      held('Hovik Sargsian', 'Rauf Mammadli', 'meeting', '2020-10-09', 'on October 9'),
    ],
    exhaustive: true,
  },
  {
    name: 'contacts3: "X will not talk to Y this Friday" is a contact called off; "X did not meet Y" is none',
    date: '2018-09-05',
    text: paras(`Vardanyan will not talk to President Ilgar Guliyev this Friday in Brussels.`, `Sargsian did not meet Mammadli in Vienna.`),
    contacts: [{ a: 'Aram Vardanyan', b: 'Ilgar Guliyev', kind: 'call', date: '2018-09-07', dateText: 'this Friday', status: 'cancelled' }],
    exhaustive: true,
  },
  {
    name: 'contacts3: "A and his counterpart had exchanged messages", "X exchanged letters with Y" are letters',
    date: '2024-03-20',
    text: paras(
      `Prime Minister Aram Vardanyan and Foreign Minister Rauf Mammadli had exchanged messages after the election.`,
      `Sargsian exchanged letters with Orlov last week.`,
    ),
    contacts: [
      { a: 'Aram Vardanyan', b: 'Rauf Mammadli', kind: 'letter', date: null },
      { a: 'Hovik Sargsian', b: 'Gennady Orlov', kind: 'letter', date: null },
    ],
  },
  {
    name: 'contacts3: "A, Role, B, Role, and C, Role, were also among the welcoming party" (each meets the guest, not the host)',
    date: '2022-01-29',
    text: paras(
      `President Ilgar Guliyev welcomed Prime Minister Aram Vardanyan to Baku on Saturday.`,
      `The national anthems were played.`,
      `Rauf Mammadli, Minister of Foreign Affairs, Eldar Huseynli, Minister of Economy, and Farid Rzayev, Minister of Energy, were also among the welcoming party.`,
    ),
    discovered: ['Eldar Huseynli', 'Farid Rzayev'],
    contacts: [
      held('Ilgar Guliyev', 'Aram Vardanyan', 'meeting', '2022-01-29', 'on Saturday'),
      held('Rauf Mammadli', 'Aram Vardanyan', 'meeting', '2022-01-29', 'on Saturday'),
      held('Eldar Huseynli', 'Aram Vardanyan', 'meeting', '2022-01-29', 'on Saturday'),
      held('Farid Rzayev', 'Aram Vardanyan', 'meeting', '2022-01-29', 'on Saturday'),
    ],
    note: 'Not exhaustive: "welcoming" is no speech, but that is for the reported-speech rules.',
  },
  {
    name: 'contacts3: "A and the OSCE Chairperson-in-Office, Head of …, B held a press conference" (the office and the name are one person)',
    date: '2026-02-10',
    text: paras(
      `Foreign Minister Hovik Sargsian and the OSCE Chairperson-in-Office, Head of the Federal Department of Foreign Affairs of Switzerland Ignazio Cassis held a joint press conference in Yerevan on Tuesday following their talks.`,
    ),
    discovered: ['Ignazio Cassis'],
    contacts: [held('Hovik Sargsian', 'Ignazio Cassis', 'meeting', '2026-02-10', 'on Tuesday')],
    exhaustive: true,
  },
];
