// The classes of error seen on real articles from outlets the rules were not written against (issue #9),
// one or more short invented articles each: many-party contacts, parties named by office, attribution
// outside the quotation's sentence, names, organisations as speakers, quotation styles, dates and status.
import { paras, type Case } from './types.js';

const multiParty: Case[] = [
  {
    name: 'class 1: "the foreign ministers of Russia, Armenia and Azerbaijan met" gives every pair, by office',
    date: '2023-05-20',
    text: paras(
      `The foreign ministers of Russia, Armenia and Azerbaijan met in Moscow on Friday to discuss the draft peace agreement.`,
      `Orlov said after the talks that the sides had narrowed their differences on the border commission.`,
    ),
    contacts: [
      { a: 'Gennady Orlov', b: 'Hovik Sargsian', kind: 'meeting', date: '2023-05-19', dateText: 'on Friday' },
      { a: 'Gennady Orlov', b: 'Rauf Mammadli', kind: 'meeting', date: '2023-05-19', dateText: 'on Friday' },
      { a: 'Hovik Sargsian', b: 'Rauf Mammadli', kind: 'meeting', date: '2023-05-19', dateText: 'on Friday' },
    ],
    reported: [
      {
        speaker: 'Gennady Orlov',
        sentence: 'Orlov said after the talks that the sides had narrowed their differences on the border commission.',
      },
    ],
  },
  {
    name: 'class 1: "met A, B and head of the X C" lists B too; "Recall that X was in Baku … and held talks with Y" is X\'s',
    date: '2023-06-09',
    text: paras(
      `In the Armenian capital Whitcombe held meetings with Prime Minister Aram Vardanyan, Foreign Minister Hovik Sargsian and head of the Security Council Armen Tovmasyan.`,
      `Recall that Whitcombe was in Baku on May 28 and held talks with President Ilgar Guliyev.`,
    ),
    contacts: [
      { a: 'Daniel Whitcombe', b: 'Aram Vardanyan', kind: 'meeting', date: '2023-06-09' },
      { a: 'Daniel Whitcombe', b: 'Hovik Sargsian', kind: 'meeting', date: '2023-06-09' },
      { a: 'Daniel Whitcombe', b: 'Armen Tovmasyan', kind: 'meeting', date: '2023-06-09' },
      { a: 'Daniel Whitcombe', b: 'Ilgar Guliyev', kind: 'meeting', date: '2023-05-28', dateText: 'on May 28' },
    ],
    discovered: ['Armen Tovmasyan'],
    note: 'A person right before "and head of …" qualifies no one (that test is for a country or body before an unnamed official); a newsroom\'s "Recall that" opens the clause that tells the contact.',
  },
  {
    name: 'class 1: "the Foreign Ministry summoned Ambassador X", "Y was summoned to the ministry": a meeting with the envoy',
    date: '2025-09-25',
    text: paras(
      `Russia's Foreign Ministry summoned French Ambassador Pierre Lacombe on Thursday over the remarks.`,
      `German Ambassador Karl Brandt was summoned to the Russian Foreign Ministry on Wednesday.`,
    ),
    contacts: [
      { a: 'Ministry of Foreign Affairs of Russia', b: 'Pierre Lacombe', kind: 'meeting', date: '2025-09-25', dateText: 'on Thursday' },
      { a: 'Karl Brandt', b: 'Ministry of Foreign Affairs of Russia', kind: 'meeting', date: '2025-09-24', dateText: 'on Wednesday' },
    ],
    discovered: ['Pierre Lacombe', 'Karl Brandt'],
  },
  {
    name: 'class 1: "President of the Republic of Azerbaijan X and Prime Minister of the Republic of Armenia Y" are titled names in a list',
    date: '2022-02-07',
    text: paras(
      `President of the European Council Pieter Vandamme, President of the Republic of Azerbaijan Ilgar Guliyev and Prime Minister of the Republic of Armenia Aram Vardanyan have met virtually on the 4th of February 2022.`,
    ),
    contacts: [
      { a: 'Pieter Vandamme', b: 'Ilgar Guliyev', kind: 'meeting', date: '2022-02-04', dateText: 'on the 4th of February 2022' },
      { a: 'Pieter Vandamme', b: 'Aram Vardanyan', kind: 'meeting', date: '2022-02-04', dateText: 'on the 4th of February 2022' },
      { a: 'Ilgar Guliyev', b: 'Aram Vardanyan', kind: 'meeting', date: '2022-02-04', dateText: 'on the 4th of February 2022' },
    ],
  },
  {
    name: 'class 1: "made a phone call to the first President of X", "while receiving the credentials of the newly appointed Ambassador Y"',
    date: '2020-08-18',
    text: paras(
      `On August 17, Guliyev made a phone call to the first President of the Republic of Armenia Aram Vardanyan.`,
      `Guliyev made the remark while receiving the credentials of the newly appointed Uzbek Ambassador Bahrom Karimov on August 18.`,
    ),
    contacts: [
      { a: 'Ilgar Guliyev', b: 'Aram Vardanyan', kind: 'call', date: '2020-08-17', dateText: 'On August 17' },
      { a: 'Ilgar Guliyev', b: 'Bahrom Karimov', kind: 'meeting', date: '2020-08-18', dateText: 'on August 18' },
    ],
    discovered: ['Bahrom Karimov'],
  },
  {
    name: 'class 7: "After meeting X, Y held meetings … on August 26" — the day is not the first meeting\'s; "First, Y met Z" is one of those',
    date: '2020-08-27',
    text: paras(
      `After meeting his Russian counterpart Gennady Orlov, Mammadli also held meetings at the Federation Council on August 26.`,
      `First, Mammadli met Deputy Chairman of the Federation Council Ilyas Magomedov to discuss bilateral cooperation.`,
    ),
    contacts: [
      { a: 'Rauf Mammadli', b: 'Gennady Orlov', kind: 'meeting', date: '2020-08-27' },
      { a: 'Rauf Mammadli', b: 'Ilyas Magomedov', kind: 'meeting', date: '2020-08-26', dateText: 'on August 26' },
    ],
    discovered: ['Ilyas Magomedov'],
    note: 'A contact in an opening "After …" phrase has no day from the main clause (the article\'s, as the news of the day); "First," carries on the meetings the sentence before told, on their day.',
  },
  {
    name: 'class 7: "X is currently holding a meeting with Y" is today; "…, at a press conference he held on March 13" is the telling\'s day',
    date: '2024-03-14',
    text: paras(
      `Whitcombe arrived in Tbilisi on Tuesday for a two-day visit. He toured the old town and laid a wreath at the memorial.`,
      `The spokesman said the foreign ministers will hold a meeting in Baku, at a press conference he held on March 13.`,
      `Following the talks, Whitcombe is currently holding a meeting with Prime Minister Davit Lomidze at the government building.`,
      `Orlov will be hosted by Mammadli at the meeting.`,
    ),
    contacts: [
      { a: 'Daniel Whitcombe', b: 'Davit Lomidze', kind: 'meeting', date: '2024-03-14', dateText: 'is currently' },
      { a: 'Gennady Orlov', b: 'Rauf Mammadli', kind: 'meeting', status: 'planned', date: null },
    ],
  },
  {
    name: 'class 1: "with participation of the U.S. Secretary of State X, A and B met" gives every pair (an initial\'s full stop ends no list)',
    date: '2024-07-10',
    text: paras(
      `On 10 July 2024, under the initiative and with participation of the U.S. Secretary of State Daniel J. Whitcombe, the Minister of Foreign Affairs of Azerbaijan Rauf Mammadli and Minister of Foreign Affairs of Armenia Hovik Sargsian met in Washington, D.C. on the sidelines of the summit.`,
    ),
    contacts: [
      { a: 'Daniel Whitcombe', b: 'Rauf Mammadli', kind: 'meeting', date: '2024-07-10', dateText: 'On 10 July 2024' },
      { a: 'Daniel Whitcombe', b: 'Hovik Sargsian', kind: 'meeting', date: '2024-07-10', dateText: 'On 10 July 2024' },
      { a: 'Rauf Mammadli', b: 'Hovik Sargsian', kind: 'meeting', date: '2024-07-10', dateText: 'On 10 July 2024' },
    ],
  },
  {
    name: 'class 1: "X, <a role of 120+ characters>, met with a delegation led by Y" is X\'s meeting, not the body at the end of the role',
    date: '2025-11-19',
    text: paras(
      `Farid Nasibli, Assistant to the President and Head of the Foreign Policy Affairs Department of the Ministry of Foreign Affairs of Azerbaijan, met on Wednesday with a US delegation led by Allison Hooker.`,
    ),
    contacts: [{ a: 'Farid Nasibli', b: 'Allison Hooker', kind: 'meeting', date: '2025-11-19', dateText: 'on Wednesday' }],
    discovered: ['Farid Nasibli', 'Allison Hooker'],
  },
  {
    name: 'class 1: a three-way phone call gives every pair',
    date: '2023-05-17',
    text: paras(
      `Secretary of State Daniel Whitcombe held a three-way phone call with Sargsian and Mammadli on Tuesday, the State Department said.`,
    ),
    contacts: [
      { a: 'Daniel Whitcombe', b: 'Hovik Sargsian', kind: 'call', date: '2023-05-16', dateText: 'on Tuesday' },
      { a: 'Daniel Whitcombe', b: 'Rauf Mammadli', kind: 'call', date: '2023-05-16', dateText: 'on Tuesday' },
      { a: 'Hovik Sargsian', b: 'Rauf Mammadli', kind: 'call', date: '2023-05-16', dateText: 'on Tuesday' },
    ],
  },
  {
    name: 'class 1: "met them separately" gives a contact with each, none between them',
    date: '2023-05-17',
    text: paras(`Iranian Foreign Minister Reza Tabatabai met Sargsian and Mammadli separately on Monday in Tehran.`),
    contacts: [
      { a: 'Reza Tabatabai', b: 'Hovik Sargsian', kind: 'meeting', date: '2023-05-15', dateText: 'on Monday' },
      { a: 'Reza Tabatabai', b: 'Rauf Mammadli', kind: 'meeting', date: '2023-05-15', dateText: 'on Monday' },
    ],
    exhaustive: true,
  },
  {
    name: 'class 1: "the leaders of Armenia, Azerbaijan and Georgia will meet" is a planned meeting of every pair',
    date: '2024-03-06',
    text: paras(
      `The leaders of Armenia, Azerbaijan and Georgia will meet in Tbilisi on Thursday, the Georgian prime minister's office announced.`,
    ),
    contacts: [
      { a: 'Aram Vardanyan', b: 'Ilgar Guliyev', kind: 'meeting', date: '2024-03-07', dateText: 'on Thursday', status: 'planned' },
      { a: 'Aram Vardanyan', b: 'Davit Lomidze', kind: 'meeting', date: '2024-03-07', dateText: 'on Thursday', status: 'planned' },
      { a: 'Ilgar Guliyev', b: 'Davit Lomidze', kind: 'meeting', date: '2024-03-07', dateText: 'on Thursday', status: 'planned' },
    ],
  },
  {
    name: 'class 1: "X hosted his Armenian and Azerbaijani counterparts" gives every pair',
    date: '2023-05-20',
    text: paras(
      `Russian Foreign Minister Gennady Orlov hosted his Armenian and Azerbaijani counterparts at a villa outside Moscow on Friday.`,
    ),
    contacts: [
      { a: 'Gennady Orlov', b: 'Hovik Sargsian', kind: 'meeting', date: '2023-05-19', dateText: 'on Friday' },
      { a: 'Gennady Orlov', b: 'Rauf Mammadli', kind: 'meeting', date: '2023-05-19', dateText: 'on Friday' },
      { a: 'Hovik Sargsian', b: 'Rauf Mammadli', kind: 'meeting', date: '2023-05-19', dateText: 'on Friday' },
    ],
  },
  {
    name: 'class 1: a trilateral meeting of three named leaders ("X, Y and Z held a trilateral meeting")',
    date: '2022-10-12',
    text: paras(`Vandamme, Vardanyan and Guliyev held a trilateral meeting in Prague on October 6, on the sidelines of the summit.`),
    contacts: [
      { a: 'Pieter Vandamme', b: 'Aram Vardanyan', kind: 'meeting', date: '2022-10-06', dateText: 'on October 6' },
      { a: 'Pieter Vandamme', b: 'Ilgar Guliyev', kind: 'meeting', date: '2022-10-06', dateText: 'on October 6' },
      { a: 'Aram Vardanyan', b: 'Ilgar Guliyev', kind: 'meeting', date: '2022-10-06', dateText: 'on October 6' },
    ],
  },
  {
    name: 'class 1: "A and B were joined by C" is a meeting of all three, on the day the sentence before gives',
    date: '2023-05-20',
    text: paras(
      `The foreign ministers of Armenia and Azerbaijan met in Geneva on Friday.`,
      `Sargsian and Mammadli were joined by the EU special representative Henrik Aalto for the second half of the talks.`,
    ),
    contacts: [
      { a: 'Hovik Sargsian', b: 'Rauf Mammadli', kind: 'meeting', date: '2023-05-19', dateText: 'on Friday' },
      { a: 'Hovik Sargsian', b: 'Henrik Aalto', kind: 'meeting', date: '2023-05-19', dateText: 'on Friday' },
      { a: 'Rauf Mammadli', b: 'Henrik Aalto', kind: 'meeting', date: '2023-05-19', dateText: 'on Friday' },
    ],
  },
  {
    name: 'class 1: "a telephone conversation took place between A and B"',
    date: '2023-05-17',
    text: paras(
      `On May 16, a telephone conversation took place between Foreign Minister Rauf Mammadli and Secretary of State Daniel Whitcombe, the ministry said.`,
    ),
    contacts: [{ a: 'Rauf Mammadli', b: 'Daniel Whitcombe', kind: 'call', date: '2023-05-16', dateText: 'On May 16' }],
  },
  {
    name: 'class 1: "the meeting of the envoys, A and B, took place" and "A and B discussed … during a meeting"',
    date: '2023-05-17',
    text: paras(
      `The third meeting of the special envoys, Ambassador Hakan Öztürk and Foreign Minister Hovik Sargsian, took place in Vienna on May 12.`,
      `Vardanyan and Guliyev on Tuesday discussed the border commission during a meeting on the sidelines of the summit.`,
    ),
    contacts: [
      { a: 'Hakan Öztürk', b: 'Hovik Sargsian', kind: 'meeting', date: '2023-05-12', dateText: 'on May 12' },
      { a: 'Aram Vardanyan', b: 'Ilgar Guliyev', kind: 'meeting', date: '2023-05-16', dateText: 'on Tuesday' },
    ],
  },
];

