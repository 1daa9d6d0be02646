// Rules written from the classes of error issue #9 names, each with a short invented article of its own
// (extractor version 7): what was discussed as a contact, "X and his counterpart, Y" as one subject, a former
// office holder never taken for "the President", and more below. All people are fictional.
import { paras, type Case } from './types.js';

const discussed: Case[] = [
  {
    name: 'contacts: "X discussed <topics> with Y" is a contact of the two',
    date: '2024-05-10',
    text: paras(
      `Foreign Minister Erlan Seitkali discussed trade, transit and water sharing with Sargsian in Astana on Thursday.`,
      `Seitkali said the two countries would open a direct flight in the autumn.`,
    ),
    contacts: [{ a: 'Erlan Seitkali', b: 'Hovik Sargsian', kind: 'meeting', date: '2024-05-09', dateText: 'on Thursday' }],
    discovered: ['Erlan Seitkali'],
  },
  {
    name: 'contacts: "X and Y discussed …" is a contact of the two; "the border was discussed" (passive) names no parties',
    date: '2024-05-10',
    text: paras(
      `Prime Minister Vardanyan and Foreign Minister Reza Tabatabai discussed the new transit route through Syunik.`,
      `The situation on the border between Armenia and Azerbaijan was also discussed, the government said.`,
    ),
    contacts: [{ a: 'Aram Vardanyan', b: 'Reza Tabatabai', kind: 'meeting', date: null }],
    exhaustive: true,
    reported: [
      {
        speaker: 'Aram Vardanyan',
        sentence: 'Prime Minister Vardanyan and Foreign Minister Reza Tabatabai discussed the new transit route through Syunik.',
        optional: true,
      },
      {
        speaker: 'Government of Armenia',
        sentence: 'The situation on the border between Armenia and Azerbaijan was also discussed, the government said.',
        optional: true,
      },
    ],
  },
  {
    name: 'contacts: what was discussed in a phone call is that call, not a second contact',
    date: '2024-05-10',
    text: paras(
      `Foreign Minister Sargsian had a phone conversation with his Iranian counterpart Reza Tabatabai on Tuesday.`,
      `Sargsian and Tabatabai discussed the opening of regional transport links.`,
    ),
    contacts: [{ a: 'Hovik Sargsian', b: 'Reza Tabatabai', kind: 'call', date: '2024-05-07', dateText: 'on Tuesday' }],
    reported: [
      { speaker: 'Hovik Sargsian', sentence: 'Sargsian and Tabatabai discussed the opening of regional transport links.', optional: true },
    ],
    exhaustive: true,
  },
];

const subjects: Case[] = [
  {
    name: 'contacts: "President X of Russia and his Turkish counterpart Y on Friday discussed … during a phone conversation"',
    date: '2021-04-09',
    text: paras(
      `Foreign Minister Gennady Orlov of Russia and his Turkish counterpart Hakan Öztürk on Friday discussed the ceasefire during a phone conversation that also touched on grain exports.`,
    ),
    contacts: [{ a: 'Gennady Orlov', b: 'Hakan Öztürk', kind: 'call', date: '2021-04-09', dateText: 'on Friday' }],
    reported: [
      {
        speaker: 'Gennady Orlov',
        sentence: `Foreign Minister Gennady Orlov of Russia and his Turkish counterpart Hakan Öztürk on Friday discussed the ceasefire during a phone conversation that also touched on grain exports.`,
        optional: true,
      },
    ],
    exhaustive: true,
  },
  {
    name: 'contacts: "X said he had discussed “…” with Y in a phone call": a quoted topic between the verb and "with"',
    date: '2024-11-25',
    text: paras(`Orlov said he had discussed "the mechanisms for approving decisions" with Foreign Minister Sargsian in a phone call.`),
    // (what was discussed "in a phone call" tells a call)
    contacts: [{ a: 'Gennady Orlov', b: 'Hovik Sargsian', kind: 'call', date: null }],
  },
  {
    name: 'contacts: "X and his German counterpart, Y held a press conference after their meeting" is a meeting of X and Y',
    date: '2024-04-06',
    text: paras(
      `Foreign Minister Samir Haddadin and his German counterpart, Jonas Brenner held a joint press conference on Thursday in Amman after their meeting.`,
    ),
    contacts: [{ a: 'Samir Haddadin', b: 'Jonas Brenner', kind: 'meeting', date: '2024-04-04', dateText: 'on Thursday' }],
    discovered: ['Samir Haddadin', 'Jonas Brenner'],
  },
  {
    name: 'people named by office: "the President" is the one in office, not a former president named before',
    date: '2023-08-19',
    text: paras(
      `President Daniel Mwangi held talks on Friday with a senator who had brokered a deal between former President Joseph Kamau and the opposition in 2018.`,
      `The President hosted Senator Robert Whitfield at the State House.`,
    ),
    contacts: [{ a: 'Daniel Mwangi', b: 'Robert Whitfield', kind: 'meeting', date: null }],
    discovered: ['Daniel Mwangi', 'Joseph Kamau', 'Robert Whitfield'],
  },
];

