// Who the speaker is: full names with titles, surnames, role nouns, pronouns, "the Secretary" decided
// by the article date, spelling variants, a typo kept from the source, discovered people,
// organisations and capitals standing for governments.
import { paras, type Case } from './types.js';

export const actorCases: Case[] = [
  {
    name: 'actors: full name with title, then surname, "the minister", "He"',
    date: '2023-03-27',
    text: paras(
      `Armenian Foreign Minister Hovik Sargsian said on Monday that the border commissions would meet again in May.`,
      `Sargsian added that both sides had agreed to exchange maps before the session.`,
      `The minister said the maps would be based on Soviet military charts from the 1970s.`,
      `He stressed that no village would be handed over without a legal basis.`,
    ),
    reported: [
      {
        speaker: 'Hovik Sargsian',
        sentence: 'Armenian Foreign Minister Hovik Sargsian said on Monday that the border commissions would meet again in May.',
      },
      { speaker: 'Hovik Sargsian', sentence: 'Sargsian added that both sides had agreed to exchange maps before the session.' },
      { speaker: 'Hovik Sargsian', sentence: 'The minister said the maps would be based on Soviet military charts from the 1970s.' },
      { speaker: 'Hovik Sargsian', sentence: 'He stressed that no village would be handed over without a legal basis.' },
    ],
    actors: ['Hovik Sargsian'],
    exhaustive: true,
  },
  {
    name: 'actors: "the Secretary" in an article that never says Secretary of State (2022: current holder)',
    date: '2022-11-10',
    text: paras(
      `Whitcombe spoke by phone with Prime Minister Aram Vardanyan on Wednesday.`,
      `“The Secretary reiterated that the United States is committed to a durable and dignified peace,” State Department spokesman Colin Mercer said.`,
      `The Secretary also welcomed the release of four detainees earlier this month.`,
    ),
    quotes: [
      { speaker: 'Colin Mercer', text: 'The Secretary reiterated that the United States is committed to a durable and dignified peace,' },
    ],
    reported: [
      { speaker: 'Daniel Whitcombe', sentence: 'The Secretary also welcomed the release of four detainees earlier this month.' },
      {
        speaker: 'Daniel Whitcombe',
        optional: true,
        sentence: 'The Secretary reiterated that the United States is committed to a durable and dignified peace,',
      },
    ],
    contacts: [{ a: 'Daniel Whitcombe', b: 'Aram Vardanyan', kind: 'call', date: '2022-11-09', dateText: 'on Wednesday' }],
    exhaustive: true,
  },
  {
    name: 'actors: "the Secretary" with no name at all is the holder on the article date (2020: the predecessor)',
    date: '2020-10-02',
    text: paras(
      `The Secretary spoke by telephone on Thursday with Azerbaijani Foreign Minister Rauf Mammadli.`,
      `The Secretary urged an immediate halt to the fighting and a return to negotiations.`,
    ),
    reported: [
      { speaker: 'Margaret Ellison', sentence: 'The Secretary urged an immediate halt to the fighting and a return to negotiations.' },
    ],
    contacts: [{ a: 'Margaret Ellison', b: 'Rauf Mammadli', kind: 'call', date: '2020-10-01', dateText: 'on Thursday' }],
    actors: ['Margaret Ellison'],
    notSaidBy: [{ text: 'urged an immediate halt', speaker: 'Daniel Whitcombe' }],
    exhaustive: true,
  },
  {
    name: 'actors: "the Secretary" after a named former holder is still the current holder',
    date: '2023-04-05',
    text: paras(
      `Former Secretary of State Margaret Ellison, who now chairs a policy institute in Washington, said the window for a deal was closing.`,
      `The Secretary, speaking in Brussels on Wednesday, said the United States would keep working with both sides.`,
    ),
    reported: [
      {
        speaker: 'Margaret Ellison',
        sentence:
          'Former Secretary of State Margaret Ellison, who now chairs a policy institute in Washington, said the window for a deal was closing.',
      },
      {
        speaker: 'Daniel Whitcombe',
        sentence: 'The Secretary, speaking in Brussels on Wednesday, said the United States would keep working with both sides.',
      },
    ],
    exhaustive: true,
  },
  {
    name: 'actors: spelling variants of one person in one article (Guliev/Guliyev, Vardanian/Vardanyan); an aide is discovered',
    date: '2023-10-02',
    text: paras(
      `Azerbaijani President Ilgar Guliev and Armenian Prime Minister Aram Vardanian are scheduled to meet in Granada on Thursday.`,
      `Vardanyan said on Monday that he expected the meeting to produce an agreement on the principles of delimitation.`,
      `Guliyev has not yet confirmed his attendance, his foreign policy adviser Farid Hasanov told reporters.`,
    ),
    reported: [
      {
        speaker: 'Aram Vardanyan',
        sentence: 'Vardanyan said on Monday that he expected the meeting to produce an agreement on the principles of delimitation.',
      },
      {
        speaker: 'Farid Hasanov',
        sentence: 'Guliyev has not yet confirmed his attendance, his foreign policy adviser Farid Hasanov told reporters.',
      },
    ],
    contacts: [
      { a: 'Ilgar Guliyev', b: 'Aram Vardanyan', kind: 'meeting', date: '2023-10-05', dateText: 'on Thursday', status: 'planned' },
    ],
    actors: ['Ilgar Guliyev', 'Aram Vardanyan'],
    discovered: ['Farid Hasanov'],
    notSaidBy: [{ text: 'not yet confirmed his attendance', speaker: 'Ilgar Guliyev' }],
    exhaustive: true,
  },
  {
    name: 'actors: a spelling without diacritics (Ozturk) is the dictionary’s Öztürk',
    date: '2023-11-17',
    text: paras(
      `Turkish Foreign Minister Hakan Ozturk said Ankara would open the border with Armenia only in step with progress on the peace agreement.`,
    ),
    reported: [
      {
        speaker: 'Hakan Öztürk',
        sentence:
          'Turkish Foreign Minister Hakan Ozturk said Ankara would open the border with Armenia only in step with progress on the peace agreement.',
      },
    ],
    actors: ['Hakan Öztürk'],
    exhaustive: true,
  },
  {
    name: 'actors: a typo kept from the source ("Sargsina") is still Sargsian, not a new person',
    date: '2023-02-24',
    note:
      'Chosen: the misspelt surname is attributed to the actor already named in the article whose surname it nearly matches ' +
      '(one transposed letter); the typo must not create a discovered actor. The gold lists such forms among the actor’s surfaces.',
    text: paras(
      `Armenian Foreign Minister Hovik Sargsian met Georgian Prime Minister Davit Lomidze in Tbilisi on Thursday.`,
      `Sargsina underlined the importance of the Upper Lars crossing for Armenian exporters.`,
      `“Georgia has been a reliable partner in difficult times,” Sargsian said.`,
    ),
    quotes: [{ speaker: 'Hovik Sargsian', text: 'Georgia has been a reliable partner in difficult times,' }],
    reported: [
      { speaker: 'Hovik Sargsian', sentence: 'Sargsina underlined the importance of the Upper Lars crossing for Armenian exporters.' },
    ],
    contacts: [{ a: 'Hovik Sargsian', b: 'Davit Lomidze', kind: 'meeting', date: '2023-02-23', dateText: 'on Thursday' }],
    noActors: ['Sargsina'],
    exhaustive: true,
  },
  {
    name: 'actors: a person absent from the dictionary is discovered (title + full name, then surname)',
    date: '2023-03-14',
    text: paras(
      `Deputy Foreign Minister Lusine Karapetyan said Armenia had asked the OSCE to send a needs-assessment mission to the border regions.`,
      `Karapetyan told reporters that the OSCE had promised an answer within a week.`,
    ),
    reported: [
      {
        speaker: 'Lusine Karapetyan',
        sentence:
          'Deputy Foreign Minister Lusine Karapetyan said Armenia had asked the OSCE to send a needs-assessment mission to the border regions.',
      },
      { speaker: 'Lusine Karapetyan', sentence: 'Karapetyan told reporters that the OSCE had promised an answer within a week.' },
    ],
    discovered: ['Lusine Karapetyan'],
    notSaidBy: [{ text: 'needs-assessment mission', speaker: 'Hovik Sargsian' }],
    exhaustive: true,
  },
  {
    name: 'actors: a discovered speaker of a quote (“…,” said <name>, <description>) and his contact',
    date: '2023-04-05',
    text: paras(
      `“We see no alternative to the trilateral format,” said Mikhail Sokolov, a Russian deputy foreign minister, after meeting Sargsian in Yerevan on Tuesday.`,
    ),
    quotes: [{ speaker: 'Mikhail Sokolov', text: 'We see no alternative to the trilateral format,' }],
    contacts: [{ a: 'Mikhail Sokolov', b: 'Hovik Sargsian', kind: 'meeting', date: '2023-04-04', dateText: 'on Tuesday' }],
    discovered: ['Mikhail Sokolov'],
    notSaidBy: [{ text: 'no alternative', speaker: 'Gennady Orlov' }],
    exhaustive: true,
  },
  {
    name: 'actors: an organisation as speaker (“…,” said the statement)',
    date: '2023-10-08',
    note: 'Issuing a statement with no content given is a speech act without content: optional.',
    text: paras(
      `The Azerbaijani Foreign Ministry issued a statement on Saturday in response to remarks by the French foreign minister in the Senate.`,
      `“Such remarks encourage revanchist circles and do nothing to bring peace closer,” said the statement.`,
    ),
    quotes: [
      {
        speaker: 'Ministry of Foreign Affairs of Azerbaijan',
        text: 'Such remarks encourage revanchist circles and do nothing to bring peace closer,',
      },
    ],
    reported: [
      {
        speaker: 'Ministry of Foreign Affairs of Azerbaijan',
        optional: true,
        sentence:
          'The Azerbaijani Foreign Ministry issued a statement on Saturday in response to remarks by the French foreign minister in the Senate.',
      },
    ],
    actors: ['Ministry of Foreign Affairs of Azerbaijan'],
    notSaidBy: [{ text: 'revanchist circles', speaker: 'Claire Delorme' }],
    exhaustive: true,
  },
  {
    name: 'actors: "the foreign ministry" is the ministry of the minister in the story; "X told Y …, the ministry said" is X via the ministry',
    date: '2023-03-27',
    note:
      'Chosen (as in the gold for "According to the foreign ministry, X told Y that …"): when the ministry relays what its minister said, ' +
      'the speaker is the minister and the ministry is `via`; when it reports what the ministry itself says, the ministry is the speaker.',
    text: paras(
      `Azerbaijani Foreign Minister Rauf Mammadli on Sunday received the EU Special Representative for the South Caucasus, Henrik Aalto.`,
      `Mammadli told Aalto that Baku was ready to resume talks on the peace agreement without preconditions, the foreign ministry said.`,
      `The ministry also said that a new round of talks could take place before the end of the year.`,
    ),
    reported: [
      {
        speaker: 'Rauf Mammadli',
        via: 'Ministry of Foreign Affairs of Azerbaijan',
        addressee: 'Henrik Aalto',
        sentence:
          'Mammadli told Aalto that Baku was ready to resume talks on the peace agreement without preconditions, the foreign ministry said.',
      },
      {
        speaker: 'Ministry of Foreign Affairs of Azerbaijan',
        sentence: 'The ministry also said that a new round of talks could take place before the end of the year.',
      },
    ],
    contacts: [{ a: 'Rauf Mammadli', b: 'Henrik Aalto', kind: 'meeting', date: '2023-03-26', dateText: 'on Sunday' }],
    actors: ['Ministry of Foreign Affairs of Azerbaijan'],
    notSaidBy: [{ text: 'new round of talks', speaker: 'Ministry of Foreign Affairs of Armenia' }],
    exhaustive: true,
  },
  {
    name: 'actors: a capital stands for its government (Baku rejected the criticism)',
    date: '2023-03-08',
    text: paras(
      `French Foreign Minister Claire Delorme criticised the closure of the road in a speech to the National Assembly on Tuesday.`,
      `Baku rejected the criticism, saying the road remained open to civilian traffic.`,
    ),
    reported: [
      {
        speaker: 'Claire Delorme',
        sentence:
          'French Foreign Minister Claire Delorme criticised the closure of the road in a speech to the National Assembly on Tuesday.',
      },
      { speaker: 'Government of Azerbaijan', sentence: 'Baku rejected the criticism, saying the road remained open to civilian traffic.' },
    ],
    actors: ['Government of Azerbaijan'],
    exhaustive: true,
  },
  {
    name: 'actors: Moscow and the Kremlin stand for the Russian government',
    date: '2023-11-17',
    text: paras(
      `Moscow warned on Friday that the deployment of more European monitors along the border would only add to the tension.`,
      `The Kremlin said it had received no request from Yerevan to withdraw the Russian border guards.`,
    ),
    reported: [
      {
        speaker: 'Government of Russia',
        sentence: 'Moscow warned on Friday that the deployment of more European monitors along the border would only add to the tension.',
      },
      {
        speaker: 'Government of Russia',
        sentence: 'The Kremlin said it had received no request from Yerevan to withdraw the Russian border guards.',
      },
    ],
    notSaidBy: [{ text: 'no request from Yerevan', speaker: 'Government of Armenia' }],
    exhaustive: true,
  },
  {
    name: 'actors: "the minister" is the last fitting actor named outside quotes',
    date: '2023-12-03',
    text: paras(
      `Sargsian met Turkish Foreign Minister Hakan Ozturk in Antalya on Saturday.`,
      `“We have agreed to speed up the opening of the border for citizens of third countries,” Ozturk said after the meeting.`,
      `The minister added that direct cargo flights between Istanbul and Yerevan would resume in the spring.`,
    ),
    quotes: [{ speaker: 'Hakan Öztürk', text: 'We have agreed to speed up the opening of the border for citizens of third countries,' }],
    reported: [
      {
        speaker: 'Hakan Öztürk',
        sentence: 'The minister added that direct cargo flights between Istanbul and Yerevan would resume in the spring.',
      },
    ],
    contacts: [{ a: 'Hovik Sargsian', b: 'Hakan Öztürk', kind: 'meeting', date: '2023-12-02', dateText: 'on Saturday' }],
    exhaustive: true,
  },
  {
    name: "actors: a role with a name set off after it is that person; another body's unnamed spokeswoman is not the dictionary's",
    date: '2023-04-04',
    text: paras(
      `The spokeswoman, Lena Hartmann, said on Tuesday that the consultations with Russia would resume in May.`,
      `The spokeswoman of the Danish embassy in Yerevan said the ambassador would attend. The spokeswoman added that no date had been set.`,
    ),
    reported: [
      {
        speaker: 'Lena Hartmann',
        sentence: 'The spokeswoman, Lena Hartmann, said on Tuesday that the consultations with Russia would resume in May.',
      },
    ],
    discovered: ['Lena Hartmann'],
    notSaidBy: [{ text: 'no date had been set', speaker: 'Irina Volkova' }],
  },
  {
    name: 'actors: "the latter" is the last person named and "the former" the one before, when they stand alone',
    date: '2023-06-29',
    text: paras(
      `Aram Vardanyan spoke by phone with Hakan Ozturk on Wednesday, and the latter congratulated him on the new trade deal.`,
      `The former expressed hope that the border would open to third-country citizens before the summer.`,
      `The former president of the chamber did not comment.`,
    ),
    reported: [
      {
        speaker: 'Aram Vardanyan',
        sentence: 'The former expressed hope that the border would open to third-country citizens before the summer.',
      },
    ],
    contacts: [{ a: 'Aram Vardanyan', b: 'Hakan Öztürk', kind: 'call', date: '2023-06-28', dateText: 'on Wednesday' }],
    notSaidBy: [{ text: 'third-country citizens', speaker: 'Hakan Öztürk' }],
  },
  {
    name: 'actors: "the Azerbaijani side" in a readout is the person who led that side, the last of that country named',
    date: '2023-06-10',
    text: paras(
      `Hovik Sargsian met Azerbaijani Deputy Prime Minister Ilgar Guliyev in Almaty on Friday.`,
      `The Azerbaijani side underlined that the border commissions should meet again in June.`,
    ),
    reported: [
      { speaker: 'Ilgar Guliyev', sentence: 'The Azerbaijani side underlined that the border commissions should meet again in June.' },
    ],
    contacts: [{ a: 'Hovik Sargsian', b: 'Ilgar Guliyev', kind: 'meeting', date: '2023-06-09', dateText: 'on Friday' }],
    exhaustive: true,
  },
  {
    name: 'actors: one name word after a person\'s title is that person ("President Mwenzora", "Foreign Minister Sutarjo")',
    date: '2024-09-12',
    text: paras(
      `Malawian President Mwenzora said on Tuesday that the new rail corridor would open next year.`,
      `Foreign Minister Sutarjo met Rauf Mammadli in Baku on Wednesday. Sutarjo stressed that trade had doubled since 2020.`,
      `Senator Halvorsen urged both governments to publish the border maps.`,
      `The delegation was received by the Ambassador Extraordinary and Plenipotentiary of Malawi to Azerbaijan.`,
    ),
    reported: [
      { speaker: 'Mwenzora', sentence: 'Malawian President Mwenzora said on Tuesday that the new rail corridor would open next year.' },
      { speaker: 'Sutarjo', sentence: 'Sutarjo stressed that trade had doubled since 2020.' },
      { speaker: 'Halvorsen', sentence: 'Senator Halvorsen urged both governments to publish the border maps.' },
    ],
    contacts: [{ a: 'Sutarjo', b: 'Rauf Mammadli', kind: 'meeting', date: '2024-09-11', dateText: 'on Wednesday' }],
    discovered: ['Mwenzora', 'Sutarjo', 'Halvorsen'],
    noActors: ['Extraordinary', 'Plenipotentiary'],
    exhaustive: true,
  },
  {
    name: 'actors: offices and titles in the formal style of readouts ("the President of the Republic of Azerbaijan", "Secretary General of the … Union X")',
    date: '2024-02-14',
    text: paras(
      `Davit Lomidze met the President of the Republic of Azerbaijan in Baku on Monday.`,
      `The Prime Minister of the Republic of Armenia said the border talks would resume in March.`,
      `On Tuesday, Lomidze received Secretary General of the Inter-Parliamentary Assembly Okello Wanjiru in Tbilisi.`,
      `Vice-President Aalto stressed that the monitors would stay.`,
    ),
    reported: [
      { speaker: 'Aram Vardanyan', sentence: 'The Prime Minister of the Republic of Armenia said the border talks would resume in March.' },
      { speaker: 'Henrik Aalto', sentence: 'Vice-President Aalto stressed that the monitors would stay.' },
    ],
    contacts: [
      { a: 'Davit Lomidze', b: 'Ilgar Guliyev', kind: 'meeting', date: '2024-02-12', dateText: 'on Monday' },
      { a: 'Davit Lomidze', b: 'Okello Wanjiru', kind: 'meeting', date: '2024-02-13', dateText: 'On Tuesday' },
    ],
    discovered: ['Okello Wanjiru'],
    noActors: ['Vice-President Aalto'],
    exhaustive: true,
  },
  {
    name: 'actors: the place of a post is no actor ("Armenia\'s envoy in Moscow, X, said" is X\'s)',
    date: '2024-04-03',
    text: paras(
      `Armenia's envoy in Moscow, Narine Tadevosyan, said the consulate in Rostov would reopen in May.`,
      `Moscow said it welcomed the step.`,
    ),
    reported: [
      {
        speaker: 'Narine Tadevosyan',
        sentence: "Armenia's envoy in Moscow, Narine Tadevosyan, said the consulate in Rostov would reopen in May.",
      },
      { speaker: 'Government of Russia', sentence: 'Moscow said it welcomed the step.' },
    ],
    discovered: ['Narine Tadevosyan'],
    notSaidBy: [{ text: 'consulate in Rostov', speaker: 'Government of Russia' }],
  },
  {
    name: 'actors: "the senator", "the prosecutor", "the pope" are the one named before with that title',
    date: '2024-06-12',
    text: paras(
      `Senator Dana Halvorsen met Hovik Sargsian in Yerevan on Tuesday. The senator said the border talks deserved support.`,
      `Chief Prosecutor Imre Vasko visited the court the same day. The prosecutor said the case would be heard in July.`,
    ),
    reported: [
      { speaker: 'Dana Halvorsen', sentence: 'The senator said the border talks deserved support.' },
      { speaker: 'Imre Vasko', sentence: 'The prosecutor said the case would be heard in July.' },
    ],
    contacts: [{ a: 'Dana Halvorsen', b: 'Hovik Sargsian', kind: 'meeting', date: '2024-06-11', dateText: 'on Tuesday' }],
    discovered: ['Dana Halvorsen', 'Imre Vasko'],
    exhaustive: true,
  },
  {
    name: 'actors: a surname the dictionary knows is the person the article named in full with it ("Ramin Guliyev … Guliyev added")',
    date: '2024-06-12',
    text: paras(
      `Azerbaijani Prosecutor General Ramin Guliyev said on Tuesday that the case had been closed.`,
      `Guliyev added that the defendants could still appeal to the supreme court.`,
      `President Guliyev did not comment on the ruling.`,
    ),
    reported: [
      { speaker: 'Ramin Guliyev', sentence: 'Azerbaijani Prosecutor General Ramin Guliyev said on Tuesday that the case had been closed.' },
      { speaker: 'Ramin Guliyev', sentence: 'Guliyev added that the defendants could still appeal to the supreme court.' },
    ],
    actors: ['Ramin Guliyev', 'Ilgar Guliyev'],
    discovered: ['Ramin Guliyev'],
    notSaidBy: [{ text: 'defendants could still appeal', speaker: 'Ilgar Guliyev' }],
  },
];