const byOffice: Case[] = [
  {
    name: 'class 2: "X called the Armenian prime minister" is a call with the holder; "called the prime minister\'s remarks …" is none',
    date: '2023-06-07',
    text: paras(
      `Orlov called the Armenian prime minister on Tuesday to discuss the border commission.`,
      `Mammadli called the Armenian prime minister's remarks a provocation.`,
    ),
    contacts: [{ a: 'Gennady Orlov', b: 'Aram Vardanyan', kind: 'call', date: '2023-06-06', dateText: 'on Tuesday' }],
  },
  {
    name: 'class 2: "Armenia\'s prime minister said" is the holder of the office on the article date',
    date: '2023-09-20',
    text: paras(`Armenia's prime minister said on Tuesday that his government would not be drawn into the fighting.`),
    reported: [
      {
        speaker: 'Aram Vardanyan',
        sentence: `Armenia's prime minister said on Tuesday that his government would not be drawn into the fighting.`,
      },
    ],
  },
  {
    name: 'class 2: "the Armenian Foreign Minister" capitalised, with no name anywhere',
    date: '2023-09-20',
    text: paras(`The Armenian Foreign Minister told reporters in New York that the humanitarian situation was deteriorating by the hour.`),
    reported: [
      {
        speaker: 'Hovik Sargsian',
        sentence: 'The Armenian Foreign Minister told reporters in New York that the humanitarian situation was deteriorating by the hour.',
      },
    ],
  },
  {
    name: 'class 2: "his Azerbaijani counterpart" is the other party\'s counterpart',
    date: '2023-05-17',
    text: paras(
      `Armenian Foreign Minister Hovik Sargsian spoke by phone with his Azerbaijani counterpart on Tuesday about the border commission.`,
    ),
    contacts: [{ a: 'Hovik Sargsian', b: 'Rauf Mammadli', kind: 'call', date: '2023-05-16', dateText: 'on Tuesday' }],
  },
];

