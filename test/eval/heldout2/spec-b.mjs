// Hand annotation of held-out set 2, articles 016-030 (real news, collected and annotated without reading the
// extraction rules). Items are anchored by their exact text (or by their first and last words, `from`/`to`);
// build-gold.mjs computes and verifies the offsets.
const P = 'person';
const O = 'org';

export default {
  h2016: {
    file: '016_tuko_ruto_russian_envoy.txt',
    url: 'https://www.tuko.co.ke/politics/480821-william-ruto-meets-russias-ambassador-kenya-dmitry-maksimychev-ukraine-invasion/',
    outlet: 'Tuko (Kenya)',
    style: 'regional press (East Africa)',
    patterns: ['first name as reference ("Apart from Dmitry")', 'typos as published (held with, Argentina\'sambassador)', 'nominal "the head of state"', 'earlier statement (In September 2022, Ruto said)', 'country as speaker (Russia, through its embassy …, said; The European country said)', 'congratulated (speech act, optional)', 'meetings with no day'],
    actors: [
      { name: 'William Ruto', kind: P, role: 'President of Kenya', surface: ['President William Ruto', 'Ruto', 'he', 'He', 'the head of state'] },
      { name: 'Dmitry Maksimychev', kind: P, role: 'Ambassador of Russia to Kenya', surface: ['the Russian ambassador to Kenya, Dmitry Maksimychev', 'Dmitry'] },
      { name: 'Gabriela Martinic', kind: P, role: 'Ambassador of Argentina to Kenya', surface: ['Gabriela Martinic'] },
      { name: 'Government of Russia', kind: O, role: null, surface: ['the Russian government', 'Russia', 'The European country'] },
    ],
    quotes: [
      { speaker: 'William Ruto', from: 'As part of the global community', to: 'agriculture, energy and ICT,' },
      { speaker: 'William Ruto', from: 'We acknowledge the strides Argentina has made', to: 'to save lives,' },
      { speaker: 'William Ruto', from: "I don't think it helps any situation", to: 'we need to do what we need to do,' },
    ],
    reported: [
      { speaker: 'William Ruto', text: 'Ruto said Kenya supports a speedy resolution of the Russian invasion of Ukraine.' },
      { speaker: 'William Ruto', text: 'Ruto said Kenya is keen to partner with Argentina in the healthcare sector, specifically cancer treatment.' },
      { speaker: 'William Ruto', from: 'In September 2022, Ruto said he was committed', to: 'solving the crisis in Ukraine.' },
      { speaker: 'William Ruto', from: 'He said at a time the world was faced', to: 'the least we should have in between is war.' },
      { speaker: 'Government of Russia', from: 'Following his election, the Russian government congratulated Ruto', to: "as Kenya's fifth president.", optional: true, note: 'congratulations: speech act with no further content' },
      { speaker: 'Government of Russia', from: 'In a statement on Thursday, August 18, Russia', to: 'mutually beneficial cooperation with Kenya.' },
      { speaker: 'Government of Russia', from: 'The European country said it was confident', to: 'reinvigorated and further strengthened.' },
    ],
    contacts: [
      { a: 'William Ruto', b: 'Dmitry Maksimychev', kind: 'meeting', date: null, status: 'held', date_text: null, evidence: 'President William Ruto has met the Russian ambassador to Kenya, Dmitry Maksimychev, at State House' },
      { a: 'William Ruto', b: 'Gabriela Martinic', kind: 'meeting', date: null, status: 'held', date_text: null, evidence: "Ruto also held with Argentina'sambassador to Kenya, Gabriela Martinic" },
    ],
    excluded: [],
  },

  h2017: {
    file: '017_aljazeera_ankara_declaration.txt',
    url: 'https://webjosh.com/article/somalia-ethiopia-agree-on-compromise-to-end-tension-turkish-leader-says-1733977851-9725',
    outlet: 'Al Jazeera (republished by webjosh)',
    style: 'international press',
    patterns: ['three leaders at one meeting (every pair)', 'standfirst before the body', '"late on Wednesday" (article dated Thursday)', 'nominals: the Turkish leader, Turkiye’s President Erdogan', '"my brother Sheikh Mohamud" inside a quotation', 'partial quotes inside reported sentences', 'post on social media as a source'],
    actors: [
      { name: 'Recep Tayyip Erdoğan', kind: P, role: 'President of Turkey', surface: ['Turkiye’s President Erdogan', 'Turkish President Recep Tayyip Erdogan', 'Erdogan', 'the Turkish leader', 'Turkish leader'] },
      { name: 'Hassan Sheikh Mohamud', kind: P, role: 'President of Somalia', surface: ['Somali President Hassan Sheikh Mohamud', 'Sheikh Mohamud'] },
      { name: 'Abiy Ahmed', kind: P, role: 'Prime Minister of Ethiopia', surface: ['Ethiopian Prime Minister Abiy Ahmed'] },
    ],
    quotes: [
      { speaker: 'Recep Tayyip Erdoğan', text: 'historic reconciliation' },
      { speaker: 'Recep Tayyip Erdoğan', text: 'the first step towards a new beginning based on peace and cooperation between Somalia and Ethiopia' },
      { speaker: 'Recep Tayyip Erdoğan', from: 'I believe with the meeting we had today', to: 'support for accessing the sea,' },
      { speaker: 'Recep Tayyip Erdoğan', from: 'This joint declaration focuses on the future', to: 'will build from now on,' },
    ],
    reported: [
      { speaker: 'Recep Tayyip Erdoğan', text: 'Turkiye’s President Erdogan announced the breakthrough after talks between the Ethiopian and Somali leaders in Ankara.', optional: true, note: 'standfirst; "announced the breakthrough" has no content of its own' },
      { speaker: 'Recep Tayyip Erdoğan', from: 'Somalia and Ethiopia have agreed on a joint declaration', to: 'Recep Tayyip Erdogan has announced.' },
      { speaker: 'Recep Tayyip Erdoğan', from: 'Speaking in a joint news conference in Ankara, Erdogan late on Wednesday thanked', to: 'for their “historic reconciliation”.', mixed: true },
      { speaker: 'Recep Tayyip Erdoğan', from: 'Hailing the agreement, Erdogan said he hoped', to: 'gains sea access.', mixed: true },
    ],
    contacts: [
      { a: 'Recep Tayyip Erdoğan', b: 'Hassan Sheikh Mohamud', kind: 'meeting', date: '2024-12-11', status: 'held', date_text: 'late on Wednesday / today', evidence: 'talks between the Ethiopian and Somali leaders in Ankara' },
      { a: 'Recep Tayyip Erdoğan', b: 'Abiy Ahmed', kind: 'meeting', date: '2024-12-11', status: 'held', date_text: 'late on Wednesday / today' },
      { a: 'Hassan Sheikh Mohamud', b: 'Abiy Ahmed', kind: 'meeting', date: '2024-12-11', status: 'held', date_text: 'late on Wednesday / today', note: 'Ankara talks hosted by Erdogan' },
    ],
    excluded: [],
  },

  h2018: {
    file: '018_tehrantimes_araghchi_calls.txt',
    url: 'https://www.tehrantimes.com/news/511871/Iran-FM-engages-counterparts-in-regional-countries-over-muscat',
    outlet: 'Tehran Times',
    style: 'regional press (Iran)',
    patterns: ['series of calls on Tuesday = article date (only one counterpart named)', 'collective "the two sides" / "They" / "The ministers" (optional)', 'one sentence with two speakers (X welcomed …, while Y expressed …)', 'ministry as speaker', 'X stated Monday, “…” (bare frame)', 'dates of other events (April 12, April 19)'],
    actors: [
      { name: 'Abbas Araghchi', kind: P, role: 'Foreign Minister of Iran', surface: ['Iran’s Foreign Minister Abbas Araghchi', 'Araghchi'] },
      { name: 'Hakan Fidan', kind: P, role: 'Foreign Minister of Turkey', surface: ['Turkish Foreign Minister Hakan Fidan', 'Fidan'] },
      { name: 'Esmaeil Baghaei', kind: P, role: 'Spokesperson, Ministry of Foreign Affairs of Iran', surface: ['Foreign Ministry spokesperson Esmaeil Baghaei'] },
      { name: 'Ministry of Foreign Affairs of Iran', kind: O, role: null, surface: ['Iran’s Foreign Ministry'] },
    ],
    quotes: [
      { speaker: 'Abbas Araghchi', text: 'constructive and supportive position' },
      { speaker: 'Esmaeil Baghaei', text: 'Following consultations, it was agreed that the second round of talks will be held this Saturday, April 19, in the same format.' },
    ],
    reported: [
      { speaker: 'Abbas Araghchi', from: 'In a phone conversation with Turkish Foreign Minister Hakan Fidan on Tuesday', to: 'ongoing regional shifts.', optional: true, note: 'collective "the two sides"' },
      { speaker: 'Abbas Araghchi', text: 'They also exchanged views on the Muscat talks, which mark a renewed diplomatic track between Tehran and Washington.', optional: true, note: 'collective' },
      { speaker: 'Abbas Araghchi', from: 'Araghchi welcomed Turkey’s', to: 'continuation of the Muscat dialogue.', mixed: true, note: 'second clause is Fidan\'s (while Fidan expressed …); one item for the sentence' },
      { speaker: 'Abbas Araghchi', text: 'The ministers also addressed consular issues and matters concerning Iranian nationals residing in Turkey.', optional: true, note: 'collective' },
      { speaker: 'Ministry of Foreign Affairs of Iran', from: 'Iran’s Foreign Ministry has announced that', to: 'to take place in a European country.' },
    ],
    contacts: [
      { a: 'Abbas Araghchi', b: 'Hakan Fidan', kind: 'call', date: '2025-04-15', status: 'held', date_text: 'on Tuesday', evidence: 'In a phone conversation with Turkish Foreign Minister Hakan Fidan on Tuesday' },
    ],
    excluded: [],
  },

  h2019: {
    file: '019_afp_qatar_hamas_doha.txt',
    url: 'https://www.brecorder.com/news/40339995/qatar-pm-meets-hamas-delegation-for-gaza-ceasefire-talks',
    outlet: 'AFP (via Business Recorder)',
    style: 'wire story',
    patterns: ['"DOHA:" place label', 'anonymous-looking source that is the foreign ministry ("a statement said", then "the foreign ministry statement said")', 'partial quotes ending outside the mark (…”, the premier added)', 'nominals: the sheikh, the premier, Sheikh Mohammed', 'capital as speaker (Doha announced …, saying)', 'meeting on Saturday (article dated Sunday)', 'organisation and its envoy both met'],
    actors: [
      { name: 'Mohammed bin Abdulrahman Al Thani', kind: P, role: 'Prime Minister and Foreign Minister of Qatar', surface: ['Qatar’s prime minister', 'Sheikh Mohammed bin Abdulrahman bin Jassim Al-Thani', 'Sheikh Mohammed', 'the sheikh', 'he', 'the premier', 'Qatar PM'] },
      { name: 'Khalil al-Hayya', kind: P, role: 'Senior Hamas official, lead negotiator', surface: ['senior official Khalil al-Hayya'] },
      { name: 'Donald Trump', kind: P, role: 'President-elect of the United States', surface: ['Donald Trump'] },
      { name: 'Hamas', kind: O, role: null, surface: ['a Hamas delegation', 'Hamas'] },
      { name: 'Ministry of Foreign Affairs of Qatar', kind: O, role: null, surface: ['the foreign ministry', 'a statement'] },
      { name: 'Government of Qatar', kind: O, role: null, surface: ['Doha', 'The Gulf emirate'] },
    ],
    quotes: [
      { speaker: 'Ministry of Foreign Affairs of Qatar', text: 'clear and comprehensive', nth: 0 },
      { speaker: 'Ministry of Foreign Affairs of Qatar', from: 'During the meeting, the latest developments', to: 'the ongoing war in the region,' },
      { speaker: 'Mohammed bin Abdulrahman Al Thani', text: 'momentum', nth: 0, optional: true, note: 'one word' },
      { speaker: 'Mohammed bin Abdulrahman Al Thani', text: 'We have sensed, after the election, that the momentum is coming back,' },
      { speaker: 'Mohammed bin Abdulrahman Al Thani', text: 'a lot of encouragement in order to achieve a deal, even before the president comes to the office' },
      { speaker: 'Government of Qatar', text: 'willingness and seriousness' },
    ],
    reported: [
      { speaker: 'Ministry of Foreign Affairs of Qatar', from: 'Qatar’s prime minister met a Hamas delegation in Doha on Saturday', to: 'a statement said.', mixed: true, note: 'after the "DOHA:" label; the statement is the foreign ministry\'s (next sentence)' },
      { speaker: 'Ministry of Foreign Affairs of Qatar', from: 'Sheikh Mohammed bin Abdulrahman bin Jassim Al-Thani held talks', to: 'the foreign ministry statement said.' },
      { speaker: 'Mohammed bin Abdulrahman Al Thani', from: 'Earlier this month, the sheikh expressed optimism', to: 'election victory in the United States.', mixed: true },
      { speaker: 'Mohammed bin Abdulrahman Al Thani', from: 'The incoming Trump administration had given', to: 'the premier added.', mixed: true },
      { speaker: 'Government of Qatar', from: 'In November, Doha announced it had put its mediation on hold', to: '“willingness and seriousness”.', mixed: true },
    ],
    contacts: [
      { a: 'Mohammed bin Abdulrahman Al Thani', b: 'Khalil al-Hayya', kind: 'meeting', date: '2024-12-28', status: 'held', date_text: 'on Saturday', evidence: 'held talks with a Hamas team led by senior official Khalil al-Hayya' },
      { a: 'Mohammed bin Abdulrahman Al Thani', b: 'Hamas', kind: 'meeting', date: '2024-12-28', status: 'held', optional: true, date_text: 'on Saturday', note: 'the same meeting, with the organisation as party' },
    ],
    excluded: [],
  },

  h2020: {
    file: '020_thenational_blinken_ebrard.txt',
    url: 'https://www.thenationalnews.com/world/us-news/2022/12/16/blinken-meets-mexican-foreign-minister-ebrard-in-washington',
    outlet: 'The National',
    style: 'international press (UAE)',
    patterns: ['X told reporters: “…” and X added: “…” (bare frames with a colon)', '"Mr" forms (Mr Blinken, Mr Ebrard)', 'meeting on Friday = article date', 'claim by unnamed people ("some in Washington have claimed", not annotated)'],
    actors: [
      { name: 'Antony Blinken', kind: P, role: 'U.S. Secretary of State', surface: ['US Secretary of State Antony Blinken', 'Mr Blinken', 'Blinken'] },
      { name: 'Marcelo Ebrard', kind: P, role: 'Foreign Secretary of Mexico', surface: ['Mexican Foreign Minister Marcelo Ebrard', 'Mr Ebrard', 'Ebrard'] },
      { name: 'Joe Biden', kind: P, role: 'President of the United States', surface: ['President Joe Biden'] },
      { name: 'Donald Trump', kind: P, role: 'former President of the United States', surface: ['Donald Trump'] },
    ],
    quotes: [
      { speaker: 'Antony Blinken', from: 'We are preparing for the North American Leaders Summit early next year.', to: 'between our governments.' },
      { speaker: 'Marcelo Ebrard', text: 'We are going to have several conversations right now in order to advance on those issues.' },
    ],
    reported: [],
    contacts: [
      { a: 'Antony Blinken', b: 'Marcelo Ebrard', kind: 'meeting', date: '2022-12-16', status: 'held', date_text: 'on Friday', evidence: 'hosted Mexican Foreign Minister Marcelo Ebrard at the State Department on Friday' },
    ],
    excluded: [],
  },

  h2021: {
    file: '021_state_blinken_ebrard_call.txt',
    url: 'https://www.einpresswire.com/article/577210287/secretary-blinken-s-call-with-mexican-foreign-secretary-ebrard',
    outlet: 'U.S. Department of State (via EIN Presswire)',
    style: 'ministry readout (State Department)',
    patterns: ['"attributable to Spokesperson" line (principal as speaker, via the spokesperson)', 'spoke yesterday (article date minus one)', 'He = the Secretary', 'coordinated subject (Secretary Blinken and Foreign Secretary Ebrard spoke about …, optional)', 'planned visit to "the White House" (host not named, no contact)'],
    actors: [
      { name: 'Antony Blinken', kind: P, role: 'U.S. Secretary of State', surface: ['Secretary of State Antony J. Blinken', 'Secretary Blinken', 'He'] },
      { name: 'Marcelo Ebrard', kind: P, role: 'Foreign Secretary of Mexico', surface: ['Mexican Foreign Secretary Marcelo Ebrard', 'Foreign Secretary Ebrard', 'Mexican Foreign Secretary Ebrard'] },
      { name: 'Ned Price', kind: P, role: 'Spokesperson, U.S. Department of State', surface: ['Spokesperson Ned Price'] },
      { name: 'Andrés Manuel López Obrador', kind: P, role: 'President of Mexico', surface: ['President Lopez Obrador'] },
    ],
    quotes: [],
    reported: [
      { speaker: 'Antony Blinken', via: 'Ned Price', from: 'Secretary Blinken noted the coordination', to: 'the climate crisis, and economic integration.' },
      { speaker: 'Antony Blinken', via: 'Ned Price', from: 'He reiterated his appreciation', to: 'the Agricultural Producers Declaration.' },
      { speaker: 'Antony Blinken', via: 'Ned Price', from: 'Secretary Blinken and Foreign Secretary Ebrard spoke about', to: 'planned visit to the White House in July.', optional: true, note: 'coordinated subject: both parties' },
    ],
    contacts: [
      { a: 'Antony Blinken', b: 'Marcelo Ebrard', kind: 'call', date: '2022-06-16', status: 'held', date_text: 'yesterday', evidence: 'spoke yesterday with Mexican Foreign Secretary Marcelo Ebrard' },
    ],
    excluded: [],
  },

  h2022: {
    file: '022_mercopress_mondino_enciso.txt',
    url: 'https://en.mercopress.com/2023/11/21/argentina-s-next-fm-holds-talks-with-uruguayan-ambassador-in-ba?utm_source=feed&utm_medium=rss&utm_content=falkland-islands&utm_campaign=rss',
    outlet: 'MercoPress',
    style: 'regional press (Latin America)',
    patterns: ['standfirst without a final stop (not annotated)', 'many short quoted fragments inside reported sentences', '“…,” X said while acknowledging that … (reported)', 'She and Enciso discussed “…,” X said (content outside the marks)', 'X was quoted in Montevideo as saying (bare frame)', 'meeting "Monday" (article dated Tuesday)', 'phone call and a conversation with no day'],
    actors: [
      { name: 'Diana Mondino', kind: P, role: 'Foreign Minister-designate of Argentina', surface: ['Economist Diana Mondino', 'Mondino', 'She', 'she'] },
      { name: 'Javier Milei', kind: P, role: 'President-elect of Argentina', surface: ['President-elect Javier Milei', 'Milei', 'the president-elect'] },
      { name: 'Carlos Enciso', kind: P, role: 'Ambassador of Uruguay to Argentina', surface: ['Uruguayan Ambassador Carlos Enciso', 'Enciso'] },
      { name: 'Luis Lacalle Pou', kind: P, role: 'President of Uruguay', surface: ['Uruguayan President Luis Lacalle Pou', 'Lacalle Pou'] },
      { name: 'Omar Paganini', kind: P, role: 'Foreign Minister of Uruguay', surface: ["Uruguay's Foreign Minister Omar Paganini"] },
      { name: '1080 AM', kind: O, role: 'radio station (Asunción)', media: true, surface: ['1080 AM radio station'] },
    ],
    quotes: [
      { speaker: 'Diana Mondino', text: 'macroeconomic conditions', nth: 0, optional: true, note: 'unattributed in its sentence (her wording, presumably)' },
      { speaker: 'Diana Mondino', text: 'it will not be easy' },
      { speaker: 'Carlos Enciso', from: 'After our president Lacalle Pou greeted', to: 'for a joint meeting in these days,' },
      { speaker: 'Diana Mondino', text: 'the opportunity to talk' },
      { speaker: 'Diana Mondino', text: 'the possibilities that we have as countries to be able to promote a lot of activities that we have together.' },
      { speaker: 'Diana Mondino', text: 'We have opportunities for cultural, educational and not just commercial complementarities,' },
      { speaker: 'Diana Mondino', text: 'deplorable', optional: true, note: 'one word' },
      { speaker: 'Diana Mondino', text: 'how we can improve the future of both countries,' },
    ],
    reported: [
      { speaker: 'Javier Milei', from: 'Milei acknowledged he had talked on the telephone', to: 'a trip to the United States and Israel.' },
      { speaker: 'Diana Mondino', from: 'Given these constraints, Mondino explained that', to: 'to Uruguay before Dec. 10.', mixed: true },
      { speaker: 'Diana Mondino', from: 'Mondino also said she had “the opportunity to talk”', to: 'activities that we have together.”', mixed: true },
      { speaker: 'Diana Mondino', from: '“We have opportunities for cultural', to: 'and affecting Uruguay\'s economy.', mixed: true, note: 'paraphrase after the frame (while acknowledging that …)' },
      { speaker: 'Diana Mondino', from: 'She and Enciso discussed “how we can improve', to: 'both countries,” Mondino said.', mixed: true },
      { speaker: 'Diana Mondino', from: "Mondino also spoke Monday with Asunción's 1080 AM radio station", to: 'the Paraná waterway conflict.' },
    ],
    contacts: [
      { a: 'Diana Mondino', b: 'Carlos Enciso', kind: 'meeting', date: '2023-11-20', status: 'held', date_text: 'Monday', evidence: 'met in Buenos Aires Monday with Uruguayan Ambassador Carlos Enciso' },
      { a: 'Javier Milei', b: 'Luis Lacalle Pou', kind: 'call', date: null, status: 'held', date_text: null, evidence: 'he had talked on the telephone with Uruguayan President Luis Lacalle Pou' },
      { a: 'Diana Mondino', b: 'Omar Paganini', kind: 'other', date: null, status: 'held', date_text: null, evidence: 'she had “the opportunity to talk” with Uruguay\'s Foreign Minister Omar Paganini', note: 'a conversation; medium not stated' },
    ],
    excluded: [],
  },

  h2023: {
    file: '023_eltiempo_petro_maduro_caracas.txt',
    url: 'https://pledgetimes.com/the-meeting-between-petro-and-maduro-ends-at-the-miraflores-palace-in-caracas/',
    outlet: 'El Tiempo (English translation, Pledge Times)',
    style: 'regional press (Latin America), translated',
    patterns: ['"this Saturday" = article date', 'presidency by its building (the Casa de Nariño) as speaker', 'as X described it (reported with a quoted phrase)', 'tweet as statement (X wrote on Twitter)', 'he told Petro after a colon (he = Maduro)', 'delegation received by several officials (optional pairs)', 'appointed "this Friday"'],
    actors: [
      { name: 'Gustavo Petro', kind: P, role: 'President of Colombia', surface: ['President Gustavo Petro', 'Petro', 'the president'] },
      { name: 'Nicolás Maduro', kind: P, role: 'President of Venezuela', surface: ['his Venezuelan counterpart Nicolás Maduro', 'Nicolás Maduro', 'Maduro', 'he'] },
      { name: 'Armando Benedetti', kind: P, role: 'Ambassador of Colombia to Venezuela', surface: ['The Colombian ambassador in Venezuela, Armando Benedetti', 'Benedetti'] },
      { name: 'Álvaro Leyva', kind: P, role: 'Foreign Minister of Colombia', surface: ['the Colombian Foreign Minister, Álvaro Leyva'] },
      { name: 'Delcy Rodríguez', kind: P, role: 'Executive Vice President of Venezuela', surface: ['the executive vice president, Delcy Rodríguez'] },
      { name: 'Yván Gil', kind: P, role: 'Foreign Minister of Venezuela', surface: ['the new Venezuelan Foreign Minister, Yván Gil'] },
      { name: 'Presidency of Colombia', kind: O, role: null, surface: ['the Casa de Nariño'] },
    ],
    quotes: [
      { speaker: 'Presidency of Colombia', text: 'extraordinary bilateral meeting' },
      { speaker: 'Nicolás Maduro', text: 'welcome again,' },
      { speaker: 'Armando Benedetti', from: 'Today will be the second visit', to: 'between two sister nations,' },
    ],
    reported: [
      { speaker: 'Presidency of Colombia', text: 'It was an “extraordinary bilateral meeting”, as the Casa de Nariño described it prior to the meeting.', mixed: true },
      { speaker: 'Armando Benedetti', from: 'The Colombian ambassador in Venezuela, Armando Benedetti, was in charge of confirming', to: 'seat of the Executive.' },
      { speaker: 'Presidency of Colombia', from: 'The meeting between Petro and Maduro was confirmed early this Saturday', to: 'around 1 pm (Caracas time).' },
    ],
    contacts: [
      { a: 'Gustavo Petro', b: 'Nicolás Maduro', kind: 'meeting', date: '2023-01-07', status: 'held', date_text: 'this Saturday afternoon', evidence: 'met this Saturday afternoon with his Venezuelan counterpart Nicolás Maduro at the Miraflores Palace' },
      { a: 'Gustavo Petro', b: 'Delcy Rodríguez', kind: 'meeting', date: '2023-01-07', status: 'held', optional: true, note: 'the delegation was received by her' },
      { a: 'Gustavo Petro', b: 'Yván Gil', kind: 'meeting', date: '2023-01-07', status: 'held', optional: true, note: 'the delegation was received by him' },
      { a: 'Álvaro Leyva', b: 'Delcy Rodríguez', kind: 'meeting', date: '2023-01-07', status: 'held', optional: true },
      { a: 'Álvaro Leyva', b: 'Yván Gil', kind: 'meeting', date: '2023-01-07', status: 'held', optional: true },
      { a: 'Álvaro Leyva', b: 'Nicolás Maduro', kind: 'meeting', date: '2023-01-07', status: 'held', optional: true, note: 'accompanied Petro' },
    ],
    excluded: [],
  },

  h2024: {
    file: '024_svtimes_gonsalves_maduro.txt',
    url: 'https://www.stvincenttimes.com/st-vincent-pm-to-meet-maduro-prevent-open-conflict-over-essequibo/',
    outlet: 'St Vincent Times',
    style: 'regional press (Caribbean)',
    patterns: ['planned meeting "at midday today, Tuesday March 18th"', 'call "on Monday" (article dated Tuesday)', 'past meeting with a full date (Thursday, December 14th, 2023)', 'nominals: The Prime Minister, Dr. Gonsalves, He', 'X spoke with Y …, urging … (call and statement in one sentence)', 'collective "The leaders had then reiterated" (optional)', 'all-caps headline'],
    actors: [
      { name: 'Ralph Gonsalves', kind: P, role: 'Prime Minister of St Vincent and the Grenadines', surface: ['Prime Minister Dr. Ralph Gonsalves', 'The Prime Minister', 'Gonsalves', 'Dr. Gonsalves', 'He'] },
      { name: 'Nicolás Maduro', kind: P, role: 'President of Venezuela', surface: ['President Nicolas Maduro', 'President Maduro', 'President of the Bolivarian Republic of Venezuela Nicolas Maduro'] },
      { name: 'Irfaan Ali', kind: P, role: 'President of Guyana', surface: ['President of Guyana Dr. Irfaan Ali', 'President of the Co-operative Republic of Guyana Irfaan Ali'] },
    ],
    quotes: [],
    reported: [
      { speaker: 'Ralph Gonsalves', from: 'Gonsalves is reminding both leaders of the Argyle Declaration', to: 'with himself acting as an interlocutor.' },
      { speaker: 'Ralph Gonsalves', from: 'The Prime Minister spoke with President of Guyana Dr. Irfaan Ali on Monday, urging', to: 'to return to diplomacy.' },
      { speaker: 'Ralph Gonsalves', from: 'Dr. Gonsalves also cautioned that', to: 'humanitarian and refugee crisis.' },
      { speaker: 'Ralph Gonsalves', text: 'He advised both parties to resolve the matter, so it does not lead to any open conflict.' },
      { speaker: 'Irfaan Ali', text: 'The leaders had then reiterated their commitment to Latin America and the Caribbean remaining a Zone of Peace.', optional: true, note: 'collective: Ali and Maduro' },
    ],
    contacts: [
      { a: 'Ralph Gonsalves', b: 'Nicolás Maduro', kind: 'meeting', date: '2025-03-18', status: 'planned', date_text: 'at midday today, Tuesday March 18th', evidence: 'The Prime Minister will meet with President Maduro at midday today' },
      { a: 'Ralph Gonsalves', b: 'Irfaan Ali', kind: 'call', date: '2025-03-17', status: 'held', date_text: 'on Monday', evidence: 'The Prime Minister spoke with President of Guyana Dr. Irfaan Ali on Monday' },
      { a: 'Irfaan Ali', b: 'Nicolás Maduro', kind: 'meeting', date: '2023-12-14', status: 'held', date_text: 'on Thursday, December 14th, 2023', evidence: 'The Argyle Declaration was signed at the Argyle International Airport (AIA) on Thursday, December 14th, 2023, between …' },
    ],
    excluded: [],
  },

  h2025: {
    file: '025_ap_argyle_ali_maduro.txt',
    url: 'https://antiguanewsroom.com/guyana-and-venezuela-leaders-meet-face-to-face-as-region-pushes-to-defuse-territorial-dispute/',
    outlet: 'AP (via Antigua Newsroom)',
    style: 'wire story',
    patterns: ['meeting "Thursday" = article date', 'quotation split around "he said" (two quotes)', 'nominals: The Venezuelan president, Venezuela’s president', 'unnamed prime ministers who "said they also would attend" (optional)', 'speech act with no content (spoke to reporters briefly, optional)', 'host not stated as a party (optional pairs)'],
    actors: [
      { name: 'Irfaan Ali', kind: P, role: 'President of Guyana', surface: ['Guyanese President Irfaan Ali', 'Ali'] },
      { name: 'Nicolás Maduro', kind: P, role: 'President of Venezuela', surface: ['Venezuelan President Nicolás Maduro', 'Maduro', 'The Venezuelan president', 'Venezuela’s president'] },
      { name: 'Ralph Gonsalves', kind: P, role: 'Prime Minister of St Vincent and the Grenadines', surface: ['Ralph Gonsalves', 'he'] },
    ],
    quotes: [
      { speaker: 'Nicolás Maduro', from: 'I am pleased that the community of Latin American and Caribbean states', to: 'remains a zone of peace,' },
      { speaker: 'Ralph Gonsalves', text: 'To use a cricket metaphor, this is not a one-day cricket match,' },
      { speaker: 'Ralph Gonsalves', from: 'It is like a test match', to: 'like St Vincent and the Grenadines.' },
    ],
    reported: [
      { speaker: null, text: 'The prime ministers of Barbados, Dominica and Trinidad and Tobago said they also would attend.', optional: true, note: 'unnamed prime ministers' },
      { speaker: 'Nicolás Maduro', text: 'The Venezuelan president spoke to reporters briefly before the meeting.', optional: true, note: 'speech act, content in the next paragraph' },
      { speaker: 'Ralph Gonsalves', from: 'Ahead of the meeting, Ralph Gonsalves, prime minister of St Vincent and the Grenadines, said', to: 'additional meetings to be held.' },
    ],
    contacts: [
      { a: 'Irfaan Ali', b: 'Nicolás Maduro', kind: 'meeting', date: '2023-12-14', status: 'held', date_text: 'Thursday', evidence: 'landed in St Vincent and the Grenadines for a tense meeting Thursday' },
      { a: 'Ralph Gonsalves', b: 'Irfaan Ali', kind: 'meeting', date: '2023-12-14', status: 'held', optional: true, note: 'host of the meeting; his attendance is implied' },
      { a: 'Ralph Gonsalves', b: 'Nicolás Maduro', kind: 'meeting', date: '2023-12-14', status: 'held', optional: true, note: 'host of the meeting; his attendance is implied' },
    ],
    excluded: [],
  },

  h2026: {
    file: '026_civilge_botchorishvili_malta.txt',
    url: 'https://civil.ge/archives/642372',
    outlet: 'Civil.ge',
    style: 'regional press (Caucasus), press releases relayed',
    patterns: ['several meetings with unnamed ministers (only one named)', 'meeting "on December 5" inside a December 4-6 visit', 'According to the press release …, X met (ministry as speaker)', 'MFA says, the parties highlighted “…” (collective, via ministry)', 'The Georgian side also thanked … , the Georgian MFA said (speaker via ministry)', 'with X describing … (reported)', 'section heading inside the text'],
    actors: [
      { name: 'Maka Botchorishvili', kind: P, role: 'Foreign Minister of Georgia', surface: ['the newly appointed Georgian Foreign Minister, Maka Botchorishvili', 'Botchorishvili', 'she', 'the Georgian Foreign Minister', 'The Georgian side'] },
      { name: 'Alexander Schallenberg', kind: P, role: 'Foreign Minister of Austria', surface: ['the Austrian Federal Minister for European and International Affairs Alexander Schallenberg'] },
      { name: 'Ministry of Foreign Affairs of Georgia', kind: O, role: null, surface: ['the Georgian Foreign Ministry', 'MFA', 'the Georgian MFA'] },
    ],
    quotes: [
      { speaker: 'Ministry of Foreign Affairs of Georgia', text: 'friendly relations', optional: true, note: 'two words of the press release about both parties' },
      { speaker: 'Ministry of Foreign Affairs of Georgia', text: 'close cooperation', optional: true, note: 'two words of the press release about both parties' },
      { speaker: 'Ministry of Foreign Affairs of Georgia', text: 'to advance European integration,', optional: true, note: 'press-release wording in an agentless sentence' },
    ],
    reported: [
      { speaker: 'Ministry of Foreign Affairs of Georgia', from: 'According to the press release of the Georgian Foreign Ministry, Botchorishvili met', to: 'Alexander Schallenberg.' },
      { speaker: 'Maka Botchorishvili', via: 'Ministry of Foreign Affairs of Georgia', from: 'During the meeting, MFA says, the parties highlighted', to: 'bilateral and multilateral formats.', optional: true, mixed: true, note: 'collective "the parties"' },
      { speaker: null, from: 'Discussions covered ongoing developments in Georgia', to: 'EU membership aspirations.', optional: true, mixed: true, note: 'agentless; Austria reaffirming its support' },
      { speaker: 'Maka Botchorishvili', via: 'Ministry of Foreign Affairs of Georgia', from: 'The press release also noted that Botchorishvili thanked Austria', to: 'involvement of international observers.' },
      { speaker: 'Maka Botchorishvili', from: 'The talks also focused on the regional security environment', to: 'Georgia’s occupied territories.' },
      { speaker: 'Maka Botchorishvili', via: 'Ministry of Foreign Affairs of Georgia', from: 'The Georgian side also thanked Austria', to: 'the Georgian MFA said.' },
    ],
    contacts: [
      { a: 'Maka Botchorishvili', b: 'Alexander Schallenberg', kind: 'meeting', date: '2024-12-05', status: 'held', date_text: 'on December 5', evidence: 'Botchorishvili met on December 5 with … Alexander Schallenberg' },
    ],
    excluded: [],
  },

  h2027: {
    file: '027_thenews_baloch_kabul_visit.txt',
    url: 'https://thenews.com.pk/latest/1043535-pakistan-afghanistan-to-jointly-address-terror-threats',
    outlet: 'The News (Pakistan)',
    style: 'regional press (South Asia), spokesperson briefing',
    patterns: ['spokesperson briefing on Thursday = article date', 'delegation meetings dated only inside a quotation ("yesterday [Wednesday]")', 'nominals: The FO spokesperson, the spokesperson, she, Baloch', 'Deeming it a "…", X refused to share … (reported with a quoted phrase)', 'one delegation leader, four interlocutors (four pairs)', 'spelling as printed (Beradar)'],
    actors: [
      { name: 'Khawaja Asif', kind: P, role: 'Defence Minister of Pakistan', surface: ['Defence Minister Khawaja Asif'] },
      { name: 'Mumtaz Zahra Baloch', kind: P, role: 'Spokesperson, Ministry of Foreign Affairs of Pakistan', surface: ['Foreign Office spokesperson Mumtaz Zahra Baloch', 'The FO spokesperson', 'Baloch', 'the spokesperson', 'she'] },
      { name: 'Abdul Ghani Baradar', kind: P, role: 'Deputy Prime Minister of the Taliban government', surface: ['Deputy Prime Minister Mullah Abdul Ghani Beradar Akhund'] },
      { name: 'Mohammad Yaqoob Mujahid', kind: P, role: 'Defence Minister of the Taliban government', surface: ['Defence Minister Mawlavi Mohammad Yaqoob Mujahid'] },
      { name: 'Sirajuddin Haqqani', kind: P, role: 'Interior Minister of the Taliban government', surface: ['Interior Minister Sirajuddin Haqqani'] },
      { name: 'Amir Khan Muttaqi', kind: P, role: 'Foreign Minister of the Taliban government', surface: ['Foreign Minister Amir Khan Muttaqi'] },
    ],
    quotes: [
      { speaker: 'Mumtaz Zahra Baloch', text: 'sensitive matter relating to security and counter-terrorism' },
      { speaker: 'Mumtaz Zahra Baloch', from: 'It is speculative in nature', to: 'just happened yesterday [Wednesday].' },
    ],
    reported: [
      { speaker: 'Mumtaz Zahra Baloch', from: 'The two governments have agreed to collaborate', to: 'during her weekly briefing on Thursday.' },
      { speaker: 'Mumtaz Zahra Baloch', from: 'The FO spokesperson said discussions around', to: 'Islamic State – Khorasan Province.' },
      { speaker: 'Mumtaz Zahra Baloch', from: 'Responding to a question regarding the focus', to: 'discussed between the two sides.' },
      { speaker: 'Mumtaz Zahra Baloch', from: 'Deeming it a "sensitive matter', to: 'progress on the discussions.', mixed: true },
    ],
    contacts: [
      { a: 'Khawaja Asif', b: 'Abdul Ghani Baradar', kind: 'meeting', date: '2023-02-22', status: 'held', date_text: 'yesterday [Wednesday]', evidence: 'the delegation held meetings with … Deputy Prime Minister Mullah Abdul Ghani Beradar Akhund' },
      { a: 'Khawaja Asif', b: 'Mohammad Yaqoob Mujahid', kind: 'meeting', date: '2023-02-22', status: 'held', date_text: 'yesterday [Wednesday]' },
      { a: 'Khawaja Asif', b: 'Sirajuddin Haqqani', kind: 'meeting', date: '2023-02-22', status: 'held', date_text: 'yesterday [Wednesday]' },
      { a: 'Khawaja Asif', b: 'Amir Khan Muttaqi', kind: 'meeting', date: '2023-02-22', status: 'held', date_text: 'yesterday [Wednesday]' },
    ],
    excluded: [],
  },

  h2028: {
    file: '028_interfax_huntsman_vladivostok.txt',
    url: 'https://rusreality.com/2018/04/25/u-s-ambassador-to-russia-expressed-the-desire-trump-to-personally-engage-with-putin',
    outlet: 'Interfax (machine-translated republication, rusreality)',
    style: 'agency, machine translation',
    patterns: ['machine-translated names in lower case (Donald trump, John huntsman, "the huntsman")', 'dateline "Moscow. April 24. INTERFAX.RU."', 'quote closing before a comma and a dash (”, — said the huntsman)', 'verbless sentence ending in a quoted fragment (optional reported)', 'He inside a quotation = Trump', 'contacts without dates ("every time I saw him")'],
    actors: [
      { name: 'Jon Huntsman', kind: P, role: 'U.S. Ambassador to Russia', surface: ['U.S. Ambassador to Russia John huntsman', 'the huntsman', 'The huntsman', 'the Ambassador'] },
      { name: 'Donald Trump', kind: P, role: 'President of the United States', surface: ['Donald trump', 'the President trump', 'trump'] },
      { name: 'Vladimir Putin', kind: P, role: 'President of Russia', surface: ['the President of the Russian Federation Vladimir Putin', 'President Putin', 'Putin'] },
      { name: 'Interfax', kind: O, role: 'news agency', media: true, surface: ['INTERFAX.RU'] },
    ],
    quotes: [
      { speaker: 'Jon Huntsman', from: 'I would like to emphasize that the President trump', to: 'on the phone since day one,' },
      { speaker: 'Jon Huntsman', from: 'We aim to reduce the likelihood of conflict in Syria', to: 'of a unified Syria,' },
      { speaker: 'Jon Huntsman', from: 'And you also need to think about how', to: 'the United States and the Russian Federation' },
      { speaker: 'Jon Huntsman', text: 'what steps need to be taken in order to implement UN security Council resolution on the future of Syria' },
    ],
    reported: [
      { speaker: 'Jon Huntsman', from: 'The President of the United States Donald trump wants', to: 'said U.S. Ambassador to Russia John huntsman.', note: 'after the dateline' },
      { speaker: 'Jon Huntsman', text: 'The huntsman pointed out that the priority for the United States — resolution of the conflict in Syria.' },
      { speaker: 'Jon Huntsman', from: 'Also in the interests of the two countries to agree', to: 'on the future of Syria”.', optional: true, mixed: true, note: 'verbless continuation of his remarks' },
    ],
    contacts: [
      { a: 'Jon Huntsman', b: 'Donald Trump', kind: 'meeting', date: null, status: 'held', optional: true, date_text: null, evidence: 'every time I saw him, and every time I talked to him on the phone since day one', note: 'repeated meetings and calls, no date' },
    ],
    excluded: [],
  },

  h2029: {
    file: '029_jiji_hayashi_park_cambodia.txt',
    url: 'https://www.nippon.com/en/news/yjj2022080400871/hayashi-park-agree-to-speed-up-talks-on-wartime-labor-issue.html',
    outlet: 'Jiji Press (via nippon.com)',
    style: 'agency (Japan)',
    patterns: ['dateline glued to the first word ("(Jiji Press)--Japanese")', 'joint agreement as first sentence (optional)', 'According to the Japanese Foreign Ministry (ministry as speaker)', 'meeting Thursday = article date; earlier meeting on July 18', 'collective "the two shared a view" (optional)'],
    actors: [
      { name: 'Yoshimasa Hayashi', kind: P, role: 'Foreign Minister of Japan', surface: ['Japanese Foreign Minister Yoshimasa Hayashi', 'Hayashi'] },
      { name: 'Park Jin', kind: P, role: 'Foreign Minister of South Korea', surface: ['his South Korean counterpart, Park Jin', 'Park'] },
      { name: 'Ministry of Foreign Affairs of Japan', kind: O, role: null, surface: ['the Japanese Foreign Ministry'] },
      { name: 'Jiji Press', kind: O, role: 'news agency', media: true, surface: ['Jiji Press'] },
    ],
    quotes: [],
    reported: [
      { speaker: 'Yoshimasa Hayashi', from: 'Tokyo, Aug. 4 (Jiji Press)--Japanese Foreign Minister', to: 'and other pending issues.', optional: true, note: 'joint agreement of both ministers; the span starts at the dateline, which is glued to the sentence' },
      { speaker: 'Ministry of Foreign Affairs of Japan', text: 'Hayashi and Park held talks for about 30 minutes in Cambodia, according to the Japanese Foreign Ministry.' },
      { speaker: 'Yoshimasa Hayashi', from: "Hayashi reiterated Japan's protests", to: 'territorial waters around there.' },
      { speaker: 'Park Jin', from: "Park expressed his country's stance on the islands", to: 'which calls them Dokdo.' },
      { speaker: 'Yoshimasa Hayashi', from: 'Meanwhile, the two shared a view that', to: 'to the international community.', optional: true, note: 'collective "the two"' },
    ],
    contacts: [
      { a: 'Yoshimasa Hayashi', b: 'Park Jin', kind: 'meeting', date: '2022-08-04', status: 'held', date_text: 'Thursday', evidence: 'Hayashi and Park held talks for about 30 minutes in Cambodia', note: 'their previous meeting was in Tokyo on July 18' },
    ],
    excluded: [],
  },

  h2030: {
    file: '030_egyptiangazette_shoukry_safadi.txt',
    url: 'https://allafrica.com/stories/202312270214.html',
    outlet: 'Egyptian Gazette (via allAfrica)',
    style: 'regional press (Middle East / North Africa), ministry register',
    patterns: ['date glued to the weekday ("on Tuesday26/12/2023")', 'participle clause carries the statement (received …, affirming …)', 'spelling variant of a name (al-Safady for Safadi)', 'collective "The two ministers" / "They" / "the Egyptian and Jordan ministers" (optional)'],
    actors: [
      { name: 'Sameh Shoukry', kind: P, role: 'Foreign Minister of Egypt', surface: ['Minister of Foreign Affairs Sameh Shoukry', 'Minister Shoukry'] },
      { name: 'Ayman Safadi', kind: P, role: 'Foreign Minister of Jordan', surface: ['his Jordanian counterpart Ayman al-Safady'] },
    ],
    quotes: [],
    reported: [
      { speaker: 'Sameh Shoukry', from: 'Minister of Foreign Affairs Sameh Shoukry received his Jordanian counterpart', to: 'regional political and security crises.', note: '"affirming …" carries the statement' },
      { speaker: 'Sameh Shoukry', from: 'Minister Shoukry equally shed light on', to: 'obstructions to that purpose.' },
      { speaker: 'Sameh Shoukry', from: 'The two ministers exchanged views on', to: 'the delivery of such aid.', optional: true, note: 'collective' },
      { speaker: 'Sameh Shoukry', from: 'They also tackled the security of navigation', to: 'national security of Egypt and Jordan.', optional: true, note: 'collective' },
      { speaker: 'Sameh Shoukry', from: 'In a different context, the Egyptian and Jordan ministers reiterated', to: 'cooperation mechanism with Iraq.', optional: true, note: 'collective' },
    ],
    contacts: [
      { a: 'Sameh Shoukry', b: 'Ayman Safadi', kind: 'meeting', date: '2023-12-26', status: 'held', date_text: 'on Tuesday26/12/2023', evidence: 'received his Jordanian counterpart Ayman al-Safady on Tuesday26/12/2023' },
    ],
    excluded: [],
  },
};