const voices: Case[] = [
  {
    name: 'speakers: "she said" is the spokeswoman named just before, not the two men named since',
    date: '2018-03-18',
    text: paras(
      `President Ilgar Guliyev arrived in Tbilisi on Saturday, the presidency said.`,
      `The visit was meant to deepen trade between the two countries, Guliyev's spokeswoman Leyla Rzayeva said.`,
      `Guliyev and Lomidze were expected to discuss the new railway. The two countries had always been close partners, she said.`,
    ),
    reported: [
      {
        speaker: 'Leyla Rzayeva',
        sentence: `The visit was meant to deepen trade between the two countries, Guliyev's spokeswoman Leyla Rzayeva said.`,
      },
      { speaker: 'Leyla Rzayeva', sentence: 'The two countries had always been close partners, she said.' },
    ],
    notSaidBy: [{ text: 'close partners', speaker: 'Ilgar Guliyev' }],
    discovered: ['Leyla Rzayeva'],
  },
  {
    name: 'speakers: "According to a readout issued by <spokesperson X>, …" is X, never a body named "A Readout Issued By …"',
    date: '2022-09-16',
    text: paras(
      `Foreign Minister Sargsian spoke with Secretary of State Daniel Whitcombe by phone on Thursday.`,
      `According to a readout issued by State Department spokesperson Colin Mercer, the two discussed "regional connectivity and the peace process."`,
    ),
    quotes: [{ speaker: 'Colin Mercer', text: 'regional connectivity and the peace process.' }],
    reported: [
      {
        speaker: 'Colin Mercer',
        sentence: `According to a readout issued by State Department spokesperson Colin Mercer, the two discussed "regional connectivity and the peace process."`,
        optional: true,
      },
    ],
    noActors: ['a readout issued by State Department spokesperson Colin Mercer'],
  },
];

const contactSubjects: Case[] = [
  {
    name: 'contacts: "X congratulated Y on his victory in a phone call on Monday" is a call of X and Y',
    date: '2024-11-12',
    text: paras(`Foreign Minister Sargsian congratulated Rauf Mammadli on his reappointment in a phone call on Monday.`),
    contacts: [{ a: 'Hovik Sargsian', b: 'Rauf Mammadli', kind: 'call', date: '2024-11-11', dateText: 'on Monday' }],
  },
  {
    name: 'contacts: "X said Y had agreed in a phone call …" names no one X spoke to (a "said" stands between)',
    date: '2024-11-12',
    text: paras(`Sargsian said Mammadli had agreed in a phone call to meet again.`),
    contacts: [],
    reported: [{ speaker: 'Hovik Sargsian', sentence: 'Sargsian said Mammadli had agreed in a phone call to meet again.' }],
    exhaustive: true,
  },
  {
    name: 'contacts: "X arrived in Y for a meeting with Z" is X\'s meeting with Z, not that of someone named before',
    date: '2024-02-25',
    text: paras(
      `Foreign Minister Reza Tabatabai spoke to reporters in Tehran on Friday.`,
      `Prime Minister Vardanyan arrived in Paris on Saturday for a meeting with Claire Delorme, his office said.`,
    ),
    contacts: [{ a: 'Aram Vardanyan', b: 'Claire Delorme', kind: 'meeting', date: '2024-02-24', dateText: 'on Saturday' }],
  },
];