const distantAttribution: Case[] = [
  {
    name: 'class 2: "Minister of Territorial Administration and Infrastructures X" is one title; "Ambassador highlighted", "Iranian envoy to Armenia said" with no article',
    date: '2021-11-01',
    text: paras(
      `Armenian Minister of Territorial Administration and Infrastructures Gnel Sargsyan met with Iranian Ambassador to Armenia Abbas Tehrani on Monday.`,
      `Ambassador highlighted the reliable relations between Armenia and Iran.`,
      `Iranian envoy to Armenia, for his part, said that there is a good cooperation with Armenia’s ministry, expressing confidence that it will continue.`,
      `The minister attached importance to the roads in Syunik, stating that works are under way.`,
    ),
    reported: [
      { speaker: 'Abbas Tehrani', sentence: 'Ambassador highlighted the reliable relations between Armenia and Iran.' },
      {
        speaker: 'Abbas Tehrani',
        sentence:
          'Iranian envoy to Armenia, for his part, said that there is a good cooperation with Armenia’s ministry, expressing confidence that it will continue.',
      },
      { speaker: 'Gnel Sargsyan', sentence: 'The minister attached importance to the roads in Syunik, stating that works are under way.' },
    ],
    contacts: [{ a: 'Gnel Sargsyan', b: 'Abbas Tehrani', kind: 'meeting', date: '2021-11-01', dateText: 'on Monday' }],
    discovered: ['Gnel Sargsyan', 'Abbas Tehrani'],
    note: 'A minister\'s field may hold one "and" (no country in it); agencies open sentences with a role noun and no article.',
  },

  {
    name: 'class 5: "Foreign Minister X and Ambassador Y discussed …, the ministry said" is the ministry\'s account, the minister\'s ministry',
    date: '2020-07-24',
    text: paras(
      `Foreign Minister Rauf Mammadli and French Ambassador Pierre Lacombe discussed the border situation, the ministry said on Thursday.`,
    ),
    reported: [
      {
        speaker: 'Ministry of Foreign Affairs of Azerbaijan',
        sentence:
          'Foreign Minister Rauf Mammadli and French Ambassador Pierre Lacombe discussed the border situation, the ministry said on Thursday.',
      },
    ],
    notSaidBy: [
      { text: 'discussed the border', speaker: 'Rauf Mammadli' },
      { text: 'discussed the border', speaker: 'Pierre Lacombe' },
    ],
    contacts: [{ a: 'Rauf Mammadli', b: 'Pierre Lacombe', kind: 'meeting', date: '2020-07-24' }],
    discovered: ['Pierre Lacombe'],
  },

  {
    name: 'class 2: "Turkish Ambassador Extraordinary and Plenipotentiary X" … "the Turkish envoy expressed" … "He also stressed" are X',
    date: '2020-07-24',
    text: paras(
      `Foreign Minister Rauf Mammadli received Turkish Ambassador Extraordinary and Plenipotentiary Kemal Ozdemir on Thursday.`,
      `Mammadli said the border attack was a premeditated provocation.`,
      `In turn, the Turkish envoy expressed condolences to the families of the servicemen.`,
      `He also stressed that “our grief is shared”.`,
    ),
    reported: [
      { speaker: 'Rauf Mammadli', sentence: 'Mammadli said the border attack was a premeditated provocation.' },
      { speaker: 'Kemal Ozdemir', sentence: 'In turn, the Turkish envoy expressed condolences to the families of the servicemen.' },
      { speaker: 'Kemal Ozdemir', sentence: 'He also stressed that “our grief is shared”.' },
    ],
    quotes: [{ speaker: 'Kemal Ozdemir', text: 'our grief is shared' }],
    contacts: [{ a: 'Rauf Mammadli', b: 'Kemal Ozdemir', kind: 'meeting', date: '2020-07-23', dateText: 'on Thursday' }],
    discovered: ['Kemal Ozdemir'],
    note: '"Extraordinary and Plenipotentiary" is one title, so its country is his; an envoy named by country is an ambassador of it named before.',
  },

  {
    name: 'class 3: "X called the ties a valuable asset and stated, “…”" is reported speech and a quote; "X stated: “…”" only a quote',
    date: '2024-06-27',
    text: paras(
      `Orlov called the ties with Baku a valuable asset and stated, “Our relations are a priority of our foreign policy.”`,
      `Orlov stated: “We will meet again in the autumn.”`,
    ),
    quotes: [
      { speaker: 'Gennady Orlov', text: 'Our relations are a priority of our foreign policy.' },
      { speaker: 'Gennady Orlov', text: 'We will meet again in the autumn.' },
    ],
    reported: [
      {
        speaker: 'Gennady Orlov',
        sentence: `Orlov called the ties with Baku a valuable asset and stated, “Our relations are a priority of our foreign policy.”`,
      },
    ],
  },

  {
    name: 'class 2: "The Deputy Minister expressed" is the deputy minister named before, not the minister named since',
    date: '2024-06-27',
    text: paras(
      `Farid Nasibli, Deputy Minister of Foreign Affairs of Azerbaijan, met with Russia's Foreign Minister, Gennady Orlov, in Moscow.`,
      `Orlov stressed the importance of the border talks.`,
      `The Deputy Minister expressed condolences over the flood victims.`,
    ),
    reported: [
      { speaker: 'Gennady Orlov', sentence: 'Orlov stressed the importance of the border talks.' },
      { speaker: 'Farid Nasibli', sentence: 'The Deputy Minister expressed condolences over the flood victims.' },
    ],
    contacts: [{ a: 'Farid Nasibli', b: 'Gennady Orlov', kind: 'meeting', date: '2024-06-27' }],
    discovered: ['Farid Nasibli'],
    note: 'A role noun goes to the latest person whose role holds all its words (a word or two between), before one whose role holds only its head; a rank it names ("deputy") is never dropped.',
  },

  {
    name: 'class 3: a statement-first opening whose speaker is named in the next sentence',
    date: '2023-05-17',
    text: paras(
      `“We will not accept preconditions that were never part of the agenda.”`,
      `With these words Azerbaijani Foreign Minister Rauf Mammadli opened the round of talks in Geneva on Tuesday.`,
    ),
    quotes: [{ speaker: 'Rauf Mammadli', text: 'We will not accept preconditions that were never part of the agenda.' }],
  },
  {
    name: 'class 3: "He added:" followed by two paragraphs in quotation marks',
    date: '2023-05-17',
    text: paras(
      `Sargsian met journalists in Yerevan after the talks. He added:`,
      `“The commission has agreed on the first section of the border.`,
      `“The next round will take place in Yerevan before the summer.”`,
    ),
    quotes: [
      { speaker: 'Hovik Sargsian', text: 'The commission has agreed on the first section of the border.' },
      { speaker: 'Hovik Sargsian', text: 'The next round will take place in Yerevan before the summer.' },
    ],
  },
  {
    name: 'class 3: "X told reporters before the meeting:" and a quoted paragraph',
    date: '2023-05-17',
    text: paras(`Tabatabai told reporters before the meeting:`, `“Our region does not need outside powers to settle its disputes.”`),
    quotes: [{ speaker: 'Reza Tabatabai', text: 'Our region does not need outside powers to settle its disputes.' }],
  },
  {
    name: 'class 3: "According to him" after a sentence that names two people is the one who spoke',
    date: '2023-05-17',
    text: paras(
      `Sargsian said after his talks with Orlov that the sides had agreed on a new round of consultations.`,
      `According to him, the consultations will focus on the reopening of transport links.`,
    ),
    reported: [
      {
        speaker: 'Hovik Sargsian',
        sentence: 'Sargsian said after his talks with Orlov that the sides had agreed on a new round of consultations.',
      },
      { speaker: 'Hovik Sargsian', sentence: 'According to him, the consultations will focus on the reopening of transport links.' },
    ],
  },
  {
    name: 'class 3: "Foreign Minister X of Y said:" is X, a person the dictionary does not know',
    date: '2023-05-17',
    text: paras(`Foreign Minister Tomas Lindqvist of Sweden said: “Dialogue is the only road to a lasting settlement.”`),
    quotes: [{ speaker: 'Tomas Lindqvist', text: 'Dialogue is the only road to a lasting settlement.' }],
    discovered: ['Tomas Lindqvist'],
  },
];

