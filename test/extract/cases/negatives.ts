// What is NOT a statement, an actor or a contact: scare quotes, titles of works, place names that
// look like people, quotations with no nameable speaker, negated contacts, speech not yet made.
// Each case also holds one real statement or contact, so an extractor that finds nothing fails it.
// Chosen: unnamed sources ("one European diplomat", "local residents", "officials") are not actors:
// their words yield no statement, and must never be handed to the nearest named person.
import { paras, type Case } from './types.js';

export const negativeCases: Case[] = [
  {
    name: 'negatives: a scare-quoted term in narration is nobody’s statement',
    date: '2023-10-02',
    text: paras(
      `The two governments have spent more than two years negotiating a so-called “peace treaty” whose text has never been made public.`,
      `Mammadli said on Monday that the document was nearly ready.`,
    ),
    reported: [{ speaker: 'Rauf Mammadli', sentence: 'Mammadli said on Monday that the document was nearly ready.' }],
    noStatementsContaining: ['peace treaty'],
    exhaustive: true,
  },
  {
    name: 'negatives: a scare-quoted name between two real quotes',
    date: '2023-04-05',
    text: paras(
      `“We will not accept any road that escapes our jurisdiction,” Sargsian said.`,
      `The route would form part of what planners call the “Middle Corridor” between China and Europe.`,
      `“It has to be built by agreement, not imposed,” he added.`,
    ),
    quotes: [
      { speaker: 'Hovik Sargsian', text: 'We will not accept any road that escapes our jurisdiction,' },
      { speaker: 'Hovik Sargsian', text: 'It has to be built by agreement, not imposed,' },
    ],
    noStatementsContaining: ['Middle Corridor'],
    exhaustive: true,
  },
  {
    name: 'negatives: titles of a newspaper and of a book in quotation marks are not quotes',
    date: '2023-04-19',
    text: paras(
      `In an interview with the newspaper «Golos Kavkaza», Orlov said Moscow would not abandon its mediation efforts.`,
      `Sargsian’s memoir, “Borders of Memory,” was published in Yerevan last year.`,
    ),
    reported: [
      {
        speaker: 'Gennady Orlov',
        sentence: 'In an interview with the newspaper «Golos Kavkaza», Orlov said Moscow would not abandon its mediation efforts.',
      },
    ],
    noQuotes: ['Golos Kavkaza'],
    noStatementsContaining: ['Borders of Memory'],
    exhaustive: true,
  },
  {
    name: 'negatives: place names that look like people (Sofia, Ararat) are not actors; "according to local residents" is no speaker',
    date: '2023-10-08',
    text: paras(
      `Sofia will host the next meeting of Black Sea foreign ministers in October.`,
      `Shots were fired overnight near Ararat and Yeraskh, according to local residents.`,
      `Speaking in Sofia on Saturday, Delorme said France supported the deployment of more civilian monitors.`,
    ),
    reported: [
      {
        speaker: 'Claire Delorme',
        sentence: 'Speaking in Sofia on Saturday, Delorme said France supported the deployment of more civilian monitors.',
      },
    ],
    noActors: ['Sofia', 'Ararat', 'Yeraskh'],
    noStatementsContaining: ['Shots were fired'],
    exhaustive: true,
  },
  {
    name: 'negatives: words on a banner are nobody’s, least of all the next person named',
    date: '2023-09-08',
    text: paras(
      `“No to war,” read the banners carried by several hundred protesters outside the government building in Yerevan on Thursday.`,
      `Prime Minister Aram Vardanyan later said the government respected the right to peaceful protest.`,
    ),
    reported: [
      {
        speaker: 'Aram Vardanyan',
        sentence: 'Prime Minister Aram Vardanyan later said the government respected the right to peaceful protest.',
      },
    ],
    notSaidBy: [{ text: 'No to war', speaker: 'Aram Vardanyan' }],
    noStatementsContaining: ['No to war'],
    exhaustive: true,
  },
  {
    name: 'negatives: an anonymous diplomat’s quote is not given to the previous speaker',
    date: '2023-12-03',
    text: paras(
      `“We are not there yet,” Sargsian said of the draft agreement on Saturday.`,
      `“The gap on the enclaves is still wide,” said one European diplomat familiar with the talks, who asked not to be named.`,
    ),
    quotes: [{ speaker: 'Hovik Sargsian', text: 'We are not there yet,' }],
    notSaidBy: [{ text: 'The gap on the enclaves', speaker: 'Hovik Sargsian' }],
    exhaustive: true,
  },
  {
    name: 'negatives: a phrase quoted from unnamed officials is no statement',
    date: '2023-06-13',
    text: paras(
      `Officials in both capitals describe the process as “slow but irreversible.”`,
      `Whitcombe said the United States would help in any way it could.`,
    ),
    reported: [{ speaker: 'Daniel Whitcombe', sentence: 'Whitcombe said the United States would help in any way it could.' }],
    noStatementsContaining: ['slow but irreversible'],
    exhaustive: true,
  },
  {
    name: 'negatives: a negated contact (has not spoken with) is no contact',
    date: '2023-06-13',
    text: paras(
      `Whitcombe has not spoken with Orlov since the start of the war.`,
      `Whitcombe spoke with Öztürk by phone on Monday about grain shipments across the Black Sea.`,
    ),
    contacts: [{ a: 'Daniel Whitcombe', b: 'Hakan Öztürk', kind: 'call', date: '2023-06-12', dateText: 'on Monday' }],
    exhaustive: true,
  },
  {
    name: 'negatives: a spokeswoman’s own words are hers, not her minister’s',
    date: '2023-03-14',
    text: paras(
      `“The minister has no plans to travel to Baku this month,” said Mariam Hakobyan, spokeswoman for Foreign Minister Hovik Sargsian.`,
    ),
    quotes: [{ speaker: 'Mariam Hakobyan', text: 'The minister has no plans to travel to Baku this month,' }],
    discovered: ['Mariam Hakobyan'],
    notSaidBy: [{ text: 'no plans to travel', speaker: 'Hovik Sargsian' }],
    exhaustive: true,
  },
  {
    name: 'negatives: speech that is only expected is not yet a statement',
    date: '2023-11-17',
    text: paras(
      `Sargsian is expected to raise the issue of the detainees at the OSCE meeting in Skopje next week.`,
      `Mammadli told reporters on Friday that Baku would not discuss the detainees in a multilateral format.`,
    ),
    reported: [
      {
        speaker: 'Rauf Mammadli',
        sentence: 'Mammadli told reporters on Friday that Baku would not discuss the detainees in a multilateral format.',
      },
    ],
    noStatementsContaining: ['expected to raise'],
    exhaustive: true,
  },
  {
    name: 'negatives: "declined to comment" has no content (optional at most); the spokeswoman’s quote is hers',
    date: '2023-05-14',
    text: paras(`Sargsian declined to comment on the report.`, `“We do not comment on leaks,” his spokeswoman Mariam Hakobyan said.`),
    quotes: [{ speaker: 'Mariam Hakobyan', text: 'We do not comment on leaks,' }],
    reported: [{ speaker: 'Hovik Sargsian', optional: true, sentence: 'Sargsian declined to comment on the report.' }],
    discovered: ['Mariam Hakobyan'],
    notSaidBy: [{ text: 'We do not comment on leaks', speaker: 'Hovik Sargsian' }],
    exhaustive: true,
  },
  {
    name: 'negatives: an unattributed quotation opening an article is no statement',
    date: '2023-06-13',
    text: paras(
      `“A lasting peace is within reach.” The words, painted on a wall in the centre of Goris, have faded since the autumn.`,
      `Aalto said on Tuesday that the EU would pay for the repair of two schools in the region.`,
    ),
    reported: [
      { speaker: 'Henrik Aalto', sentence: 'Aalto said on Tuesday that the EU would pay for the repair of two schools in the region.' },
    ],
    noStatementsContaining: ['A lasting peace is within reach'],
    exhaustive: true,
  },
];