const worldOffices: Case[] = [
  {
    name: 'offices: countries beyond the region ("Kenyan President X … the Kenyan president said"; "Kenya said" is no person)',
    date: '2024-03-12',
    text: paras(
      `Kenyan President Daniel Mwangi received Foreign Minister Sargsian in Nairobi on Monday.`,
      `President Ilgar Guliyev was also in Nairobi that week.`,
      `The Kenyan president said the two countries would open embassies next year.`,
      `Kenya said it was ready to host the next round of talks.`,
    ),
    contacts: [{ a: 'Daniel Mwangi', b: 'Hovik Sargsian', kind: 'meeting', date: '2024-03-11', dateText: 'on Monday' }],
    reported: [{ speaker: 'Daniel Mwangi', sentence: 'The Kenyan president said the two countries would open embassies next year.' }],
    notSaidBy: [
      { text: 'ready to host', speaker: 'Daniel Mwangi' },
      { text: 'ready to host', speaker: 'Ilgar Guliyev' },
    ],
    discovered: ['Daniel Mwangi'],
  },
];

const twoWordOffices: Case[] = [
  {
    name: 'offices: "South African President, X, met …" then "“…,” the South African President said" is X, not the other president',
    date: '2024-06-20',
    text: paras(
      `South African President, Thabo Ndlovu, met with President Guliyev on Thursday.`,
      `Guliyev travelled to Pretoria to attend the inauguration.`,
      `“Thank you for coming. I was very happy to see my brother here,” the South African President said.`,
    ),
    quotes: [{ speaker: 'Thabo Ndlovu', text: 'Thank you for coming. I was very happy to see my brother here,' }],
    contacts: [{ a: 'Thabo Ndlovu', b: 'Ilgar Guliyev', kind: 'meeting', date: '2024-06-20', dateText: 'on Thursday' }],
    discovered: ['Thabo Ndlovu'],
    noActors: ['met with President Guliyev'],
  },
];

const groups: Case[] = [
  {
    name: 'class 1: "The Co-Chairs (A of Russia, B of France and C of the US) met with X": each member met X, the group is no party',
    date: '2019-02-22',
    text: paras(
      `The Co-Chairs of the Minsk Group (Ambassador Pavel Sokolov of Russia, Ambassador Jules Marchand of France, and Ambassador Ethan Brooks of the US) met with Prime Minister Vardanyan in Yerevan on February 20.`,
    ),
    contacts: [
      { a: 'Pavel Sokolov', b: 'Aram Vardanyan', kind: 'meeting', date: '2019-02-20', dateText: 'February 20' },
      { a: 'Jules Marchand', b: 'Aram Vardanyan', kind: 'meeting', date: '2019-02-20', dateText: 'February 20' },
      { a: 'Ethan Brooks', b: 'Aram Vardanyan', kind: 'meeting', date: '2019-02-20', dateText: 'February 20' },
    ],
    discovered: ['Pavel Sokolov', 'Jules Marchand', 'Ethan Brooks'],
    exhaustive: true,
  },
  {
    name: 'class 1: "A and B spoke to each other", "A and his counterpart B held three meetings", "a delegation led by X"',
    date: '2019-01-10',
    text: paras(
      `Prime Minister Vardanyan and President Guliyev spoke to each other at a summit in Russia.`,
      `Foreign Minister Sargsian and his Azerbaijani counterpart Rauf Mammadli held three face-to-face meetings in the second half of the year.`,
      `Foreign Minister Reza Tabatabai received a delegation led by Ambassador Laura Kessler.`,
    ),
    contacts: [
      { a: 'Aram Vardanyan', b: 'Ilgar Guliyev', kind: 'call', date: null },
      { a: 'Hovik Sargsian', b: 'Rauf Mammadli', kind: 'meeting', date: null },
      { a: 'Reza Tabatabai', b: 'Laura Kessler', kind: 'meeting', date: null },
    ],
    discovered: ['Laura Kessler'],
  },
  {
    name: 'class 1: "today’s meeting in Brussels of A and B, hosted by C" gives every pair',
    date: '2023-07-15',
    text: paras(
      `No breakthrough was reported following today’s meeting in Brussels of Prime Minister Vardanyan and President Guliyev, hosted by European Council President Pieter Vandamme.`,
    ),
    contacts: [
      { a: 'Aram Vardanyan', b: 'Ilgar Guliyev', kind: 'meeting', date: '2023-07-15', dateText: 'today' },
      { a: 'Aram Vardanyan', b: 'Pieter Vandamme', kind: 'meeting', date: '2023-07-15', dateText: 'today' },
      { a: 'Ilgar Guliyev', b: 'Pieter Vandamme', kind: 'meeting', date: '2023-07-15', dateText: 'today' },
    ],
  },
];