const voices: Case[] = [
  {
    name: 'class 3: "the agency quoted X as saying", and the quoted paragraph after it is X\'s too',
    date: '2023-10-24',
    text: paras(
      `"The border question is settled in principle," the state news agency quoted Foreign Minister Gennady Orlov as saying in Tehran.`,
      `"What remains are practical steps, and they will take time."`,
    ),
    quotes: [
      { speaker: 'Gennady Orlov', text: 'The border question is settled in principle,' },
      { speaker: 'Gennady Orlov', text: 'What remains are practical steps, and they will take time.' },
    ],
  },
  {
    name: "class 3: a quotation opening the paragraph after a person's statement is that person's",
    date: '2023-05-20',
    text: paras(
      `This was announced by Iranian Foreign Minister Reza Tabatabai in his opening remarks at Friday's meeting with Sargsian.`,
      `“Our doors are open to every initiative that respects the sovereignty of the states of the region.”`,
    ),
    quotes: [
      {
        speaker: 'Reza Tabatabai',
        text: 'Our doors are open to every initiative that respects the sovereignty of the states of the region.',
      },
    ],
  },
  {
    name: 'class 3: "X supported him: “…”" and "According to the release, X “condemned …”"',
    date: '2023-05-20',
    text: paras(
      `Mammadli did not rule out a joint appeal. Sargsian supported him: “We will make that proposal together.”`,
      `According to the release of the French foreign ministry, Delorme “condemned the shelling of civilian areas in the strongest terms.”`,
    ),
    quotes: [
      { speaker: 'Hovik Sargsian', text: 'We will make that proposal together.' },
      { speaker: 'Claire Delorme', text: 'condemned the shelling of civilian areas in the strongest terms.' },
    ],
  },
  {
    name: 'class 4: "the ministry spokeswoman, <name>, told": the name in the appositive is the speaker',
    date: '2023-05-20',
    text: paras(`“A new round is being prepared,” the ministry spokeswoman, Lilit Avetisian, told the state news agency.`),
    quotes: [{ speaker: 'Lilit Avetisian', text: 'A new round is being prepared,' }],
    discovered: ['Lilit Avetisian'],
    notSaidBy: [{ text: 'A new round', speaker: 'Irina Volkova' }],
  },
  {
    name: 'class 5: "reads the statement" after "the statement by X" is X\'s',
    date: '2023-05-20',
    text: paras(
      `The ministers accepted the proposal to meet, according to the statement by the Organization for Security and Co-operation in Europe.`,
      `“The parties agreed to continue the dialogue in the same format,” reads the statement.`,
    ),
    quotes: [
      {
        speaker: 'Organization for Security and Co-operation in Europe',
        text: 'The parties agreed to continue the dialogue in the same format,',
      },
    ],
  },
  {
    name: 'class 3: "X provided an overview … and stated that …": the second verb shares the subject',
    date: '2023-05-20',
    text: paras(`Aalto provided an overview of the incidents since the last round and stated that the situation had remained calm.`),
    reported: [
      {
        speaker: 'Henrik Aalto',
        sentence: 'Aalto provided an overview of the incidents since the last round and stated that the situation had remained calm.',
      },
    ],
  },
  {
    name: 'class 3: an attitude verb under a said-clause does not take the quotation from its speaker',
    date: '2023-05-20',
    text: paras(
      `State Department spokesman Colin Mercer said Washington regretted the decision and remained ready to host the ministers "at the earliest opportunity."`,
    ),
    quotes: [{ speaker: 'Colin Mercer', text: 'at the earliest opportunity.' }],
  },
];

