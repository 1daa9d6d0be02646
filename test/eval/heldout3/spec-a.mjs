// Hand annotation of heldout3 articles 001-017 (South Caucasus diplomacy, 2018-2021).
// Annotated from the article text alone, as a careful human reader, following test/eval/ANNOTATING.md; the
// extraction rules (src/extract, test/extract, docs/extraction.md) were not read. Items are anchored by their
// exact text (or first/last words, `from`/`to`); build-gold.mjs computes and verifies the offsets.
//
// Conventions applied (beyond ANNOTATING.md, as in dev2/):
// - Headlines and decks without final punctuation are not annotated.
// - "X and Y discussed / agreed …", "the sides / the parties / the Ministers …" (collective subjects) are optional,
//   with the first party (or null) as speaker; agentless readout sentences ("It was noted that …") are optional.
// - Words of a readout or press release that describe what a named person said ("The Secretary underscored …",
//   "Minister X drew attention …") have that person as speaker (the issuing office is noted); words of a
//   statement that are the organisation's own (agentless, "was confirmed") have the organisation as speaker.
// - A call or meeting whose day the text does not give has date null, even when a dateline gives the report's day.
// - Members of one delegation do not "meet" each other; people merely accompanying are optional pairs.
const P = 'person';
const O = 'org';
const cross = (as, bs, c) => as.flatMap((a) => bs.map((b) => ({ a, b, ...c })));