const contactDays: Case[] = [
  {
    name: 'dates: "On the afternoon of October 1, at <place>, X received Y" is that day',
    date: '2024-10-02',
    text: paras(
      `On the afternoon of October 1, at the Government House, Prime Minister Vardanyan received Foreign Minister Reza Tabatabai.`,
    ),
    contacts: [{ a: 'Aram Vardanyan', b: 'Reza Tabatabai', kind: 'meeting', date: '2024-10-01', dateText: 'October 1' }],
  },
  {
    name: 'dates: "X on Saturday had a phone call with Y about this week’s crash": Saturday, not the vague week',
    date: '2024-12-28',
    text: paras(`Foreign Minister Gennady Orlov on Saturday had a phone call with Rauf Mammadli about this week’s plane crash near Aktau.`),
    contacts: [{ a: 'Gennady Orlov', b: 'Rauf Mammadli', kind: 'call', date: '2024-12-28', dateText: 'on Saturday' }],
  },
  {
    name: 'dates: "X today held talks with leaders …. He conferred with A and B": the day carries on to the next sentence',
    date: '2019-02-11',
    text: paras(
      `Prime Minister Vardanyan today held talks with several leaders on the sidelines of the summit.`,
      `He conferred with President of Ghana Kwame Asante and President of Malawi Peter Banda.`,
    ),
    contacts: [
      { a: 'Aram Vardanyan', b: 'Kwame Asante', kind: 'meeting', date: '2019-02-11', dateText: 'today' },
      { a: 'Aram Vardanyan', b: 'Peter Banda', kind: 'meeting', date: '2019-02-11', dateText: 'today' },
    ],
    discovered: ['Kwame Asante', 'Peter Banda'],
  },
];

const names: Case[] = [
  {
    name: 'names: "Abu" opens or continues an Arabic name ("Ahmed Abu Hamdan"), while "Abu Dhabi" stays a place',
    date: '2024-04-15',
    text: paras(
      `Foreign Minister Reza Tabatabai arrived in Abu Dhabi on Sunday.`,
      `Foreign Ministry spokesman Ahmed Abu Hamdan said the visit would strengthen ties.`,
    ),
    reported: [
      { speaker: 'Ahmed Abu Hamdan', sentence: 'Foreign Ministry spokesman Ahmed Abu Hamdan said the visit would strengthen ties.' },
    ],
    discovered: ['Ahmed Abu Hamdan'],
    noActors: ['Abu Dhabi'],
  },
];

const roleNouns: Case[] = [
  {
    name: 'speakers: "the Egyptian foreign minister" is the foreign minister the article named without a country',
    date: '2024-04-15',
    text: paras(
      `Foreign Minister Hamdi Sobhy on Sunday made a phone contact with Secretary of State Daniel Whitcombe.`,
      `The Egyptian foreign minister stressed that a wider conflict served no one.`,
    ),
    reported: [{ speaker: 'Hamdi Sobhy', sentence: 'The Egyptian foreign minister stressed that a wider conflict served no one.' }],
    discovered: ['Hamdi Sobhy'],
  },
  {
    name: 'speakers: "the Russian foreign minister" stays the dictionary’s holder when another minister of no country was named',
    date: '2024-04-15',
    text: paras(
      `Foreign Minister Hamdi Sobhy arrived in Moscow on Sunday.`,
      `The Russian foreign minister said the talks would cover the Red Sea.`,
    ),
    reported: [{ speaker: 'Gennady Orlov', sentence: 'The Russian foreign minister said the talks would cover the Red Sea.' }],
    discovered: ['Hamdi Sobhy'],
  },
  {
    name: 'speakers: "The head of the Council, X, said" is X, not the Council',
    date: '2023-10-03',
    text: paras(`The head of the European Council, Pieter Vandamme, said today that he would meet Vardanyan in Granada.`),
    reported: [
      {
        speaker: 'Pieter Vandamme',
        sentence: 'The head of the European Council, Pieter Vandamme, said today that he would meet Vardanyan in Granada.',
      },
    ],
  },
  {
    name: 'speakers: "A readout by spokesperson X said that …" is X’s',
    date: '2025-02-16',
    text: paras(`A readout by State Department spokesperson Colin Mercer said that the officials discussed the peace process.`),
    reported: [
      {
        speaker: 'Colin Mercer',
        sentence: 'A readout by State Department spokesperson Colin Mercer said that the officials discussed the peace process.',
      },
    ],
  },
];