const titles: Case[] = [
  {
    name: 'class 4: "President of the European Council X stated" and "between the Minister of Foreign Affairs of Y, X, and Z"',
    date: '2023-09-07',
    text: paras(
      `The EU is ready to contribute to the talks, President of the European Council Pieter Vandamme stated.`,
      `On September 7, a telephone conversation took place between the Minister of Foreign Affairs of the Republic of Azerbaijan, Rauf Mammadli, and Daniel Whitcombe, the Secretary of State, the ministry said.`,
    ),
    reported: [
      {
        speaker: 'Pieter Vandamme',
        sentence: 'The EU is ready to contribute to the talks, President of the European Council Pieter Vandamme stated.',
      },
    ],
    contacts: [{ a: 'Rauf Mammadli', b: 'Daniel Whitcombe', kind: 'call', date: '2023-09-07', dateText: 'On September 7' }],
  },
];

const names: Case[] = [
  {
    name: 'class 4: a full name that shares only the surname with a dictionary actor is someone else',
    date: '2023-05-17',
    text: paras(`Opposition lawmaker Vardan Sargsian said on Tuesday that the government had no mandate to sign the deal.`),
    reported: [
      {
        speaker: 'Vardan Sargsian',
        sentence: 'Opposition lawmaker Vardan Sargsian said on Tuesday that the government had no mandate to sign the deal.',
      },
    ],
    discovered: ['Vardan Sargsian'],
    notSaidBy: [{ text: 'no mandate', speaker: 'Hovik Sargsian' }],
  },
  {
    name: 'class 4: a name with an apostrophe and a role after it ("X, the EU\'s special envoy,")',
    date: '2023-05-17',
    text: paras(`Siobhan O'Connell, the EU's special envoy for the region, said the monitoring mission would be extended.`),
    reported: [
      {
        speaker: "Siobhan O'Connell",
        sentence: `Siobhan O'Connell, the EU's special envoy for the region, said the monitoring mission would be extended.`,
      },
    ],
    discovered: ["Siobhan O'Connell"],
  },
  {
    name: 'class 4: a deputy prime minister absent from the dictionary is discovered with his role',
    date: '2023-05-17',
    text: paras(`Deputy Prime Minister Tigran Abovian told parliament that the commission would meet again in June.`),
    reported: [
      {
        speaker: 'Tigran Abovian',
        sentence: 'Deputy Prime Minister Tigran Abovian told parliament that the commission would meet again in June.',
      },
    ],
    discovered: ['Tigran Abovian'],
  },
];

const discoveredNames: Case[] = [
  {
    name: 'class 4: a name the text introduces without a title is a person when its surname speaks later',
    date: '2023-05-20',
    text: paras(
      `According to the de facto foreign minister of the breakaway region, Tamaz Kvarchia, the talks could move to another city.`,
      `Kvarchia said the current venue had become hostile.`,
    ),
    reported: [
      {
        speaker: 'Tamaz Kvarchia',
        sentence:
          'According to the de facto foreign minister of the breakaway region, Tamaz Kvarchia, the talks could move to another city.',
      },
      { speaker: 'Tamaz Kvarchia', sentence: 'Kvarchia said the current venue had become hostile.' },
    ],
    discovered: ['Tamaz Kvarchia'],
  },
  {
    name: 'class 4: a place that ends a title ("President of Artsakh X", "Ambassador to Iran Y") is not part of the name',
    date: '2020-11-24',
    text: paras(
      `Later, President of Artsakh Arman Vardazaryan informed that the situation in the town was under control.`,
      `Tabatabai met on Monday with the Armenian Ambassador to Iran Gurgen Petrosyants.`,
    ),
    reported: [
      {
        speaker: 'Arman Vardazaryan',
        sentence: 'Later, President of Artsakh Arman Vardazaryan informed that the situation in the town was under control.',
      },
    ],
    contacts: [{ a: 'Reza Tabatabai', b: 'Gurgen Petrosyants', kind: 'meeting', date: '2020-11-23', dateText: 'on Monday' }],
    discovered: ['Arman Vardazaryan', 'Gurgen Petrosyants'],
  },
  {
    name: 'class 4: a name written surname first ("Liu Wen … Liu said") is one person',
    date: '2023-05-20',
    text: paras(
      `Chinese Foreign Minister Liu Wen received Lomidze in Beijing on Friday.`,
      `Liu said that China was ready to deepen its strategic partnership with Georgia.`,
    ),
    reported: [{ speaker: 'Liu Wen', sentence: 'Liu said that China was ready to deepen its strategic partnership with Georgia.' }],
    discovered: ['Liu Wen'],
  },
  {
    name: 'class 5: "The Co-Chairs encouraged …", "regret that …": an organisation\'s attitudes are its statements',
    date: '2023-05-20',
    text: paras(
      `The OSCE encouraged the sides to refrain from inflammatory rhetoric.`,
      `The OSCE regrets that it was not possible to hold the joint meeting in Stockholm.`,
    ),
    reported: [
      {
        speaker: 'Organization for Security and Co-operation in Europe',
        sentence: 'The OSCE encouraged the sides to refrain from inflammatory rhetoric.',
      },
      {
        speaker: 'Organization for Security and Co-operation in Europe',
        sentence: 'The OSCE regrets that it was not possible to hold the joint meeting in Stockholm.',
      },
    ],
  },
];

const reportedForms: Case[] = [
  {
    name: 'class 5: "X reported that", "did not rule out", "the top Iranian diplomat underscored", and a body the dictionary lacks',
    date: '2023-05-20',
    text: paras(
      `Yerevan, in turn, reported that two servicemen were wounded.`,
      `Guliyev did not rule out a joint appeal to the committee.`,
      `In the telephone conversation, the top Iranian diplomat underscored that borders in the region must not change.`,
      `According to the Emergency Management Service, heavy rains flooded dozens of houses.`,
    ),
    reported: [
      { speaker: 'Government of Armenia', sentence: 'Yerevan, in turn, reported that two servicemen were wounded.' },
      { speaker: 'Ilgar Guliyev', sentence: 'Guliyev did not rule out a joint appeal to the committee.' },
      {
        speaker: 'Reza Tabatabai',
        sentence: 'In the telephone conversation, the top Iranian diplomat underscored that borders in the region must not change.',
      },
      {
        speaker: 'Emergency Management Service',
        sentence: 'According to the Emergency Management Service, heavy rains flooded dozens of houses.',
      },
    ],
    discovered: ['Emergency Management Service'],
  },
  {
    name: 'class 6: "said in a tweet that … “…”" is reported speech with a quotation; "X, quoted by the media, said Tehran “…”" is X\'s',
    date: '2023-05-20',
    text: paras(
      `After the meeting, Lomidze said in a tweet that the partnership “is becoming stronger day by day.”`,
      `Iranian Foreign Minister Reza Tabatabai, quoted by state media, said Tehran “was ready to help.”`,
    ),
    reported: [
      {
        speaker: 'Davit Lomidze',
        sentence: 'After the meeting, Lomidze said in a tweet that the partnership “is becoming stronger day by day.”',
      },
      {
        speaker: 'Reza Tabatabai',
        sentence: 'Iranian Foreign Minister Reza Tabatabai, quoted by state media, said Tehran “was ready to help.”',
      },
    ],
    quotes: [
      { speaker: 'Davit Lomidze', text: 'is becoming stronger day by day.' },
      { speaker: 'Reza Tabatabai', text: 'was ready to help.' },
    ],
  },
];

