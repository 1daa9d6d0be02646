// Quotation marks of every kind, quotations that run over sentences and paragraphs, and
// press-release narration inside the marks.
import { paras, type Case } from './types.js';

export const quoteMarkCases: Case[] = [
  {
    name: 'marks: single curly quotes ‘…’ with apostrophes (’) inside the quotation',
    date: '2023-03-27',
    text: paras(
      `‘Armenia’s position on the corridor has not changed and will not change,’ Foreign Minister Hovik Sargsian told reporters in Yerevan on Monday.`,
      `‘Nobody should read anything more into last week’s meeting,’ he added.`,
    ),
    quotes: [
      { speaker: 'Hovik Sargsian', text: 'Armenia’s position on the corridor has not changed and will not change,' },
      { speaker: 'Hovik Sargsian', text: 'Nobody should read anything more into last week’s meeting,' },
    ],
    exhaustive: true,
  },
  {
    name: 'marks: straight double quotes "…" (and a straight apostrophe in the attribution)',
    date: '2023-06-13',
    text: paras(
      `"The ceasefire is holding, but it is fragile," Henrik Aalto, the EU's special representative for the South Caucasus, said in Tbilisi on Tuesday.`,
      `"Both sides have to show restraint along the whole length of the border," he said.`,
    ),
    quotes: [
      { speaker: 'Henrik Aalto', text: 'The ceasefire is holding, but it is fragile,' },
      { speaker: 'Henrik Aalto', text: 'Both sides have to show restraint along the whole length of the border,' },
    ],
    exhaustive: true,
  },
  {
    name: 'marks: guillemets «…» with the comma outside the marks',
    date: '2023-04-05',
    text: paras(
      `«Moscow is ready to host the foreign ministers at any moment», Russian Foreign Ministry spokeswoman Irina Volkova told a weekly briefing.`,
      `«The trilateral format has proved its worth and nobody has offered a better one», Volkova said.`,
    ),
    quotes: [
      { speaker: 'Irina Volkova', text: 'Moscow is ready to host the foreign ministers at any moment' },
      { speaker: 'Irina Volkova', text: 'The trilateral format has proved its worth and nobody has offered a better one' },
    ],
    notSaidBy: [{ text: 'Moscow is ready', speaker: 'Ministry of Foreign Affairs of Russia' }],
    exhaustive: true,
  },
  {
    name: 'marks: a quotation that opens with “ and closes with ’',
    date: '2023-10-08',
    text: paras(
      `Azerbaijani Foreign Minister Rauf Mammadli met Iranian Foreign Minister Reza Tabatabai in Tehran on Saturday.`,
      `“The talks were useful, but nobody expected a breakthrough,’ Mammadli told journalists after the meeting.`,
    ),
    quotes: [{ speaker: 'Rauf Mammadli', text: 'The talks were useful, but nobody expected a breakthrough,' }],
    contacts: [{ a: 'Rauf Mammadli', b: 'Reza Tabatabai', kind: 'meeting', date: '2023-10-07', dateText: 'on Saturday' }],
    exhaustive: true,
  },
  {
    name: 'marks: one quotation running over several sentences',
    date: '2023-01-05',
    text: paras(
      `“The road must reopen. Food and medicine are running out. Every day of delay costs lives,” Sargsian told the UN Security Council on Wednesday.`,
    ),
    quotes: [
      { speaker: 'Hovik Sargsian', text: 'The road must reopen. Food and medicine are running out. Every day of delay costs lives,' },
    ],
    exhaustive: true,
  },
  {
    name: 'marks: a quotation continued into the next paragraph (no closing mark, new opening mark)',
    date: '2023-05-14',
    note:
      'Chosen: one quote per paragraph. The first runs from its opening mark to the end of its paragraph (which has no closing mark); ' +
      'both belong to the speaker of the continued quotation.',
    text: paras(
      `Sargsian said the government had received the latest Azerbaijani draft on Friday. “We are studying it article by article. Some of the language is new, and some of it takes us backwards.`,
      `“We will send our comments to Baku within two weeks,” he said.`,
    ),
    quotes: [
      {
        speaker: 'Hovik Sargsian',
        text: 'We are studying it article by article. Some of the language is new, and some of it takes us backwards.',
      },
      { speaker: 'Hovik Sargsian', text: 'We will send our comments to Baku within two weeks,' },
    ],
    reported: [
      { speaker: 'Hovik Sargsian', sentence: 'Sargsian said the government had received the latest Azerbaijani draft on Friday.' },
    ],
    exhaustive: true,
  },
  {
    name: 'marks: a continued quotation whose speaker is named only at the end of the second paragraph',
    date: '2023-11-17',
    text: paras(
      `“Normalisation with Armenia is moving forward step by step. We have agreed on the date of the next meeting of the special envoys.`,
      `“The crossing at Margara could open for holders of diplomatic passports before the summer,” Turkish Foreign Minister Hakan Ozturk said on Thursday after talks with Sargsian in Ankara.`,
    ),
    quotes: [
      {
        speaker: 'Hakan Öztürk',
        text: 'Normalisation with Armenia is moving forward step by step. We have agreed on the date of the next meeting of the special envoys.',
      },
      { speaker: 'Hakan Öztürk', text: 'The crossing at Margara could open for holders of diplomatic passports before the summer,' },
    ],
    contacts: [{ a: 'Hakan Öztürk', b: 'Hovik Sargsian', kind: 'meeting', date: '2023-11-16', dateText: 'on Thursday' }],
    exhaustive: true,
  },
  {
    name: 'marks: a quotation nested inside a quotation is part of it, not a statement of its own',
    date: '2023-12-03',
    text: paras(
      `“When I raised the detainees with my counterpart, the answer was ‘not now’, and that is not acceptable,” Sargsian said on Saturday.`,
    ),
    quotes: [
      {
        speaker: 'Hovik Sargsian',
        text: 'When I raised the detainees with my counterpart, the answer was ‘not now’, and that is not acceptable,',
      },
    ],
    exhaustive: true,
  },
  {
    name: 'narration in the marks: ministry readout introduced with a colon is the ministry’s quote',
    date: '2023-05-02',
    note:
      'Press-release narration inside the marks is still a quote of whoever the cue gives (here the ministry). ' +
      'Reported statements for the third-person sentences inside the marks are optional (gold convention).',
    text: paras(
      `Sargsian met Georgian Prime Minister Davit Lomidze in Tbilisi on Monday.`,
      `The Armenian Foreign Ministry said in a readout: “Minister Sargsian stressed the importance of keeping the transit routes through Georgia open all year round. He also presented the Armenian side’s proposals on regional transport links.”`,
    ),
    quotes: [
      {
        speaker: 'Ministry of Foreign Affairs of Armenia',
        text: 'Minister Sargsian stressed the importance of keeping the transit routes through Georgia open all year round. He also presented the Armenian side’s proposals on regional transport links.',
      },
    ],
    reported: [
      {
        speaker: 'Hovik Sargsian',
        optional: true,
        sentence: 'Minister Sargsian stressed the importance of keeping the transit routes through Georgia open all year round.',
      },
      {
        speaker: 'Hovik Sargsian',
        optional: true,
        sentence: 'He also presented the Armenian side’s proposals on regional transport links.',
      },
    ],
    contacts: [{ a: 'Hovik Sargsian', b: 'Davit Lomidze', kind: 'meeting', date: '2023-05-01', dateText: 'on Monday' }],
    exhaustive: true,
  },
  {
    name: 'narration in the marks: “The Secretary …,” the spokesman said, and “he” is the spokesman',
    date: '2024-02-16',
    text: paras(
      `Secretary of State Daniel Whitcombe spoke by phone on Thursday with Azerbaijani Foreign Minister Rauf Mammadli.`,
      `“The Secretary welcomed the progress made on the text of the peace agreement and encouraged both sides to finish the work,” State Department spokesman Colin Mercer said in a readout of the call.`,
      `“The Secretary also raised the cases of ethnic Armenians detained in Baku,” he said.`,
    ),
    quotes: [
      {
        speaker: 'Colin Mercer',
        text: 'The Secretary welcomed the progress made on the text of the peace agreement and encouraged both sides to finish the work,',
      },
      { speaker: 'Colin Mercer', text: 'The Secretary also raised the cases of ethnic Armenians detained in Baku,' },
    ],
    reported: [
      {
        speaker: 'Daniel Whitcombe',
        optional: true,
        sentence:
          'The Secretary welcomed the progress made on the text of the peace agreement and encouraged both sides to finish the work,',
      },
      {
        speaker: 'Daniel Whitcombe',
        optional: true,
        sentence: 'The Secretary also raised the cases of ethnic Armenians detained in Baku,',
      },
    ],
    contacts: [{ a: 'Daniel Whitcombe', b: 'Rauf Mammadli', kind: 'call', date: '2024-02-15', dateText: 'on Thursday' }],
    exhaustive: true,
  },
  {
    name: 'narration in the marks: a mixed sentence whose quotation runs past its end (reported span runs to the closing mark)',
    date: '2024-03-01',
    note:
      'A contact sentence closed by “, the ministry said” is the ministry’s reported statement (gold convention). ' +
      'The mixed sentence yields a quote and a reported statement whose span runs to the end of the quotation.',
    text: paras(
      `Azerbaijani Foreign Minister Rauf Mammadli held talks with Turkish Foreign Minister Hakan Öztürk in Ankara on Thursday, the Azerbaijani Foreign Ministry said.`,
      `Mammadli told his Turkish counterpart that Armenia was “dragging out the process on purpose. The minister also underlined Azerbaijan’s readiness to sign the agreement this year.”`,
    ),
    quotes: [
      {
        speaker: 'Rauf Mammadli',
        addressee: 'Hakan Öztürk',
        text: 'dragging out the process on purpose. The minister also underlined Azerbaijan’s readiness to sign the agreement this year.',
      },
    ],
    reported: [
      {
        speaker: 'Ministry of Foreign Affairs of Azerbaijan',
        sentence:
          'Azerbaijani Foreign Minister Rauf Mammadli held talks with Turkish Foreign Minister Hakan Öztürk in Ankara on Thursday, the Azerbaijani Foreign Ministry said.',
      },
      {
        speaker: 'Rauf Mammadli',
        addressee: 'Hakan Öztürk',
        sentence:
          'Mammadli told his Turkish counterpart that Armenia was “dragging out the process on purpose. The minister also underlined Azerbaijan’s readiness to sign the agreement this year.”',
      },
      {
        speaker: 'Rauf Mammadli',
        optional: true,
        sentence: 'The minister also underlined Azerbaijan’s readiness to sign the agreement this year.',
      },
    ],
    contacts: [{ a: 'Rauf Mammadli', b: 'Hakan Öztürk', kind: 'meeting', date: '2024-02-29', dateText: 'on Thursday' }],
    exhaustive: true,
  },
];
