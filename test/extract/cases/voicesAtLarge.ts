// Speakers as news at large names them (issue #9, classes 3, 5 and 6): honorifics with a full stop, a role set off
// by commas, an office whose holder the text names, a body named again by its kind alone, cue verbs of regret and
// blame, a straight single quotation opening a sentence. Every article is invented; all people are fictional.
import { paras, type Case } from './types.js';

export const voicesAtLargeCases: Case[] = [
  {
    name: 'voices at large: “X, the presidential aide, said Baku wanted …” is X, not the capital after the verb',
    date: '2024-03-12',
    text: paras(
      `Tigran Aslanyan, the presidential aide, said Baku wanted a treaty signed this year.`,
      `The talks resumed, said the foreign ministry.`,
    ),
    reported: [
      { speaker: 'Tigran Aslanyan', sentence: 'Tigran Aslanyan, the presidential aide, said Baku wanted a treaty signed this year.' },
    ],
    notSaidBy: [{ text: 'treaty signed', speaker: 'Government of Azerbaijan' }],
    discovered: ['Tigran Aslanyan'],
    note: 'The comma before the verb closes the subject’s appositive; a trailing “said the foreign ministry” after a statement still owns it.',
  },
  {
    name: 'voices at large: “Orlov’s deputy, X, said Moscow was ready …” is X: the name set off by commas is the subject',
    date: '2024-03-14',
    text: paras(`Orlov's deputy, Andrei Borodin, said Moscow was ready to host the next round of talks.`),
    reported: [
      {
        speaker: 'Andrei Borodin',
        sentence: `Orlov's deputy, Andrei Borodin, said Moscow was ready to host the next round of talks.`,
      },
    ],
    notSaidBy: [
      { text: 'host the next round', speaker: 'Government of Russia' },
      { text: 'host the next round', speaker: 'Gennady Orlov' },
    ],
    discovered: ['Andrei Borodin'],
  },
  {
    name: 'voices at large: “According to Guliyev’s aide X, …” is the aide, not the president whose aide X is',
    date: '2024-04-02',
    text: paras(
      `According to Guliyev's aide Farid Nasibli, Baku is ready to sign the treaty this year.`,
      `According to Guliyev's talks with Vardanyan, nothing is settled.`,
    ),
    reported: [
      { speaker: 'Farid Nasibli', sentence: `According to Guliyev's aide Farid Nasibli, Baku is ready to sign the treaty this year.` },
    ],
    notSaidBy: [
      { text: 'ready to sign', speaker: 'Ilgar Guliyev' },
      { text: 'nothing is settled', speaker: 'Aram Vardanyan' },
    ],
    discovered: ['Farid Nasibli'],
    note: 'A role noun between the possessive and the name hands the words to the name; other words after a possessive do not.',
  },
  {
    name: 'voices at large: “Interfax said Orlov would travel …” is not Orlov’s: an unknown word before the verb is its subject',
    date: '2024-04-09',
    text: paras(`Interfax said Orlov would travel to Yerevan next week.`, `The talks will be useful, also said Orlov.`),
    reported: [{ speaker: 'Gennady Orlov', sentence: 'The talks will be useful, also said Orlov.' }],
    notSaidBy: [{ text: 'travel to Yerevan', speaker: 'Gennady Orlov' }],
    note: 'The verb comes before its subject (“…, said X”) only after punctuation or at the start; the news agency is no actor here, so the first sentence has no speaker the rules can name and is left out rather than given to the man it is about.',
  },
  {
    name: 'voices at large: “MP X representing the ruling Y party has said that …” is X, not the party',
    date: '2023-02-01',
    text: paras(
      `Member of Parliament Levon Arakelyan representing the ruling Civil Accord party has said that parliament ought to ratify the statute.`,
    ),
    reported: [
      {
        speaker: 'Levon Arakelyan',
        sentence:
          'Member of Parliament Levon Arakelyan representing the ruling Civil Accord party has said that parliament ought to ratify the statute.',
      },
    ],
    discovered: ['Levon Arakelyan'],
  },
  {
    name: 'voices at large: “X alleged “direct interference” …” is X’s charge',
    date: '2025-09-25',
    text: paras(`Asked about the envoys, Orlov alleged “direct interference in electoral processes” by several embassies.`),
    quotes: [{ speaker: 'Gennady Orlov', text: 'direct interference in electoral processes' }],
    reported: [
      {
        speaker: 'Gennady Orlov',
        sentence: 'Asked about the envoys, Orlov alleged “direct interference in electoral processes” by several embassies.',
      },
    ],
  },
  {
    name: 'voices at large: names in Title Case within quotation marks are no one’s words, wherever they stand',
    date: '2020-08-27',
    text: paras(
      `“We will not give in,” Orlov said on Monday.`,
      `“Civil Accord” won the vote in May.`,
      `At the end of the meeting, Orlov was presented with the medal “75 Years of Victory in the Great War of 1941–1945 years”.`,
      `Minister Gennady Orlov also noted that the "One Belt, One Way" project initiated by China opens up opportunities for the region.`,
    ),
    quotes: [{ speaker: 'Gennady Orlov', text: 'We will not give in,' }],
    reported: [
      {
        speaker: 'Gennady Orlov',
        sentence:
          'Minister Gennady Orlov also noted that the "One Belt, One Way" project initiated by China opens up opportunities for the region.',
      },
    ],
    note: 'A Title Case phrase with no punctuation of speech at its end is a name, even opening a sentence or longer than four words.',
    exhaustive: true,
  },
  {
    name: 'voices at large: “On what he blames for the hostility, X said:” frames the next paragraph’s quotation and tells nothing itself',
    date: '2021-03-02',
    text: paras(
      `On what he attributes the "constant hostility" between the two countries to, Orlov said:`,
      `"Many provisions are regularly violated."`,
    ),
    quotes: [
      { speaker: 'Gennady Orlov', text: 'Many provisions are regularly violated.' },
      { speaker: 'Gennady Orlov', text: 'constant hostility', optional: true },
    ],
    exhaustive: true,
  },
  {
    name: 'voices at large: “…,” Mr. X said and “…,” said Ms. Y — an honorific’s full stop ends no sentence',
    date: '2024-10-02',
    text: paras(
      `Foreign Minister Anil Varma of India met Foreign Minister Nadira Perera of Sri Lanka in Delhi on Tuesday.`,
      `"We are ready to help with the port," Mr. Varma said.`,
      `"Colombo values this friendship," said Ms. Perera.`,
      `“The talks went well,” Dr. Varma told reporters.`,
    ),
    quotes: [
      { speaker: 'Anil Varma', text: 'We are ready to help with the port,' },
      { speaker: 'Nadira Perera', text: 'Colombo values this friendship,' },
      { speaker: 'Anil Varma', text: 'The talks went well,' },
    ],
    discovered: ['Anil Varma', 'Nadira Perera'],
  },
  {
    name: 'voices at large: “…,” said one deputy, X — a role set off by a comma before the name',
    date: '2024-06-20',
    text: paras(
      `President Tamerlan Usmonov presented his water plan to parliament on Thursday.`,
      `Opposition lawmakers were unimpressed. 'It is too little, too late,' said one deputy, Rustam Aliev.`,
      `“We will vote against it,” said a senior member of the committee, Dilnoza Karimova.`,
    ),
    quotes: [
      { speaker: 'Rustam Aliev', text: 'It is too little, too late,' },
      { speaker: 'Dilnoza Karimova', text: 'We will vote against it,' },
    ],
    notSaidBy: [{ text: 'too little', speaker: 'Tamerlan Usmonov' }],
    discovered: ['Rustam Aliev', 'Dilnoza Karimova', 'Tamerlan Usmonov'],
    note: 'A straight single quotation opens a sentence of its own after a full stop.',
  },
  {
    name: 'voices at large: “Russia’s foreign minister, X, said” is X, whoever held the office by the dictionary',
    date: '2024-05-02',
    text: paras(
      `Russia’s foreign minister, Pavel Sokolov, said on Thursday that Moscow was ready to host the next round.`,
      `The Foreign Minister of Armenia, Hovik Sargsian, and Turkey’s foreign minister, Kemal Arslan, met in Antalya.`,
    ),
    reported: [
      {
        speaker: 'Pavel Sokolov',
        sentence: 'Russia’s foreign minister, Pavel Sokolov, said on Thursday that Moscow was ready to host the next round.',
      },
    ],
    contacts: [{ a: 'Hovik Sargsian', b: 'Kemal Arslan', kind: 'meeting', date: null }],
    notSaidBy: [{ text: 'host the next round', speaker: 'Gennady Orlov' }],
    discovered: ['Pavel Sokolov', 'Kemal Arslan'],
    note: 'The text names the one speaking; a dictionary holder of the office on the day (or none) does not override it.',
  },
  {
    name: 'voices at large: “the ministry said” after a ministry the dictionary lacks is that ministry',
    note: 'The ministry is named once in full; later it is only “the ministry”, which the dictionary cannot resolve.',
    date: '2025-02-11',
    text: paras(
      `Kenya and Ethiopia signed an agreement on the shared use of the Omo river on Tuesday, the Ministry of Foreign Affairs of Kenya said in a statement.`,
      `“Both sides underlined the importance of regular consultations,” the ministry said.`,
      `The two countries also agreed to set up a joint commission, the ministry added.`,
    ),
    quotes: [{ speaker: 'Ministry of Foreign Affairs of Kenya', text: 'Both sides underlined the importance of regular consultations,' }],
    discovered: ['Ministry of Foreign Affairs of Kenya'],
    reported: [
      {
        speaker: 'Ministry of Foreign Affairs of Kenya',
        sentence: 'The two countries also agreed to set up a joint commission, the ministry added.',
      },
    ],
  },
  {
    name: 'voices at large: lamented, denounced, decried, disclosed, maintained that',
    date: '2024-07-09',
    text: paras(
      `Mongolian Foreign Minister Oyun Batbold lamented that direct flights between the two capitals remained scarce.`,
      `The Japanese ambassador, Kenji Mori, disclosed that Tokyo was preparing a new loan for the railway.`,
      `Opposition leader Bat-Erdene Ganbold denounced the loan as a trap. Batbold maintained that the terms were fair.`,
      `The ministry maintained contacts with both sides throughout the year.`,
    ),
    reported: [
      {
        speaker: 'Oyun Batbold',
        sentence: 'Mongolian Foreign Minister Oyun Batbold lamented that direct flights between the two capitals remained scarce.',
      },
      {
        speaker: 'Kenji Mori',
        sentence: 'The Japanese ambassador, Kenji Mori, disclosed that Tokyo was preparing a new loan for the railway.',
      },
      { speaker: 'Bat-Erdene Ganbold', sentence: 'Opposition leader Bat-Erdene Ganbold denounced the loan as a trap.' },
      { speaker: 'Oyun Batbold', sentence: 'Batbold maintained that the terms were fair.' },
    ],
    noStatementsContaining: ['maintained contacts'],
    discovered: ['Oyun Batbold', 'Kenji Mori', 'Bat-Erdene Ganbold'],
  },
  {
    name: 'voices at large: “Asked whether …, X replied: “…”” — the question put to X is no statement',
    date: '2024-10-02',
    text: paras(
      `Foreign Minister Hovik Sargsian met Secretary of State Daniel Whitcombe in Washington on Tuesday.`,
      `Asked whether the border had been discussed, Sargsian replied: “We discussed the region as a whole.”`,
    ),
    quotes: [{ speaker: 'Hovik Sargsian', text: 'We discussed the region as a whole.' }],
    notSaidBy: [{ text: 'border had been discussed', speaker: 'Daniel Whitcombe' }],
    exhaustive: true,
    contacts: [{ a: 'Hovik Sargsian', b: 'Daniel Whitcombe', kind: 'meeting', date: '2024-10-01', dateText: 'on Tuesday' }],
  },
  {
    name: 'voices at large: “…,” the two ministers said in a joint statement — no single voice of the paragraph before',
    date: '2024-02-14',
    text: paras(
      `Hovik Sargsian and Hakan Öztürk met in Ankara on Wednesday.`,
      `“The border must open this year,” Sargsian said.`,
      `“We will work together on the railway,” the two ministers said in a joint statement.`,
    ),
    quotes: [{ speaker: 'Hovik Sargsian', text: 'The border must open this year,' }],
    notSaidBy: [{ text: 'work together on the railway', speaker: 'Hovik Sargsian' }],
  },
  {
    name: 'voices at large: a quotation standing alone, then “Those were the words of X” / “X said this”',
    date: '2024-05-14',
    text: paras(
      `“The door to dialogue has never been closed.”`,
      `VIENNA — Those were the words of Austrian Foreign Minister Tobias Keller on Tuesday, as he met Hovik Sargsian.`,
      `Keller spoke for an hour. “Nobody gains from a frozen conflict.” Sargsian said this at a joint news conference after the talks.`,
    ),
    quotes: [
      { speaker: 'Tobias Keller', text: 'The door to dialogue has never been closed.' },
      { speaker: 'Hovik Sargsian', text: 'Nobody gains from a frozen conflict.' },
    ],
    discovered: ['Tobias Keller'],
    reported: [{ speaker: 'Hovik Sargsian', sentence: 'Sargsian said this at a joint news conference after the talks.', optional: true }],
    contacts: [{ a: 'Tobias Keller', b: 'Hovik Sargsian', kind: 'meeting', date: '2024-05-14', dateText: 'on Tuesday', optional: true }],
  },
  {
    name: 'voices at large: “… a press release was issued by X:” then the release in quotation marks; “…,” the press release noted',
    date: '2020-10-22',
    text: paras(
      `Henrik Aalto met Hovik Sargsian in Brussels. No one spoke to reporters, but a press release was issued by the Armenian government:`,
      `“They discussed the situation along the border. The two sides agreed to keep in close contact.”`,
      `“The importance of the ceasefire was emphasized,” the press release noted.`,
    ),
    quotes: [
      {
        speaker: 'Government of Armenia',
        text: 'They discussed the situation along the border. The two sides agreed to keep in close contact.',
      },
      { speaker: 'Government of Armenia', text: 'The importance of the ceasefire was emphasized,' },
    ],
  },
  {
    name: 'voices at large: “according to Armenia’s foreign ministry” is the ministry; “the Foreign Minister of Armenia, X, said” is X',
    date: '2023-06-01',
    text: paras(
      `Hovik Sargsian met Rauf Mammadli in Vienna on Thursday, according to Armenia’s foreign ministry.`,
      `During the meeting, the Foreign Minister of Azerbaijan, Rauf Mammadli, said that the talks should go on.`,
      `The Special Envoy of the Republic of Korea emphasized that Seoul supported the talks.`,
    ),
    reported: [
      {
        speaker: 'Ministry of Foreign Affairs of Armenia',
        sentence: 'Hovik Sargsian met Rauf Mammadli in Vienna on Thursday, according to Armenia’s foreign ministry.',
      },
      {
        speaker: 'Rauf Mammadli',
        sentence: 'During the meeting, the Foreign Minister of Azerbaijan, Rauf Mammadli, said that the talks should go on.',
      },
    ],
    notSaidBy: [{ text: 'the talks should go on', speaker: 'Government of Azerbaijan' }],
    contacts: [{ a: 'Hovik Sargsian', b: 'Rauf Mammadli', kind: 'meeting', date: '2023-06-01', dateText: 'on Thursday' }],
  },
  {
    name: 'voices at large: “…,” he said, calling on … is reported speech too; “…, and noted Y’s support” has no speaker Y',
    date: '2024-03-01',
    text: paras(
      `Guliyev spoke at a forum in Baku on Friday.`,
      `“There should be no war between our countries,” he said, calling on the other side to sign the treaty.`,
      `He stressed Georgia's role in the region, and in turn, noted Armenia's support for the corridor.`,
    ),
    quotes: [{ speaker: 'Ilgar Guliyev', text: 'There should be no war between our countries,' }],
    reported: [
      {
        speaker: 'Ilgar Guliyev',
        sentence: '“There should be no war between our countries,” he said, calling on the other side to sign the treaty.',
      },
      {
        speaker: 'Ilgar Guliyev',
        sentence: `He stressed Georgia's role in the region, and in turn, noted Armenia's support for the corridor.`,
      },
    ],
    notSaidBy: [{ text: 'support for the corridor', speaker: 'Government of Armenia' }],
  },
  {
    name: 'voices at large: a name in Title Case between marks (“Crossroads of Peace”) is no quotation; “X Jr. complained that …”',
    date: '2024-03-01',
    text: paras(
      `Vardanyan presented the “Road of Friendship” project to the guests.`,
      `Aram Vardanyan Jr. complained that the project had received little attention abroad.`,
    ),
    noQuotes: ['Road of Friendship'],
    reported: [
      { speaker: 'Aram Vardanyan', sentence: 'Vardanyan presented the “Road of Friendship” project to the guests.', optional: true },
      { speaker: 'Aram Vardanyan', sentence: 'Aram Vardanyan Jr. complained that the project had received little attention abroad.' },
    ],
  },
  {
    name: 'voices at large: a deck under the headline tells no statement; “A statement issued by <country>’s foreign ministry after … said”',
    date: '2023-04-15',
    text: paras(
      `Armenia and Azerbaijan agree to meet again`,
      `Foreign ministry says the two ministers discussed the border in a phone call`,
      `A statement issued by Armenia’s foreign ministry after the call said that the sides had agreed to meet in May.`,
      `The Armenian statement also said that the talks had been “frank”.`,
    ),
    reported: [
      {
        speaker: 'Ministry of Foreign Affairs of Armenia',
        sentence: 'A statement issued by Armenia’s foreign ministry after the call said that the sides had agreed to meet in May.',
      },
      {
        speaker: 'Ministry of Foreign Affairs of Armenia',
        sentence: 'The Armenian statement also said that the talks had been “frank”.',
      },
    ],
    quotes: [{ speaker: 'Ministry of Foreign Affairs of Armenia', text: 'frank', optional: true }],
    noStatementsContaining: ['Foreign ministry says'],
  },
  {
    name: 'voices at large: “the Turkmen ambassador, X, … The ambassador conveyed …” is X, and so is the “he” after',
    date: '2024-04-01',
    text: paras(
      `Foreign Minister Hovik Sargsian received the Turkmen ambassador, Ahmet Gurbanov, on Monday. The ambassador conveyed greetings from his president. He said Ashgabat was ready to increase gas supplies.`,
    ),
    reported: [
      { speaker: 'Ahmet Gurbanov', sentence: 'The ambassador conveyed greetings from his president.' },
      { speaker: 'Ahmet Gurbanov', sentence: 'He said Ashgabat was ready to increase gas supplies.' },
    ],
    discovered: ['Ahmet Gurbanov'],
    contacts: [{ a: 'Hovik Sargsian', b: 'Ahmet Gurbanov', kind: 'meeting', date: '2024-04-01', dateText: 'on Monday', optional: true }],
  },
  {
    name: 'voices at large: “…,” the minister posted on Instagram; “The U.S. embassy in Pristina said …”',
    date: '2024-09-12',
    text: paras(
      `Foreign Minister Marko Djuric said the talks were going nowhere.`,
      `“It is a sad day for the region,” the minister posted on Instagram.`,
      `The U.S. embassy in Pristina said it was following the talks closely.`,
    ),
    quotes: [{ speaker: 'Marko Djuric', text: 'It is a sad day for the region,' }],
    reported: [
      { speaker: 'Marko Djuric', sentence: 'Foreign Minister Marko Djuric said the talks were going nowhere.' },
      { speaker: 'U.S. embassy in Pristina', sentence: 'The U.S. embassy in Pristina said it was following the talks closely.' },
    ],
    discovered: ['Marko Djuric', 'U.S. embassy in Pristina'],
  },
  {
    name: 'voices at large: “…,” read a statement released by X; “…,” a statement from X said — the document’s issuer',
    date: '2024-06-18',
    text: paras(
      `Hovik Sargsian and Hakan Öztürk met in Antalya on Monday.`,
      `“The normalisation of relations between the two countries was discussed,” read a statement released by Armenia’s foreign ministry after the talks.`,
      `“The sides agreed to keep in touch,” a statement from the Armenian government said on Tuesday.`,
    ),
    quotes: [
      {
        speaker: 'Ministry of Foreign Affairs of Armenia',
        text: 'The normalisation of relations between the two countries was discussed,',
      },
      { speaker: 'Government of Armenia', text: 'The sides agreed to keep in touch,' },
    ],
    contacts: [{ a: 'Hovik Sargsian', b: 'Hakan Öztürk', kind: 'meeting', date: '2024-06-17', dateText: 'on Monday' }],
  },
  {
    name: 'voices at large: “X spoke next, … ¶ “…”” — a quotation opening the paragraph after a speech is the speaker’s',
    date: '2024-02-18',
    text: paras(
      `Prime Minister Aram Vardanyan addressed the summit in Addis Ababa on Saturday.`,
      `“Our region must speak with one voice on the conflicts that afflict it.”`,
      `Later, Guliyev met Daniel Whitcombe in the hotel lobby.`,
      `“The talks will go on in May.”`,
    ),
    quotes: [{ speaker: 'Aram Vardanyan', text: 'Our region must speak with one voice on the conflicts that afflict it.' }],
    notSaidBy: [{ text: 'The talks will go on in May.', speaker: 'Ilgar Guliyev' }],
    note: 'A meeting is no speech: the quotation after it stays without a voice.',
  },
  {
    name: 'voices at large: “in what he termed “…””, “X dubbed the plan “…”” — the quoted words are the speaker’s',
    date: '2024-02-18',
    text: paras(
      `Guliyev described the summit as a turning point in what he termed “the long march to peace”.`,
      `Sargsian dubbed the plan “a road to nowhere” on Monday.`,
    ),
    quotes: [
      { speaker: 'Ilgar Guliyev', text: 'the long march to peace' },
      { speaker: 'Hovik Sargsian', text: 'a road to nowhere' },
    ],
  },
  {
    name: 'voices at large: “He urged the sides to “…,” according to the State Department” — the urging voice’s words, relayed',
    date: '2022-11-08',
    text: paras(
      `Secretary of State Daniel Whitcombe spoke by phone with Hovik Sargsian on Monday.`,
      `He urged the sides to “keep talking as agreed in Washington,” according to the State Department.`,
    ),
    quotes: [{ speaker: 'Daniel Whitcombe', text: 'keep talking as agreed in Washington,', via: 'U.S. Department of State' }],
    reported: [
      {
        speaker: 'Daniel Whitcombe',
        sentence: 'He urged the sides to “keep talking as agreed in Washington,” according to the State Department.',
        via: 'U.S. Department of State',
      },
    ],
    contacts: [{ a: 'Daniel Whitcombe', b: 'Hovik Sargsian', kind: 'call', date: '2022-11-07', dateText: 'on Monday' }],
  },
  {
    name: 'voices at large: “… “to another city,” said the de facto leader of occupied X, Y”; “Z’s foreign ministry, in a statement, merely said”',
    date: '2021-12-09',
    text: paras(
      `Moscow wants the talks moved “to another city,” said the de facto leader of occupied Abkhazia, Bata Kvarchia.`,
      `Armenia’s foreign ministry, in a statement, merely said the parties agreed to keep working.`,
      `As the talks ended, Sargsian provided details of the new border crossings.`,
    ),
    quotes: [{ speaker: 'Bata Kvarchia', text: 'to another city,' }],
    reported: [
      {
        speaker: 'Bata Kvarchia',
        sentence: 'Moscow wants the talks moved “to another city,” said the de facto leader of occupied Abkhazia, Bata Kvarchia.',
      },
      {
        speaker: 'Ministry of Foreign Affairs of Armenia',
        sentence: 'Armenia’s foreign ministry, in a statement, merely said the parties agreed to keep working.',
      },
      { speaker: 'Hovik Sargsian', sentence: 'As the talks ended, Sargsian provided details of the new border crossings.' },
    ],
    discovered: ['Bata Kvarchia'],
  },
  {
    name: 'voices at large: “…,” Okafor-Bello said — a tag naming someone the text never introduced takes no voice from before',
    date: '2024-03-05',
    text: paras(`“We are watching closely,” Sargsian said.`, `“The talks were positive,” Okafor-Bello said.`),
    quotes: [{ speaker: 'Hovik Sargsian', text: 'We are watching closely,' }],
    notSaidBy: [{ text: 'The talks were positive,', speaker: 'Hovik Sargsian' }],
  },
  {
    name: 'voices at large: expounded, spoke highly of, flagged, bemoaned, shared that, charged that',
    date: '2023-08-10',
    text: paras(
      `Sargsian expounded Armenia’s position on the border talks. He spoke highly of the work of the commission.`,
      `Guliyev flagged concerns about the pace of demining and bemoaned the lack of maps.`,
      `Vardanyan shared that the government would open two new crossings. Mammadli charged that the maps were incomplete.`,
    ),
    reported: [
      { speaker: 'Hovik Sargsian', sentence: 'Sargsian expounded Armenia’s position on the border talks.' },
      { speaker: 'Hovik Sargsian', sentence: 'He spoke highly of the work of the commission.' },
      { speaker: 'Ilgar Guliyev', sentence: 'Guliyev flagged concerns about the pace of demining and bemoaned the lack of maps.' },
      { speaker: 'Aram Vardanyan', sentence: 'Vardanyan shared that the government would open two new crossings.' },
      { speaker: 'Rauf Mammadli', sentence: 'Mammadli charged that the maps were incomplete.' },
    ],
    exhaustive: true,
  },
  {
    name: 'voices at large: “He continued:” alone, then paragraphs in quotation marks; “…,” he concluded',
    date: '2024-03-05',
    text: paras(
      `Prime Minister Aram Vardanyan addressed foreign investors in Yerevan on Tuesday. He continued:`,
      `"Armenia will remain open to investment. We guarantee the rights of investors."`,
      `"We are also reforming our courts."`,
      `"The talks continued into the night, and that is how it should be," he concluded.`,
    ),
    quotes: [
      { speaker: 'Aram Vardanyan', text: 'Armenia will remain open to investment. We guarantee the rights of investors.' },
      { speaker: 'Aram Vardanyan', text: 'We are also reforming our courts.' },
      { speaker: 'Aram Vardanyan', text: 'The talks continued into the night, and that is how it should be,' },
    ],
  },
  {
    name: 'voices at large: spokespeople — “said X’s spokeswoman, Y” is Y; “X’s spokesman said”, “a spokesman for X said” are X’s; “X’s deputy said” no one’s',
    date: '2024-03-05',
    text: paras(
      `Gennady Orlov met Hakan Öztürk in Sochi on Monday.`,
      `"The talks were constructive," said Orlov's spokeswoman, Irina Volkova.`,
      `"Both sides agreed to stay in contact," Öztürk's spokesman said.`,
      `"Ankara is ready to mediate," a spokesman for Öztürk said. "This is just the beginning," Öztürk's deputy told reporters.`,
    ),
    quotes: [
      { speaker: 'Irina Volkova', text: 'The talks were constructive,' },
      { speaker: 'Hakan Öztürk', text: 'Both sides agreed to stay in contact,' },
      { speaker: 'Hakan Öztürk', text: 'Ankara is ready to mediate,' },
    ],
    notSaidBy: [{ text: 'This is just the beginning,', speaker: 'Hakan Öztürk' }],
    contacts: [{ a: 'Gennady Orlov', b: 'Hakan Öztürk', kind: 'meeting', date: '2024-03-04', dateText: 'on Monday' }],
  },
  {
    name: 'voices at large: “… was backed by his counterpart X in this matter, who assured that …” is X',
    date: '2024-03-05',
    text: paras(
      `Local media report that Öztürk was backed by his Azerbaijani counterpart Rauf Mammadli in this matter, who assured that the road would open soon.`,
    ),
    reported: [
      {
        speaker: 'Rauf Mammadli',
        sentence: `Local media report that Öztürk was backed by his Azerbaijani counterpart Rauf Mammadli in this matter, who assured that the road would open soon.`,
      },
    ],
  },
  {
    name: 'voices at large: “The Secretary committed to …” speaks; “… remains committed to …” is no cue of its own',
    date: '2023-02-01',
    text: paras(
      `Secretary of State Daniel Whitcombe spoke with Hovik Sargsian on Tuesday. The Secretary committed to further strengthening bilateral relations.`,
      `The government remains committed to the talks.`,
    ),
    reported: [{ speaker: 'Daniel Whitcombe', sentence: 'The Secretary committed to further strengthening bilateral relations.' }],
    noStatementsContaining: ['remains committed'],
    contacts: [{ a: 'Daniel Whitcombe', b: 'Hovik Sargsian', kind: 'call', date: '2023-01-31', dateText: 'on Tuesday', optional: true }],
  },
  {
    name: 'voices at large: “The congratulatory message highlighted …” speaks for the person who sent it',
    date: '2021-08-21',
    text: paras(
      `Foreign Minister Gennady Orlov has congratulated Hovik Sargsian on his appointment, and expressed hope for closer ties.`,
      `The congratulatory message highlighted the friendly relations between the two nations.`,
    ),
    reported: [
      {
        speaker: 'Gennady Orlov',
        sentence: 'Foreign Minister Gennady Orlov has congratulated Hovik Sargsian on his appointment, and expressed hope for closer ties.',
      },
      { speaker: 'Gennady Orlov', sentence: 'The congratulatory message highlighted the friendly relations between the two nations.' },
    ],
  },
  {
    name: 'voices at large: “the X foreign ministry, known as Y, said”; “the two leaders pledged …” names no one',
    date: '2023-06-14',
    text: paras(
      `Prime Minister Aram Vardanyan hosted President Ilgar Guliyev in Dilijan on Tuesday.`,
      `In a joint declaration, the two leaders pledged to open the border crossings by the summer.`,
      `The Russian foreign ministry, known as the Smolenskaya, said in a note that Moscow welcomed the declaration.`,
    ),
    reported: [
      {
        speaker: 'Ministry of Foreign Affairs of Russia',
        sentence: 'The Russian foreign ministry, known as the Smolenskaya, said in a note that Moscow welcomed the declaration.',
      },
    ],
    contacts: [{ a: 'Aram Vardanyan', b: 'Ilgar Guliyev', kind: 'meeting', date: '2023-06-13', dateText: 'on Tuesday' }],
    notSaidBy: [
      { text: 'open the border crossings', speaker: 'Aram Vardanyan' },
      { text: 'open the border crossings', speaker: 'Ilgar Guliyev' },
    ],
    note: 'A pair’s pledge given to both, one statement each, lowered a blind set’s reported speech: the group names no one.',
  },
  {
    name: 'voices at large: “The talks were “constructive”, according to the ministry” — the closing source owns the short quotation',
    date: '2024-04-02',
    text: paras(`The talks in Geneva were “constructive and frank”, according to the Armenian government.`),
    quotes: [{ speaker: 'Government of Armenia', text: 'constructive and frank' }],
    reported: [
      {
        speaker: 'Government of Armenia',
        sentence: 'The talks in Geneva were “constructive and frank”, according to the Armenian government.',
      },
    ],
  },
  {
    name: 'voices at large: “…,” X vowed / quipped / pointed out / asked — speech verbs that close a quotation, not the voice before',
    date: '2024-04-02',
    text: paras(
      `“We will keep the border open,” Sargsian said.`,
      `“We will never accept this,” Guliyev vowed.`,
      `“Why now, after thirty years?” Mammadli asked. “Nobody has answered that,” Orlov quipped.`,
    ),
    quotes: [
      { speaker: 'Hovik Sargsian', text: 'We will keep the border open,' },
      { speaker: 'Ilgar Guliyev', text: 'We will never accept this,' },
      { speaker: 'Rauf Mammadli', text: 'Why now, after thirty years?' },
      { speaker: 'Gennady Orlov', text: 'Nobody has answered that,' },
    ],
    exhaustive: true,
  },
  {
    name: 'voices at large: “In the words of X, …” is X’s, as “according to X” is',
    date: '2024-03-05',
    text: paras(`In the words of Foreign Minister Hovik Sargsian, the peace treaty is “within reach.”`),
    quotes: [{ speaker: 'Hovik Sargsian', text: 'within reach.' }],
    reported: [
      { speaker: 'Hovik Sargsian', sentence: 'In the words of Foreign Minister Hovik Sargsian, the peace treaty is “within reach.”' },
    ],
  },
  {
    name: 'voices at large: a quotation above the dateline is the voice of the lead’s statement, a body’s too',
    date: '2024-03-04',
    text: paras(
      `Armenia ready to sign, ministry says`,
      `“Armenia is ready to sign the peace treaty as soon as next month.”`,
      `YEREVAN — The Armenian government said on Monday that the text of the treaty had been agreed.`,
    ),
    quotes: [{ speaker: 'Government of Armenia', text: 'Armenia is ready to sign the peace treaty as soon as next month.' }],
    reported: [
      { speaker: 'Government of Armenia', sentence: 'The Armenian government said on Monday that the text of the treaty had been agreed.' },
    ],
  },
  {
    name: 'voices at large: “X’s statement reads:” then the statement quoted; “The Y ministry’s statement said …”',
    date: '2024-03-05',
    text: paras(
      `Aram Vardanyan met Gennady Orlov in Moscow on Monday. Vardanyan's statement reads:`,
      `“Armenia remains committed to the peace process.”`,
      `The Armenian government's statement said the two also discussed the border.`,
    ),
    quotes: [{ speaker: 'Aram Vardanyan', text: 'Armenia remains committed to the peace process.' }],
    reported: [
      { speaker: 'Government of Armenia', sentence: `The Armenian government's statement said the two also discussed the border.` },
    ],
    contacts: [{ a: 'Aram Vardanyan', b: 'Gennady Orlov', kind: 'meeting', date: '2024-03-04', dateText: 'on Monday' }],
  },
  {
    name: 'voices at large: “X called on President Y in Colombo” is a courtesy call, no statement; “called on the sides to …” speaks',
    date: '2024-06-11',
    text: paras(
      `Foreign Minister Hovik Sargsian on Tuesday called on President Ilgar Guliyev in Baku.`,
      `Guliyev called on both sides to show restraint, and called on the mediators for more patience.`,
    ),
    reported: [
      {
        speaker: 'Ilgar Guliyev',
        sentence: 'Guliyev called on both sides to show restraint, and called on the mediators for more patience.',
      },
    ],
    noStatementsContaining: ['in Baku'],
    contacts: [{ a: 'Hovik Sargsian', b: 'Ilgar Guliyev', kind: 'meeting', date: '2024-06-11', dateText: 'on Tuesday', optional: true }],
  },
  {
    name: 'voices at large: “…, according to a post on the Prime Minister’s official X account” is the Prime Minister’s',
    date: '2024-02-20',
    text: paras(
      `Prime Minister Aram Vardanyan received President Ilgar Guliyev in Yerevan on Tuesday.`,
      `The two leaders deliberated on regional security, according to a post on Vardanyan's official X account.`,
    ),
    reported: [
      {
        speaker: 'Aram Vardanyan',
        sentence: `The two leaders deliberated on regional security, according to a post on Vardanyan's official X account.`,
      },
    ],
    contacts: [{ a: 'Aram Vardanyan', b: 'Ilgar Guliyev', kind: 'meeting', date: '2024-02-20', dateText: 'on Tuesday' }],
  },
];