const bodies: Case[] = [
  {
    name: 'class 5: "…, it said" is the body that spoke last; "the Russian FM noted"; "He also commended"',
    date: '2023-05-20',
    text: paras(
      `The Russian Foreign Ministry said the talks would continue in Moscow. The sides will meet again in June, it said.`,
      `The Russian FM noted that the conditions for a settlement had been created.`,
      `He also commended the efforts of both sides.`,
    ),
    reported: [
      {
        speaker: 'Ministry of Foreign Affairs of Russia',
        sentence: 'The Russian Foreign Ministry said the talks would continue in Moscow.',
      },
      { speaker: 'Ministry of Foreign Affairs of Russia', sentence: 'The sides will meet again in June, it said.' },
      { speaker: 'Gennady Orlov', sentence: 'The Russian FM noted that the conditions for a settlement had been created.' },
      { speaker: 'Gennady Orlov', sentence: 'He also commended the efforts of both sides.' },
    ],
  },
];

const organisations: Case[] = [
  {
    name: 'class 5: "the ministry said in a statement" is the ministry of the country spoken of',
    date: '2023-05-17',
    text: paras(
      `Mammadli received the ambassador of France in Baku on Tuesday.`,
      `The ministry said in a statement that Baku expected Paris to take a balanced position.`,
    ),
    reported: [
      {
        speaker: 'Ministry of Foreign Affairs of Azerbaijan',
        sentence: 'The ministry said in a statement that Baku expected Paris to take a balanced position.',
      },
    ],
  },
  {
    name: 'class 5: an agentless readout sentence is kept without a speaker, not given to the last voice',
    date: '2023-05-17',
    text: paras(
      `Sargsian said the talks in Washington had been constructive.`,
      `It was noted that the sides would continue work on the text of the agreement.`,
    ),
    reported: [{ speaker: 'Hovik Sargsian', sentence: 'Sargsian said the talks in Washington had been constructive.' }],
    notSaidBy: [{ text: 'It was noted', speaker: 'Hovik Sargsian' }],
  },
];

const quoteStyles: Case[] = [
  {
    name: 'class 6: straight single quotes around a whole statement',
    date: '2023-05-17',
    text: paras(`'We are ready to sign the agreement this year,' Sargsian told reporters in Brussels.`),
    quotes: [{ speaker: 'Hovik Sargsian', text: 'We are ready to sign the agreement this year,' }],
  },
  {
    name: 'class 6: a quotation inside a quoted statement belongs to the outer speaker',
    date: '2023-05-17',
    text: paras(`“The President told me: ‘we will not wait for ever’, and I took him at his word,” Tabatabai said.`),
    quotes: [{ speaker: 'Reza Tabatabai', text: 'The President told me: ‘we will not wait for ever’, and I took him at his word,' }],
  },
  {
    name: 'class 6: a quotation above the dateline is the speaker of the story',
    date: '2023-05-17',
    text: paras(
      `“The door to peace is open, but not for ever.”`,
      `YEREVAN, May 17 (Reuters) - Armenian Foreign Minister Hovik Sargsian said on Wednesday that a peace agreement could be signed within months.`,
    ),
    quotes: [{ speaker: 'Hovik Sargsian', text: 'The door to peace is open, but not for ever.' }],
  },
];

const datesAndStatus: Case[] = [
  {
    name: 'class 7: "on Thursday" in a Wednesday article with a future verb is tomorrow',
    date: '2024-06-05',
    text: paras(`Sargsian will meet Delorme in Paris on Thursday, the Armenian Foreign Ministry said.`),
    contacts: [
      { a: 'Hovik Sargsian', b: 'Claire Delorme', kind: 'meeting', date: '2024-06-06', dateText: 'on Thursday', status: 'planned' },
    ],
  },
  {
    name: 'class 7: "later today" is the article date, planned',
    date: '2024-06-05',
    text: paras(`Orlov is expected to hold talks with Tabatabai later today.`),
    contacts: [
      { a: 'Gennady Orlov', b: 'Reza Tabatabai', kind: 'meeting', date: '2024-06-05', dateText: 'later today', status: 'planned' },
    ],
  },
  {
    name: 'class 7: a contact told inside a quotation, with its own date',
    date: '2023-09-20',
    text: paras(`“I told President Guliyev on September 14 that force would settle nothing,” Vardanyan said.`),
    quotes: [{ speaker: 'Aram Vardanyan', text: 'I told President Guliyev on September 14 that force would settle nothing,' }],
    contacts: [{ a: 'Aram Vardanyan', b: 'Ilgar Guliyev', kind: 'other', date: '2023-09-14', dateText: 'on September 14' }],
  },
  {
    name: 'class 7: "expects to agree on the terms of a telephone conversation" is a planned call',
    date: '2023-09-20',
    text: paras(`The Kremlin expects to agree on the terms of a telephone conversation between Orlov and Tabatabai in the coming days.`),
    contacts: [{ a: 'Gennady Orlov', b: 'Reza Tabatabai', kind: 'call', date: null, status: 'planned' }],
  },
  {
    name: 'class 7: "will not fly to" a meeting is a cancelled one',
    date: '2023-09-20',
    text: paras(`Mammadli will not fly to Granada for the meeting with Sargsian, the Azerbaijani Foreign Ministry said on Wednesday.`),
    contacts: [{ a: 'Rauf Mammadli', b: 'Hovik Sargsian', kind: 'meeting', date: null, status: 'cancelled' }],
  },
  {
    name: 'class 7: a meeting that "proved impossible" is cancelled',
    date: '2023-09-20',
    text: paras(`A meeting between Vardanyan and Guliyev in Granada proved impossible, Vandamme told reporters.`),
    contacts: [{ a: 'Aram Vardanyan', b: 'Ilgar Guliyev', kind: 'meeting', date: null, status: 'cancelled' }],
  },
];