export default {
  ho3001: {
    file: '001_asbarez_pashinyan_macron_paris.txt',
    url: 'http://asbarez.com/174983/pashinyan-macron-discuss-karabakh-economic-development/',
    outlet: 'Asbarez',
    style: 'regional press (Armenian-American daily), meeting report',
    patterns: ['no headline in the stored page: the body starts on the date line with a "PARIS—" dateline (no space after the dash)', 'meeting "held Friday" (the article date)', 'misspelt name in the text ("Emanuel Macron")', 'X stressed … saying that …; He said …; He expressed confidence … and pledged …', '“…,” X said adding that … (mixed)', 'planned visit "next month" (no day)', 'collective "The two leaders also discussed …, saying …"'],
    actors: [
      { name: 'Nikol Pashinyan', kind: P, role: 'Prime Minister of Armenia', surface: ['Prime Minister Nikol Pashinyan', 'Pashinyan', 'He'] },
      { name: 'Emmanuel Macron', kind: P, role: 'President of France', surface: ['French President Emanuel Macron', 'Macron', 'He'] },
    ],
    quotes: [
      { speaker: 'Nikol Pashinyan', text: 'I am convinced that our meeting will bring new quality to our unique relations based on centuries-old historical friendship,' },
    ],
    reported: [
      { speaker: 'Emmanuel Macron', from: 'Macron stressed the importance', to: 'between the two countries.' },
      { speaker: 'Emmanuel Macron', text: 'He said France is ready to develop multi-pronged cooperation with Armenia.' },
      { speaker: 'Emmanuel Macron', from: 'He expressed confidence that the summit', to: 'during his visit to Yerevan next month.' },
      { speaker: 'Nikol Pashinyan', from: '“I am convinced', to: 'and other sectors.', mixed: true, note: 'quote, then "adding that …" paraphrase' },
      { speaker: 'Nikol Pashinyan', from: 'Pashinyan said that the the Francophone', to: 'since Armenia’s independence.' },
      { speaker: 'Nikol Pashinyan', from: 'He reaffirmed Armenia’s commitment', to: 'influence of La Francophone.' },
      { speaker: 'Nikol Pashinyan', from: 'The two leaders also discussed the economic forum', to: 'French investment in Armenia.', optional: true, note: 'collective subject' },
    ],
    contacts: [
      { a: 'Nikol Pashinyan', b: 'Emmanuel Macron', kind: 'meeting', date: '2018-09-14', status: 'held', date_text: 'Friday', evidence: 'talks held Friday at Elysee Palace between Prime Minister Nikol Pashinyan and French President Emanuel Macron' },
      { a: 'Emmanuel Macron', b: 'Nikol Pashinyan', kind: 'meeting', date: null, status: 'planned', optional: true, date_text: 'next month', evidence: 'Macron is expected to visit Armenia next month for the Francophone Summit', note: 'a visit to the host country, no meeting named' },
    ],
    excluded: [],
  },

  ho3002: {
    file: '002_georgiatoday_abashidze_karasin_prague.txt',
    url: 'http://gtarchive.georgiatoday.ge/news/12526/Georgian%2C-Russian-Envoys-Meet-in-Prague',
    outlet: 'Georgia Today',
    style: 'regional press (Georgia), government press service readout retold',
    patterns: ['Prague format: special representative and deputy foreign minister (no diplomatic relations)', 'meeting "on October 1"', 'many agentless sentences ("It was noted that", "was also emphasized", "specific proposals were expressed")', '"the sides" collective', 'pronoun he after a nominal (The Russian envoy)', 'quote with "he added" frame', 'one-word quote “hostile” inside a reported sentence', 'straight and curly quotation marks mixed'],
    actors: [
      { name: 'Zurab Abashidze', kind: P, role: 'Special Representative of the Prime Minister of Georgia for Relations with Russia', surface: ["The Georgian Prime Minister's Special Representative for Relations with Russia, Zurab Abashidze", 'Abashidze', 'He'] },
      { name: 'Grigory Karasin', kind: P, role: 'Deputy Foreign Minister of Russia', surface: ['Russia’s Deputy Foreign Minister Grigory Karasin', 'Karasin', 'The Russian envoy', 'he'] },
      { name: 'Government of Georgia', kind: O, role: 'press service', surface: ['the Georgian Government’s Press Service'] },
    ],
    quotes: [
      { speaker: 'Grigory Karasin', text: 'Such a meeting can be organized, but it is necessary to prepare for an effective meeting. We are working on it now,' },
      { speaker: 'Grigory Karasin', text: 'hostile', optional: true, note: 'one word, maybe a scare quote' },
    ],
    reported: [
      { speaker: 'Government of Georgia', from: 'The details of the meeting were revealed', to: 'certain humanitarian issues.', optional: true, note: 'the press service says the sides discussed (topics only)' },
      { speaker: 'Zurab Abashidze', from: 'Abashidze emphasized the difficult situation', to: 'South Ossetia regions.' },
      { speaker: 'Zurab Abashidze', from: 'He highlighted the continuous violation', to: 'sovereignty of the country.' },
      { speaker: null, text: 'The sides discussed mutual cooperation issues in the fields of tourism, economics and trade.', optional: true },
      { speaker: null, from: 'It was noted that during the nine months', to: 'between the two countries.', optional: true, note: 'agentless' },
      { speaker: null, from: 'The sides underlined the importance of the Geneva', to: 'between the countries.', optional: true },
      { speaker: null, text: 'The implementation of the 2011 agreement on the Cargo Monitoring Movement was also emphasized.', optional: true },
      { speaker: null, from: 'It was noted that the parties have completed', to: 'for its implementation.', optional: true },
      { speaker: null, text: 'In this respect, specific proposals were expressed.', optional: true },
      { speaker: 'Grigory Karasin', text: 'Karasin stated Moscow does not rule out the possibility of a meeting between the leaders of Georgia and Russia.' },
      { speaker: 'Grigory Karasin', from: 'The Russian envoy also suggested', to: 'regulated in future.', mixed: true },
    ],
    contacts: [
      { a: 'Zurab Abashidze', b: 'Grigory Karasin', kind: 'meeting', date: '2018-10-01', status: 'held', date_text: 'on October 1', evidence: 'held an informal meeting in Prague on October 1' },
    ],
    excluded: [],
  },

  ho3003: {
    file: '003_civilge_trilateral_istanbul.txt',
    url: 'https://civil.ge/archives/262471',
    outlet: 'Civil.ge',
    style: 'regional press (Georgia), trilateral ministerial meeting',
    patterns: ['three ministers with "respectively" (names listed in a different order than countries)', 'trilateral meeting: every pair', 'According to the Turkish Foreign Ministry, X said … “…” (reported + partial quote)', 'the Georgian Foreign Minister (role for a named person)', 'quoted words of a joint declaration (no personal speaker)', 'face-to-face meetings with two counterparts, "hailing …"', 'photo caption, tweet and page furniture dropped'],
    actors: [
      { name: 'Elmar Mammadyarov', kind: P, role: 'Foreign Minister of Azerbaijan', surface: ['Elmar Mammadyarov', 'Mammadyarov'] },
      { name: 'David Zalkaliani', kind: P, role: 'Foreign Minister of Georgia', surface: ['Davit Zalkaliani', 'the Georgian Foreign Minister', 'Minister Zalkaliani'] },
      { name: 'Mevlüt Çavuşoğlu', kind: P, role: 'Foreign Minister of Turkey', surface: ['Mevlut Çavuşoğlu', 'Çavuşoğlu'] },
      { name: 'Ministry of Foreign Affairs of Turkey', kind: O, role: null, surface: ['the Turkish Foreign Ministry'] },
    ],
    quotes: [
      { speaker: 'Mevlüt Çavuşoğlu', text: 'with an understanding of regional ownership, and on the basis of mutual interest and respect.' },
      { speaker: 'David Zalkaliani', text: 'very important' },
      { speaker: null, text: 'on the Turkey-Georgia-Azerbaijan transportation route.', optional: true, note: 'words of the joint declaration' },
      { speaker: null, text: 'the role of Turkey, Azerbaijan and Georgia in assuring successful completion and functioning', optional: true, note: 'words of the joint declaration' },
      { speaker: null, text: 'transporting hydrocarbons from the Caspian region to Europe.', optional: true, note: 'words of the joint declaration' },
    ],
    reported: [
      { speaker: 'Elmar Mammadyarov', from: 'Foreign Ministers of Azerbaijan, Georgia and Turkey, Elmar', to: 'in Istanbul on October 29.', optional: true, note: 'collective "discussed"' },
      { speaker: 'Mevlüt Çavuşoğlu', from: 'According to the Turkish Foreign Ministry', to: 'mutual interest and respect.”', mixed: true },
      { speaker: 'David Zalkaliani', from: 'At a press conference following the meeting', to: 'regional security challenges.', mixed: true },
      { speaker: null, from: 'The trilateral meeting concluded with a joint declaration', to: 'transportation route.”', optional: true, mixed: true, note: 'the declaration "reaffirms"' },
      { speaker: null, from: 'It also highlights “the role', to: 'Caspian region to Europe.”', optional: true, mixed: true },
      { speaker: 'David Zalkaliani', from: 'In Istanbul, Minister Zalkaliani also held', to: 'transit and energy projects.', note: '"hailing …" participle' },
    ],
    contacts: [
      ...cross(['Elmar Mammadyarov'], ['David Zalkaliani', 'Mevlüt Çavuşoğlu'], { kind: 'meeting', date: '2018-10-29', status: 'held', date_text: 'on October 29', evidence: 'ministerial meeting in Istanbul on October 29' }),
      { a: 'David Zalkaliani', b: 'Mevlüt Çavuşoğlu', kind: 'meeting', date: '2018-10-29', status: 'held', date_text: 'on October 29', evidence: 'ministerial meeting in Istanbul on October 29; face-to-face meetings' },
    ],
    excluded: [],
  },

  ho3004: {
    file: '004_kentron_minsk_group_paris.txt',
    url: 'https://kentron.am/en/news/141836',
    outlet: 'Kentron TV',
    style: 'mediators’ press statement reproduced by Armenian broadcaster (one paragraph)',
    patterns: ['three co-chairs named in a parenthesis', 'hosted consultations between two ministers: mediators × ministers pairs', 'personal representative "also participated"', 'a French state secretary "reviewed the outcomes … with the participants"', 'co-chairs received at the Elysée (advisers, not the President)', 'organisation as speaker ("The Co-Chairs underlined")', 'collective "The participants", "The Ministers", "The Ministers and the Co-Chairs"', 'planned meeting with unnamed leaders (not annotated: no named party)', 'whole article one paragraph'],
    actors: [
      { name: 'Igor Popov', kind: P, role: 'OSCE Minsk Group Co-Chair (Russia)', surface: ['Igor Popov'] },
      { name: 'Stéphane Visconti', kind: P, role: 'OSCE Minsk Group Co-Chair (France)', surface: ['Stéphane Visconti'] },
      { name: 'Andrew Schofer', kind: P, role: 'OSCE Minsk Group Co-Chair (United States)', surface: ['Andrew Schofer'] },
      { name: 'Elmar Mammadyarov', kind: P, role: 'Foreign Minister of Azerbaijan', surface: ['Foreign Minister of Azerbaijan Elmar Mammadyarov'] },
      { name: 'Zohrab Mnatsakanyan', kind: P, role: 'Acting Foreign Minister of Armenia', surface: ['Acting Foreign Minister of Armenia Zohrab Mnatsakanyan'] },
      { name: 'Andrzej Kasprzyk', kind: P, role: 'Personal Representative of the OSCE Chairperson-in-Office', surface: ['Personal Representative of the OSCE Chairperson-in-Office Andrzej Kasprzyk'] },
      { name: 'Jean-Baptiste Lemoyne', kind: P, role: 'State Secretary for Europe and Foreign Affairs of France', surface: ['State Secretary for Europe and Foreign Affairs of France Jean-Baptiste Lemoyne'] },
      { name: 'Emmanuel Macron', kind: P, role: 'President of France', surface: ['President Emmanuel Macron'] },
      { name: 'OSCE Minsk Group', kind: O, role: 'Co-Chairs', surface: ['The Co-Chairs of the OSCE Minsk Group', 'The Co-Chairs', 'the Co-Chairs'] },
    ],
    quotes: [],
    reported: [
      { speaker: 'OSCE Minsk Group', from: 'The participants expressed to the Ministers', to: 'results-oriented negotiations.', optional: true, note: '"the participants": co-chairs, personal representative, state secretary' },
      { speaker: 'Elmar Mammadyarov', from: 'The Ministers discussed a wide range', to: 'prepare the populations for peace.', optional: true, note: 'collective' },
      { speaker: 'OSCE Minsk Group', from: 'During the meetings, the Co-Chairs reviewed', to: 'negotiation process.', optional: true, note: 'collective, topic only' },
      { speaker: 'OSCE Minsk Group', from: 'The Ministers and the Co-Chairs considered', to: 'dynamic of negotiations.', optional: true, note: 'collective' },
      { speaker: 'OSCE Minsk Group', from: 'The Co-Chairs underlined the importance', to: 'potential of the region.' },
      { speaker: 'OSCE Minsk Group', text: 'The Co-Chairs plan to meet the leaders of the two countries in the near future.', optional: true, note: 'a plan stated in the co-chairs’ own statement' },
    ],
    contacts: [
      { a: 'Elmar Mammadyarov', b: 'Zohrab Mnatsakanyan', kind: 'meeting', date: '2019-01-16', status: 'held', date_text: 'on 16 January', evidence: 'hosted consultations between … Elmar Mammadyarov and … Zohrab Mnatsakanyan on 16 January in Paris' },
      ...cross(['Igor Popov', 'Stéphane Visconti', 'Andrew Schofer'], ['Elmar Mammadyarov', 'Zohrab Mnatsakanyan'], { kind: 'meeting', date: '2019-01-16', status: 'held', date_text: 'on 16 January', evidence: 'The Co-Chairs met separately and then jointly with the Ministers' }),
      ...cross(['Andrzej Kasprzyk'], ['Elmar Mammadyarov', 'Zohrab Mnatsakanyan'], { kind: 'meeting', date: '2019-01-16', status: 'held', date_text: 'on 16 January', evidence: 'Kasprzyk also participated in these meetings' }),
      ...cross(['Jean-Baptiste Lemoyne'], ['Elmar Mammadyarov', 'Zohrab Mnatsakanyan'], { kind: 'meeting', date: '2019-01-16', status: 'held', optional: true, date_text: null, evidence: 'reviewed the outcomes of the talks with the participants', note: 'day implied, not stated' }),
    ],
    excluded: [],
  },

  ho3005: {
    file: '005_armenpress_sarkissian_wangyi.txt',
    url: 'https://armenpress.am/eng/news/976221/',
    outlet: 'Armenpress',
    style: 'agency (Armenia), presidential readout',
    patterns: ['"YEREVAN, MAY 26, ARMENPRESS." dateline, meeting "on May 26"', 'Chinese name with surname used alone as "Yi" (Wang Yi)', 'the Armenian President / The Chinese FM (roles)', '“…,” X told Y, adding that … (mixed)', 'bare frame "Yi said." then "He also conveyed …"', 'greetings of a third head of state conveyed', 'office as source ("Sarkissian’s Office said in a readout")'],
    actors: [
      { name: 'Armen Sarkissian', kind: P, role: 'President of Armenia', surface: ['President of Armenia Armen Sarkissian', 'President Sarkissian', 'the Armenian President'] },
      { name: 'Wang Yi', kind: P, role: 'Foreign Minister of China', surface: ['Chinese Foreign Minister, State Councilor Wang Yi', 'Yi', 'The Chinese FM', 'He'] },
      { name: 'Xi Jinping', kind: P, role: 'President of China', surface: ['Chinese President Xi Jinping'] },
      { name: 'Office of the President of Armenia', kind: O, role: null, surface: ['Sarkissian’s Office'] },
      { name: 'Armenpress', kind: O, role: 'news agency', media: true, surface: ['ARMENPRESS'] },
    ],
    quotes: [
      { speaker: 'Armen Sarkissian', text: 'The friendship between our nations did not start with the 1992 establishment of diplomatic and inter-governmental relations, our nations have a history of friendly cooperation spanning through centuries and millennia,' },
      { speaker: 'Wang Yi', text: 'The great Silk Road united our two peoples centuries ago. The Armenian and Chinese people treat each other with mutual respect and regard, and our bilateral relations are developing resolutely,' },
    ],
    reported: [
      { speaker: 'Armen Sarkissian', from: 'Welcoming the delegation, President Sarkissian said', to: 'said in a readout.' },
      { speaker: 'Armen Sarkissian', from: '“The friendship between our nations', to: 'during the Silk Road era.', mixed: true },
      { speaker: 'Wang Yi', text: 'The Chinese FM emphasized that the Armenians have a great contribution in the history of human civilization.' },
      { speaker: 'Wang Yi', text: 'He also conveyed Chinese President Xi Jinping’s greetings to the Armenian President.', optional: true, note: 'greetings conveyed, no content' },
      { speaker: null, from: 'During the meeting the parties also discussed', to: 'science sectors.', optional: true },
    ],
    contacts: [
      { a: 'Armen Sarkissian', b: 'Wang Yi', kind: 'meeting', date: '2019-05-26', status: 'held', date_text: 'on May 26', evidence: 'held a meeting on May 26 with visiting Chinese Foreign Minister' },
      { a: 'Xi Jinping', b: 'Armen Sarkissian', kind: 'letter', date: null, status: 'held', optional: true, date_text: null, evidence: 'conveyed Chinese President Xi Jinping’s greetings to the Armenian President', note: 'greetings relayed by the minister' },
    ],
    excluded: [],
  },

  ho3006: {
    file: '006_newsam_pashinyan_guterres_call.txt',
    url: 'https://news.am/eng/news/604746.html',
    outlet: 'News.am',
    style: 'regional press (Armenia), government readout of a call',
    patterns: ['call "on the latter’s initiative" with no day', 'The Prime Minister / The UN Secretary-General (roles)', 'name without accent in the text (Antonio Guterres)', 'participle "stressing the need …"'],
    actors: [
      { name: 'Nikol Pashinyan', kind: P, role: 'Prime Minister of Armenia', surface: ['Armenia’s Prime Minister Nikol Pashinyan', 'The Prime Minister', 'Nikol Pashinyan'] },
      { name: 'António Guterres', kind: P, role: 'UN Secretary-General', surface: ['UN Secretary-General Antonio Guterres', 'The UN Secretary-General'] },
    ],
    quotes: [],
    reported: [
      { speaker: 'Nikol Pashinyan', from: 'The Prime Minister referred to the situation', to: 'unleashed by Azerbaijan.' },
      { speaker: 'Nikol Pashinyan', from: 'Nikol Pashinyan noted that in contrast', to: 'in Azerbaijan’s actions.' },
      { speaker: 'António Guterres', from: 'The UN Secretary-General expressed deep concern', to: 'OSCE Minsk Group format.' },
    ],
    contacts: [
      { a: 'Nikol Pashinyan', b: 'António Guterres', kind: 'call', date: null, status: 'held', date_text: null, evidence: 'held a telephone conversation with UN Secretary-General Antonio Guterres', note: 'no day in the text' },
    ],
    excluded: [],
  },

  ho3007: {
    file: '007_tass_pashinyan_putin_call.txt',
    url: 'https://tass.com/world/1208059?fbclid=IwAR1mdC-_F6gj_KRUa_PjrI0WBbBA8X5w0bqRn-FOTO8-RKCxwua_kek7SGQ',
    outlet: 'TASS',
    style: 'agency (Russia), two readouts of one call plus background',
    patterns: ['no headline in the stored page: "YEREVAN, October 2./TASS/." dateline on the date line', 'two press services quoted ("it reported", "the Kremlin said")', 'readout quotes describing the principal (Pashinyan, Putin)', '"Earlier, the Kremlin press service said that …"', '"The sides expressed concern" (collective)', 'joint statement of three presidents "on Thursday"', 'co-chairs quoted as an organisation', 'call with no day (only "reported on Friday")', 'sub-heading dropped'],
    actors: [
      { name: 'Vladimir Putin', kind: P, role: 'President of Russia', surface: ['Russian President Vladimir Putin', 'Putin', 'Presidents Vladimir Putin of Russia'] },
      { name: 'Nikol Pashinyan', kind: P, role: 'Prime Minister of Armenia', surface: ['Armenian Prime Minister Nikol Pashinyan', 'Armenian Prime Minister Pashinyan'] },
      { name: 'Donald Trump', kind: P, role: 'President of the United States', surface: ['Donald Trump of the United States'] },
      { name: 'Emmanuel Macron', kind: P, role: 'President of France', surface: ['Emmanuel Macron of France'] },
      { name: 'Government of Armenia', kind: O, role: 'press service of the Cabinet', surface: ['the press service of the Armenian Cabinet of Ministers'] },
      { name: 'Press Service of the President of Russia', kind: O, role: 'Kremlin press service', surface: ['the Kremlin press service', 'the Kremlin'] },
      { name: 'OSCE Minsk Group', kind: O, role: 'Co-Chairs', surface: ['the co-chairs of the OSCE Minsk Group', 'OSCE Minsk Group'] },
      { name: 'TASS', kind: O, role: 'news agency', media: true, surface: ['TASS'] },
    ],
    quotes: [
      { speaker: 'Nikol Pashinyan', text: 'During the telephone conversation with Russian President Vladimir Putin, Armenian Prime Minister Pashinyan once again drew attention to the destabilizing role of Turkey in the region and its involvement in hostilities,', note: 'words of the Armenian government press service describing the prime minister' },
      { speaker: 'Vladimir Putin', text: 'Putin once again put an emphasis on the need for an immediate cessation of fighting and restart of political-diplomatic efforts towards the settlement of the conflict - in line with the October 1, 2020 statement from the presidents of the countries co-chairing the OSCE Minsk Group (Russia, France and the United States),', note: 'words of the Kremlin describing the president' },
      { speaker: 'OSCE Minsk Group', text: 'We call for an immediate cessation of hostilities between the relevant military forces,' },
    ],
    reported: [
      { speaker: 'Nikol Pashinyan', from: 'In a phone call with Russian President', to: 'reported on Friday.', note: 'sentence after the dateline' },
      { speaker: 'Press Service of the President of Russia', text: 'Earlier, the Kremlin press service said that the phone call had been initiated by the Armenian side.' },
      { speaker: 'Vladimir Putin', text: 'The sides expressed concern over information about the participation of militants from the Middle East in the conflict.', optional: true, note: 'collective' },
      { speaker: null, text: 'Both parties to the conflict have reported casualties, among them civilians.', optional: true },
      { speaker: 'Vladimir Putin', from: 'In a joint statement on Thursday, Presidents', to: 'without preconditions.', optional: true, note: 'three named presidents as joint subject' },
    ],
    contacts: [
      { a: 'Vladimir Putin', b: 'Nikol Pashinyan', kind: 'call', date: null, status: 'held', date_text: null, evidence: 'In a phone call with Russian President Vladimir Putin, Armenian Prime Minister Nikol Pashinyan', note: 'the text gives only the day of the report (Friday)' },
      ...[['Vladimir Putin', 'Donald Trump'], ['Vladimir Putin', 'Emmanuel Macron'], ['Donald Trump', 'Emmanuel Macron']].map(([a, b]) => ({ a, b, kind: 'other', date: '2020-10-01', status: 'held', optional: true, date_text: 'on Thursday', evidence: 'In a joint statement on Thursday, Presidents …', note: 'joint statement, not a meeting' })),
    ],
    excluded: [],
  },

  ho3008: {
    file: '008_reuters_aliyev_talks.txt',
    url: 'https://www.hindustantimes.com/world-news/azerbaijan-s-aliyev-says-ready-for-talks-but-asks-armenia-to-not-claim-nagorno-karabakh/story-UzKJQ1RDD0rSgJWD4KlgvM.html',
    outlet: 'Reuters (via Hindustan Times)',
    style: 'wire (Reuters), reported speech only',
    patterns: ['only reported speech, no quotation marks', '"on Friday said" (article date)', 'X, speaking during …, said …', 'He said … and that …', 'planned talks with no named parties (no contact)', 'deck, byline and caption dropped'],
    actors: [
      { name: 'Ilham Aliyev', kind: P, role: 'President of Azerbaijan', surface: ['Azerbaijan’s President Ilham Aliyev', 'Aliyev', 'He'] },
    ],
    quotes: [],
    reported: [
      { speaker: 'Ilham Aliyev', from: 'Azerbaijan’s President Ilham Aliyev on Friday said', to: 'will in the conflict.' },
      { speaker: 'Ilham Aliyev', from: 'Aliyev, speaking during a televised address', to: 'part of Armenian territory.' },
      { speaker: 'Ilham Aliyev', from: 'He said Azerbaijan’s use of force', to: 'solution to the dispute.' },
    ],
    contacts: [],
    excluded: [],
  },

  ho3009: {
    file: '009_zartonk_aliyev_tass.txt',
    url: 'https://zartonkmedia.com/2020/10/19/president-aliyev-says-azerbaijan-is-ready-to-negotiate-with-armenia-in-moscow-or-any-other-place/',
    outlet: 'Zartonk Media',
    style: 'regional press (Armenian diaspora), interview retold',
    patterns: ['headline with a quotation (title case)', 'X told TASS (media outlet as addressee)', 'According to him, … “…” (pronoun + partial quote)', 'X added that …', 'same words quoted twice (“ready for any contacts”)', 'ellipsis character inside a quote'],
    actors: [
      { name: 'Ilham Aliyev', kind: P, role: 'President of Azerbaijan', surface: ['President Aliyev', 'Azerbaijani president Ilham Aliyev', 'Aliyev', 'him', 'he'] },
      { name: 'TASS', kind: O, role: 'news agency', media: true, surface: ['TASS'] },
    ],
    quotes: [
      { speaker: 'Ilham Aliyev', text: 'Azerbaijan Is Ready To Negotiate With Armenia In Moscow Or Any Other Place.', optional: true, note: 'headline, title-cased' },
      { speaker: 'Ilham Aliyev', text: 'We are always ready to meet in Moscow and in any other place to put an end to the confrontation and find ways of settlement,' },
      { speaker: 'Ilham Aliyev', text: 'ready for any contacts.' },
      { speaker: 'Ilham Aliyev', text: 'There are objective reasons for this – both historical and geographical…Therefore, we are ready for any contacts,' },
    ],
    reported: [
      { speaker: 'Ilham Aliyev', from: 'Baku representatives are ready for talks', to: 'told TASS.' },
      { speaker: 'Ilham Aliyev', text: 'According to him, Baku is “ready for any contacts.”', mixed: true },
      { speaker: 'Ilham Aliyev', text: 'Aliyev added that Russia has always played an important role in the settlement of the conflict.' },
    ],
    contacts: [],
    excluded: [],
  },

  ho3010: {
    file: '010_primeminister_pashinyan_obrien_call.txt',
    url: 'https://www.primeminister.am/en/press-release/item/2020/10/29/Nikol-Pashinyan-Telephone-Conversation/',
    outlet: 'Office of the Prime Minister of Armenia (primeminister.am)',
    style: 'government readout of a call',
    patterns: ['call "today" (article date)', 'The Premier / his interlocutor', '"The American side assured that …" (the other party of the call as a side)', 'curly apostrophe in a name (O’Brien)', 'navigation ("Press releases", "Back to list") dropped'],
    actors: [
      { name: 'Nikol Pashinyan', kind: P, role: 'Prime Minister of Armenia', surface: ['Prime Minister Nikol Pashinyan', 'PM Pashinyan', 'The Premier', 'Nikol Pashinyan'] },
      { name: "Robert O'Brien", kind: P, role: 'U.S. National Security Advisor', surface: ['U.S. President’s National Security Advisor Robert O’Brien', 'Robert O’Brien', 'The American side'] },
    ],
    quotes: [],
    reported: [
      { speaker: 'Nikol Pashinyan', from: 'The Premier called his interlocutor’s attention', to: 'in the U.S. capital.' },
      { speaker: 'Nikol Pashinyan', from: 'Nikol Pashinyan stressed that Turkey', to: 'continuing the hostilities.' },
      { speaker: "Robert O'Brien", from: 'The American side assured', to: 'third parties in the conflict.', note: '"the American side" in a two-person call = the interlocutor' },
    ],
    contacts: [
      { a: 'Nikol Pashinyan', b: "Robert O'Brien", kind: 'call', date: '2020-10-29', status: 'held', date_text: 'today', evidence: 'today had a telephone conversation with U.S. President’s National Security Advisor Robert O’Brien' },
    ],
    excluded: [],
  },

  ho3011: {
    file: '011_mfaaz_bayramov_zarif_call.txt',
    url: 'https://mfa.gov.az/index.php/en/news/no43320-information-of-the-press-service-department-of-the-ministry-of-foreign-affairs-of-the-republic-of-azerbaijan-on-the-telephone-conversation-between-the-minister-of-foreign-affairs-of-the-republic-of-azerbaijan-jeyhun-bayramov-and-the-minister-of-foreign-affairs-of-the-islamic-republic-of-iran-mohammad-javad-zarif',
    outlet: 'Ministry of Foreign Affairs of Azerbaijan (mfa.gov.az)',
    style: 'ministry readout of a call',
    patterns: ['very long headline naming both ministers', 'call "On November 29, 2020"', 'condolences over a named third person', 'agentless "It was stressed that", "It was noted that"', '"the Ministers" collective', 'an earlier video conference "this week" (no day)'],
    actors: [
      { name: 'Jeyhun Bayramov', kind: P, role: 'Foreign Minister of Azerbaijan', surface: ['Jeyhun Bayramov', 'Minister Jeyhun Bayramov'] },
      { name: 'Mohammad Javad Zarif', kind: P, role: 'Foreign Minister of Iran', surface: ['Mohammad Javad Zarif', 'his Iranian counterpart'] },
      { name: 'Mohsen Fakhrizadeh', kind: P, role: 'head of the Organization of Defensive Innovation and Research (Iran)', surface: ['Mohsen Fakhrizadeh'] },
      { name: 'Ministry of Foreign Affairs of Azerbaijan', kind: O, role: 'press service', surface: ['Press Service Department of the Ministry of Foreign Affairs of the Republic of Azerbaijan'] },
    ],
    quotes: [],
    reported: [
      { speaker: 'Jeyhun Bayramov', from: 'Minister Jeyhun Bayramov expressed his condolences', to: 'as a result of a terrorist attack.' },
      { speaker: 'Jeyhun Bayramov', from: 'It was stressed that Azerbaijan', to: 'manifestations of terrorism.', optional: true, implicit_speaker: true, note: 'agentless, follows the minister’s sentence' },
      { speaker: 'Jeyhun Bayramov', from: 'In addition to the discussions held', to: 'bilateral economic cooperation.', optional: true, note: 'collective' },
      { speaker: null, text: 'It was noted that the issues should be discussed in detail by the relevant agencies.', optional: true },
      { speaker: null, text: 'The Ministers also discussed other issues of mutual interest.', optional: true },
    ],
    contacts: [
      { a: 'Jeyhun Bayramov', b: 'Mohammad Javad Zarif', kind: 'call', date: '2020-11-29', status: 'held', date_text: 'On November 29, 2020', evidence: 'a telephone conversation took place between … Jeyhun Bayramov and … Mohammad Javad Zarif' },
      { a: 'Jeyhun Bayramov', b: 'Mohammad Javad Zarif', kind: 'other', date: null, status: 'held', optional: true, date_text: 'this week', evidence: 'the discussions held in a video conference this week', note: 'video conference, no day' },
    ],
    excluded: [],
  },

  ho3012: {
    file: '012_armenpress_peskov_contacts.txt',
    url: 'https://armenianclub.com/2021/03/30/putin-and-pashinyan-maintain-permanent-contacts-says-kremlin',
    outlet: 'Armenpress (via Armenian Club)',
    style: 'agency (Armenia), spokesman’s comment',
    patterns: ['"YEREVAN, MARCH 29, ARMENPRESS." dateline', 'bracketed insertions in a quote ([Pashinyan], [prime minister])', 'long frame: "X said when reporters asked him whether …" (question paraphrase, not speech)', 'a call or meeting explicitly not needed (no planned contact)', '"They’d talked very recently" (held, no day)', 'share buttons, time and editor credit dropped'],
    actors: [
      { name: 'Dmitry Peskov', kind: P, role: 'Press Secretary of the President of Russia', surface: ['Kremlin spokesperson Dmitry Peskov', 'Peskov'] },
      { name: 'Nikol Pashinyan', kind: P, role: 'Prime Minister of Armenia', surface: ['PM Pashinyan', 'Prime Minister Pashinyan', 'Pashinyan'] },
      { name: 'Vladimir Putin', kind: P, role: 'President of Russia', surface: ['Putin'] },
      { name: 'Armenpress', kind: O, role: 'news agency', media: true, surface: ['ARMENPRESS'] },
    ],
    quotes: [
      { speaker: 'Dmitry Peskov', text: 'First of all, [Pashinyan] will remain caretaker [prime minister], and second of all this decision doesn’t require an urgent conversation…..They’d talked very recently, and we’ve reported this, thus the contacts are permanent,' },
    ],
    reported: [
      { speaker: 'Dmitry Peskov', from: 'Kremlin spokesperson Dmitry Peskov said', to: 'urgent conversation with Putin.' },
      { speaker: 'Nikol Pashinyan', from: 'Prime Minister Pashinyan announced', to: 'early elections.' },
    ],
    contacts: [
      { a: 'Vladimir Putin', b: 'Nikol Pashinyan', kind: 'call', date: null, status: 'held', optional: true, date_text: 'very recently', evidence: 'They’d talked very recently', note: 'kind not stated (talked)' },
    ],
    excluded: [],
  },

  ho3013: {
    file: '013_newsaz_bayramov_klaar.txt',
    url: 'https://news.az/news/azerbaijani-fm-met-meets-eu-special-representative-for-south-caucasus-photo',
    outlet: 'News.Az',
    style: 'regional press (Azerbaijan), ministry readout retold',
    patterns: ['no headline in the stored page', 'meeting "on Wednesday" (the article date)', '"the opposite side" for the guest', 'participle first: "Informing …, Minister X … emphasized … and noted …"', 'The Special Representative recalled that …', '"the sides" / "The parties" collective, ministry as source'],
    actors: [
      { name: 'Jeyhun Bayramov', kind: P, role: 'Foreign Minister of Azerbaijan', surface: ['Azerbaijani Foreign Minister Jeyhun Bayramov', 'Minister Jeyhun Bayramov'] },
      { name: 'Toivo Klaar', kind: P, role: 'EU Special Representative for the South Caucasus', surface: ['European Union (EU) Special Representative for the South Caucasus Toivo Klaar', 'The Special Representative', 'the opposite side'] },
      { name: 'Ministry of Foreign Affairs of Azerbaijan', kind: O, role: 'press service', surface: ['the press service of the Azerbaijani Foreign Ministry'] },
      { name: 'News.Az', kind: O, role: 'news site', media: true, surface: ['News.Az'] },
    ],
    quotes: [],
    reported: [
      { speaker: 'Ministry of Foreign Affairs of Azerbaijan', from: 'During the meeting, the sides exchanged views', to: 'told News.Az.', optional: true, note: '"the sides exchanged views" (topics), sourced to the ministry' },
      { speaker: 'Jeyhun Bayramov', from: 'Informing the opposite side', to: 'of the Armenian side.' },
      { speaker: 'Toivo Klaar', from: 'The Special Representative recalled', to: 'support for this.' },
      { speaker: null, from: 'The parties also discussed bilateral cooperation', to: 'Azerbaijan and the EU.', optional: true },
    ],
    contacts: [
      { a: 'Jeyhun Bayramov', b: 'Toivo Klaar', kind: 'meeting', date: '2021-09-15', status: 'held', date_text: 'on Wednesday', evidence: 'met with … Toivo Klaar on Wednesday' },
    ],
    excluded: [],
  },

  ho3014: {
    file: '014_civilge_garibashvili_baku.txt',
    url: 'https://civil.ge/archives/443637',
    outlet: 'Civil.ge',
    style: 'regional press (Georgia), two-day visit',
    patterns: ['no headline in the stored page', 'two meetings on two explicit days (September 28 and 29)', 'his counterpart (prime minister, not president)', 'X said … also “…” (partial quote at the end of a paraphrase)', 'X told Y that “…” (the whole content quoted)', 'Stressing that Baku is “…”, X said they would also discuss “…” (two partial quotes)', 'capitals as parties (Tbilisi and Baku signed)', 'accompanying ministers (optional pairs)', 'according to X as an inserted clause'],
    actors: [
      { name: 'Irakli Garibashvili', kind: P, role: 'Prime Minister of Georgia', surface: ['Georgian Prime Minister Irakli Garibashvili', 'PM Garibashvili', 'the Georgian PM', 'the Georgian Prime Minister', 'he'] },
      { name: 'Ilham Aliyev', kind: P, role: 'President of Azerbaijan', surface: ['President of Azerbaijan Ilham Aliyev', 'President Aliyev'] },
      { name: 'Ali Asadov', kind: P, role: 'Prime Minister of Azerbaijan', surface: ['his counterpart Ali Asadov'] },
      { name: 'David Zalkaliani', kind: P, role: 'Deputy Prime Minister and Foreign Minister of Georgia', surface: ['Foreign Minister David Zalkaliani'] },
      { name: 'Natia Turnava', kind: P, role: 'Economy Minister of Georgia', surface: ['Economy Minister Natia Turnava'] },
      { name: 'Administration of the Government of Georgia', kind: O, role: 'prime minister’s press service', surface: ['the PM’s press service', 'PM Garibashvili’s administration'] },
    ],
    quotes: [
      { speaker: 'Irakli Garibashvili', text: 'new avenues for furthering our cooperation.' },
      { speaker: 'Ilham Aliyev', text: 'strengthening political ties between our countries is important not only for our people, but also for the whole region.' },
      { speaker: 'Ilham Aliyev', text: 'very encouraged by the very positive investment climate' },
      { speaker: 'Ilham Aliyev', text: 'traditional areas of our cooperation, like oil and gas, electric energy, transportation.' },
    ],
    reported: [
      { speaker: 'Irakli Garibashvili', from: 'PM Garibashvili said the meeting', to: 'furthering our cooperation.”', mixed: true },
      { speaker: 'Irakli Garibashvili', from: 'During the meeting, the Georgian PM also stressed', to: 'press service reported.' },
      { speaker: 'Ilham Aliyev', from: 'President Aliyev told PM Garibashvili', to: 'for the whole region.”', mixed: true },
      { speaker: 'Ilham Aliyev', from: 'Stressing that Baku is', to: 'electric energy, transportation.”', mixed: true },
      { speaker: 'Administration of the Government of Georgia', from: 'Following the meeting, resumed after a ten-year pause', to: 'among others.', optional: true, note: '"according to" in an inserted clause; the sentence reports a signing' },
    ],
    contacts: [
      { a: 'Irakli Garibashvili', b: 'Ilham Aliyev', kind: 'meeting', date: '2021-09-28', status: 'held', date_text: 'on September 28', evidence: 'visited Baku on September 28, where he held meetings with President of Azerbaijan Ilham Aliyev' },
      { a: 'Irakli Garibashvili', b: 'Ali Asadov', kind: 'meeting', date: '2021-09-29', status: 'held', date_text: 'on September 29', evidence: 'also on September 29 met his counterpart Ali Asadov' },
      ...cross(['David Zalkaliani', 'Natia Turnava'], ['Ali Asadov'], { kind: 'meeting', date: '2021-09-29', status: 'held', optional: true, date_text: 'on September 29', evidence: 'Accompanied by …', note: 'accompanying ministers' }),
    ],
    excluded: [],
  },

  ho3015: {
    file: '015_panorama_peskov_visit.txt',
    url: 'https://panorama.am/en/news/2021/10/04/Պուտին-Փաշինյան/2576201',
    outlet: 'Panorama.am',
    style: 'regional press (Armenia), spokesman’s comment',
    patterns: ['planned meeting with no day', '"told TASS on Monday" (article date)', '"It is reminded that earlier on Monday, X met with Y, saying that …"', 'bracketed insertions in a quote', 'the Kremlin spokesman (role)', 'According to X, … at the end of a paragraph', 'aggregated past contacts ("met in person three times", "spoke over the phone more than ten times")'],
    actors: [
      { name: 'Nikol Pashinyan', kind: P, role: 'Prime Minister of Armenia', surface: ['Nikol Pashinyan', 'Pashinyan'] },
      { name: 'Vladimir Putin', kind: P, role: 'President of Russia', surface: ['Russian President Vladimir Putin', 'Putin'] },
      { name: 'Dmitry Peskov', kind: P, role: 'Press Secretary of the President of Russia', surface: ['Kremlin Spokesman Dmitry Peskov', 'the Kremlin spokesman'] },
      { name: 'Valentina Matviyenko', kind: P, role: 'Speaker of the Federation Council of Russia', surface: ['Russian Federation Council Speaker Valentina Matviyenko', 'Matviyenko'] },
      { name: 'Alen Simonyan', kind: P, role: 'President of the National Assembly of Armenia', surface: ['President of the National Assembly of Armenia Alen Simonyan'] },
      { name: 'TASS', kind: O, role: 'news agency', media: true, surface: ['TASS'] },
    ],
    quotes: [
      { speaker: 'Dmitry Peskov', text: '[Pashinyan’s visit to Russia] is expected. A personal meeting [with Putin] is being prepared,' },
    ],
    reported: [
      { speaker: 'Dmitry Peskov', from: 'Nikol Pashinyan plans to visit Russia', to: 'told TASS on Monday.' },
      { speaker: 'Valentina Matviyenko', from: 'It is reminded that earlier on Monday', to: 'was prepared.', note: '"saying that …" after a meeting' },
      { speaker: 'Valentina Matviyenko', from: 'According to Matviyenko', to: 'Russian-Armenian relations.' },
    ],
    contacts: [
      { a: 'Nikol Pashinyan', b: 'Vladimir Putin', kind: 'meeting', date: null, status: 'planned', date_text: null, evidence: 'preparations are underway for his in-person meeting with Russian President Vladimir Putin' },
      { a: 'Valentina Matviyenko', b: 'Alen Simonyan', kind: 'meeting', date: '2021-10-04', status: 'held', date_text: 'earlier on Monday', evidence: 'earlier on Monday, … Valentina Matviyenko met with … Alen Simonyan' },
      { a: 'Vladimir Putin', b: 'Nikol Pashinyan', kind: 'meeting', date: null, status: 'held', optional: true, date_text: 'This year', evidence: 'This year, Putin and Pashinyan met in person three times', note: 'aggregated past meetings' },
      { a: 'Vladimir Putin', b: 'Nikol Pashinyan', kind: 'call', date: null, status: 'held', optional: true, date_text: 'This year', evidence: 'they spoke over the phone more than ten times', note: 'aggregated past calls' },
    ],
    excluded: [],
  },

  ho3016: {
    file: '016_azatutyun_overchuk_visits.txt',
    url: 'https://www.azatutyun.am/a/31577194.html',
    outlet: 'Azatutyun (RFE/RL Armenian Service)',
    style: 'international broadcaster (RFE/RL), two visits in one day',
    patterns: ['two meetings "on Wednesday" / "Earlier on November 24" (article date)', 'planned trilateral summit "later this week" (no day)', '"the latter’s press office said" (office as source)', 'quoted readout words with "the statement added" (organisation as speaker)', '"Quoting X’s press office, Azerbaijani media reported that the two “…” and “…”" (two partial quotes, collective)', 'accompanying deputy minister (optional pair)', 'photo captions dropped'],
    actors: [
      { name: 'Alexei Overchuk', kind: P, role: 'Deputy Prime Minister of Russia', surface: ['Russia’s Deputy Prime Minister Alexey Overchuk', 'Overchuk', 'he'] },
      { name: 'Nikol Pashinyan', kind: P, role: 'Prime Minister of Armenia', surface: ['Armenian Prime Minister Nikol Pashinian'] },
      { name: 'Ilham Aliyev', kind: P, role: 'President of Azerbaijan', surface: ['Azerbaijani President Ilham Aliyev', 'Aliyev'] },
      { name: 'Vladimir Putin', kind: P, role: 'President of Russia', surface: ['Russian President Vladimir Putin'] },
      { name: 'Andrey Rudenko', kind: P, role: 'Deputy Foreign Minister of Russia', surface: ['Russia’s Deputy Foreign Minister Andrey Rudenko'] },
      { name: 'Office of the Prime Minister of Armenia', kind: O, role: 'press office', surface: ['the latter’s press office', 'the statement'] },
      { name: 'Presidential Administration of Azerbaijan', kind: O, role: 'press office', surface: ['Aliyev’s press office'] },
    ],
    quotes: [
      { speaker: 'Office of the Prime Minister of Armenia', text: 'The further course of the work carried out within the framework of the trilateral statement of January 11 [2021] was also on the agenda of the meeting,', note: 'agentless readout words' },
      { speaker: 'Presidential Administration of Azerbaijan', text: 'exchanged views', optional: true, note: 'two words of the readout' },
      { speaker: 'Ilham Aliyev', text: 'expressed confidence that unblocking of transport links between Armenia and Azerbaijan soon will contribute to stability and economic development in the region.', optional: true, note: 'readout words describing "the two" (Aliyev and Overchuk)' },
    ],
    reported: [
      { speaker: 'Office of the Prime Minister of Armenia', from: 'Overchuk, who co-heads', to: 'press office said.', optional: true, note: '"discussed … with" (topics), sourced to the press office' },
      { speaker: null, from: 'Russia’s Deputy Foreign Minister Andrey Rudenko accompanied', to: 'between Armenia and Russia.', optional: true, note: '"the two sides also reportedly discussed"' },
      { speaker: 'Ilham Aliyev', from: 'Quoting Aliyev’s press office', to: 'development in the region.”', optional: true, mixed: true, note: 'collective "the two"; the press office quoted by media' },
    ],
    contacts: [
      { a: 'Alexei Overchuk', b: 'Nikol Pashinyan', kind: 'meeting', date: '2021-11-24', status: 'held', date_text: 'on Wednesday', evidence: 'in Yerevan discussed prospects … with Armenian Prime Minister Nikol Pashinian' },
      { a: 'Alexei Overchuk', b: 'Ilham Aliyev', kind: 'meeting', date: '2021-11-24', status: 'held', date_text: 'Earlier on November 24', evidence: 'Earlier on November 24 Overchuk was in Baku where he met with Azerbaijani President Ilham Aliyev' },
      { a: 'Andrey Rudenko', b: 'Nikol Pashinyan', kind: 'meeting', date: '2021-11-24', status: 'held', optional: true, date_text: 'on Wednesday', evidence: 'Rudenko accompanied Overchuk at the meeting' },
      ...[['Vladimir Putin', 'Ilham Aliyev'], ['Vladimir Putin', 'Nikol Pashinyan'], ['Ilham Aliyev', 'Nikol Pashinyan']].map(([a, b]) => ({ a, b, kind: 'meeting', date: null, status: 'planned', date_text: 'later this week', evidence: 'their talks to be hosted by Russian President Vladimir Putin later this week', note: 'trilateral summit, no day given' })),
    ],
    excluded: [],
  },

  ho3017: {
    file: '017_armenpress_mirzoyan_lavrov_call.txt',
    url: 'https://armenpress.am/eng/news/1069035/',
    outlet: 'Armenpress',
    style: 'agency (Armenia), ministry readout of a call',
    patterns: ['no headline in the stored page: "YEREVAN, 24 NOVEMBER, ARMENPRESS." dateline on the date line', 'call "on November 24"', 'agentless "was highlighted" sourced to the ministry', 'role without article ("Minister of Foreign Affairs of Armenia highlighted")', 'coordinated subjects "X and Y discussed also"'],
    actors: [
      { name: 'Ararat Mirzoyan', kind: P, role: 'Foreign Minister of Armenia', surface: ['Foreign Minister of Armenia Ararat Mirzoyan', 'Ararat Mirzoyan', 'Minister of Foreign Affairs of Armenia'] },
      { name: 'Sergey Lavrov', kind: P, role: 'Foreign Minister of Russia', surface: ['Foreign Minister of Russian Federation Sergey Lavrov', 'Sergey Lavrov'] },
      { name: 'Ministry of Foreign Affairs of Armenia', kind: O, role: 'press service', surface: ['the press service of MFA Armenia'] },
      { name: 'Armenpress', kind: O, role: 'news agency', media: true, surface: ['ARMENPRESS'] },
    ],
    quotes: [],
    reported: [
      { speaker: null, from: 'Foreign Minister of Armenia Ararat Mirzoyan on November 24', to: 'conflict were discussed.', optional: true, note: 'the call, with an agentless "were discussed"' },
      { speaker: 'Ministry of Foreign Affairs of Armenia', from: 'As ARMENPRESS was informed', to: 'was highlighted.', optional: true, note: 'agentless passive sourced to the ministry' },
      { speaker: 'Ararat Mirzoyan', from: 'During the telephone conversation Ararat Mirzoyan presented', to: 'territorial integrity and sovereignty.' },
      { speaker: 'Ararat Mirzoyan', from: 'Minister of Foreign Affairs of Armenia highlighted', to: 'stability in the region.' },
      { speaker: 'Ararat Mirzoyan', from: 'Ararat Mirzoyan and Sergey Lavrov discussed also', to: 'January 11, 2021.', optional: true, note: 'coordinated subjects' },
    ],
    contacts: [
      { a: 'Ararat Mirzoyan', b: 'Sergey Lavrov', kind: 'call', date: '2021-11-24', status: 'held', date_text: 'on November 24', evidence: 'on November 24 had a telephone conversation with Foreign Minister of Russian Federation Sergey Lavrov' },
    ],
    excluded: [],
  },
};
