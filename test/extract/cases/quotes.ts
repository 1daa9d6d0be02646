// Direct quotations: the attribution patterns (who a quotation belongs to, and to whom it was said).
// Convention (eval/seeds-gold.json `_conventions`): a quote spans the quoted words without the marks,
// so a comma or period inside the marks is part of it.
import { paras, type Case } from './types.js';

export const quoteCases: Case[] = [
  {
    name: 'quote: “…,” said X (title and full name after the verb), then “…,” said <surname>',
    date: '2023-11-17',
    text: paras(
      `“We have come to Vienna to listen, not to lecture,” said Armenian Foreign Minister Hovik Sargsian as he arrived for the OSCE ministerial council.`,
      `“Every delegation in this hall knows what is at stake in the South Caucasus,” said Sargsian.`,
    ),
    quotes: [
      { speaker: 'Hovik Sargsian', text: 'We have come to Vienna to listen, not to lecture,' },
      { speaker: 'Hovik Sargsian', text: 'Every delegation in this hall knows what is at stake in the South Caucasus,' },
    ],
    actors: ['Hovik Sargsian'],
    exhaustive: true,
  },
  {
    name: 'quote: “…,” X, the spokesman, said; then “…,” the spokesman said',
    date: '2023-03-08',
    text: paras(
      `“The United States stands ready to host the next round of talks between the two foreign ministers,” Colin Mercer, the State Department spokesman, said on Wednesday.`,
      `“We are not going to put a date on it today,” the spokesman said.`,
    ),
    quotes: [
      {
        speaker: 'Colin Mercer',
        text: 'The United States stands ready to host the next round of talks between the two foreign ministers,',
      },
      { speaker: 'Colin Mercer', text: 'We are not going to put a date on it today,' },
    ],
    exhaustive: true,
  },
  {
    name: 'quote: X said: “…” (colon; the quotation runs over two sentences)',
    date: '2023-10-08',
    note: 'X said: “…” introduces a full quotation: it is a quote, not a reported statement as well.',
    text: paras(
      `Azerbaijani Foreign Minister Rauf Mammadli said: “Our proposals have been on the table for months. The answer from Yerevan is always the same: not yet.”`,
      `He was speaking at a news conference in Baku alongside his Hungarian counterpart.`,
    ),
    quotes: [
      {
        speaker: 'Rauf Mammadli',
        text: 'Our proposals have been on the table for months. The answer from Yerevan is always the same: not yet.',
      },
    ],
    exhaustive: true,
  },
  {
    name: 'quote: X told Y that … “fragment” (quote and reported sentence, both with the addressee)',
    date: '2023-02-20',
    text: paras(
      `Armenian Foreign Minister Hovik Sargsian met Secretary of State Daniel Whitcombe on Saturday on the sidelines of the Munich Security Conference.`,
      `Sargsian told Whitcombe that the closure of the only road into the region was “a deliberate attempt to force people out of their homes.”`,
    ),
    quotes: [
      { speaker: 'Hovik Sargsian', addressee: 'Daniel Whitcombe', text: 'a deliberate attempt to force people out of their homes.' },
    ],
    reported: [
      {
        speaker: 'Hovik Sargsian',
        addressee: 'Daniel Whitcombe',
        sentence:
          'Sargsian told Whitcombe that the closure of the only road into the region was “a deliberate attempt to force people out of their homes.”',
      },
    ],
    contacts: [{ a: 'Hovik Sargsian', b: 'Daniel Whitcombe', kind: 'meeting', date: '2023-02-18', dateText: 'on Saturday' }],
    exhaustive: true,
  },
  {
    name: 'quote: He told Y that “<whole clause>” (He = the last subject outside quotes; addressee)',
    date: '2023-03-08',
    note: 'The whole complement is quoted, so the sentence is only a reporting frame: the reported statement is optional.',
    text: paras(
      `Azerbaijani Foreign Minister Rauf Mammadli received French Foreign Minister Claire Delorme in Baku on Monday.`,
      `He told Delorme that “Azerbaijan has no territorial claims against any of its neighbours and expects the same from them.”`,
    ),
    quotes: [
      {
        speaker: 'Rauf Mammadli',
        addressee: 'Claire Delorme',
        text: 'Azerbaijan has no territorial claims against any of its neighbours and expects the same from them.',
      },
    ],
    reported: [
      {
        speaker: 'Rauf Mammadli',
        optional: true,
        sentence:
          'He told Delorme that “Azerbaijan has no territorial claims against any of its neighbours and expects the same from them.”',
      },
    ],
    contacts: [{ a: 'Rauf Mammadli', b: 'Claire Delorme', kind: 'meeting', date: '2023-03-06', dateText: 'on Monday' }],
    exhaustive: true,
  },
  {
    name: 'quote: X cited Y as condemning “…” and urging “…” (speaker Y via X)',
    date: '2023-01-05',
    text: paras(
      `State Department spokesman Colin Mercer cited Whitcombe as condemning the “deliberate targeting of energy infrastructure in the middle of winter” and urging Moscow to return to “full compliance with its obligations under international law.”`,
    ),
    quotes: [
      { speaker: 'Daniel Whitcombe', via: 'Colin Mercer', text: 'deliberate targeting of energy infrastructure in the middle of winter' },
      { speaker: 'Daniel Whitcombe', via: 'Colin Mercer', text: 'full compliance with its obligations under international law.' },
    ],
    reported: [
      {
        speaker: 'Daniel Whitcombe',
        via: 'Colin Mercer',
        sentence:
          'State Department spokesman Colin Mercer cited Whitcombe as condemning the “deliberate targeting of energy infrastructure in the middle of winter” and urging Moscow to return to “full compliance with its obligations under international law.”',
      },
    ],
    notSaidBy: [{ text: 'full compliance', speaker: 'Government of Russia' }],
    exhaustive: true,
  },
  {
    name: 'quote: …, telling the European official that “…” (participle after a comma; addressee by role noun)',
    date: '2023-09-08',
    text: paras(
      `Foreign Minister Hovik Sargsian received the EU Special Representative for the South Caucasus, Henrik Aalto, in Yerevan on Thursday.`,
      `Sargsian briefed Aalto about the situation along the border, telling the European official that Baku had “once again chosen force over negotiation.”`,
    ),
    quotes: [{ speaker: 'Hovik Sargsian', addressee: 'Henrik Aalto', text: 'once again chosen force over negotiation.' }],
    reported: [
      {
        speaker: 'Hovik Sargsian',
        addressee: 'Henrik Aalto',
        sentence:
          'Sargsian briefed Aalto about the situation along the border, telling the European official that Baku had “once again chosen force over negotiation.”',
      },
    ],
    contacts: [{ a: 'Hovik Sargsian', b: 'Henrik Aalto', kind: 'meeting', date: '2023-09-07', dateText: 'on Thursday' }],
    notSaidBy: [{ text: 'chosen force', speaker: 'Government of Azerbaijan' }],
    exhaustive: true,
  },
  {
    name: 'quote: “he said” is the speaker of the adjacent quote, not the last person named',
    date: '2023-04-19',
    text: paras(
      `“The door to dialogue remains open,” Russian Foreign Minister Gennady Orlov said after talks with his Iranian counterpart, Reza Tabatabai, in Moscow on Monday.`,
      `“But dialogue cannot become a cover for new sanctions,” he said.`,
    ),
    quotes: [
      { speaker: 'Gennady Orlov', text: 'The door to dialogue remains open,' },
      { speaker: 'Gennady Orlov', text: 'But dialogue cannot become a cover for new sanctions,' },
    ],
    contacts: [{ a: 'Gennady Orlov', b: 'Reza Tabatabai', kind: 'meeting', date: '2023-04-17', dateText: 'on Monday' }],
    notSaidBy: [{ text: 'cover for new sanctions', speaker: 'Reza Tabatabai' }],
    exhaustive: true,
  },
  {
    name: 'quote: a quotation split around its cue (“…,” X said, “…”) gives two quotes',
    date: '2023-12-03',
    text: paras(`“We are close,” Armenian Foreign Minister Hovik Sargsian said on Saturday, “but close is not the same as done.”`),
    quotes: [
      { speaker: 'Hovik Sargsian', text: 'We are close,' },
      { speaker: 'Hovik Sargsian', text: 'but close is not the same as done.' },
    ],
    exhaustive: true,
  },
  {
    name: 'quote: alternating speakers, each quote goes to its own cue',
    date: '2023-10-02',
    text: paras(
      `“We expect a clear answer by the end of the month,” Mammadli said in Baku.`,
      `“Deadlines announced in Baku are not how a negotiation works,” Sargsian replied in Yerevan a few hours later.`,
      `“We will see soon enough who is serious about peace,” Mammadli said.`,
    ),
    quotes: [
      { speaker: 'Rauf Mammadli', text: 'We expect a clear answer by the end of the month,' },
      { speaker: 'Hovik Sargsian', text: 'Deadlines announced in Baku are not how a negotiation works,' },
      { speaker: 'Rauf Mammadli', text: 'We will see soon enough who is serious about peace,' },
    ],
    exhaustive: true,
  },
  {
    name: 'quote: other cue verbs (wrote, told reporters, added)',
    date: '2024-01-10',
    text: paras(
      `“The year ahead must be the year of the peace agreement,” Mammadli wrote on social media on Tuesday.`,
      `“Armenia is ready for that, and we have said so in writing,” Sargsian told reporters in Yerevan.`,
      `“What is missing is not the text but the will,” he added.`,
    ),
    quotes: [
      { speaker: 'Rauf Mammadli', text: 'The year ahead must be the year of the peace agreement,' },
      { speaker: 'Hovik Sargsian', text: 'Armenia is ready for that, and we have said so in writing,' },
      { speaker: 'Hovik Sargsian', text: 'What is missing is not the text but the will,' },
    ],
    exhaustive: true,
  },
  {
    name: 'quote: a quotation with no cue of its own belongs to the person the previous sentence is about',
    date: '2023-06-13',
    note:
      'Chosen: a cue-less quotation right after a sentence whose subject is a named person being asked / speaking goes to that person. ' +
      '“was asked” is not itself a statement.',
    text: paras(
      `Georgian Prime Minister Davit Lomidze was asked on Monday whether Georgia would join the new sanctions. “Georgia will not take steps that hurt its own economy. We have said this many times.”`,
    ),
    quotes: [{ speaker: 'Davit Lomidze', text: 'Georgia will not take steps that hurt its own economy. We have said this many times.' }],
    exhaustive: true,
  },
];
