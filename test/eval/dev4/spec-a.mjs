// Hand annotation of dev4 articles (South Caucasus diplomacy and its neighbours, 2018-2026).
// Annotated blind: from the article text alone, as a careful human reader, following test/eval/ANNOTATING.md;
// the extraction rules (src/extract/, test/extract/, docs/extraction.md) were not read and the extractor was not run.
// Items are anchored by their exact text (or first/last words, `from`/`to`); build-gold.mjs computes the offsets.
//
// Conventions applied (beyond ANNOTATING.md, as in dev2/ and dev3/):
// - Headlines and decks without final punctuation are not annotated.
// - "X and Y discussed / agreed / reaffirmed …" and "the sides / the parties / the ministers …" (collective subjects)
//   are optional, with the first party as speaker; agentless passives ("It was noted that …") are optional with
//   speaker null.
// - Courtesies with no content (congratulated, wished success, thanked) are optional.
// - A call or meeting whose day the text does not give has date null, even when a dateline dates the report.
// - A bare frame ("“…,” X said.", "X wrote: “…”") yields only the quote.
const P = 'person';
const O = 'org';

export default {
  d4001: {
    file: '001_menafn_botchorishvili_quliyev.txt',
    url: 'https://menafn.com/1109079107/Georgias-Foreign-Minister-To-Pay-Official-Visit-To-Azerbaijan',
    outlet: 'MENAFN (Azernews)',
    style: 'aggregator reprint of an agency item citing a ministry readout',
    patterns: ['hard-wrapped lines of the page rejoined into paragraphs; timestamp line dropped', 'name spelled "Bochorishvili" (dictionary: Botchorishvili)', '"as she said at a meeting" (reported, speaker named in the same sentence)', 'ministry as the speaker of a two-sentence quotation', 'an ambassador absent from the dictionary', 'The minister (nominal)', 'agentless "It was noted that", "were discussed"', 'planned visit without a named host (no contact)'],
    actors: [
      { name: 'Maka Botchorishvili', kind: P, role: 'Foreign Minister of Georgia', surface: ["Georgia's Foreign Minister, Maka Bochorishvili", 'Bochorishvili', 'The minister', 'the Georgian Foreign Minister'] },
      { name: 'Faig Quliyev', kind: P, role: 'Ambassador of Azerbaijan to Georgia', surface: ["Azerbaijan's Ambassador to Georgia, Faig Quliyev"] },
      { name: 'Ministry of Foreign Affairs of Georgia', kind: O, role: null, surface: ['the Georgian Ministry of Foreign Affairs'] },
      { name: 'Azernews', kind: O, role: 'news outlet', media: true, surface: ['Azernews'] },
    ],
    quotes: [
      { speaker: 'Ministry of Foreign Affairs of Georgia', text: 'During the meeting, the parties discussed current issues on the mutual agenda of the two countries. In this context, special attention was given to the expected official visit of the Georgian Foreign Minister to Azerbaijan, including the 10th session of the intergovernmental commission on economic cooperation between the two countries, which will be held in Baku,' },
    ],
    reported: [
      { speaker: 'Maka Botchorishvili', from: "Georgia's Foreign Minister, Maka Bochorishvili, will make", to: 'Faig Quliyev.', note: '"as she said at a meeting", relayed by Azernews citing the ministry' },
      { speaker: 'Maka Botchorishvili', text: 'The minister emphasized the strategic importance of relations between Georgia and Azerbaijan, which cover numerous areas.' },
      { speaker: null, text: 'It was noted that the results of successful cooperation in trade and economy, transportation, and energy sectors were highly appreciated.', optional: true, note: 'agentless passive' },
      { speaker: null, text: 'Additionally, issues related to ensuring the development of the region based on the principles of stability and peace were discussed.', optional: true, note: 'agentless passive, topic only' },
      { speaker: 'Maka Botchorishvili', text: 'Both sides expressed their readiness to further strengthen strategic cooperation and give it a higher dynamic.', optional: true, note: 'collective subject' },
    ],
    contacts: [
      { a: 'Maka Botchorishvili', b: 'Faig Quliyev', kind: 'meeting', date: null, status: 'held', date_text: null, evidence: 'at a meeting between Bochorishvili and Azerbaijan\'s Ambassador to Georgia, Faig Quliyev' },
    ],
    excluded: [],
  },

  d4003: {
    file: '003_turan_klaar_istanbul.txt',
    url: 'https://turan.az/en/politics/eu-special-representative-for-south-caucasus-left-yerevan-for-istanbul',
    outlet: 'Turan',
    style: 'agency (Azerbaijani independent news agency), with tweets',
    patterns: ['no headline in the stored page: the body starts on the date line with the "Baku/09.12.22/Turan:" dateline', 'misspelt names of one person (Toivo, Koivo, Claar, Klaar)', 'the agency names Armen Grigoryan, the tweet Mher Grigoryan', '"X wrote on his Twitter account: “…”" (bare frame, quote only)', 'a tweet quotation left open at the end of its paragraph (unclosed)', 'partial quote attributed in an analytical sentence', 'the Azerbaijani President (nominal inside a quote)', 'meetings on November 28 in Baku', 'a trilateral meeting "disrupted" (cancelled, every pair)', 'Ceyhun for Jeyhun, Pashinian for Pashinyan'],
    actors: [
      { name: 'Toivo Klaar', kind: P, role: 'EU Special Representative for the South Caucasus and the crisis in Georgia', surface: ['EU Special Representative for South Caucasus Toivo Klaar', 'Koivo Klaar', 'Claar', 'Klaar'] },
      { name: 'Nikol Pashinyan', kind: P, role: 'Prime Minister of Armenia', surface: ['Prime Minister Nikol Pashinyan', 'Nikol Pashinian'] },
      { name: 'Ararat Mirzoyan', kind: P, role: 'Foreign Minister of Armenia', surface: ['Foreign Minister Ararat Mirzoyan'] },
      { name: 'Armen Grigoryan', kind: P, role: 'Secretary of the Security Council of Armenia', surface: ['head of the Security Council Armen Grigoryan'] },
      { name: 'Mher Grigoryan', kind: P, role: 'Deputy Prime Minister of Armenia', surface: ['Deputy Prime Minister Mher Grigoryan'] },
      { name: 'Ilham Aliyev', kind: P, role: 'President of Azerbaijan', surface: ['President Ilham Aliyev', 'Ilham Aliyev', 'the Azerbaijani President', 'Aliyev'] },
      { name: 'Jeyhun Bayramov', kind: P, role: 'Foreign Minister of Azerbaijan', surface: ['Foreign Minister Ceyhun Bayramov'] },
      { name: 'Emmanuel Macron', kind: P, role: 'President of France', surface: ['French President Macron'] },
      { name: 'Charles Michel', kind: P, role: 'President of the European Council', surface: ['European Council President Charles Michel'] },
      { name: 'Turan', kind: O, role: 'news agency', media: true, surface: ['Turan'] },
    ],
    quotes: [
      { speaker: 'Toivo Klaar', text: 'A short visit, but substantive meetings in Yerevan with Prime Minister Nikol Pashinyan, Deputy Prime Minister Mher Grigoryan and Foreign Minister Ararat Mirzoyan. Now to Istanbul' },
      { speaker: 'Toivo Klaar', text: 'Important commitment by the Azerbaijani President to the EU-backed format. 2). Many challenges remain; Azerbaijan and Armenia need restraint and a strong political will to reduce tensions and achieve a comprehensive settlement.', unclosed: true, note: 'the tweet quotation is never closed; it ends the paragraph' },
      { speaker: 'Toivo Klaar', text: 'committed to the EU format', note: 'Turan’s rendering of the tweet, attributed to Klaar' },
    ],
    reported: [
      { speaker: null, text: 'Armenian media report that the meetings discussed the peace agreement between Yerevan and Baku, developments around Nagorno-Karabakh, the rights and security of Karabakh Armenians.', optional: true, anonymous: true, note: 'unnamed media as the source' },
      { speaker: 'Toivo Klaar', text: 'Claar does not say what the purpose of his visit to Istanbul is.', optional: true, note: 'negated speech act' },
      { speaker: 'Ilham Aliyev', text: "Ilham Aliyev then rejected Nikol Pashinian's demand to invite French President Macron to the meeting too.", optional: true, note: 'a refusal (speech act) and a demand (nominal)' },
      { speaker: 'Toivo Klaar', from: "Klaar's mentioning that Aliyev", to: 'Charles Michel.', optional: true, mixed: true, note: 'the agency’s analysis of what Klaar mentioned' },
    ],
    contacts: [
      { a: 'Toivo Klaar', b: 'Nikol Pashinyan', kind: 'meeting', date: null, status: 'held', date_text: null, evidence: 'In the Armenian capital he held meetings with Prime Minister Nikol Pashinyan' },
      { a: 'Toivo Klaar', b: 'Ararat Mirzoyan', kind: 'meeting', date: null, status: 'held', date_text: null, evidence: 'Foreign Minister Ararat Mirzoyan' },
      { a: 'Toivo Klaar', b: 'Mher Grigoryan', kind: 'meeting', date: null, status: 'held', date_text: null, evidence: 'substantive meetings in Yerevan with … Deputy Prime Minister Mher Grigoryan (tweet)' },
      { a: 'Toivo Klaar', b: 'Armen Grigoryan', kind: 'meeting', date: null, status: 'held', date_text: null, optional: true, evidence: 'head of the Security Council Armen Grigoryan', note: 'the agency’s lead; Klaar’s own tweet names Mher Grigoryan' },
      { a: 'Toivo Klaar', b: 'Ilham Aliyev', kind: 'meeting', date: '2022-11-28', status: 'held', date_text: 'on November 28', evidence: 'Klaar was in Baku on November 28 and held talks with President Ilham Aliyev' },
      { a: 'Toivo Klaar', b: 'Jeyhun Bayramov', kind: 'meeting', date: '2022-11-28', status: 'held', date_text: 'on November 28', evidence: 'and Foreign Minister Ceyhun Bayramov' },
      { a: 'Ilham Aliyev', b: 'Nikol Pashinyan', kind: 'meeting', date: '2022-12-07', status: 'cancelled', date_text: 'on 7 December', evidence: 'the disruption of the trilateral meeting in Brussels on 7 December' },
      { a: 'Ilham Aliyev', b: 'Charles Michel', kind: 'meeting', date: '2022-12-07', status: 'cancelled', date_text: 'on 7 December', evidence: 'trilateral meeting in Brussels … with the participation of European Council President Charles Michel' },
      { a: 'Nikol Pashinyan', b: 'Charles Michel', kind: 'meeting', date: '2022-12-07', status: 'cancelled', date_text: 'on 7 December', evidence: 'trilateral meeting in Brussels' },
    ],
    excluded: [],
  },

  d4004: {
    file: '004_presidentaz_aliyev_nazarbayev_call.txt',
    url: 'https://president.az/en/articles/view/40246/print',
    outlet: 'President of Azerbaijan (president.az)',
    style: 'presidential readout of a call',
    patterns: ['made a phone call to (call, explicit date)', 'the head of state / The head of state (nominal; the text’s own president)', 'X said … praising …', 'an organisation’s statement praised by the speaker', 'courtesies (congratulated, thanked, wished)', 'backquote apostrophes (Armenia`s)'],
    actors: [
      { name: 'Ilham Aliyev', kind: P, role: 'President of Azerbaijan', surface: ['President of the Republic of Azerbaijan Ilham Aliyev', 'President Ilham Aliyev', 'the head of state', 'The head of state'] },
      { name: 'Nursultan Nazarbayev', kind: P, role: 'First President of Kazakhstan', surface: ['first President of Kazakhstan Nursultan Nazarbayev', 'first President of the Republic of Kazakhstan Nursultan Nazarbayev', 'Nursultan Nazarbayev'] },
      { name: 'Cooperation Council of the Turkic Speaking States', kind: O, role: null, surface: ['Cooperation Council of the Turkic Speaking States'] },
    ],
    quotes: [],
    reported: [
      { speaker: 'Ilham Aliyev', from: 'President Ilham Aliyev congratulated Nursultan Nazarbayev', to: 'the people of Kazakhstan prosperity.', optional: true, note: 'holiday greetings' },
      { speaker: 'Ilham Aliyev', from: 'President Ilham Aliyev said Kazakhstan', to: 'friendship and brotherhood.' },
      { speaker: 'Nursultan Nazarbayev', from: 'Nursultan Nazarbayev thanked', to: 'occasion of the holiday.', optional: true, note: 'thanks and wishes' },
      { speaker: 'Ilham Aliyev', from: 'President Ilham Aliyev praised the statement', to: 'Azerbaijan-Armenia border.' },
      { speaker: 'Ilham Aliyev', text: 'The head of state described this as another manifestation of the Turkic speaking states` mutual support for each other.' },
      { speaker: 'Ilham Aliyev', text: 'The head of state wished Nursultan Nazarbayev, the Turkic world elder, robust health and new success in his activities.', optional: true, note: 'wishes' },
    ],
    contacts: [
      { a: 'Ilham Aliyev', b: 'Nursultan Nazarbayev', kind: 'call', date: '2020-07-31', status: 'held', date_text: 'On July 31', evidence: 'made a phone call to the first President of the Republic of Kazakhstan Nursultan Nazarbayev' },
    ],
    excluded: [],
  },

  d4005: {
    file: '005_vestnikkavkaza_mirzoyan_araghchi_geneva.txt',
    url: 'https://en.vestikavkaza.ru/news/Mirzoyan-and-Araghchi-discuss-prospects-for-peace-in-South-Caucasus.html',
    outlet: 'Vestnik Kavkaza',
    style: 'regional press citing a ministry website',
    patterns: ['the heads of the Foreign Ministries of Armenia and Iran (the pair named only in the next paragraph)', 'weekday with date ("On Monday, February 24")', 'a verbless frame after a quotation ("…", the press service of the Armenian MFA)', 'ministry as speaker', 'collective "the ministers talked about", "They also discussed"', 'photo credit, view counter and share line dropped; the frame split from its quotation by the page layout rejoined'],
    actors: [
      { name: 'Ararat Mirzoyan', kind: P, role: 'Foreign Minister of Armenia', surface: ['Ararat Mirzoyan'] },
      { name: 'Abbas Araghchi', kind: P, role: 'Foreign Minister of Iran', surface: ['Abbas Araghchi'] },
      { name: 'Ministry of Foreign Affairs of Armenia', kind: O, role: null, surface: ['the Armenian Ministry', 'the press service of the Armenian MFA'] },
    ],
    quotes: [
      { speaker: 'Ministry of Foreign Affairs of Armenia', text: 'The readiness to take further practical steps towards continuos development of cooperation between the two countries was emphasized, and the work carried out in various areas and upcoming programs were touched upon' },
    ],
    reported: [
      { speaker: 'Ministry of Foreign Affairs of Armenia', text: 'This was reported on the website of the Armenian Ministry.', optional: true, note: 'the report is the meeting itself; no content beyond "This"' },
      { speaker: 'Ararat Mirzoyan', text: 'In addition to this, the ministers talked about efforts to ensure stable peace in the South Caucasus.', optional: true, note: 'collective subject' },
      { speaker: 'Ararat Mirzoyan', text: 'They also discussed the unblocking of economic and transport communications.', optional: true, note: 'collective subject' },
    ],
    contacts: [
      { a: 'Ararat Mirzoyan', b: 'Abbas Araghchi', kind: 'meeting', date: '2025-02-24', status: 'held', date_text: 'On Monday, February 24', evidence: 'the heads of the Foreign Ministries of Armenia and Iran held talks in Geneva' },
    ],
    excluded: [],
  },

  d4006: {
    file: '006_vestnikkavkaza_darchiashvili_fidan_call.txt',
    url: 'https://en.vestikavkaza.ru/material/161975',
    outlet: 'Vestnik Kavkaza',
    style: 'regional press citing a ministry press service',
    patterns: ['no headline in the stored page: the body starts on the date line (timestamp and photo credit dropped)', 'the pair named by office first ("The Foreign Ministers of Georgia and Türkiye"), by name in the next paragraph', 'Ilya for Ilia Darchiashvili', 'his Georgian counterpart / the head of the Georgian Foreign Ministry / his colleague', 'press service as speaker ("…, the press service … informs")', 'an invitation to visit (planned, no date)', 'call with no day in the text'],
    actors: [
      { name: 'Hakan Fidan', kind: P, role: 'Foreign Minister of Turkey', surface: ['New Turkish Foreign Minister Hakan Fidan', 'his colleague'] },
      { name: 'Ilia Darchiashvili', kind: P, role: 'Foreign Minister of Georgia', surface: ['his Georgian counterpart Ilya Darchiashvili', 'the head of the Georgian Foreign Ministry'] },
      { name: 'Ministry of Foreign Affairs of Georgia', kind: O, role: null, surface: ['the press service of the Georgian Foreign Ministry'] },
    ],
    quotes: [],
    reported: [
      { speaker: 'Ilia Darchiashvili', text: 'The parties discussed the strengthening of bilateral relations and the importance of exchanging high-level visits between the two countries.', optional: true, note: 'collective subject, on the date line' },
      { speaker: 'Ministry of Foreign Affairs of Georgia', from: 'New Turkish Foreign Minister Hakan Fidan received', to: 'Georgian Foreign Ministry informs.' },
      { speaker: 'Ilia Darchiashvili', from: 'The parties held a telephone conversation, during which', to: 'wished him success.', optional: true, note: 'congratulations' },
      { speaker: 'Ilia Darchiashvili', from: 'The heads of the foreign ministries of Georgia and Turkey confirmed', to: 'between the countries.', optional: true, note: 'collective subject' },
      { speaker: null, text: 'The importance of exchanging high-level visits between the two countries was also emphasized.', optional: true, note: 'agentless passive' },
    ],
    contacts: [
      { a: 'Ilia Darchiashvili', b: 'Hakan Fidan', kind: 'call', date: null, status: 'held', date_text: null, evidence: 'The Foreign Ministers of Georgia and Türkiye held telephone conversation' },
      { a: 'Hakan Fidan', b: 'Ilia Darchiashvili', kind: 'meeting', date: null, status: 'planned', date_text: null, optional: true, evidence: 'received an invitation from his Georgian counterpart Ilya Darchiashvili to visit Tbilisi', note: 'an invitation, not yet an agreed visit' },
    ],
    excluded: [],
  },

  d4007: {
    file: '007_armenianclub_zakharova_briefing_2018.txt',
    url: 'https://armenianclub.com/2018/05/02/briefing-by-foreign-ministry-spokesperson-maria-zakharova-moscow-april-26-2018',
    outlet: 'Armenian News (armenianclub.com), reprint of the Russian MFA transcript',
    style: 'ministry briefing transcript (question / answer)',
    patterns: ['article dated by the briefing (April 26, 2018), which "Today" refers to; the reprint’s page furniture and editor’s note dropped', 'transcript answers with a "Maria Zakharova:" label and no quotation marks', 'a journalist’s "You said that …" (reported speech of the spokesperson)', 'Eduard Nalbandyan (dictionary: Edward Nalbandian)', 'section heading without final punctuation', 'collective "the officials discussed"'],
    actors: [
      { name: 'Maria Zakharova', kind: P, role: 'Spokesperson, Ministry of Foreign Affairs of Russia', surface: ['Maria Zakharova'] },
      { name: 'Sergey Lavrov', kind: P, role: 'Foreign Minister of Russia', surface: ['Foreign Minister Sergey Lavrov'] },
      { name: 'Edward Nalbandian', kind: P, role: 'Foreign Minister of Armenia', surface: ['Minister of Foreign Affairs of the Republic of Armenia Eduard Nalbandyan', 'Armenian Foreign Minister Eduard Nalbandyan'] },
    ],
    quotes: [
      { speaker: 'Maria Zakharova', nomarks: true, text: 'This question is both weird and scary. We maintain contact with Yerevan, communication has not been interrupted. Embassies continue to operate, both in Moscow and in Armenia\'s capital. I cannot really understand what made you ask this question.' },
      { speaker: 'Maria Zakharova', nomarks: true, text: 'We proceed from the fact that diplomats serve the people of Russia and the people of Armenia, for their benefit and well-being. It is not the people who have to adjust, but we, diplomats of all kinds, must think about how our countries and peoples live and develop, build a common future, given the historically friendly ties that we have.' },
    ],
    reported: [
      { speaker: 'Sergey Lavrov', text: 'Among other things, the officials discussed the situation on the line of contact between Nagorno-Karabakh and Azerbaijan.', optional: true, note: 'collective subject; told by the spokesperson' },
      { speaker: 'Maria Zakharova', text: 'You said that Foreign Minister Sergey Lavrov and Armenian Foreign Minister Eduard Nalbandyan discussed the situation on the line of contact.', optional: true, note: 'a journalist’s question reporting the spokesperson’s words ("You")' },
    ],
    contacts: [
      { a: 'Sergey Lavrov', b: 'Edward Nalbandian', kind: 'meeting', date: '2018-04-26', status: 'held', date_text: 'Today', evidence: 'Today, Foreign Minister Sergey Lavrov had a short meeting with … Eduard Nalbandyan' },
    ],
    excluded: [],
  },

  d4008: {
    file: '008_turan_bayramov_fidan_ankara.txt',
    url: 'https://turan.az/en/politics/armenias-militarization-is-a-source-of-threat-in-the-region-jeyhun-bayramov-784003',
    outlet: 'Turan',
    style: 'agency item retelling a ministry press release',
    patterns: ['no headline in the stored page: the body starts on the date line', 'relative date "the previous day"', 'agentless passive lead ("… were discussed at the meeting of …")', 'press service / press release as speakers (", the press release further noted")', 'mismatched marks: "…‘its family", then ‘…,’', 'a quotation that itself says "it was stated that"', 'odd frame "Add that “…”, Bayramov noted."'],
    actors: [
      { name: 'Jeyhun Bayramov', kind: P, role: 'Foreign Minister of Azerbaijan', surface: ['Jeyhun Bayramov', 'Bayramov'] },
      { name: 'Hakan Fidan', kind: P, role: 'Foreign Minister of Turkey', surface: ['Hakan Fidan'] },
      { name: 'Ministry of Foreign Affairs of Azerbaijan', kind: O, role: null, surface: ["the Azerbaijani Foreign Ministry's press service", 'the press release', 'the Azerbaijani Foreign Ministry'] },
    ],
    quotes: [
      { speaker: 'Jeyhun Bayramov', text: 'Azerbaijan pays great attention to the development of cooperation with member countries of the Organization of Turkic States, which it considers ‘its family' },
      { speaker: 'Ministry of Foreign Affairs of Azerbaijan', text: 'Besides, it was stated that cooperation in trilateral and quadrilateral formats makes a significant contribution to the regional stability and security,' },
    ],
    reported: [
      { speaker: null, from: 'Prospects of the development of Azerbaijani-Turkish relations', to: 'in Ankara the previous day.', optional: true, note: 'agentless passive on the date line' },
      { speaker: 'Ministry of Foreign Affairs of Azerbaijan', from: 'The parties discussed various aspects', to: "Foreign Ministry's press service reported." },
      { speaker: 'Jeyhun Bayramov', text: 'Besides, the Ministers exchanged views on regional and international security issues.', optional: true, note: 'collective subject' },
      { speaker: null, from: 'An emphasis was laid on the importance', to: 'between Azerbaijan and Turkey.', optional: true, note: 'agentless passive' },
      { speaker: 'Ministry of Foreign Affairs of Azerbaijan', from: 'It was noted with satisfaction that the historic Shusha Declaration', to: 'the press release further noted.' },
      { speaker: 'Jeyhun Bayramov', from: 'The Ministers praised the interaction', to: 'other multilateral formats.', optional: true, note: 'collective subject' },
      { speaker: 'Jeyhun Bayramov', from: 'Add that "Azerbaijan pays', to: 'Bayramov noted.', optional: true, mixed: true, note: '"Add that" before a quoted frame: a translation artefact' },
    ],
    contacts: [
      { a: 'Jeyhun Bayramov', b: 'Hakan Fidan', kind: 'meeting', date: '2024-08-27', status: 'held', date_text: 'the previous day', evidence: 'the meeting of the Foreign Ministers of the two countries - Jeyhun Bayramov and Hakan Fidan - in Ankara the previous day' },
    ],
    excluded: [],
  },

  d4009: {
    file: '009_todayaz_bayramov_ozaral.txt',
    url: 'http://www.today.az/news/politics/195763.html',
    outlet: 'Today.az (Azernews)',
    style: 'regional press retelling a ministry readout',
    patterns: ['no headline in the stored page: the body starts on the date line (bylines dropped)', 'ministry as speaker in the lead (", the ministry said on July 23")', 'the minister / The minister / He (Bayramov), then the Turkish envoy / He / the ambassador (Ozaral): pronoun switching speakers', 'X stressed that “…” (mixed)', 'Saying that …, the ambassador said it was … “…” (mixed)', 'an ambassador absent from the dictionary', 'unnamed Turkish President, Foreign Minister and Defense Minister', 'meeting day not given (only the day of the statement)'],
    actors: [
      { name: 'Jeyhun Bayramov', kind: P, role: 'Foreign Minister of Azerbaijan', surface: ['Azerbaijan’s Foreign Minister Jeyhun Bayramov', 'Foreign Minister Jeyhun Bayramov', 'Bayramov', 'the minister', 'The minister'] },
      { name: 'Erkan Ozaral', kind: P, role: 'Ambassador of Turkey to Azerbaijan', surface: ['Turkish Ambassador Extraordinary and Plenipotentiary Erkan Ozaral', 'the Turkish ambassador', 'the Turkish envoy', 'the ambassador'] },
      { name: 'Ministry of Foreign Affairs of Azerbaijan', kind: O, role: null, surface: ['the ministry'] },
    ],
    quotes: [
      { speaker: 'Erkan Ozaral', text: "Azerbaijan's grief is also Turkey's grief" },
      { speaker: 'Erkan Ozaral', text: 'we are two states and one nation' },
    ],
    reported: [
      { speaker: 'Ministry of Foreign Affairs of Azerbaijan', from: 'Azerbaijan’s Foreign Minister Jeyhun Bayramov and Turkish', to: 'the ministry said on July 23.' },
      { speaker: 'Jeyhun Bayramov', text: 'In this regard, the minister noted that this meeting was not accidental.' },
      { speaker: 'Jeyhun Bayramov', text: 'It was a manifestation of friendship, brotherhood and strategic cooperation between the two countries.', optional: true, note: 'continues what the minister noted, without a verb' },
      { speaker: 'Jeyhun Bayramov', text: 'Commenting on Armenia’s July 12 attack on the border in Tovuz, Bayramov said that this was a premeditated provocation.' },
      { speaker: 'Jeyhun Bayramov', text: 'The minister highlighted the international organizations’ support for Azerbaijan’s just position on the Nagorno-Karabakh conflict.' },
      { speaker: 'Jeyhun Bayramov', from: 'He also said that the statements', to: 'support in difficult times.', note: 'He = the minister' },
      { speaker: 'Erkan Ozaral', from: 'In turn, the Turkish envoy expressed condolences', to: 'border on July 12.' },
      { speaker: 'Erkan Ozaral', text: 'He also stressed that “Azerbaijan\'s grief is also Turkey\'s grief”.', mixed: true, note: 'He = the envoy (previous paragraph)' },
      { speaker: 'Erkan Ozaral', from: 'Saying that there have been numerous appeals', to: 'two states and one nation”.', mixed: true },
    ],
    contacts: [
      { a: 'Jeyhun Bayramov', b: 'Erkan Ozaral', kind: 'meeting', date: null, status: 'held', date_text: null, evidence: 'the meeting with the Turkish ambassador was the first meeting between Foreign Minister Jeyhun Bayramov and the ambassador', note: 'the text dates only the ministry’s statement (July 23)' },
    ],
    excluded: [],
  },

  d4010: {
    file: '010_civilge_ward_summoned.txt',
    url: 'https://civil.ge/archives/702491',
    outlet: 'Civil.ge',
    style: 'regional press (Georgia), news story',
    patterns: ['no headline in the stored page: the body starts on the date line; the last, cut paragraph dropped', 'summons: the ambassador meets the ministry (organisation as a party)', '"a day after" (relative date for the second summons)', 'a joint statement of 27 embassies as speaker ("denouncing what they called “…”")', 'a party’s officials’ claims (nominal)', '“…,” X told reporters, when asked … (bare frame, quote only)', 'X claimed that … “…,” calling it “…” (mixed; several fragments)', 'He described … as “…” intended to “…”', 'Asked about …, X alleged “…” and … “…”'],
    actors: [
      { name: 'Gareth Ward', kind: P, role: 'Ambassador of the United Kingdom to Georgia', surface: ['British Ambassador Gareth Ward', 'Ambassador Ward', 'the British ambassador'] },
      { name: 'Peter Fischer', kind: P, role: 'Ambassador of Germany to Georgia', surface: ['German Ambassador Peter Fischer'] },
      { name: 'Irakli Kobakhidze', kind: P, role: 'Prime Minister of Georgia', surface: ['Georgian Dream Prime Minister Irakli Kobakhidze', 'Kobakhidze'] },
      { name: 'Ministry of Foreign Affairs of Georgia', kind: O, role: null, surface: ['Georgia’s Foreign Ministry', 'the Georgian Foreign Ministry', 'the MFA'] },
      { name: 'Georgian Dream – Democratic Georgia', kind: O, role: 'ruling party of Georgia', surface: ['Georgian Dream'] },
      { name: 'European embassies in Georgia', kind: O, role: 'joint statement of 27 European embassies', surface: ['27 European embassies'] },
    ],
    quotes: [
      { speaker: 'European embassies in Georgia', text: 'baseless and damaging accusations' },
      { speaker: 'Irakli Kobakhidze', text: 'There is not only direct, blatant interference in politics, but also encouragement of radicalism and polarization, which, I repeat, is a gross violation of the Vienna Convention,' },
      { speaker: 'Irakli Kobakhidze', text: 'directly involved in political processes,' },
      { speaker: 'Irakli Kobakhidze', text: 'a gross violation of the principle of democracy and a gross violation of the Vienna Convention.' },
      { speaker: 'Irakli Kobakhidze', text: 'a normal diplomatic measure' },
      { speaker: 'Irakli Kobakhidze', text: 'return the ambassador to the diplomatic framework.' },
      { speaker: 'Irakli Kobakhidze', text: 'direct interference in electoral processes' },
      { speaker: 'Irakli Kobakhidze', text: 'in order to exert influence on the work of judges.' },
    ],
    reported: [
      { speaker: 'Georgian Dream – Democratic Georgia', from: 'Georgia’s Foreign Ministry summoned British Ambassador', to: 'the country’s internal affairs.', optional: true, note: 'the summons (an act), with the party "accusing them of meddling"' },
      { speaker: 'European embassies in Georgia', from: 'Ambassador Ward and the Georgian Foreign Ministry have yet to comment', to: 'against diplomats in Georgia.', mixed: true, note: 'the joint statement "denouncing what they called “…”"; the first clause is a negated comment' },
      { speaker: 'Georgian Dream – Democratic Georgia', from: 'That statement followed Georgian Dream officials’ claims', to: 'Convention on Diplomatic Relations.', optional: true, note: 'unnamed party officials’ claims (nominal)' },
      { speaker: 'Irakli Kobakhidze', from: 'Kobakhidze claimed that ambassadors', to: 'violation of the Vienna Convention.”', mixed: true },
      { speaker: 'Irakli Kobakhidze', text: 'He described the summons as “a normal diplomatic measure” intended to “return the ambassador to the diplomatic framework.”', mixed: true, note: 'He = Kobakhidze' },
      { speaker: 'Irakli Kobakhidze', from: 'Asked about the examples of ambassadors', to: 'on the work of judges.”', mixed: true },
    ],
    contacts: [
      { a: 'Gareth Ward', b: 'Ministry of Foreign Affairs of Georgia', kind: 'meeting', date: '2025-09-25', status: 'held', date_text: 'on September 25', evidence: 'Georgia’s Foreign Ministry summoned British Ambassador Gareth Ward on September 25' },
      { a: 'Peter Fischer', b: 'Ministry of Foreign Affairs of Georgia', kind: 'meeting', date: '2025-09-24', status: 'held', date_text: 'a day after', evidence: 'a day after German Ambassador Peter Fischer was also called in' },
    ],
    excluded: [],
  },

  d4011: {
    file: '011_batumelebi_uk_ambassador_summoned.txt',
    url: 'https://batumelebi.netgazeti.ge/articles-in-english/588552/',
    outlet: 'Batumelebi',
    style: 'regional press (Georgia), English service',
    patterns: ['no headline in the stored page: the body starts on the date line', '"Yesterday, on September 24"', 'a post on X over four paragraphs with marks only at its start and end (one quote, note)', 'nested scare quote “summoning” inside the post', 'emoji flags inside a quotation', 'the German Ambassador (nominal, after the name in an earlier paragraph)', 'party name in quotes (“Georgian Dream”, excluded) and the party as speaker', 'unnamed "Diplomats" as speakers', 'a planned meeting ("is expected to meet")', 'the text calls the Foreign Minister "Deputy Foreign Minister"'],
    actors: [
      { name: 'Gareth Ward', kind: P, role: 'Ambassador of the United Kingdom to Georgia', surface: ['Gareth Ward, the United Kingdom’s Ambassador to Georgia', 'Gareth Ward', 'the UK Ambassador', 'The Ambassador'] },
      { name: 'Peter Fischer', kind: P, role: 'Ambassador of Germany to Georgia', surface: ['Germany’s Ambassador to Georgia, Peter Fischer', 'the German Ambassador'] },
      { name: 'Ministry of Foreign Affairs of Georgia', kind: O, role: null, surface: ['the Ministry of Foreign Affairs', 'the Ministry', 'the Foreign Ministry'] },
      { name: 'Georgian Dream – Democratic Georgia', kind: O, role: 'ruling party of Georgia', surface: ['Georgian Dream'] },
      { name: 'Maka Botchorishvili', kind: P, role: 'Foreign Minister of Georgia', surface: ['Deputy Foreign Minister Maka Bochorishvili'] },
    ],
    quotes: [
      { speaker: 'Peter Fischer', text: '1st “summoning” of German ambassador in Georgia. For Germany, I refuted in detail baseless attacks on me & placed responsibility for new low in 🇩🇪🇬🇪 relations on Govt of Georgia & GD reps who by actions & rhetoric caused it & block EU-path.\n\nI was not heard.\n\nI am not a radical.\n\n🇩🇪 remains a friend,', note: 'one post over four paragraphs, with an opening mark only before the first and a closing mark only after the last: one quote from mark to mark' },
      { speaker: 'Georgian Dream – Democratic Georgia', text: 'radical agenda.' },
    ],
    reported: [
      { speaker: 'Georgian Dream – Democratic Georgia', from: '“Georgian Dream” has accused', to: 'promoting a “radical agenda.”', mixed: true },
      { speaker: null, from: 'Diplomats, in turn, reject these accusations', to: 'a disinformation narrative.', optional: true, anonymous: true, note: 'unnamed diplomats' },
    ],
    contacts: [
      { a: 'Gareth Ward', b: 'Ministry of Foreign Affairs of Georgia', kind: 'meeting', date: '2025-09-25', status: 'held', date_text: 'This time … is already at the Ministry', evidence: 'the UK Ambassador has been summoned to the Ministry of Foreign Affairs … is already at the Ministry for the meeting', note: 'present tense on the article’s day' },
      { a: 'Peter Fischer', b: 'Ministry of Foreign Affairs of Georgia', kind: 'meeting', date: '2025-09-24', status: 'held', date_text: 'Yesterday, on September 24', evidence: 'Peter Fischer, was also summoned to the Foreign Ministry' },
      { a: 'Gareth Ward', b: 'Maka Botchorishvili', kind: 'meeting', date: null, status: 'planned', date_text: null, evidence: 'Gareth Ward is expected to meet with Deputy Foreign Minister Maka Bochorishvili' },
    ],
    excluded: [
      { text: 'summoning', reason: 'scare quote inside a quotation' },
      { text: 'Georgian Dream', nth: 0, reason: 'party name in quotes' },
      { text: 'Georgian Dream', nth: 1, reason: 'party name in quotes' },
      { text: 'Georgian Dream.', reason: 'party name in quotes' },
    ],
  },

  d4012: {
    file: '012_wana_sharifov_bagheri.txt',
    url: 'https://wanaen.com/meeting-of-samir-sharifov-with-bagheri/',
    outlet: 'WANA (West Asia News Agency)',
    style: 'agency (Iran), English service',
    patterns: ['no headline in the stored page: the body starts on the date line with the "WANA (June 27) –" dateline', 'X called … and stated, “…” (mixed)', 'He = Bagheri, then The Deputy Minister … / He = Sharifov (pronoun switching speakers)', 'unnamed persons ("the martyred president of our country") left out of contacts', 'Iranian agency’s first person ("our country")', 'a deputy minister absent from the dictionary', 'Ali Bagheri (dictionary: Ali Bagheri Kani)', 'meeting day not given (dateline only)'],
    actors: [
      { name: 'Samir Sharifov', kind: P, role: 'Deputy Foreign Minister of Azerbaijan', surface: ['Samir Sharifov, Deputy Minister of Foreign Affairs of the Republic of Azerbaijan', 'The Deputy Minister of Foreign Affairs of the Republic of Azerbaijan'] },
      { name: 'Ali Bagheri Kani', kind: P, role: 'Acting Foreign Minister of Iran', surface: ['Iran’s Acting Minister of Foreign Affairs, Ali Bagheri', 'Bagheri'] },
      { name: 'WANA', kind: O, role: 'news agency', media: true, surface: ['WANA'] },
    ],
    quotes: [
      { speaker: 'Ali Bagheri Kani', text: 'The development of relations with the Republic of Azerbaijan is an important priority of the Islamic Republic’s foreign policy.' },
    ],
    reported: [
      { speaker: 'Samir Sharifov', from: 'Samir Sharifov, Deputy Minister', to: 'discussed the situation.', optional: true, note: 'a meeting and a topic' },
      { speaker: 'Ali Bagheri Kani', from: 'Bagheri called the existence', to: 'foreign policy.”', mixed: true },
      { speaker: 'Ali Bagheri Kani', from: 'Bagheri described the agreements', to: 'as soon as possible.' },
      { speaker: 'Ali Bagheri Kani', text: 'Bagheri emphasized the strategic importance of joint economic projects for both countries and the region.' },
      { speaker: 'Ali Bagheri Kani', text: 'He stressed the significance of joint economic and consular commissions and the private sector.', note: 'He = Bagheri' },
      { speaker: 'Samir Sharifov', from: 'The Deputy Minister of Foreign Affairs of the Republic of Azerbaijan expressed', to: 'president and foreign minister.' },
      { speaker: 'Samir Sharifov', from: 'He mentioned that the last meeting', to: 'such as transportation projects.', note: 'He = the Azerbaijani deputy minister' },
    ],
    contacts: [
      { a: 'Samir Sharifov', b: 'Ali Bagheri Kani', kind: 'meeting', date: null, status: 'held', date_text: null, evidence: 'Samir Sharifov … met with Iran’s Acting Minister of Foreign Affairs, Ali Bagheri', note: 'the dateline (June 27) dates the report only' },
    ],
    excluded: [],
  },

  d4013: {
    file: '013_dailysabah_fidan_trilateral_baku.txt',
    url: 'https://www.dailysabah.com/politics/diplomacy/turkish-fm-calls-for-win-win-approach-for-better-south-caucasus',
    outlet: 'Daily Sabah',
    style: 'international press (Turkey), news story',
    patterns: ['no headline in the stored page: the body starts on the date line; the last, cut paragraph dropped', 'a trilateral meeting "on Friday" (every pair, the host included)', 'his Georgian and Azerbaijani counterparts (named only in the next paragraph)', 'Fidan / the Turkish foreign minister / The minister / he / He', 'Concerning …, X said, “…” (frame with a topic phrase)', 'X emphasized …, saying, “…” (mixed)', 'a two-word quoted fragment ("regional countries")'],
    actors: [
      { name: 'Hakan Fidan', kind: P, role: 'Foreign Minister of Turkey', surface: ['Turkish Foreign Minister Hakan Fidan', 'Fidan', 'the Turkish foreign minister', 'The minister'] },
      { name: 'Ilia Darchiashvili', kind: P, role: 'Foreign Minister of Georgia', surface: ['his Georgian counterpart Ilia Darchiashvili'] },
      { name: 'Jeyhun Bayramov', kind: P, role: 'Foreign Minister of Azerbaijan', surface: ['Azerbaijani Foreign Minister Jeyhun Bayramov'] },
    ],
    quotes: [
      { speaker: 'Hakan Fidan', text: 'regional countries', optional: true, note: 'two-word fragment' },
      { speaker: 'Hakan Fidan', text: 'The ongoing massacre in Gaza continues to expose the weaknesses of the international system.' },
      { speaker: 'Hakan Fidan', text: 'There is a real opportunity ahead to transform the South Caucasus into an area of peace, stability and shared prosperity.' },
    ],
    reported: [
      { speaker: 'Hakan Fidan', from: 'As he accompanied his Georgian', to: 'possibility of improving the region.', note: 'on the date line; "lauded"' },
      { speaker: 'Hakan Fidan', text: 'He also invited "regional countries" to join them.', mixed: true },
      { speaker: 'Hakan Fidan', from: 'Fidan said that the South Caucasus', to: 'ninth edition of trilateral talks.' },
      { speaker: 'Hakan Fidan', from: 'Fidan highlighted the economic disruptions', to: 'Ukraine-Russia conflict.' },
      { speaker: 'Hakan Fidan', from: "Concerning Israel's intensified attacks", to: 'the international system."', optional: true, note: 'a frame with a topic phrase, no paraphrase: the quote is required, the sentence optional' },
      { speaker: 'Hakan Fidan', from: 'The minister also expressed concern', to: 'humanitarian aid in.' },
      { speaker: 'Hakan Fidan', from: 'Moreover, he emphasized the importance', to: 'trilateral and bilateral relations.' },
      { speaker: 'Hakan Fidan', from: 'He mentioned regional developments', to: 'becoming an EU candidate.' },
      { speaker: 'Hakan Fidan', from: 'During the meeting, he emphasized the need', to: 'shared prosperity."', mixed: true },
    ],
    contacts: [
      { a: 'Hakan Fidan', b: 'Ilia Darchiashvili', kind: 'meeting', date: '2024-03-15', status: 'held', date_text: 'on Friday', evidence: 'a trilateral meeting in Baku on Friday' },
      { a: 'Hakan Fidan', b: 'Jeyhun Bayramov', kind: 'meeting', date: '2024-03-15', status: 'held', date_text: 'on Friday', evidence: 'the meeting hosted by Azerbaijani Foreign Minister Jeyhun Bayramov' },
      { a: 'Ilia Darchiashvili', b: 'Jeyhun Bayramov', kind: 'meeting', date: '2024-03-15', status: 'held', date_text: 'on Friday', evidence: 'Fidan and his Georgian counterpart Ilia Darchiashvili attended the meeting hosted by … Bayramov' },
    ],
    excluded: [],
  },

  d4014: {
    file: '014_newsaz_cavusoglu_zalkaliani_trilateral.txt',
    url: 'https://news.az/news/ankara-attaches-importance-to-azerbaijan-turkey-georgia-trilateral-co-op-format-minister-says',
    outlet: 'News.Az',
    style: 'regional press (Azerbaijan), short news item',
    patterns: ['no headline in the stored page: the body starts on the date line (font-size widget and signature dropped)', '"…, said X." inversion on the date line', '"on Wednesday" in a Wednesday article (the same day)', 'straight opening mark with a curly closing mark', '“…,” he said (he = Cavusoglu, named in an earlier paragraph)', 'The top Turkish diplomat (nominal)', 'a postponed trilateral meeting whose third party is not named'],
    actors: [
      { name: 'Mevlüt Çavuşoğlu', kind: P, role: 'Foreign Minister of Turkey', surface: ['Turkish Foreign Minister Mevlut Cavusoglu', 'Cavusoglu', 'The top Turkish diplomat'] },
      { name: 'David Zalkaliani', kind: P, role: 'Foreign Minister of Georgia', surface: ['his Georgian counterpart David Zalkaliani'] },
    ],
    quotes: [
      { speaker: 'Mevlüt Çavuşoğlu', text: 'We plan to hold a trilateral meeting, which was postponed due to the change and approval of the new staff of the Georgian government,', note: 'he = Cavusoglu (previous paragraphs)' },
      { speaker: 'Mevlüt Çavuşoğlu', text: 'We support the territorial integrity of Georgia, as well as we support the territorial integrity of Azerbaijan,' },
    ],
    reported: [
      { speaker: 'Mevlüt Çavuşoğlu', from: 'Turkey attaches importance', to: 'Foreign Minister Mevlut Cavusoglu.' },
      { speaker: 'Mevlüt Çavuşoğlu', text: 'Cavusoglu made the remarks at a joint press conference with his Georgian counterpart David Zalkaliani on Wednesday.', optional: true, note: 'refers back to the remarks; no new content' },
      { speaker: 'Mevlüt Çavuşoğlu', text: 'The top Turkish diplomat stressed that peace and truce in the Caucasus are very important for Turkey.' },
    ],
    contacts: [
      { a: 'Mevlüt Çavuşoğlu', b: 'David Zalkaliani', kind: 'meeting', date: '2021-03-03', status: 'held', date_text: 'on Wednesday', evidence: 'a joint press conference with his Georgian counterpart David Zalkaliani on Wednesday' },
      { a: 'Mevlüt Çavuşoğlu', b: 'David Zalkaliani', kind: 'meeting', date: null, status: 'planned', date_text: null, optional: true, evidence: 'We plan to hold a trilateral meeting, which was postponed', note: 'the postponed Azerbaijan-Turkey-Georgia meeting; the Azerbaijani minister is not named' },
    ],
    excluded: [],
  },
};
