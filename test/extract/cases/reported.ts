// Reported speech (no quotation marks): one case per cue verb, then the sentence shapes around the
// cue (also, a time phrase or a parenthetical before the verb, coordinated subjects, According to,
// a dateline, agentless passives, a quoted fragment inside reported speech).
// Convention: a reported statement spans its whole sentence, final punctuation included.
import { paras, type Case } from './types.js';

export const reportedCases: Case[] = [
  {
    name: 'reported: stressed that … (a narration sentence after it is no statement)',
    date: '2023-03-14',
    text: paras(
      `Armenian Foreign Minister Hovik Sargsian stressed that Armenia recognises the territorial integrity of all its neighbours within the borders of the former Soviet republics.`,
      `The remarks came a day after an exchange of fire near the village of Sotk.`,
    ),
    reported: [
      {
        speaker: 'Hovik Sargsian',
        sentence:
          'Armenian Foreign Minister Hovik Sargsian stressed that Armenia recognises the territorial integrity of all its neighbours within the borders of the former Soviet republics.',
      },
    ],
    exhaustive: true,
  },
  {
    name: 'reported: underscored …; then He also noted that …',
    date: '2022-11-10',
    text: paras(
      `Secretary of State Daniel Whitcombe underscored the importance of a settlement that guarantees the rights and security of everyone living in the region. He also noted that the United States had offered technical help with the demarcation of the border.`,
    ),
    reported: [
      {
        speaker: 'Daniel Whitcombe',
        sentence:
          'Secretary of State Daniel Whitcombe underscored the importance of a settlement that guarantees the rights and security of everyone living in the region.',
      },
      {
        speaker: 'Daniel Whitcombe',
        sentence: 'He also noted that the United States had offered technical help with the demarcation of the border.',
      },
    ],
    exhaustive: true,
  },
  {
    name: 'reported: noted that … (subject with an apposition)',
    date: '2023-06-13',
    text: paras(
      `The Georgian prime minister, Davit Lomidze, noted that freight traffic through the Upper Lars crossing had doubled over the past year.`,
    ),
    reported: [
      {
        speaker: 'Davit Lomidze',
        sentence:
          'The Georgian prime minister, Davit Lomidze, noted that freight traffic through the Upper Lars crossing had doubled over the past year.',
      },
    ],
    exhaustive: true,
  },
  {
    name: 'reported: called for …',
    date: '2023-03-08',
    text: paras(
      `French Foreign Minister Claire Delorme called for the immediate release of all prisoners still held since the end of the war.`,
    ),
    reported: [
      {
        speaker: 'Claire Delorme',
        sentence:
          'French Foreign Minister Claire Delorme called for the immediate release of all prisoners still held since the end of the war.',
      },
    ],
    exhaustive: true,
  },
  {
    name: 'reported: urged … (after an arrival sentence, which is neither a statement nor a contact)',
    date: '2023-10-02',
    text: paras(
      `Iranian Foreign Minister Reza Tabatabai arrived in Baku on Monday for a two-day visit.`,
      `Tabatabai urged Baku and Yerevan to settle their differences without the involvement of powers from outside the region.`,
    ),
    reported: [
      {
        speaker: 'Reza Tabatabai',
        sentence: 'Tabatabai urged Baku and Yerevan to settle their differences without the involvement of powers from outside the region.',
      },
    ],
    notSaidBy: [{ text: 'settle their differences', speaker: 'Government of Azerbaijan' }],
    exhaustive: true,
  },
  {
    name: 'reported: warned that …',
    date: '2023-04-19',
    text: paras(
      `Russian Foreign Minister Gennady Orlov warned that any attempt to redraw borders by force would have grave consequences for the whole region.`,
    ),
    reported: [
      {
        speaker: 'Gennady Orlov',
        sentence:
          'Russian Foreign Minister Gennady Orlov warned that any attempt to redraw borders by force would have grave consequences for the whole region.',
      },
    ],
    exhaustive: true,
  },
  {
    name: 'reported: welcomed …',
    date: '2023-06-13',
    text: paras(
      `Georgian Prime Minister Davit Lomidze welcomed the decision of the European Union to extend the mandate of its monitoring mission along the Armenian–Azerbaijani border.`,
    ),
    reported: [
      {
        speaker: 'Davit Lomidze',
        sentence:
          'Georgian Prime Minister Davit Lomidze welcomed the decision of the European Union to extend the mandate of its monitoring mission along the Armenian–Azerbaijani border.',
      },
    ],
    exhaustive: true,
  },
  {
    name: 'reported: condemned …, calling it …',
    date: '2023-01-30',
    text: paras(
      `Azerbaijani Foreign Minister Rauf Mammadli condemned the attack on the country’s embassy in Tehran, calling it an act of terrorism that must be fully investigated.`,
    ),
    reported: [
      {
        speaker: 'Rauf Mammadli',
        sentence:
          'Azerbaijani Foreign Minister Rauf Mammadli condemned the attack on the country’s embassy in Tehran, calling it an act of terrorism that must be fully investigated.',
      },
    ],
    exhaustive: true,
  },
  {
    name: 'reported: deplored … (organisation speaker; "U.S." must not end the sentence)',
    date: '2023-01-05',
    text: paras(`The U.S. State Department deplored the detention of two independent journalists in Baku and called for their release.`),
    reported: [
      {
        speaker: 'U.S. Department of State',
        sentence: 'The U.S. State Department deplored the detention of two independent journalists in Baku and called for their release.',
      },
    ],
    exhaustive: true,
  },
  {
    name: 'reported: rejected …',
    date: '2023-10-08',
    text: paras(
      `Armenian Foreign Minister Hovik Sargsian rejected claims that Armenia was rearming with French help, describing its recent purchases as purely defensive.`,
    ),
    reported: [
      {
        speaker: 'Hovik Sargsian',
        sentence:
          'Armenian Foreign Minister Hovik Sargsian rejected claims that Armenia was rearming with French help, describing its recent purchases as purely defensive.',
      },
    ],
    exhaustive: true,
  },
  {
    name: 'reported: reaffirmed … (a capital inside the sentence is no speaker)',
    date: '2023-11-17',
    text: paras(
      `Turkish Foreign Minister Hakan Öztürk reaffirmed Ankara's support for Azerbaijan's position on the transport routes through southern Armenia.`,
    ),
    reported: [
      {
        speaker: 'Hakan Öztürk',
        sentence:
          "Turkish Foreign Minister Hakan Öztürk reaffirmed Ankara's support for Azerbaijan's position on the transport routes through southern Armenia.",
      },
    ],
    notSaidBy: [{ text: 'reaffirmed', speaker: 'Government of Turkey' }],
    exhaustive: true,
  },
  {
    name: 'reported: expressed hope that …',
    date: '2023-10-08',
    text: paras(
      `Pieter Vandamme, the president of the European Council, expressed hope that the two leaders would meet again before the end of the year.`,
    ),
    reported: [
      {
        speaker: 'Pieter Vandamme',
        sentence:
          'Pieter Vandamme, the president of the European Council, expressed hope that the two leaders would meet again before the end of the year.',
      },
    ],
    exhaustive: true,
  },
  {
    name: 'reported: presented … (after a coordinated-subject meeting sentence that is no statement)',
    date: '2023-02-24',
    text: paras(
      `Mammadli and Orlov met in Moscow on Thursday.`,
      `Mammadli presented Baku's latest proposals on the text of the peace agreement.`,
    ),
    reported: [{ speaker: 'Rauf Mammadli', sentence: "Mammadli presented Baku's latest proposals on the text of the peace agreement." }],
    contacts: [{ a: 'Rauf Mammadli', b: 'Gennady Orlov', kind: 'meeting', date: '2023-02-23', dateText: 'on Thursday' }],
    exhaustive: true,
  },
  {
    name: 'reported: briefed Y about … (addressee)',
    date: '2023-09-08',
    text: paras(
      `Foreign Minister Hovik Sargsian met the EU Special Representative for the South Caucasus, Henrik Aalto, in Yerevan on Wednesday.`,
      `Sargsian briefed Aalto about the latest round of talks on the delimitation of the border.`,
    ),
    reported: [
      {
        speaker: 'Hovik Sargsian',
        addressee: 'Henrik Aalto',
        sentence: 'Sargsian briefed Aalto about the latest round of talks on the delimitation of the border.',
      },
    ],
    contacts: [{ a: 'Hovik Sargsian', b: 'Henrik Aalto', kind: 'meeting', date: '2023-09-06', dateText: 'on Wednesday' }],
    exhaustive: true,
  },
  {
    name: 'reported: touched on … (after "During the talks,")',
    date: '2023-03-27',
    text: paras(
      `Sargsian held talks with French Foreign Minister Claire Delorme in Paris on Friday.`,
      `During the talks, Sargsian touched on the situation of the displaced families and the need for international assistance.`,
    ),
    reported: [
      {
        speaker: 'Hovik Sargsian',
        sentence:
          'During the talks, Sargsian touched on the situation of the displaced families and the need for international assistance.',
      },
    ],
    contacts: [{ a: 'Hovik Sargsian', b: 'Claire Delorme', kind: 'meeting', date: '2023-03-24', dateText: 'on Friday' }],
    exhaustive: true,
  },
  {
    name: 'reported: highlighted …',
    date: '2023-03-08',
    text: paras(
      `French Foreign Minister Claire Delorme highlighted France's contribution to clearing mines from farmland in the border regions.`,
    ),
    reported: [
      {
        speaker: 'Claire Delorme',
        sentence:
          "French Foreign Minister Claire Delorme highlighted France's contribution to clearing mines from farmland in the border regions.",
      },
    ],
    exhaustive: true,
  },
  {
    name: 'reported: said … without quotation marks; said on social media that …',
    date: '2023-10-02',
    text: paras(
      `Mammadli said Azerbaijan would accept no mediator that had taken sides during the conflict.`,
      `Sargsian said on social media that Yerevan had sent its response to the latest draft.`,
    ),
    reported: [
      { speaker: 'Rauf Mammadli', sentence: 'Mammadli said Azerbaijan would accept no mediator that had taken sides during the conflict.' },
      { speaker: 'Hovik Sargsian', sentence: 'Sargsian said on social media that Yerevan had sent its response to the latest draft.' },
    ],
    exhaustive: true,
  },
  {
    name: 'reported: a time phrase between subject and verb (X on Monday called for …)',
    date: '2023-05-02',
    text: paras(`Azerbaijani President Ilgar Guliyev on Monday called for the opening of all transport links in the region without delay.`),
    reported: [
      {
        speaker: 'Ilgar Guliyev',
        sentence:
          'Azerbaijani President Ilgar Guliyev on Monday called for the opening of all transport links in the region without delay.',
      },
    ],
    exhaustive: true,
  },
  {
    name: 'reported: a parenthetical between subject and verb (X, speaking …, said; X, in an interview, warned)',
    date: '2023-04-19',
    text: paras(
      `Orlov, speaking at a news conference in Moscow after talks with Tabatabai, said the two countries would hold regular consultations on the South Caucasus.`,
      `Azerbaijani Foreign Minister Rauf Mammadli, in a televised interview, warned that the border would not be drawn on maps that Baku had never seen.`,
    ),
    reported: [
      {
        speaker: 'Gennady Orlov',
        sentence:
          'Orlov, speaking at a news conference in Moscow after talks with Tabatabai, said the two countries would hold regular consultations on the South Caucasus.',
      },
      {
        speaker: 'Rauf Mammadli',
        sentence:
          'Azerbaijani Foreign Minister Rauf Mammadli, in a televised interview, warned that the border would not be drawn on maps that Baku had never seen.',
      },
    ],
    contacts: [{ a: 'Gennady Orlov', b: 'Reza Tabatabai', kind: 'meeting', date: null, note: '"after talks with" gives no day' }],
    exhaustive: true,
  },
  {
    name: 'reported: coordinated subjects (X and Y discussed …) give one statement per subject',
    date: '2023-11-17',
    note: 'Chosen: a Statement has one speaker, so a sentence with two subjects yields the same span twice, once for each.',
    text: paras(`Sargsian and Mammadli discussed the next steps in the delimitation of the border during a telephone call on Thursday.`),
    reported: [
      {
        speaker: 'Hovik Sargsian',
        sentence: 'Sargsian and Mammadli discussed the next steps in the delimitation of the border during a telephone call on Thursday.',
      },
      {
        speaker: 'Rauf Mammadli',
        sentence: 'Sargsian and Mammadli discussed the next steps in the delimitation of the border during a telephone call on Thursday.',
      },
    ],
    contacts: [{ a: 'Hovik Sargsian', b: 'Rauf Mammadli', kind: 'call', date: '2023-11-16', dateText: 'on Thursday' }],
    exhaustive: true,
  },
  {
    name: 'reported: the sentence starts after a dateline (YEREVAN — is not part of it and is no speaker)',
    date: '2023-03-14',
    text: paras(
      `YEREVAN — Armenian Foreign Minister Hovik Sargsian warned on Tuesday that the talks would fail if the other side kept adding new conditions.`,
    ),
    reported: [
      {
        speaker: 'Hovik Sargsian',
        sentence:
          'Armenian Foreign Minister Hovik Sargsian warned on Tuesday that the talks would fail if the other side kept adding new conditions.',
      },
    ],
    notSaidBy: [{ text: 'adding new conditions', speaker: 'Government of Armenia' }],
    exhaustive: true,
  },
  {
    name: 'reported: According to X, Y … (speaker Y via X); According to X, … (speaker X)',
    date: '2022-11-10',
    text: paras(
      `Secretary of State Daniel Whitcombe spoke by phone with Prime Minister Aram Vardanyan and President Ilgar Guliyev on Wednesday.`,
      `According to Mercer, Whitcombe urged both leaders to keep the border quiet while the delimitation commissions do their work.`,
      `According to Vardanyan, the commissions have already agreed on the first eleven kilometres of the line.`,
    ),
    reported: [
      {
        speaker: 'Daniel Whitcombe',
        via: 'Colin Mercer',
        sentence:
          'According to Mercer, Whitcombe urged both leaders to keep the border quiet while the delimitation commissions do their work.',
      },
      {
        speaker: 'Aram Vardanyan',
        sentence: 'According to Vardanyan, the commissions have already agreed on the first eleven kilometres of the line.',
      },
    ],
    contacts: [
      { a: 'Daniel Whitcombe', b: 'Aram Vardanyan', kind: 'call', date: '2022-11-09', dateText: 'on Wednesday' },
      { a: 'Daniel Whitcombe', b: 'Ilgar Guliyev', kind: 'call', date: '2022-11-09', dateText: 'on Wednesday' },
    ],
    exhaustive: true,
  },
  {
    name: 'reported: agentless passive (It was emphasized that …) goes to the last subject of the meeting',
    date: '2023-04-05',
    text: paras(
      `Sargsian received Iranian Foreign Minister Reza Tabatabai in Yerevan on Tuesday.`,
      `During the meeting, Sargsian presented the Armenian government's plan to reopen the region's transport links. It was emphasized that the plan respects the sovereignty and jurisdiction of every state it crosses.`,
    ),
    reported: [
      {
        speaker: 'Hovik Sargsian',
        sentence: "During the meeting, Sargsian presented the Armenian government's plan to reopen the region's transport links.",
      },
      {
        speaker: 'Hovik Sargsian',
        sentence: 'It was emphasized that the plan respects the sovereignty and jurisdiction of every state it crosses.',
      },
    ],
    contacts: [{ a: 'Hovik Sargsian', b: 'Reza Tabatabai', kind: 'meeting', date: '2023-04-04', dateText: 'on Tuesday' }],
    exhaustive: true,
  },
  {
    name: 'reported: passive without "it" (The need to … was underlined.) after briefed Y about …',
    date: '2023-04-05',
    text: paras(
      `Mammadli met Orlov in Moscow on Tuesday.`,
      `Mammadli briefed Orlov about the situation on the border. The need to complete the delimitation without outside interference was underlined.`,
    ),
    reported: [
      { speaker: 'Rauf Mammadli', addressee: 'Gennady Orlov', sentence: 'Mammadli briefed Orlov about the situation on the border.' },
      { speaker: 'Rauf Mammadli', sentence: 'The need to complete the delimitation without outside interference was underlined.' },
    ],
    contacts: [{ a: 'Rauf Mammadli', b: 'Gennady Orlov', kind: 'meeting', date: '2023-04-04', dateText: 'on Tuesday' }],
    exhaustive: true,
  },
  {
    name: 'reported + quote: reported speech with a quoted fragment yields both',
    date: '2023-01-05',
    text: paras(
      `The Russian Foreign Ministry condemned the new round of sanctions, calling them “an unfriendly step that will not go unanswered.”`,
    ),
    quotes: [{ speaker: 'Ministry of Foreign Affairs of Russia', text: 'an unfriendly step that will not go unanswered.' }],
    reported: [
      {
        speaker: 'Ministry of Foreign Affairs of Russia',
        sentence:
          'The Russian Foreign Ministry condemned the new round of sanctions, calling them “an unfriendly step that will not go unanswered.”',
      },
    ],
    exhaustive: true,
  },
  {
    name: 'reported: She also called for … after a said-sentence',
    date: '2023-03-08',
    text: paras(
      `French Foreign Minister Claire Delorme said France would keep pressing for an international presence in the region. She also called for a humanitarian corridor to be kept open under international supervision.`,
    ),
    reported: [
      {
        speaker: 'Claire Delorme',
        sentence: 'French Foreign Minister Claire Delorme said France would keep pressing for an international presence in the region.',
      },
      {
        speaker: 'Claire Delorme',
        sentence: 'She also called for a humanitarian corridor to be kept open under international supervision.',
      },
    ],
    exhaustive: true,
  },
];