const appositives: Case[] = [
  {
    name: 'speakers: "Her Azerbaijani counterpart, X, dismissed …" is X, whoever the office would name',
    date: '2024-05-10',
    text: paras(
      `Armenian foreign ministry spokeswoman Ani Petrosyan accused Baku of shelling a village.`,
      `Her Azerbaijani counterpart, Kamran Aliyev, dismissed the accusations.`,
    ),
    reported: [
      { speaker: 'Ani Petrosyan', sentence: 'Armenian foreign ministry spokeswoman Ani Petrosyan accused Baku of shelling a village.' },
      { speaker: 'Kamran Aliyev', sentence: 'Her Azerbaijani counterpart, Kamran Aliyev, dismissed the accusations.' },
    ],
    discovered: ['Ani Petrosyan', 'Kamran Aliyev'],
  },
  {
    name: 'organisations: "X is due to travel to Paris, his office said" is the office of X, not of the last man named',
    date: '2024-02-24',
    text: paras(
      `Speaker of Parliament Arman Tadevosyan said the vote would take place in March.`,
      `Prime Minister Vardanyan is due to travel to Paris on Monday for talks with Claire Delorme, his office said.`,
    ),
    notSaidBy: [{ text: 'due to travel to Paris', speaker: 'Arman Tadevosyan' }],
    reported: [
      { speaker: 'Arman Tadevosyan', sentence: 'Speaker of Parliament Arman Tadevosyan said the vote would take place in March.' },
    ],
    discovered: ['Arman Tadevosyan'],
  },
];

const frames: Case[] = [
  {
    name: 'reported: "Recalling that …, X said, “…”" is reported speech and a quotation; "X said: “…”" only a quotation',
    date: '2022-03-13',
    text: paras(
      `Recalling that the two capitals had appointed special envoys last year, Orlov said, “Today we went over the next steps.”`,
      `Orlov said: “The road map is ready.”`,
    ),
    quotes: [
      { speaker: 'Gennady Orlov', text: 'Today we went over the next steps.' },
      { speaker: 'Gennady Orlov', text: 'The road map is ready.' },
    ],
    reported: [
      {
        speaker: 'Gennady Orlov',
        sentence: `Recalling that the two capitals had appointed special envoys last year, Orlov said, “Today we went over the next steps.”`,
      },
    ],
    exhaustive: true,
  },
  {
    name: 'reported: a verb before its subject after a semicolon ("…; affirmed Guliyev during the meeting")',
    date: '2019-08-23',
    text: paras(`Support for the border deal is the principal position of Azerbaijan; affirmed Guliyev during the meeting.`),
    reported: [
      {
        speaker: 'Ilgar Guliyev',
        sentence: 'Support for the border deal is the principal position of Azerbaijan; affirmed Guliyev during the meeting.',
      },
    ],
  },
];

const possessed: Case[] = [
  {
    name: 'quotes: "Following the meeting, Oman’s Foreign Minister X took to social media, stating, “…”" is X’s',
    date: '2025-03-16',
    text: paras(
      `Following the meeting, Oman’s Foreign Minister Salim Al-Harthy took to social media, stating, "I had a productive discussion with my Iranian colleague today."`,
    ),
    quotes: [{ speaker: 'Salim Al-Harthy', text: 'I had a productive discussion with my Iranian colleague today.' }],
    discovered: ['Salim Al-Harthy'],
  },
];

