// Statements whose speaker stands outside the quotation's own clause (issue #9, classes 3, 5 and 6): a body
// named as "it", a quotation inside a sentence another voice owns, a source given by "citing" or "as noted by",
// an interview transcript. Every article is invented; all people are fictional.
import { paras, type Case } from './types.js';

export const speakersBeyondCases: Case[] = [
  {
    name: 'speakers beyond: “…,” it said — the body named since the last statement, not the voice before it',
    date: '2024-03-12',
    text: paras(
      `Armenian Foreign Minister Hovik Sargsian said on Monday that the commission would meet again in April.`,
      `A summary of the session was later posted by the Armenian government on its website.`,
      `“The sides agreed to exchange maps of the northern section before the next round,” it said in a statement.`,
    ),
    quotes: [
      { speaker: 'Government of Armenia', text: 'The sides agreed to exchange maps of the northern section before the next round,' },
    ],
    notSaidBy: [{ text: 'exchange maps', speaker: 'Hovik Sargsian' }],
  },
  {
    name: 'speakers beyond: “…,” and said <country> would … — the country after the verb is the content, not the voice',
    date: '2024-03-12',
    text: paras(
      `Russian Foreign Minister Gennady Orlov said on Tuesday that the talks would go on in Geneva.`,
      `“The president stressed the value of a direct dialogue between the neighbours,” and said Moscow would stay engaged in the region.`,
    ),
    reported: [
      {
        speaker: 'Gennady Orlov',
        sentence: 'Russian Foreign Minister Gennady Orlov said on Tuesday that the talks would go on in Geneva.',
      },
    ],
    notSaidBy: [{ text: 'stay engaged', speaker: 'Government of Russia' }],
  },
  {
    name: 'speakers beyond: a short quotation with no voice of its own, in a sentence closed by “…, X said”, is X’s',
    date: '2024-06-05',
    text: paras(
      `The two foreign ministers will meet again in Geneva “before the summer recess,” while their deputies, who chair the joint border commission, will keep working on the maps in Tbilisi and meet the mediators again in the first week of June, Aalto said.`,
    ),
    quotes: [{ speaker: 'Henrik Aalto', text: 'before the summer recess,' }],
    reported: [
      {
        speaker: 'Henrik Aalto',
        sentence: `The two foreign ministers will meet again in Geneva “before the summer recess,” while their deputies, who chair the joint border commission, will keep working on the maps in Tbilisi and meet the mediators again in the first week of June, Aalto said.`,
      },
    ],
  },
  {
    name: 'speakers beyond: “the Armenian foreign office said” is the foreign ministry, and owns the phrase quoted in its sentence',
    date: '2024-06-05',
    text: paras(
      `The talks stressed the “need for patience” on both sides, the Armenian foreign office said.`,
      `Guliyev thanked the hosts for their “generous hospitality” and left for Baku, the Armenian foreign office said.`,
    ),
    quotes: [{ speaker: 'Ministry of Foreign Affairs of Armenia', text: 'need for patience' }],
    reported: [
      {
        speaker: 'Ministry of Foreign Affairs of Armenia',
        sentence: 'The talks stressed the “need for patience” on both sides, the Armenian foreign office said.',
      },
    ],
    notSaidBy: [{ text: 'generous hospitality', speaker: 'Ministry of Foreign Affairs of Armenia' }],
    note: 'A person’s deed before a body’s tag may relay the person’s words: the body does not take that quotation.',
  },
  {
    name: 'speakers beyond: adverbs between subject and verb (“thoroughly informed”, “was quick to hail”, “merely said”)',
    date: '2024-06-05',
    text: paras(
      `Sargsian thoroughly informed his guest about the reconstruction of the northern roads.`,
      `Secretary of State Daniel Whitcombe was quick to hail the talks as “a real step forward.”`,
      `The Armenian government merely said the sides would keep in touch.`,
    ),
    reported: [
      { speaker: 'Hovik Sargsian', sentence: 'Sargsian thoroughly informed his guest about the reconstruction of the northern roads.' },
      {
        speaker: 'Daniel Whitcombe',
        sentence: 'Secretary of State Daniel Whitcombe was quick to hail the talks as “a real step forward.”',
      },
      { speaker: 'Government of Armenia', sentence: 'The Armenian government merely said the sides would keep in touch.' },
    ],
    quotes: [{ speaker: 'Daniel Whitcombe', text: 'a real step forward.' }],
  },
  {
    name: 'speakers beyond: “X, according to his office, also informed Y …” is X’s, the according-to an aside',
    date: '2024-06-05',
    text: paras(`Mammadli, according to his office, also informed Orlov about the state of the border talks.`),
    reported: [
      { speaker: 'Rauf Mammadli', sentence: 'Mammadli, according to his office, also informed Orlov about the state of the border talks.' },
    ],
  },
  {
    name: 'speakers beyond: “X briefed Y …, the foreign office said in a statement” is X’s, relayed; “the statement added” is the office’s',
    date: '2024-06-05',
    text: paras(
      `Sargsian briefed Tabatabai on the state of the border talks, the Armenian foreign office said in a statement on Monday.`,
      `“Both sides stressed the value of regular consultations,” the statement added.`,
    ),
    reported: [
      {
        speaker: 'Hovik Sargsian',
        via: 'Ministry of Foreign Affairs of Armenia',
        sentence: 'Sargsian briefed Tabatabai on the state of the border talks, the Armenian foreign office said in a statement on Monday.',
      },
    ],
    quotes: [{ speaker: 'Ministry of Foreign Affairs of Armenia', text: 'Both sides stressed the value of regular consultations,' }],
  },
  {
    name: 'speakers beyond: “…, the agency reported, citing X” and “…, Y reports with reference to X” are X’s',
    date: '2024-06-05',
    text: paras(
      `The two ministers agreed to open a second border crossing before the winter, the Tasnim agency reported, citing the Iranian government.`,
      `“The crossing will stay open for trade around the clock,” local media reported, citing the Armenian government.`,
      `Orlov and Mammadli will meet in Vienna next week, the agency reports with reference to the Russian Foreign Ministry.`,
    ),
    reported: [
      {
        speaker: 'Government of Iran',
        sentence: `The two ministers agreed to open a second border crossing before the winter, the Tasnim agency reported, citing the Iranian government.`,
      },
      {
        speaker: 'Ministry of Foreign Affairs of Russia',
        sentence: 'Orlov and Mammadli will meet in Vienna next week, the agency reports with reference to the Russian Foreign Ministry.',
      },
    ],
    quotes: [{ speaker: 'Government of Armenia', text: 'The crossing will stay open for trade around the clock,' }],
    contacts: [{ a: 'Gennady Orlov', b: 'Rauf Mammadli', kind: 'meeting', date: null, status: 'planned', optional: true }],
  },
  {
    name: 'speakers beyond: “X cancelled the trip, citing Y” — citing after a deed, not a reporting verb, gives Y no words',
    date: '2024-06-05',
    text: paras(
      `Guliyev said on Tuesday that the talks had stalled.`,
      `He cancelled his trip to Brussels, citing Moscow’s objections to the venue.`,
    ),
    reported: [{ speaker: 'Ilgar Guliyev', sentence: 'Guliyev said on Tuesday that the talks had stalled.' }],
    notSaidBy: [{ text: 'cancelled his trip', speaker: 'Government of Russia' }],
  },
  {
    name: 'speakers beyond: “As noted in the statement, …” is the statement’s issuer, like “according to”',
    date: '2024-06-05',
    text: paras(
      `The Armenian Foreign Ministry said in a statement that the talks had been useful.`,
      `As noted in the statement, the two delegations will exchange draft texts by the end of the month.`,
    ),
    reported: [
      {
        speaker: 'Ministry of Foreign Affairs of Armenia',
        sentence: 'The Armenian Foreign Ministry said in a statement that the talks had been useful.',
      },
      {
        speaker: 'Ministry of Foreign Affairs of Armenia',
        sentence: 'As noted in the statement, the two delegations will exchange draft texts by the end of the month.',
      },
    ],
  },
  {
    name: 'speakers beyond: readout verbs “lauded”, “appreciated”, “hopes that”, “quipped”; “… but insisted that” shares the subject',
    date: '2024-06-05',
    text: paras(
      `Guliyev lauded Delorme for the patience of the French mediators.`,
      `Prime Minister Vardanyan hopes that the new crossing will open before the harvest.`,
      `Orlov appreciated the support of the Turkish side for the regional platform. Sargsian quipped about how he had “lost track of the number of rounds” held in Vienna.`,
      `Tabatabai spent much of the meeting on the water dispute but insisted that the region needed no outside mediators.`,
    ),
    reported: [
      { speaker: 'Ilgar Guliyev', sentence: 'Guliyev lauded Delorme for the patience of the French mediators.' },
      { speaker: 'Aram Vardanyan', sentence: 'Prime Minister Vardanyan hopes that the new crossing will open before the harvest.' },
      { speaker: 'Gennady Orlov', sentence: 'Orlov appreciated the support of the Turkish side for the regional platform.' },
      {
        speaker: 'Hovik Sargsian',
        sentence: 'Sargsian quipped about how he had “lost track of the number of rounds” held in Vienna.',
      },
      {
        speaker: 'Reza Tabatabai',
        sentence: 'Tabatabai spent much of the meeting on the water dispute but insisted that the region needed no outside mediators.',
      },
    ],
    quotes: [{ speaker: 'Hovik Sargsian', text: 'lost track of the number of rounds' }],
  },
  {
    name: 'speakers beyond: “X said that … but added: “…”” — the added words are the speaker’s of the verb before, not a country after “whether”',
    date: '2024-06-05',
    text: paras(
      `Asked whether Armenia would leave the treaty, the prime minister, Aram Vardanyan, said that no decision had been taken but added: “We will decide when the time comes.”`,
    ),
    quotes: [{ speaker: 'Aram Vardanyan', text: 'We will decide when the time comes.' }],
    reported: [
      {
        speaker: 'Aram Vardanyan',
        sentence: `Asked whether Armenia would leave the treaty, the prime minister, Aram Vardanyan, said that no decision had been taken but added: “We will decide when the time comes.”`,
      },
    ],
  },
  {
    name: 'speakers beyond: “the statement” with no issuer is the body named since the last statement, else the body that relayed it',
    date: '2024-06-05',
    text: paras(
      `Sargsian said on Monday that the visit had been useful.`,
      `The Azerbaijani Foreign Ministry released information about the talks on Tuesday night. According to the statement, the two sides discussed the reopening of transport links.`,
      `Orlov also briefed Mammadli on his visit to Yerevan, according to the Russian Foreign Ministry. The two ministers agreed on the “need to keep every channel open,” added the statement.`,
    ),
    reported: [
      { speaker: 'Hovik Sargsian', sentence: 'Sargsian said on Monday that the visit had been useful.' },
      {
        speaker: 'Ministry of Foreign Affairs of Azerbaijan',
        sentence: 'According to the statement, the two sides discussed the reopening of transport links.',
      },
    ],
    quotes: [{ speaker: 'Ministry of Foreign Affairs of Russia', text: 'need to keep every channel open,' }],
    notSaidBy: [
      { text: 'reopening of transport links', speaker: 'Hovik Sargsian' },
      { text: 'need to keep every channel open', speaker: 'Gennady Orlov' },
    ],
  },
  {
    name: 'speakers beyond: a name inside an opening participial phrase (“Acknowledging Armenia as …, X …”) is no subject',
    date: '2024-06-05',
    text: paras(
      `Acknowledging Yerevan as “a neighbour we cannot choose,” Guliyev wished the new cabinet well, saying he hoped the talks would “move faster than before.”`,
    ),
    reported: [
      {
        speaker: 'Ilgar Guliyev',
        sentence: `Acknowledging Yerevan as “a neighbour we cannot choose,” Guliyev wished the new cabinet well, saying he hoped the talks would “move faster than before.”`,
      },
    ],
    quotes: [{ speaker: 'Ilgar Guliyev', text: 'move faster than before.' }],
    notSaidBy: [{ text: 'move faster', speaker: 'Government of Armenia' }],
  },
  {
    name: 'speakers beyond: “…,” said <country>’s Foreign Minister X — the titled name after the possessive, not the country',
    date: '2024-06-05',
    text: paras(`“This is a turning point for the whole region,” said Turkey’s Foreign Minister Hakan Öztürk after the talks.`),
    quotes: [{ speaker: 'Hakan Öztürk', text: 'This is a turning point for the whole region,' }],
    notSaidBy: [{ text: 'turning point', speaker: 'Government of Turkey' }],
  },
  {
    name: 'speakers beyond: “…,” <a body no one can name> said — the voice of the statement before is not guessed',
    date: '2024-06-05',
    text: paras(
      `Foreign Minister Reza Tabatabai said on Monday that the crossing would stay open.`,
      `“The border will reopen to trucks next month,” the agency said.`,
    ),
    reported: [
      { speaker: 'Reza Tabatabai', sentence: 'Foreign Minister Reza Tabatabai said on Monday that the crossing would stay open.' },
    ],
    notSaidBy: [{ text: 'reopen to trucks', speaker: 'Reza Tabatabai' }],
  },
  {
    name: 'speakers beyond: “In his words, …” is the man who was speaking, like “according to him”',
    date: '2024-06-05',
    text: paras(
      `Sargsian said the commission had finished its work on the northern section. In his words, the talks were “frank but useful.”`,
    ),
    reported: [
      { speaker: 'Hovik Sargsian', sentence: 'Sargsian said the commission had finished its work on the northern section.' },
      { speaker: 'Hovik Sargsian', sentence: 'In his words, the talks were “frank but useful.”' },
    ],
    quotes: [{ speaker: 'Hovik Sargsian', text: 'frank but useful.' }],
  },
  {
    name: 'speakers beyond: a group’s statement in the present (“The Armenian authorities call upon …”, “… reaffirm”), never “will urge” or “a warm welcome”',
    date: '2024-06-05',
    text: paras(
      `The Armenian authorities call upon the mediators to send observers to the border villages.`,
      `The Armenian authorities reaffirm their readiness to sign the treaty.`,
      `Orlov will urge both sides to return to the table. Guliyev received a warm welcome in Ankara.`,
    ),
    reported: [
      {
        speaker: 'Government of Armenia',
        sentence: 'The Armenian authorities call upon the mediators to send observers to the border villages.',
      },
      { speaker: 'Government of Armenia', sentence: 'The Armenian authorities reaffirm their readiness to sign the treaty.' },
    ],
    noStatementsContaining: ['will urge both sides', 'warm welcome'],
  },
  {
    name: 'speakers beyond: “…, said spokeswoman X” (a role in lower case before the name) owns the sentence',
    date: '2024-06-05',
    text: paras(
      `Sargsian and Orlov agreed to hold the next round in Moscow. She noted that the Iranian side had been invited as well, said spokeswoman Irina Volkova.`,
    ),
    reported: [
      {
        speaker: 'Irina Volkova',
        sentence: 'She noted that the Iranian side had been invited as well, said spokeswoman Irina Volkova.',
      },
    ],
    notSaidBy: [{ text: 'Iranian side had been invited', speaker: 'Hovik Sargsian' }],
  },
  {
    name: 'speakers beyond: a name after a dash signs the quotation before it (“…” — X.); “As X put it, “…””',
    date: '2024-06-05',
    text: paras(
      `Orlov met Sargsian in Moscow on Wednesday.`,
      `“Armenia is committed to the peace process” — Sargsian.`,
      `As Orlov put it, “the region needs fewer outsiders and more trade.”`,
    ),
    quotes: [
      { speaker: 'Hovik Sargsian', text: 'Armenia is committed to the peace process' },
      { speaker: 'Gennady Orlov', text: 'the region needs fewer outsiders and more trade.' },
    ],
    reported: [
      { speaker: 'Gennady Orlov', sentence: 'As Orlov put it, “the region needs fewer outsiders and more trade.”', optional: true },
    ],
    notSaidBy: [{ text: 'committed to the peace process', speaker: 'Gennady Orlov' }],
  },
  {
    name: 'speakers beyond: “the head of the Armenian foreign ministry told” is a person at the ministry’s head, never the ministry',
    date: '2024-06-05',
    text: paras(
      `Sargsian said on Tuesday that the talks had gone well.`,
      `“We will reach an agreement,” the head of the Armenian foreign ministry told journalists.`,
    ),
    reported: [{ speaker: 'Hovik Sargsian', sentence: 'Sargsian said on Tuesday that the talks had gone well.' }],
    notSaidBy: [{ text: 'We will reach an agreement', speaker: 'Ministry of Foreign Affairs of Armenia' }],
  },
  {
    name: 'speakers beyond: “Armenia’s government said” is the Government of Armenia; “X and Y discussed …, according to the statement” is the statement’s',
    date: '2024-06-05',
    text: paras(
      `Sargsian and Mammadli agreed to meet again in July, Armenia’s government said in a statement.`,
      `Sargsian and Mammadli, both new in their posts, discussed the maps of the northern section, according to the statement.`,
    ),
    reported: [
      {
        speaker: 'Government of Armenia',
        sentence: 'Sargsian and Mammadli agreed to meet again in July, Armenia’s government said in a statement.',
      },
      {
        speaker: 'Government of Armenia',
        sentence: 'Sargsian and Mammadli, both new in their posts, discussed the maps of the northern section, according to the statement.',
      },
    ],
    contacts: [{ a: 'Hovik Sargsian', b: 'Rauf Mammadli', kind: 'meeting', date: null, status: 'planned', optional: true }],
    noActors: ['Armenia’s government'],
  },
  {
    name: 'speakers beyond: “They also welcomed …” is the body that spoke last, or the pair that did',
    date: '2024-06-05',
    text: paras(
      `The OSCE said on Monday that it was ready to send monitors to the border.`,
      `They also welcomed the release of the detainees.`,
      `Sargsian and Orlov discussed the reopening of the railway. They also stressed the need for calm on the border.`,
    ),
    reported: [
      {
        speaker: 'Organization for Security and Co-operation in Europe',
        sentence: 'The OSCE said on Monday that it was ready to send monitors to the border.',
      },
      { speaker: 'Organization for Security and Co-operation in Europe', sentence: 'They also welcomed the release of the detainees.' },
      { speaker: 'Hovik Sargsian', sentence: 'Sargsian and Orlov discussed the reopening of the railway.', optional: true },
      { speaker: 'Gennady Orlov', sentence: 'Sargsian and Orlov discussed the reopening of the railway.', optional: true },
      { speaker: 'Hovik Sargsian', sentence: 'They also stressed the need for calm on the border.' },
      { speaker: 'Gennady Orlov', sentence: 'They also stressed the need for calm on the border.' },
    ],
    contacts: [{ a: 'Hovik Sargsian', b: 'Gennady Orlov', kind: 'meeting', date: null, optional: true }],
  },
  {
    name: 'speakers beyond: “…,” X was quoted as saying by <outlet> (a quote only); “X was quoted by <outlet> as saying that …”',
    date: '2024-06-05',
    text: paras(
      `“We are ready to help both sides,” Orlov was quoted as saying by a state news agency.`,
      `Sargsian was quoted by local media as saying that Yerevan “values the partnership”.`,
    ),
    quotes: [
      { speaker: 'Gennady Orlov', text: 'We are ready to help both sides,' },
      { speaker: 'Hovik Sargsian', text: 'values the partnership' },
    ],
    reported: [
      { speaker: 'Hovik Sargsian', sentence: 'Sargsian was quoted by local media as saying that Yerevan “values the partnership”.' },
    ],
    exhaustive: true,
  },
  {
    name: 'speakers beyond: “…,” the veteran politician said after that man’s statement is still his (only a body’s tag refuses the voice before)',
    date: '2024-06-05',
    text: paras(
      `Foreign Minister Reza Tabatabai said on Monday that the crossing would stay open.`,
      `“Trade will not stop,” the veteran politician said.`,
    ),
    reported: [
      { speaker: 'Reza Tabatabai', sentence: 'Foreign Minister Reza Tabatabai said on Monday that the crossing would stay open.' },
    ],
    quotes: [{ speaker: 'Reza Tabatabai', text: 'Trade will not stop,' }],
  },
  {
    name: 'speakers beyond: “X talked about …” and “X elaborated on …” are statements; a question in narration (“What did X and Y talk about?”) is none',
    date: '2024-06-05',
    text: paras(
      `What did Sargsian and Mammadli talk about in Vienna?`,
      `Sargsian talked about the reopening of the railway through Syunik. Mammadli elaborated on the demining of the border villages.`,
    ),
    reported: [
      { speaker: 'Hovik Sargsian', sentence: 'Sargsian talked about the reopening of the railway through Syunik.' },
      { speaker: 'Rauf Mammadli', sentence: 'Mammadli elaborated on the demining of the border villages.' },
    ],
    noStatementsContaining: ['What did Sargsian'],
  },
];