const pronounParties: Case[] = [
  {
    name: 'class 1: "He also met with X" is a contact of the person the sentences before were about',
    date: '2023-05-20',
    text: paras(
      `Iranian Foreign Minister Reza Tabatabai arrived in Yerevan on Friday for a two-day visit.`,
      `He also met with Vardanyan and discussed the transit corridor through southern Armenia.`,
    ),
    contacts: [{ a: 'Reza Tabatabai', b: 'Aram Vardanyan', kind: 'meeting', date: null }],
  },
  {
    name: 'class 1: a Georgian or Armenian surname makes a person of a name with no title ("talks with Nino Beridze")',
    date: '2023-05-20',
    text: paras(`Lomidze held talks with Nino Beridze and Armen Gasparyan in Tbilisi on Friday.`),
    contacts: [
      { a: 'Davit Lomidze', b: 'Nino Beridze', kind: 'meeting', date: '2023-05-19', dateText: 'on Friday' },
      { a: 'Davit Lomidze', b: 'Armen Gasparyan', kind: 'meeting', date: '2023-05-19', dateText: 'on Friday' },
    ],
    discovered: ['Nino Beridze', 'Armen Gasparyan'],
  },
];

const bracketed: Case[] = [
  {
    name: 'class 1: "the foreign ministers of A (X) and B (Y) met" and "A, B and C gathered"',
    date: '2023-05-17',
    text: paras(
      `The foreign ministers of Armenia (Hovik Sargsian) and Azerbaijan (Rauf Mammadli) met in Geneva today.`,
      `Orlov, his Turkish counterpart Hakan Öztürk and Tabatabai gathered on the sidelines of the summit on Monday.`,
    ),
    contacts: [
      { a: 'Hovik Sargsian', b: 'Rauf Mammadli', kind: 'meeting', date: '2023-05-17', dateText: 'today' },
      { a: 'Gennady Orlov', b: 'Hakan Öztürk', kind: 'meeting', date: '2023-05-15', dateText: 'on Monday' },
      { a: 'Gennady Orlov', b: 'Reza Tabatabai', kind: 'meeting', date: '2023-05-15', dateText: 'on Monday' },
      { a: 'Hakan Öztürk', b: 'Reza Tabatabai', kind: 'meeting', date: '2023-05-15', dateText: 'on Monday' },
    ],
  },
];

const hosts: Case[] = [
  {
    name: 'class 1: "X hosted his counterparts from A and B"; "when meeting with Y"; "the meeting was attended by Z"',
    date: '2023-05-16',
    text: paras(
      `Orlov on Monday hosted his counterparts from Armenia and Azerbaijan in Moscow.`,
      `Tabatabai said on Monday when meeting with Lomidze that the corridor would open soon.`,
      `Whitcombe met with Delorme in Washington on Monday; the meeting was attended by Henrik Aalto.`,
    ),
    contacts: [
      { a: 'Gennady Orlov', b: 'Hovik Sargsian', kind: 'meeting', date: '2023-05-15', dateText: 'on Monday' },
      { a: 'Gennady Orlov', b: 'Rauf Mammadli', kind: 'meeting', date: '2023-05-15', dateText: 'on Monday' },
      { a: 'Hovik Sargsian', b: 'Rauf Mammadli', kind: 'meeting', date: '2023-05-15', dateText: 'on Monday' },
      { a: 'Reza Tabatabai', b: 'Davit Lomidze', kind: 'meeting', date: '2023-05-15', dateText: 'on Monday' },
      { a: 'Daniel Whitcombe', b: 'Claire Delorme', kind: 'meeting', date: '2023-05-15', dateText: 'on Monday' },
      { a: 'Henrik Aalto', b: 'Daniel Whitcombe', kind: 'meeting', date: '2023-05-15', dateText: 'on Monday' },
      { a: 'Henrik Aalto', b: 'Claire Delorme', kind: 'meeting', date: '2023-05-15', dateText: 'on Monday' },
    ],
  },
];

const groupAnaphors: Case[] = [
  {
    name: 'class 1: "the three leaders already met … on June 1" is the group named before, on its own day',
    date: '2023-10-05',
    text: paras(
      `Vardanyan and Guliyev were expected to be joined there by Vandamme.`,
      `The three leaders already met in this format in Chisinau on June 1.`,
    ),
    contacts: [
      { a: 'Aram Vardanyan', b: 'Ilgar Guliyev', kind: 'meeting', date: '2023-06-01', dateText: 'on June 1' },
      { a: 'Aram Vardanyan', b: 'Pieter Vandamme', kind: 'meeting', date: '2023-06-01', dateText: 'on June 1' },
      { a: 'Ilgar Guliyev', b: 'Pieter Vandamme', kind: 'meeting', date: '2023-06-01', dateText: 'on June 1' },
    ],
  },
];

const eventDates: Case[] = [
  {
    name: 'class 7: "the summit was hosted by X and attended by Y" takes the day of the summit named before',
    date: '2023-11-24',
    text: paras(
      `Leaders of the alliance met at a summit in Minsk on November 23 without Armenia.`,
      `The summit was hosted by Orlov and attended by Guliyev and Tabatabai.`,
    ),
    contacts: [
      { a: 'Gennady Orlov', b: 'Ilgar Guliyev', kind: 'meeting', date: '2023-11-23', dateText: 'on November 23' },
      { a: 'Gennady Orlov', b: 'Reza Tabatabai', kind: 'meeting', date: '2023-11-23', dateText: 'on November 23' },
      { a: 'Ilgar Guliyev', b: 'Reza Tabatabai', kind: 'meeting', date: '2023-11-23', dateText: 'on November 23' },
    ],
  },
  {
    name: 'class 7: a day in another clause is not the contact\'s ("issued a statement on Wednesday, summing up the talks with …")',
    date: '2019-09-26',
    text: paras(`Aalto issued a statement on Wednesday, summing up his talks with Sargsian in New York.`),
    contacts: [{ a: 'Henrik Aalto', b: 'Hovik Sargsian', kind: 'meeting', date: null }],
  },
  {
    name: 'class 7: "declined to meet" is a cancelled meeting; "in the second half of the day" is today',
    date: '2024-05-13',
    text: paras(
      `Guliyev has declined to meet Whitcombe, who is due in Baku tomorrow, May 14.`,
      `A meeting between Orlov and Mammadli will take place in Moscow in the second half of the day.`,
    ),
    contacts: [
      { a: 'Ilgar Guliyev', b: 'Daniel Whitcombe', kind: 'meeting', date: '2024-05-14', dateText: 'tomorrow, May 14', status: 'cancelled' },
      { a: 'Gennady Orlov', b: 'Rauf Mammadli', kind: 'meeting', date: '2024-05-13', status: 'planned' },
    ],
  },
];