const headlines: Case[] = [
  {
    name: 'quotation styles: a headline ("Orlov says wants ‘substantive’ talks") is the editor’s summary, no statement; the body’s are',
    date: '2024-08-27',
    text: paras(
      `Orlov says wants 'substantive' talks as he meets Sargsian`,
      `Foreign Minister Gennady Orlov said on Tuesday he hoped for "substantive" talks with Sargsian in Yerevan.`,
    ),
    quotes: [{ speaker: 'Gennady Orlov', text: 'substantive' }],
    reported: [
      {
        speaker: 'Gennady Orlov',
        sentence: 'Foreign Minister Gennady Orlov said on Tuesday he hoped for "substantive" talks with Sargsian in Yerevan.',
      },
    ],
    contacts: [
      { a: 'Gennady Orlov', b: 'Hovik Sargsian', kind: 'meeting', date: null, optional: true },
      { a: 'Gennady Orlov', b: 'Hovik Sargsian', kind: 'meeting', date: null, status: 'planned', optional: true },
    ],
    exhaustive: true,
  },
];

const spellings: Case[] = [
  {
    name: 'names: a dictionary name spelt with other diacritics ("Hakan Oztürk") is that person, not someone new',
    date: '2022-03-13',
    text: paras(
      `Turkish Foreign Minister Hakan Oztürk and his Armenian counterpart, Hovik Sargsian, met on March 12 in Antalya.`,
      `Oztürk said the meeting had been productive.`,
    ),
    contacts: [{ a: 'Hakan Öztürk', b: 'Hovik Sargsian', kind: 'meeting', date: '2022-03-12', dateText: 'March 12' }],
    reported: [{ speaker: 'Hakan Öztürk', sentence: 'Oztürk said the meeting had been productive.' }],
    noActors: ['Hakan Oztürk'],
  },
];

const notPeople: Case[] = [
  {
    name: 'names: treaties, islands and regional adjectives are no people ("Free Trade Agreement", "Solomon Islands", "Central Asian")',
    date: '2024-08-10',
    text: paras(
      `Solomon Islands Prime Minister Peter Tavake said the North American Free Trade Agreement was a model for the region.`,
      `The two men met in Dushanbe during a Central Asian consultative meeting.`,
    ),
    reported: [
      {
        speaker: 'Peter Tavake',
        sentence: 'Solomon Islands Prime Minister Peter Tavake said the North American Free Trade Agreement was a model for the region.',
      },
    ],
    discovered: ['Peter Tavake'],
    noActors: ['Free Trade Agreement', 'Free Trade', 'Solomon Islands', 'Central Asian'],
  },
];

const marks: Case[] = [
  {
    name: "quotation styles: a straight apostrophe opening a word that never closes ('Eua) is no quotation and hides nothing after it",
    date: '2024-08-10',
    text: paras(`Sargsian said the port on 'Eua island would open next year, adding: "The talks were very useful."`),
    quotes: [{ speaker: 'Hovik Sargsian', text: 'The talks were very useful.' }],
    reported: [
      {
        speaker: 'Hovik Sargsian',
        sentence: `Sargsian said the port on 'Eua island would open next year, adding: "The talks were very useful."`,
        optional: true,
      },
    ],
    noQuotes: ['Eua island'],
  },
];

const cueWords: Case[] = [
  {
    name: 'reported: "pointed to", "repeated his call for", "questioned" and "echoed" report words',
    date: '2024-05-10',
    text: paras(
      `Sargsian pointed to the opening of the first border crossing as proof of progress.`,
      `Mammadli also repeated his call for the remaining mines to be mapped.`,
      `Baku has repeatedly questioned the need for a new mediating format.`,
      `Orlov echoed this view, saying the sides were closer than ever.`,
    ),
    reported: [
      { speaker: 'Hovik Sargsian', sentence: 'Sargsian pointed to the opening of the first border crossing as proof of progress.' },
      { speaker: 'Rauf Mammadli', sentence: 'Mammadli also repeated his call for the remaining mines to be mapped.' },
      { speaker: 'Government of Azerbaijan', sentence: 'Baku has repeatedly questioned the need for a new mediating format.' },
      { speaker: 'Gennady Orlov', sentence: 'Orlov echoed this view, saying the sides were closer than ever.' },
    ],
  },
];

const bodies: Case[] = [
  {
    name: 'organisations: "…, the Kremlin said in a statement" … "“…,” the statement added" is the Kremlin’s, not the last person’s',
    date: '2024-12-28',
    text: paras(
      `Orlov spoke with Mammadli by phone on Saturday about the plane crash.`,
      `"Orlov apologized for the tragic incident and expressed his condolences," the Kremlin said in a statement.`,
      `Orlov said investigators had opened a criminal case.`,
      `"Preliminary investigative actions are underway," the statement added.`,
    ),
    quotes: [
      { speaker: 'Government of Russia', text: 'Orlov apologized for the tragic incident and expressed his condolences,' },
      { speaker: 'Government of Russia', text: 'Preliminary investigative actions are underway,' },
    ],
    notSaidBy: [{ text: 'Preliminary investigative', speaker: 'Gennady Orlov' }],
  },
  {
    name: 'reported: "X welcomed Y to <place>" is a reception, not words; "X welcomed the decision" is words',
    date: '2022-01-29',
    text: paras(
      `Prime Minister Vardanyan welcomed Foreign Minister Reza Tabatabai to Yerevan on Saturday.`,
      `Tabatabai welcomed the decision to reopen the border crossing.`,
    ),
    reported: [{ speaker: 'Reza Tabatabai', sentence: 'Tabatabai welcomed the decision to reopen the border crossing.' }],
    contacts: [{ a: 'Aram Vardanyan', b: 'Reza Tabatabai', kind: 'meeting', date: '2022-01-29', dateText: 'on Saturday' }],
    exhaustive: true,
  },
  {
    name: 'organisations: "the Department of Foreign Affairs (DFA) said", then "“…,” the DFA said" and "the DFA noted"',
    date: '2023-03-08',
    text: paras(
      `MANILA — The two countries have discussed the situation in the strait, the Department of Foreign Affairs (DFA) said on Wednesday.`,
      `“The two officials stressed the importance of the alliance,” the DFA said in a readout.`,
      `The meeting, the DFA noted, was also a chance to prepare the ministerial talks next month.`,
    ),
    quotes: [{ speaker: 'Department of Foreign Affairs', text: 'The two officials stressed the importance of the alliance,' }],
    reported: [
      {
        speaker: 'Department of Foreign Affairs',
        sentence:
          'The two countries have discussed the situation in the strait, the Department of Foreign Affairs (DFA) said on Wednesday.',
      },
      {
        speaker: 'Department of Foreign Affairs',
        sentence: 'The meeting, the DFA noted, was also a chance to prepare the ministerial talks next month.',
      },
    ],
    discovered: ['Department of Foreign Affairs'],
  },
  {
    name: 'organisations: "the head of the White House stressed" is no body; a quoted phrase deep in a clause is not the trailing body’s',
    date: '2025-08-09',
    text: paras(
      `President Daniel Whitcombe hosted the two leaders at the White House.`,
      `“The two countries pledge to end all hostilities,” the head of the White House stressed.`,
      `Sargsian thanked Whitcombe for his “warm welcome” and invited him to Yerevan, the Armenian Cabinet Office said.`,
    ),
    quotes: [
      { speaker: 'Hovik Sargsian', text: 'warm welcome' },
      { speaker: 'Daniel Whitcombe', text: 'The two countries pledge to end all hostilities,', optional: true },
    ],
    noActors: ['White House'],
  },
];

export const unseenNewsCases: Case[] = [
  ...discussed,
  ...subjects,
  ...voices,
  ...contactSubjects,
  ...worldOffices,
  ...twoWordOffices,
  ...contactDays,
  ...bodies,
  ...cueWords,
  ...names,
  ...roleNouns,
  ...headlines,
  ...spellings,
  ...notPeople,
  ...groups,
  ...marks,
  ...appositives,
  ...frames,
  ...possessed,
];