// Summit lists and several-party events told the way wires tell them (issue #9, dev set).
const summitLists: Case[] = [
  {
    name: 'summit list: "X, President of the European Council Y and Z will meet" keeps X in the list',
    date: '2024-03-06',
    text: paras(
      `Armenian Prime Minister Aram Vardanyan, President of the European Council Pieter Vandamme and Azerbaijani President Ilgar Guliyev will meet in Granada on Thursday.`,
    ),
    contacts: [
      { a: 'Aram Vardanyan', b: 'Pieter Vandamme', kind: 'meeting', date: '2024-03-07', dateText: 'on Thursday', status: 'planned' },
      { a: 'Aram Vardanyan', b: 'Ilgar Guliyev', kind: 'meeting', date: '2024-03-07', dateText: 'on Thursday', status: 'planned' },
      { a: 'Pieter Vandamme', b: 'Ilgar Guliyev', kind: 'meeting', date: '2024-03-07', dateText: 'on Thursday', status: 'planned' },
    ],
    exhaustive: true,
  },
  {
    name: 'summit list: members with their roles between commas ("A, Foreign Minister of X, B, …, and C, …, gathered") all meet',
    date: '2023-05-20',
    text: paras(
      `Gennady Orlov, Foreign Minister of Russia, Hovik Sargsian, Foreign Minister of Armenia, and Rauf Mammadli, Foreign Minister of Azerbaijan, gathered in Moscow on Friday.`,
    ),
    contacts: [
      { a: 'Gennady Orlov', b: 'Hovik Sargsian', kind: 'meeting', date: '2023-05-19', dateText: 'on Friday' },
      { a: 'Gennady Orlov', b: 'Rauf Mammadli', kind: 'meeting', date: '2023-05-19', dateText: 'on Friday' },
      { a: 'Hovik Sargsian', b: 'Rauf Mammadli', kind: 'meeting', date: '2023-05-19', dateText: 'on Friday' },
    ],
    exhaustive: true,
  },
  {
    name: 'summit list: a list of leaders who "arrived in the capital for the summit" met there, on the day the sentence before gives',
    date: '2022-11-24',
    text: paras(
      `The leaders of the region met in Minsk on November 23. Aram Vardanyan, Ilgar Guliyev and Davit Lomidze arrived in the Belarusian capital for the summit.`,
    ),
    contacts: [
      { a: 'Aram Vardanyan', b: 'Ilgar Guliyev', kind: 'meeting', date: '2022-11-23', dateText: 'on November 23' },
      { a: 'Aram Vardanyan', b: 'Davit Lomidze', kind: 'meeting', date: '2022-11-23', dateText: 'on November 23' },
      { a: 'Ilgar Guliyev', b: 'Davit Lomidze', kind: 'meeting', date: '2022-11-23', dateText: 'on November 23' },
    ],
    exhaustive: true,
  },
  {
    name: 'summit list: "between X, the US Secretary of State Y and the Spokesperson of the State Department Z" (an organisation inside a title)',
    date: '2024-04-05',
    text: paras(
      `Today, a trilateral meeting will take place between the Prime Minister of Armenia Aram Vardanyan, the US Secretary of State Daniel Whitcombe and the Spokesperson of the State Department Colin Mercer in Brussels.`,
    ),
    contacts: [
      { a: 'Aram Vardanyan', b: 'Daniel Whitcombe', kind: 'meeting', date: '2024-04-05', dateText: 'Today', status: 'planned' },
      { a: 'Aram Vardanyan', b: 'Colin Mercer', kind: 'meeting', date: '2024-04-05', dateText: 'Today', status: 'planned' },
      { a: 'Daniel Whitcombe', b: 'Colin Mercer', kind: 'meeting', date: '2024-04-05', dateText: 'Today', status: 'planned' },
    ],
    exhaustive: true,
  },
  {
    name: 'delegation: "together with X, the talks will be attended by A and B" pairs A and B with the other side, not with X',
    date: '2024-04-05',
    text: paras(
      `Vardanyan will meet Whitcombe in Brussels today.`,
      `Together with Vardanyan, the talks will be attended by Foreign Minister Hovik Sargsian and Deputy Foreign Minister Armen Tovmasyan.`,
    ),
    contacts: [
      { a: 'Aram Vardanyan', b: 'Daniel Whitcombe', kind: 'meeting', date: '2024-04-05', dateText: 'today', status: 'planned' },
      { a: 'Hovik Sargsian', b: 'Daniel Whitcombe', kind: 'meeting', date: '2024-04-05', status: 'planned', optional: true },
      { a: 'Armen Tovmasyan', b: 'Daniel Whitcombe', kind: 'meeting', date: '2024-04-05', status: 'planned', optional: true },
    ],
    discovered: ['Armen Tovmasyan'],
    exhaustive: true,
  },
  {
    name: 'appositive: "received X, the State Department Spokesperson, …" names no organisation as a party',
    date: '2024-10-15',
    text: paras(`On Monday, Foreign Minister Hovik Sargsian received Colin Mercer, the State Department Spokesperson, in Yerevan.`),
    contacts: [{ a: 'Hovik Sargsian', b: 'Colin Mercer', kind: 'meeting', date: '2024-10-14', dateText: 'On Monday' }],
    exhaustive: true,
  },
  {
    name: 'signing: "A and B, in the presence of Z, signed …" is a meeting of all three, on the day "The ceremony took place" gives next',
    date: '2025-08-09',
    text: paras(
      `Prime Minister Aram Vardanyan and President Ilgar Guliyev, in the presence of Pieter Vandamme, signed a declaration to end hostilities. The ceremony took place on Friday, August 8, in Brussels.`,
    ),
    contacts: [
      { a: 'Aram Vardanyan', b: 'Ilgar Guliyev', kind: 'meeting', date: '2025-08-08', dateText: 'Friday, August 8' },
      { a: 'Aram Vardanyan', b: 'Pieter Vandamme', kind: 'meeting', date: '2025-08-08', dateText: 'Friday, August 8' },
      { a: 'Ilgar Guliyev', b: 'Pieter Vandamme', kind: 'meeting', date: '2025-08-08', dateText: 'Friday, August 8' },
    ],
    exhaustive: true,
  },
  {
    name: 'by office: "According to X, foreign ministers of A, B and C will meet" (a plural office with no article) gives every pair',
    date: '2023-09-11',
    text: paras(`According to Orlov, foreign ministers of Russia, Armenia and Azerbaijan will meet again when conditions are ripe.`),
    contacts: [
      { a: 'Gennady Orlov', b: 'Hovik Sargsian', kind: 'meeting', date: null, status: 'planned' },
      { a: 'Gennady Orlov', b: 'Rauf Mammadli', kind: 'meeting', date: null, status: 'planned' },
      { a: 'Hovik Sargsian', b: 'Rauf Mammadli', kind: 'meeting', date: null, status: 'planned' },
    ],
    reported: [
      {
        speaker: 'Gennady Orlov',
        sentence: 'According to Orlov, foreign ministers of Russia, Armenia and Azerbaijan will meet again when conditions are ripe.',
      },
    ],
    exhaustive: true,
  },
];

export const newsAtLargeCases: Case[] = [
  ...multiParty,
  ...byOffice,
  ...distantAttribution,
  ...voices,
  ...titles,
  ...names,
  ...discoveredNames,
  ...organisations,
  ...bodies,
  ...reportedForms,
  ...quoteStyles,
  ...datesAndStatus,
  ...eventDates,
  ...pronounParties,
  ...groupAnaphors,
  ...bracketed,
  ...hosts,
  ...summitLists,
];
