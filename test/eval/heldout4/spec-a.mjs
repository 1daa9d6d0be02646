// Hand annotation of heldout4 articles 001-020 (South Caucasus diplomacy, 2018-2023, and 020 from 2025). Annotated from the
// article text alone, as a careful human reader, following test/eval/ANNOTATING.md; the extraction rules
// (src/extract, test/extract, docs/extraction.md) were not read. Items are anchored by their exact text (or
// first/last words, `from`/`to`); build-gold.mjs computes and verifies the offsets.
//
// Conventions applied (beyond ANNOTATING.md, as in dev/ and dev2/):
// - Headlines and decks without final punctuation are not annotated.
// - Collective subjects ("the sides", "the ministers", "X and Y discussed") are optional, with the first party
//   as speaker; agentless readout sentences ("It was noted that …") are optional with speaker null or the
//   implicit party.
// - A call or meeting whose day the text does not give has date null, even when a dateline gives the report's day.
// - An organisation's readout of what a person said: the person is the speaker, `via` the organisation; an
//   organisation's own words (its statement, "according to the ministry, …") have the organisation as speaker.
// - "The Kremlin" is the Government of Russia (as in dev/).
// - A person the text names only by office ("the head of state of Azerbaijan", "his Armenian counterpart") is
//   an actor when he speaks or meets, with that phrase as surface form.
// - Members of one delegation do not meet each other; people merely accompanying a visitor are optional pairs.
const P = 'person';
const O = 'org';
const pairs = (names, c) => names.flatMap((a, i) => names.slice(i + 1).map((b) => ({ a, b, ...c })));

export default {
  ho4001: {
    file: '001_armenpress_lavrov_mnatsakanyan.txt',
    url: 'https://armenpress.am/eng/news/936538/',
    outlet: 'Armenpress',
    style: 'agency (Armenian state news agency), press-conference report',
    patterns: ['no headline in the stored page: the body starts on the date line after an "YEREVAN, JUNE 7, ARMENPRESS." dateline', 'X says he had …, reports Armenpress', 'nominals: FM Lavrov, The Russian minister, the Armenian FM', 'two multi-sentence quotes with the frame after the closing mark (”, Lavrov said)', 'He reminded that … (pronoun)', 'a past meeting of two leaders "in Sochi on May 14" inside a quote', 'meeting with no day given (date null)'],
    actors: [
      { name: 'Sergey Lavrov', kind: P, role: 'Foreign Minister of Russia', surface: ['Russian foreign minister Sergey Lavrov', 'Lavrov', 'FM Lavrov', 'The Russian minister', 'Sergey Lavrov', 'He'] },
      { name: 'Zohrab Mnatsakanyan', kind: P, role: 'Foreign Minister of Armenia', surface: ['Armenian foreign minister Zohrab Mnatsakanyan', 'the Armenian FM'] },
      { name: 'Vladimir Putin', kind: P, role: 'President of Russia', surface: ['Russian President Vladimir Putin'] },
      { name: 'Nikol Pashinyan', kind: P, role: 'Prime Minister of Armenia', surface: ['Armenian Prime Minister Nikol Pashinyan'] },
      { name: 'Ara Babloyan', kind: P, role: 'President of the National Assembly of Armenia', surface: ['Speaker of the Parliament of Armenia Ara Babloyan'] },
      { name: 'Armenpress', kind: O, role: 'news agency', media: true, surface: ['Armenpress', 'ARMENPRESS'] },
    ],
    quotes: [
      { speaker: 'Sergey Lavrov', text: 'Important agreements were reached during the meeting of Russian President Vladimir Putin and Armenian Prime Minister Nikol Pashinyan in Sochi on May 14. Contracts are already being held at parliamentary level. Two days ago Speaker of the Parliament of Armenia Ara Babloyan was in Moscow on a working visit, he participated in the international forum on parliamentarism development' },
      { speaker: 'Sergey Lavrov', text: 'Russia remains Armenia’s key partner. Last year the trade turnover between our countries increased by 30%. The positive dynamics continues now as well. In the first quarter the trade turnover growth reached almost 40%. We agree that such high figures became possible also due to the advantages given by our countries’ membership to the EAEU' },
    ],
    reported: [
      { speaker: 'Sergey Lavrov', from: 'Russian foreign minister Sergey Lavrov says', to: 'in Moscow, reports Armenpress.', note: 'first sentence after the dateline' },
      { speaker: 'Sergey Lavrov', from: 'During a joint press conference with the Armenian FM', to: 'connecting the two countries.' },
      { speaker: 'Sergey Lavrov', text: 'FM Lavrov said they have highlighted the dynamic nature of the Armenian-Russian political dialogue.' },
      { speaker: 'Sergey Lavrov', text: 'The Russian minister also informed that during the talks they also touched upon the commercial cooperation.' },
      { speaker: 'Sergey Lavrov', from: 'He reminded that the Russian investments', to: 'are operating in Armenia.', note: 'He = Lavrov' },
      { speaker: 'Sergey Lavrov', from: 'The two FMs also discussed', to: 'banking and telecommunication.', optional: true, note: 'collective subject "The two FMs"' },
    ],
    contacts: [
      { a: 'Sergey Lavrov', b: 'Zohrab Mnatsakanyan', kind: 'meeting', date: null, status: 'held', date_text: null, evidence: 'had a constructive meeting and talks with Armenian foreign minister Zohrab Mnatsakanyan in Moscow', note: 'no day in the text; the dateline (June 7) dates the report' },
      { a: 'Vladimir Putin', b: 'Nikol Pashinyan', kind: 'meeting', date: '2018-05-14', status: 'held', date_text: 'in Sochi on May 14', evidence: 'the meeting of Russian President Vladimir Putin and Armenian Prime Minister Nikol Pashinyan in Sochi on May 14', note: 'inside Lavrov’s quote' },
    ],
    excluded: [],
  },

  ho4002: {
    file: '002_reportaz_bakhtadze_baku.txt',
    url: 'https://report.az/en/foreign-politics/official-visit-of-georgian-pm-to-azerbaijan-starts/',
    outlet: 'Report.az',
    style: 'agency (Azerbaijani news agency), visit announcement',
    patterns: ['"Baku. 30 August. REPORT.AZ/" dateline', 'planned meetings of a visitor with two officials (will meet, no day)', 'nominals: the head of government, M. Bakhtadze', 'It was emphasized that … (agentless)', 'agency as source ("Report informs")'],
    actors: [
      { name: 'Mamuka Bakhtadze', kind: P, role: 'Prime Minister of Georgia', surface: ['Georgian Prime Minister Mamuka Bakhtadze', 'the head of government', 'M. Bakhtadze'] },
      { name: 'Novruz Mammadov', kind: P, role: 'Prime Minister of Azerbaijan', surface: ['Prime Minister of Azerbaijan Novruz Mammadov'] },
      { name: 'Ogtay Asadov', kind: P, role: 'Speaker of the Milli Majlis of Azerbaijan', surface: ['Speaker of Milli Majlis Ogtay Asadov'] },
      { name: 'Report', kind: O, role: 'news agency', media: true, surface: ['REPORT.AZ', 'Report'] },
    ],
    quotes: [],
    reported: [
      { speaker: null, from: 'Report informs, the head of government will meet', to: 'and other officials.', optional: true, note: 'the agency announcing a schedule: no statement by an actor' },
      { speaker: null, from: 'It was emphasized that special attention', to: 'of the economic field.', optional: true, note: 'agentless passive' },
    ],
    contacts: [
      { a: 'Mamuka Bakhtadze', b: 'Novruz Mammadov', kind: 'meeting', date: null, status: 'planned', date_text: null, evidence: 'the head of government will meet with Prime Minister of Azerbaijan Novruz Mammadov' },
      { a: 'Mamuka Bakhtadze', b: 'Ogtay Asadov', kind: 'meeting', date: null, status: 'planned', date_text: null, evidence: 'Speaker of Milli Majlis Ogtay Asadov' },
    ],
    excluded: [],
  },

  ho4003: {
    file: '003_azatutyun_zourabichvili_yerevan.txt',
    url: 'https://www.azatutyun.am/a/29819129.html',
    outlet: 'Azatutyun (RFE/RL Armenian Service)',
    style: 'regional press (RFE/RL report on a state visit)',
    patterns: ['no headline in the stored page', '"on Wednesday" = the article date', 'X told his Georgian counterpart that “…” (quoted clause)', 'In his words, … “…” (reported speech with quoted fragment)', 'an official website "quoted the newly elected Georgian leader as noting that …" (via)', 'nominals: his Georgian counterpart, the newly elected Georgian leader, The president of Georgia, the Georgian president', 'accompanying officials (optional pairs)', 'meeting "on March 13" given by date'],
    actors: [
      { name: 'Salome Zourabichvili', kind: P, role: 'President of Georgia', surface: ['Georgian President Salome Zourabichvili', 'his Georgian counterpart', 'the newly elected Georgian leader', 'Zourabichvili', 'The president of Georgia', 'the Georgian president'] },
      { name: 'Armen Sarkissian', kind: P, role: 'President of Armenia', surface: ['her counterpart Armen Sarkissian', 'President Sarkissian', 'Sarkissian', 'his'] },
      { name: 'Tigran Avinyan', kind: P, role: 'Deputy Prime Minister of Armenia', surface: ['Armenia’s Deputy Prime Minister Tigran Avinian'] },
      { name: 'Hayk Marutyan', kind: P, role: 'Mayor of Yerevan', surface: ['Yerevan Mayor Hayk Marutian'] },
      { name: 'Nikol Pashinyan', kind: P, role: 'Prime Minister of Armenia', surface: ['Armenian Prime Minister Nikol Pashinian'] },
      { name: 'Office of the President of Armenia', kind: O, role: 'official website of the Armenian president', surface: ['The official website of the Armenian president'] },
    ],
    quotes: [
      { speaker: 'Armen Sarkissian', text: 'the Armenian and Georgian peoples have a centuries-old history of friendship, which will surely continue in future generations.' },
      { speaker: 'Armen Sarkissian', text: 'everything needs to be done to make this cooperation deeper and more profitable.' },
      { speaker: 'Salome Zourabichvili', text: 'It was a great honor for me. It was a sign of friendship between our two countries, which our society and I personally highly appreciate,' },
      { speaker: 'Salome Zourabichvili', text: 'have a long way to go together, and it depends on them how they use the great potential in the region.' },
    ],
    reported: [
      { speaker: 'Armen Sarkissian', from: 'President Sarkissian told his Georgian counterpart that', to: 'continue in future generations.”', mixed: true },
      { speaker: 'Armen Sarkissian', from: 'In his words, Armenian-Georgian cooperation', to: 'deeper and more profitable.”', mixed: true, note: '"In his words" = Sarkissian (previous paragraph)' },
      { speaker: 'Salome Zourabichvili', via: 'Office of the President of Armenia', from: 'The official website of the Armenian president quoted', to: 'her inauguration in December.' },
      { speaker: 'Salome Zourabichvili', from: 'The president of Georgia said that the two nations', to: 'great potential in the region.”', mixed: true },
      { speaker: 'Salome Zourabichvili', from: 'Zourabichvili said that the two countries are united', to: 'ethnic Armenian population of Georgia.' },
    ],
    contacts: [
      { a: 'Salome Zourabichvili', b: 'Armen Sarkissian', kind: 'meeting', date: '2019-03-13', status: 'held', date_text: 'on Wednesday … in the afternoon', evidence: 'The two presidents met for talks in the Presidential Palace in Yerevan in the afternoon' },
      { a: 'Salome Zourabichvili', b: 'Nikol Pashinyan', kind: 'meeting', date: '2019-03-13', status: 'held', date_text: 'on March 13', evidence: 'Zourabichvili also met with Armenian Prime Minister Nikol Pashinian on March 13.' },
      { a: 'Salome Zourabichvili', b: 'Tigran Avinyan', kind: 'meeting', date: '2019-03-13', status: 'held', optional: true, date_text: 'Before her meeting with President Sarkissian', evidence: 'accompanied by Armenia’s Deputy Prime Minister Tigran Avinian', note: 'accompanied her at a memorial' },
      { a: 'Salome Zourabichvili', b: 'Hayk Marutyan', kind: 'meeting', date: '2019-03-13', status: 'held', optional: true, date_text: 'Before her meeting with President Sarkissian', evidence: 'Yerevan Mayor Hayk Marutian', note: 'accompanied her at a memorial' },
      { a: 'Armen Sarkissian', b: 'Salome Zourabichvili', kind: 'other', date: null, status: 'held', optional: true, date_text: 'in December', evidence: 'Sarkissian was the only president who attended her inauguration in December', note: 'attendance at an inauguration' },
    ],
    excluded: [],
  },

  ho4004: {
    file: '004_armenpress_pashinyan_shen_yueyue.txt',
    url: 'https://armenpress.am/eng/news/970143/',
    outlet: 'Armenpress',
    style: 'agency relaying a government readout',
    patterns: ['"As ARMENPRESS was informed from the Office of the Prime Minister …, Pashinyan noted that …" (via)', 'participle openers (greeting the guests, Highly assessing, Thanking the PM)', 'According to her … (pronoun, reported)', 'misspelt name "Nikol Pahinyan’s" inside reported speech', 'nominal: the PM', 'meeting dated "on April 4"'],
    actors: [
      { name: 'Nikol Pashinyan', kind: P, role: 'Prime Minister of Armenia', surface: ['Prime Minister of Armenia Nikol Pashinyan', 'Pashinyan', 'Nikol Pashinyan', 'the PM', 'Nikol Pahinyan'] },
      { name: 'Shen Yueyue', kind: P, role: 'Vice-Chairwoman of the National People’s Congress Standing Committee of China', surface: ['Mrs. Shen Yueyue', 'Shen Yueyue', 'her'] },
      { name: 'Office of the Prime Minister of Armenia', kind: O, role: null, surface: ['the Office of the Prime Minister of Armenia'] },
      { name: 'Armenpress', kind: O, role: 'news agency', media: true, surface: ['ARMENPRESS'] },
    ],
    quotes: [],
    reported: [
      { speaker: 'Nikol Pashinyan', via: 'Office of the Prime Minister of Armenia', from: 'As ARMENPRESS was informed from the Office', to: 'between the two countries.' },
      { speaker: 'Nikol Pashinyan', from: 'Highly assessing the current level', to: 'technological and other directions.' },
      { speaker: 'Shen Yueyue', text: 'Thanking the PM for the reception, Shen Yueyue noted that Armenia is a friendly country for China and an important partner.' },
      { speaker: 'Shen Yueyue', from: 'According to her the relations', to: 'activation of inter-parliamentary cooperation.', note: 'her = Shen Yueyue' },
      { speaker: 'Nikol Pashinyan', from: 'Nikol Pashinyan also highlighted the role', to: 'efforts in that direction.' },
      { speaker: 'Shen Yueyue', from: 'Shen Yueyue noted that China highly appreciates', to: 'ready to deepen the partnership.' },
    ],
    contacts: [
      { a: 'Nikol Pashinyan', b: 'Shen Yueyue', kind: 'meeting', date: '2019-04-04', status: 'held', date_text: 'on April 4', evidence: 'received on April 4 the delegation led by Mrs. Shen Yueyue' },
    ],
    excluded: [],
  },

  ho4005: {
    file: '005_trend_aliyev_wang_yi.txt',
    url: 'https://en.trend.az/azerbaijan/politics/3066993.html',
    outlet: 'Trend',
    style: 'agency relaying a presidential readout',
    patterns: ['dateline on its own lines ("Baku, Azerbaijan, May 23" / "Trend:")', 'nominals: The president, President Aliyev, the minister, the Chinese foreign minister, the Chinese president', 'many reported verbs (thanked, extended congratulations, asked, noted, emphasized, hailed, recalled)', 'a letter (congratulatory message) and past meetings on a visit (no day)'],
    actors: [
      { name: 'Ilham Aliyev', kind: P, role: 'President of Azerbaijan', surface: ['President of the Republic of Azerbaijan Ilham Aliyev', 'The president', 'President Aliyev', 'the president'] },
      { name: 'Wang Yi', kind: P, role: 'Foreign Minister of China', surface: ['Minister of Foreign Affairs of the People’s Republic of China Wang Yi', 'the minister', 'the Chinese foreign minister'] },
      { name: 'Xi Jinping', kind: P, role: 'President of China', surface: ['Chairman of the People\'s Republic of China Xi Jinping', 'the Chinese president'] },
      { name: 'Press Service of the President of Azerbaijan', kind: O, role: null, surface: ['the Azerbaijani presidential press-service'] },
      { name: 'Trend', kind: O, role: 'news agency', media: true, surface: ['Trend'] },
    ],
    quotes: [],
    reported: [
      { speaker: 'Ilham Aliyev', from: 'The president thanked the Chinese side', to: 'between the two countries.' },
      { speaker: 'Ilham Aliyev', from: 'President Aliyev extended his congratulations', to: 'prestigious international event.' },
      { speaker: 'Ilham Aliyev', from: 'The president also asked the minister', to: 'Republic Day in Azerbaijan.' },
      { speaker: 'Ilham Aliyev', from: 'President Aliyev noted that the meetings', to: 'those of strategic partnership.' },
      { speaker: 'Ilham Aliyev', from: 'The president noted that the Chinese foreign minister’s visit', to: 'between the two countries.'},
      { speaker: 'Ilham Aliyev', from: 'President Aliyev emphasized that Azerbaijan', to: 'importance to the country.' },
      { speaker: 'Ilham Aliyev', from: 'Pointing to the bilateral relations', to: 'economic and trade cooperation.' },
      { speaker: 'Ilham Aliyev', from: 'The president once again recalled', to: 'investment, and other areas.' },
    ],
    contacts: [
      { a: 'Ilham Aliyev', b: 'Wang Yi', kind: 'meeting', date: null, status: 'held', date_text: null, evidence: 'has received a delegation led by Minister of Foreign Affairs of the People’s Republic of China Wang Yi', note: 'no day in the text; the dateline dates the report' },
      { a: 'Ilham Aliyev', b: 'Xi Jinping', kind: 'meeting', date: null, status: 'held', date_text: 'during his recent visit to China', evidence: 'the meetings and fruitful discussions with the Chinese president during his recent visit to China' },
      { a: 'Xi Jinping', b: 'Ilham Aliyev', kind: 'letter', date: null, status: 'held', date_text: null, evidence: 'his congratulatory message on the occasion of 28 May' },
    ],
    excluded: [],
  },

  ho4006: {
    file: '006_aravot_pashinyan_putin_call.txt',
    url: 'https://en.aravot.am/2020/09/27/265236',
    outlet: 'Aravot',
    style: 'newspaper relaying a government readout of a phone call',
    patterns: ['no headline in the stored page', 'call "today" = article date', 'He stressed … (pronoun)', 'nominal: The Russian President', 'dwelt on (topic only, optional)'],
    actors: [
      { name: 'Nikol Pashinyan', kind: P, role: 'Prime Minister of Armenia', surface: ['Prime Minister Nikol Pashinyan', 'Prime Minister Pashinyan', 'Nikol Pashinyan', 'He'] },
      { name: 'Vladimir Putin', kind: P, role: 'President of Russia', surface: ['RF President Vladimir Putin', 'Vladimir Putin', 'The Russian President'] },
    ],
    quotes: [],
    reported: [
      { speaker: 'Nikol Pashinyan', text: 'Prime Minister Pashinyan dwelt on the situation on the Karabakh-Azerbaijani line of contact.', optional: true, note: 'topic only' },
      { speaker: 'Nikol Pashinyan', from: 'Nikol Pashinyan expressed deep concern', to: 'against Nagorno-Karabakh.' },
      { speaker: 'Nikol Pashinyan', from: 'He stressed that further escalation', to: 'forces in the hostilities.' },
      { speaker: 'Vladimir Putin', text: 'Vladimir Putin expressed grave concern over the resumption of large-scale hostilities.' },
      { speaker: 'Vladimir Putin', from: 'The Russian President stressed the need', to: 'halt the ongoing hostilities.' },
    ],
    contacts: [
      { a: 'Nikol Pashinyan', b: 'Vladimir Putin', kind: 'call', date: '2020-09-27', status: 'held', date_text: 'today', evidence: 'today had a telephone conversation with RF President Vladimir Putin' },
    ],
    excluded: [],
  },

  ho4007: {
    file: '007_civilge_bayramov_zalkaliani.txt',
    url: 'https://civil.ge/archives/370021',
    outlet: 'Civil.ge',
    style: 'regional press (Georgian online outlet)',
    patterns: ['no headline in the stored page', 'According to the Georgian Foreign Ministry, … (organisation as speaker)', 'The Georgian Foreign Ministry stated that the parties stressed … (organisation as speaker)', 'capitals in reported content (Tbilisi relayed Baku)', '“…,” X noted, expressing hope that … (mixed)', 'meeting "on September 24"'],
    actors: [
      { name: 'Jeyhun Bayramov', kind: P, role: 'Foreign Minister of Azerbaijan', surface: ['Jeyhun Bayramov'] },
      { name: 'David Zalkaliani', kind: P, role: 'Foreign Minister of Georgia', surface: ['his Georgian colleague David Zalkaliani', 'FM Zalkaliani', 'Zalkaliani'] },
      { name: 'Ministry of Foreign Affairs of Georgia', kind: O, role: null, surface: ['the Georgian Foreign Ministry', 'The Georgian Foreign Ministry'] },
    ],
    quotes: [
      { speaker: 'David Zalkaliani', text: 'These new developments may take this process in a new direction. I don’t rule out either, that the 2006-2007 agreement may need to be revised,' },
    ],
    reported: [
      { speaker: 'Ministry of Foreign Affairs of Georgia', from: 'According to the Georgian Foreign Ministry', to: 'peace and stability in the region.' },
      { speaker: 'Ministry of Foreign Affairs of Georgia', from: 'The Georgian Foreign Ministry stated that the parties stressed', to: 'in a secure and dignified manner.' },
      { speaker: 'David Zalkaliani', from: 'During a joint press conference after the meeting', to: 'between the two countries.' },
      { speaker: 'David Zalkaliani', from: '“These new developments', to: 'in the border delimitation talks.', mixed: true, note: 'quote, then "expressing hope that …"' },
    ],
    contacts: [
      { a: 'Jeyhun Bayramov', b: 'David Zalkaliani', kind: 'meeting', date: '2020-09-24', status: 'held', date_text: 'on September 24', evidence: 'is paying his first official visit to Tbilisi on September 24, where he met with his Georgian colleague David Zalkaliani' },
    ],
    excluded: [],
  },

  ho4008: {
    file: '008_mfaaz_bayramov_borrell_call.txt',
    url: 'https://coe.mfa.gov.az/en/news/3366/eu-high-representative-hails-signing-of-trilateral-statement-on-nagorno-karabakh',
    outlet: 'Ministry of Foreign Affairs of Azerbaijan (mission website, relaying AZERTAG)',
    style: 'ministry readout of a phone call',
    patterns: ['headline without final punctuation (not annotated)', 'name spelt two ways (Josep Borrell / Joseph Borell)', 'The sides exchanged views (collective)', 'He stressed … (pronoun)', 'call with no day given'],
    actors: [
      { name: 'Jeyhun Bayramov', kind: P, role: 'Foreign Minister of Azerbaijan', surface: ['Azerbaijan’s Minister of Foreign Affairs Jeyhun Bayramov'] },
      { name: 'Josep Borrell', kind: P, role: 'High Representative of the EU for Foreign Affairs and Security Policy', surface: ['EU High Representative for Foreign Affairs and Security Policy Josep Borrell', 'High Representative Joseph Borell', 'He', 'Joseph Borell'] },
    ],
    quotes: [],
    reported: [
      { speaker: 'Jeyhun Bayramov', from: 'The sides exchanged views on the latest situation', to: 'construction of new communication lines.', optional: true, note: 'collective subject' },
      { speaker: 'Josep Borrell', from: 'High Representative Joseph Borell praised', to: 'on November 10.' },
      { speaker: 'Josep Borrell', text: 'He stressed the importance of respecting the agreement and ensuring its implementation.' },
      { speaker: 'Josep Borrell', text: 'Joseph Borell stressed the need to continue the dialogue between the parties.' },
    ],
    contacts: [
      { a: 'Jeyhun Bayramov', b: 'Josep Borrell', kind: 'call', date: null, status: 'held', date_text: null, evidence: 'have held a telephone conversation' },
    ],
    excluded: [],
  },

  ho4009: {
    file: '009_armradio_sarkissian_tbilisi.txt',
    url: 'https://en.armradio.am/2021/04/15/armenian-president-arrives-in-georgia-for-official-visit/',
    outlet: 'Public Radio of Armenia (Armradio)',
    style: 'public broadcaster, visit announcement',
    patterns: ['no headline in the stored page', 'name spelt two ways (Zourabishvili / Zourabichvili)', 'welcomed at the airport (held, no day)', 'planned meetings of a visitor (will have / will meet, no day)', 'no statements at all'],
    actors: [
      { name: 'Armen Sarkissian', kind: P, role: 'President of Armenia', surface: ['Armenia’s President Armen Sarkissian', 'the President', 'President Sarkissian', 'President Armen Sarkissian'] },
      { name: 'Salome Zourabichvili', kind: P, role: 'President of Georgia', surface: ['Georgian President Salome Zourabishvili', 'President of Georgia Salome Zourabichvili'] },
      { name: 'David Zalkaliani', kind: P, role: 'Deputy Prime Minister and Foreign Minister of Georgia', surface: ['Georgia’s Deputy Prime Minister, Foreign Minister David Zalkaliani'] },
      { name: 'Ilia II', kind: P, role: 'Catholicos-Patriarch of All Georgia', surface: ['Catholicos-Patriarch of All Georgia Ilia II'] },
      { name: 'Archil Talakvadze', kind: P, role: 'Chairman of the Parliament of Georgia', surface: ['Archil Talakvadze'] },
    ],
    quotes: [],
    reported: [],
    contacts: [
      { a: 'Armen Sarkissian', b: 'David Zalkaliani', kind: 'meeting', date: null, status: 'held', date_text: null, evidence: 'the President was welcomed by Georgia’s Deputy Prime Minister, Foreign Minister David Zalkaliani', note: 'airport welcome; no day in the text' },
      { a: 'Armen Sarkissian', b: 'Salome Zourabichvili', kind: 'meeting', date: null, status: 'planned', date_text: null, evidence: 'will have a tête-à- tête meeting, followed by an extended one' },
      { a: 'Armen Sarkissian', b: 'Ilia II', kind: 'meeting', date: null, status: 'planned', date_text: null, evidence: 'will meet with Catholicos-Patriarch of All Georgia Ilia II' },
      { a: 'Armen Sarkissian', b: 'Archil Talakvadze', kind: 'meeting', date: null, status: 'planned', date_text: null, evidence: 'and Archil Talakvadze, Chairman of the Parliament of Georgia' },
    ],
    excluded: [],
  },

  ho4010: {
    file: '010_1lurer_peskov_no_contacts.txt',
    url: 'https://1lurer.am/en/2021/11/09/В-годовщину-принятия-договоренностей-по-Карабаху-контактов-лидеров-РФ-Армении-и-Азербайджана-не-зап/596805',
    outlet: 'Public Television of Armenia (1lurer.am), relaying TASS',
    style: 'public broadcaster relaying an agency report',
    patterns: ['no headline in the stored page', 'negated contacts ("are not planned") are not contacts', 'quotes whose speaker is given only as "he" / "the Kremlin spokesman" / "the Kremlin spokesperson"', 'straight and curly quotation marks in one article', 'X is extremely important, Peskov said (reported, frame at the end)', '"On Monday" (day before the article date) for a statement; a planned videoconference without a date', 'media reports of an alleged meeting (anonymous, optional)'],
    actors: [
      { name: 'Vladimir Putin', kind: P, role: 'President of Russia', surface: ['Russian President Vladimir Putin', 'Putin'] },
      { name: 'Ilham Aliyev', kind: P, role: 'President of Azerbaijan', surface: ['Azerbaijani President Ilham Aliyev', 'Aliyev'] },
      { name: 'Nikol Pashinyan', kind: P, role: 'Prime Minister of Armenia', surface: ['Armenian Prime Minister Nikol Pashinyan', 'Pashinyan'] },
      { name: 'Dmitry Peskov', kind: P, role: 'Press Secretary of the President of Russia', surface: ['Kremlin Spokesman Dmitry Peskov', 'he', 'the Kremlin spokesman', 'Peskov', 'the Kremlin spokesperson'] },
      { name: 'TASS', kind: O, role: 'news agency', media: true, surface: ['TASS'] },
    ],
    quotes: [
      { speaker: 'Dmitry Peskov', text: 'Today no contacts on this matter are planned. Regarding communication with Baku and Yerevan, Moscow does it at various levels and exclusively on a regular basis,' },
      { speaker: 'Dmitry Peskov', text: 'Regarding any further trilateral dialogue, if and when such an arrangement is made, we will inform you. Currently, there are no any specific arrangements,' },
      { speaker: 'Dmitry Peskov', text: 'We consider the documents that are one year old now extremely important - important for both Azerbaijan and Armenia. Documents that enabled to end the war and stand on the path to the peaceful development of the regional economy and infrastructure,' },
      { speaker: 'Dmitry Peskov', text: 'Russian peacekeepers, the Russian contingent are carrying out their functions in the region, ensuring security, monitoring the ceasefire regime, and the return of refugees; this is extremely important,' },
    ],
    reported: [
      { speaker: 'Dmitry Peskov', from: 'Contacts between Russian President Vladimir Putin', to: 'reported on Tuesday, TASS reports.' },
      { speaker: 'Dmitry Peskov', from: 'The statement signed on November 9 last year', to: 'extremely important, Peskov said.' },
      { speaker: 'Dmitry Peskov', from: 'On Monday, Peskov told journalists', to: 'preparations have been underway.' },
      { speaker: null, from: 'Earlier, the information appeared in the media', to: 'allegedly scheduled for November 9.', optional: true, anonymous: true, note: 'unnamed media reports' },
    ],
    contacts: [
      ...pairs(['Vladimir Putin', 'Ilham Aliyev', 'Nikol Pashinyan'], { kind: 'meeting', date: null, status: 'planned', date_text: null, evidence: 'the exact date for negotiations of Putin, Aliyev and Pashinyan via a videoconference is not arranged, but preparations have been underway', note: 'trilateral videoconference being prepared' }),
      ...pairs(['Vladimir Putin', 'Ilham Aliyev', 'Nikol Pashinyan'], { kind: 'meeting', date: '2021-11-09', status: 'cancelled', optional: true, date_text: 'November 9', evidence: 'a meeting of the leaders of Russia, Azerbaijan and Armenia allegedly scheduled for November 9', note: 'reported by media only; the Kremlin says no contacts are planned' }),
    ],
    excluded: [],
  },

  ho4011: {
    file: '011_civilge_georgia_azerbaijan_calls.txt',
    url: 'https://civil.ge/archives/472775',
    outlet: 'Civil.ge',
    style: 'regional press (two parallel phone calls)',
    patterns: ['no headline in the stored page', 'two calls in one sentence ("with their respective Azerbaijani counterparts": respectively-pairing)', 'press services as sources (X reported; via)', 'According to Azerbaijani Foreign Ministry, they … (organisation as speaker)', 'collective subjects (The Prime Ministers, The sides, the Foreign Ministers)', 'calls "on February 14" in an article of February 15'],
    actors: [
      { name: 'Irakli Garibashvili', kind: P, role: 'Prime Minister of Georgia', surface: ['Georgian Prime Minister Irakli Garibashvili'] },
      { name: 'David Zalkaliani', kind: P, role: 'Deputy Prime Minister and Foreign Minister of Georgia', surface: ['Deputy PM, Foreign Minister David Zalkaliani'] },
      { name: 'Ali Asadov', kind: P, role: 'Prime Minister of Azerbaijan', surface: ['Ali Asadov', 'PM Asadov'] },
      { name: 'Jeyhun Bayramov', kind: P, role: 'Foreign Minister of Azerbaijan', surface: ['Jeyhun Bayramov'] },
      { name: 'Government of Georgia', kind: O, role: 'government press service', surface: ['the Georgian Government’s press service'] },
      { name: 'Cabinet of Ministers of Azerbaijan', kind: O, role: 'press service', surface: ['The press service of Azerbaijan’s Cabinet of Ministers'] },
      { name: 'Ministry of Foreign Affairs of Azerbaijan', kind: O, role: null, surface: ['Azerbaijani Foreign Ministry'] },
    ],
    quotes: [],
    reported: [
      { speaker: 'Government of Georgia', from: 'The Prime Ministers discussed the strategic partnership', to: 'the Georgian Government’s press service reported.', note: 'the press service reports what the two prime ministers discussed and expressed (coordinated subjects)' },
      { speaker: 'Irakli Garibashvili', from: 'The sides also paid attention', to: 'during the talk.', optional: true, note: 'collective subject' },
      { speaker: 'Ali Asadov', via: 'Cabinet of Ministers of Azerbaijan', from: 'The press service of Azerbaijan’s Cabinet of Ministers reported that PM Asadov', to: 'late on February 13.' },
      { speaker: 'David Zalkaliani', from: 'Meanwhile, the Foreign Ministers in their conversation', to: 'touched upon bilateral cooperation.', optional: true, note: 'collective subject' },
      { speaker: 'Ministry of Foreign Affairs of Azerbaijan', text: 'According to Azerbaijani Foreign Ministry, they also exchanged views on collaborating within international organizations.' },
    ],
    contacts: [
      { a: 'Irakli Garibashvili', b: 'Ali Asadov', kind: 'call', date: '2022-02-14', status: 'held', date_text: 'on February 14', evidence: 'held phone conversations with their respective Azerbaijani counterparts Ali Asadov and Jeyhun Bayramov on February 14' },
      { a: 'David Zalkaliani', b: 'Jeyhun Bayramov', kind: 'call', date: '2022-02-14', status: 'held', date_text: 'on February 14', evidence: 'held phone conversations with their respective Azerbaijani counterparts Ali Asadov and Jeyhun Bayramov on February 14' },
    ],
    excluded: [],
  },

  ho4012: {
    file: '012_hyetert_klaar_talks.txt',
    url: 'https://hyetert.org/2022/04/12/eu-fully-supports-the-engagement-between-armenia-and-azerbaijan/',
    outlet: 'Hyetert',
    style: 'diaspora news site relaying a tweet',
    patterns: ['headline without final punctuation (not annotated)', 'misspelt name (Toivo Kllar for Toivo Klaar)', 'X said in a Twitter post', 'X says he held discussions … yesterday and today (two days for two parties, not paired)', 'nominal: The EU representative', 'talked to two officials (no day)'],
    actors: [
      { name: 'Toivo Klaar', kind: P, role: 'EU Special Representative for the South Caucasus and the crisis in Georgia', surface: ['EU’s Special Representative for the South Caucasus and the Crisis in Georgia Toivo Kllar', 'Kllar', 'The EU representative'] },
      { name: 'Ararat Mirzoyan', kind: P, role: 'Foreign Minister of Armenia', surface: ['Ararat Mirzoyan'] },
      { name: 'Jeyhun Bayramov', kind: P, role: 'Foreign Minister of Azerbaijan', surface: ['Jeyhun Bayramov'] },
      { name: 'Armen Grigoryan', kind: P, role: 'Secretary of the Security Council of Armenia', surface: ['Armenia’s National Security Secretary Armen Grigoryan'] },
      { name: 'Hikmet Hajiyev', kind: P, role: 'Assistant to the President of Azerbaijan', surface: ['Assistant to the President of Azerbaijan Hikmet Hajiyev'] },
    ],
    quotes: [],
    reported: [
      { speaker: 'Toivo Klaar', from: 'The European Union fully supports the engagement', to: 'said in a Twitter post.' },
      { speaker: 'Toivo Klaar', text: 'Kllar says he held discussions with Armenian and Azerbaijani Foreign Ministers Ararat Mirzoyan and Jeyhun Bayramov yesterday and today.' },
    ],
    contacts: [
      { a: 'Toivo Klaar', b: 'Ararat Mirzoyan', kind: 'meeting', date: null, status: 'held', date_text: 'yesterday and today', evidence: 'he held discussions with Armenian and Azerbaijani Foreign Ministers Ararat Mirzoyan and Jeyhun Bayramov yesterday and today', note: '2022-04-11 or 2022-04-12: the text does not say which day for whom' },
      { a: 'Toivo Klaar', b: 'Jeyhun Bayramov', kind: 'meeting', date: null, status: 'held', date_text: 'yesterday and today', evidence: 'he held discussions with Armenian and Azerbaijani Foreign Ministers Ararat Mirzoyan and Jeyhun Bayramov yesterday and today', note: '2022-04-11 or 2022-04-12' },
      { a: 'Toivo Klaar', b: 'Armen Grigoryan', kind: 'other', date: null, status: 'held', date_text: null, evidence: 'also talked to Armenia’s National Security Secretary Armen Grigoryan' },
      { a: 'Toivo Klaar', b: 'Hikmet Hajiyev', kind: 'other', date: null, status: 'held', date_text: null, evidence: 'Assistant to the President of Azerbaijan Hikmet Hajiyev' },
    ],
    excluded: [],
  },

  ho4013: {
    file: '013_azatutyun_putin_calls_brussels.txt',
    url: 'https://rfe.pangea-cms.com/preview/hy-AM/a/31878662.html',
    outlet: 'Azatutyun (RFE/RL Armenian Service)',
    style: 'regional press (RFE/RL report on phone calls)',
    patterns: ['two calls on "Tuesday" and "Wednesday" (the article date)', 'According the Kremlin, … “…” (organisation as speaker, quoted fragment)', 'a trilateral meeting on May 22 (three pairs)', 'calls "the day after the May 22 summit" with "his Armenian and Azerbaijani counterparts" (unnamed, resolved)', 'accused … of trying to “wedge” (one-word quote)', 'An Armenian government statement said Putin welcomed … (via)', 'It reaffirmed … (pronoun for the statement)'],
    actors: [
      { name: 'Vladimir Putin', kind: P, role: 'President of Russia', surface: ['Russian President Vladimir Putin', 'Putin', 'The Russian leader'] },
      { name: 'Ilham Aliyev', kind: P, role: 'President of Azerbaijan', surface: ['Azerbaijani President Ilham Aliyev', 'Aliyev'] },
      { name: 'Nikol Pashinyan', kind: P, role: 'Prime Minister of Armenia', surface: ['Prime Minister Nikol Pashinian', 'Pashinian'] },
      { name: 'Charles Michel', kind: P, role: 'President of the European Council', surface: ['European Council President Charles Michel', 'Michel'] },
      { name: 'Sergey Lavrov', kind: P, role: 'Foreign Minister of Russia', surface: ['Russian Foreign Minister Sergei Lavrov'] },
      { name: 'Ararat Mirzoyan', kind: P, role: 'Foreign Minister of Armenia', surface: ['his Armenian and Azerbaijani counterparts'] },
      { name: 'Jeyhun Bayramov', kind: P, role: 'Foreign Minister of Azerbaijan', surface: ['his Armenian and Azerbaijani counterparts'] },
      { name: 'Maria Zakharova', kind: P, role: 'Spokesperson, Ministry of Foreign Affairs of Russia', surface: ['The ministry spokeswoman, Maria Zakharova'] },
      { name: 'Government of Russia', kind: O, role: 'the Kremlin', surface: ['the Kremlin', 'The Kremlin'] },
      { name: 'Ministry of Foreign Affairs of Russia', kind: O, role: null, surface: ['The Russian Foreign Ministry'] },
      { name: 'Government of Armenia', kind: O, role: null, surface: ['An Armenian government statement', 'It'] },
    ],
    quotes: [
      { speaker: 'Government of Russia', text: 'at the initiative of the Azerbaijani side.' },
      { speaker: 'Maria Zakharova', text: 'wedge', optional: true, note: 'one word' },
    ],
    reported: [
      { speaker: 'Nikol Pashinyan', from: 'In separate phone calls, the leaders of Armenia and Azerbaijan', to: 'in Brussels on May 22.', optional: true, note: 'coordinated subject: both leaders briefed Putin' },
      { speaker: 'Government of Russia', from: 'According the Kremlin, Putin and Azerbaijani President', to: 'of the Azerbaijani side.”', mixed: true },
      { speaker: 'Government of Russia', from: 'The Kremlin’s readouts of the calls said', to: 'President Charles Michel.' },
      { speaker: 'Ministry of Foreign Affairs of Russia', text: 'The Russian Foreign Ministry afterwards again criticized the European Union’s mediation efforts.' },
      { speaker: 'Maria Zakharova', from: 'The ministry spokeswoman, Maria Zakharova, accused', to: 'brokered by Moscow earlier.', mixed: true },
      { speaker: 'Vladimir Putin', via: 'Government of Armenia', from: 'An Armenian government statement said Putin welcomed', to: 'on the border on May 24.' },
      { speaker: 'Government of Armenia', text: 'It reaffirmed that the next session of the commission will be held in Moscow but gave no dates.', note: 'It = the Armenian government statement' },
    ],
    contacts: [
      { a: 'Vladimir Putin', b: 'Ilham Aliyev', kind: 'call', date: '2022-05-24', status: 'held', date_text: 'on Tuesday', evidence: 'Putin and Azerbaijani President Ilham Aliyev spoke on Tuesday' },
      { a: 'Vladimir Putin', b: 'Nikol Pashinyan', kind: 'call', date: '2022-05-25', status: 'held', date_text: 'on Wednesday', evidence: 'The Russian leader phoned Prime Minister Nikol Pashinian on Wednesday.' },
      ...pairs(['Nikol Pashinyan', 'Ilham Aliyev', 'Charles Michel'], { kind: 'meeting', date: '2022-05-22', status: 'held', date_text: 'on May 22', evidence: 'their latest meeting held in Brussels on May 22 … their trilateral meeting in Brussels with European Council President Charles Michel' }),
      { a: 'Sergey Lavrov', b: 'Ararat Mirzoyan', kind: 'call', date: '2022-05-23', status: 'held', date_text: 'the day after the May 22 summit', evidence: 'Russian Foreign Minister Sergei Lavrov spoke with his Armenian and Azerbaijani counterparts the day after the May 22 summit.' },
      { a: 'Sergey Lavrov', b: 'Jeyhun Bayramov', kind: 'call', date: '2022-05-23', status: 'held', date_text: 'the day after the May 22 summit', evidence: 'Russian Foreign Minister Sergei Lavrov spoke with his Armenian and Azerbaijani counterparts the day after the May 22 summit.' },
    ],
    excluded: [],
  },

  ho4014: {
    file: '014_azatutyun_blinken_calls.txt',
    url: 'https://www.azatutyun.am/a/31975842.html',
    outlet: 'Azatutyun (RFE/RL Armenian Service)',
    style: 'regional press (RFE/RL report on phone calls)',
    patterns: ['no headline in the stored page; the text opens with a quote framed "Blinken tweeted"', 'In a separate tweet, he said he assured … (pronoun)', 'According to … Ned Price, Blinken also “called for de-escalation” (readout: principal with via)', 'He told X that … “…,” said Price (two speakers in one sentence)', 'X was cited by his office as accusing … “deviating” (via)', '“…,” added the office (organisation as frame)', 'The State Department urged “…” on Wednesday (organisation as speaker)', 'calls with no day, past calls "on July 25", planned talks in Brussels', '“…,” he wrote on Twitter (he = Michel, previous sentence)'],
    actors: [
      { name: 'Antony Blinken', kind: P, role: 'U.S. Secretary of State', surface: ['Blinken', 'he', 'He', 'Secretary of State Blinken'] },
      { name: 'Nikol Pashinyan', kind: P, role: 'Prime Minister of Armenia', surface: ['Prime Minister Nikol Pashinian', 'Pashinian'] },
      { name: 'Ilham Aliyev', kind: P, role: 'President of Azerbaijan', surface: ['Azerbaijani President Ilham Aliyev', 'Aliyev'] },
      { name: 'Ned Price', kind: P, role: 'Spokesperson, U.S. Department of State', surface: ['the U.S. State Department spokesman, Ned Price', 'Price'] },
      { name: 'Charles Michel', kind: P, role: 'President of the European Council', surface: ['European Council President Charles Michel', 'Michel'] },
      { name: 'Office of the Prime Minister of Armenia', kind: O, role: null, surface: ['his office', 'the office'] },
      { name: 'U.S. Department of State', kind: O, role: null, surface: ['The State Department'] },
    ],
    quotes: [
      { speaker: 'Antony Blinken', text: 'I urged continued restraint and direct dialogue with Azerbaijan to resolve these issues,' },
      { speaker: 'Antony Blinken', via: 'Ned Price', text: 'called for de-escalation', note: 'Price’s readout of Blinken’s call' },
      { speaker: 'Antony Blinken', via: 'Ned Price', text: 'watching the situation in and around Nagorno-Karabakh closely,', note: 'what Blinken told Pashinian, in Price’s readout' },
      { speaker: 'Nikol Pashinyan', via: 'Office of the Prime Minister of Armenia', text: 'deviating', optional: true, note: 'one word' },
      { speaker: 'Office of the Prime Minister of Armenia', text: 'Secretary of State Blinken expressed concern about the tension and willingness to assist in stabilizing the situation,', optional: true, note: 'the Armenian office’s readout describing Blinken: the office or Blinken' },
      { speaker: 'U.S. Department of State', text: 'immediate steps to reduce tensions and avoid further escalation' },
      { speaker: 'Ned Price', text: 'The recent increase in tensions underscores the need for a negotiated, comprehensive, and sustainable settlement of all remaining issues related to or resulting from the Nagorno-Karabakh conflict,' },
      { speaker: 'Antony Blinken', text: 'historic opportunity to achieve peace in the region.' },
      { speaker: 'Charles Michel', text: 'Ahead of our next leaders meeting in Brussels, pursuing dialogue and achieving concrete progress on all items on the agenda is key,' },
    ],
    reported: [
      { speaker: 'Antony Blinken', text: 'In a separate tweet, he said he assured Azerbaijani President Ilham Aliyev that the United States is ready to facilitate such dialogue.' },
      { speaker: 'Antony Blinken', via: 'Ned Price', text: 'According to the U.S. State Department spokesman, Ned Price, Blinken also “called for de-escalation” during his conversation with Aliyev.', mixed: true },
      { speaker: 'Antony Blinken', via: 'Ned Price', text: 'He told Pashinian that Washington is “watching the situation in and around Nagorno-Karabakh closely,” said Price.', mixed: true, note: 'He = Blinken, reported by Price' },
      { speaker: 'Nikol Pashinyan', via: 'Office of the Prime Minister of Armenia', from: 'Pashinian was cited by his office', to: 'the 2020 war in Karabakh.', mixed: true },
      { speaker: 'U.S. Department of State', from: 'The State Department urged', to: 'with Azerbaijani forces.', mixed: true },
      { speaker: 'Antony Blinken', text: 'He said afterwards that he sees a “historic opportunity to achieve peace in the region.”', mixed: true },
      { speaker: 'Charles Michel', text: 'Michel indicated on Friday night that he is poised to host fresh negotiations between them in Brussels.' },
    ],
    contacts: [
      { a: 'Antony Blinken', b: 'Nikol Pashinyan', kind: 'call', date: null, status: 'held', date_text: null, evidence: 'after his phone call with Prime Minister Nikol Pashinian', note: 'no day in the text' },
      { a: 'Antony Blinken', b: 'Ilham Aliyev', kind: 'call', date: null, status: 'held', date_text: null, evidence: 'during his conversation with Aliyev' },
      { a: 'Antony Blinken', b: 'Nikol Pashinyan', kind: 'call', date: '2022-07-25', status: 'held', date_text: 'on July 25', evidence: 'Blinken already held phone calls with Pashinian and Aliyev on July 25.' },
      { a: 'Antony Blinken', b: 'Ilham Aliyev', kind: 'call', date: '2022-07-25', status: 'held', date_text: 'on July 25', evidence: 'Blinken already held phone calls with Pashinian and Aliyev on July 25.' },
      { a: 'Charles Michel', b: 'Nikol Pashinyan', kind: 'call', date: null, status: 'held', date_text: null, evidence: 'also spoke with the Armenian and Azerbaijani leaders by phone' },
      { a: 'Charles Michel', b: 'Ilham Aliyev', kind: 'call', date: null, status: 'held', date_text: null, evidence: 'also spoke with the Armenian and Azerbaijani leaders by phone' },
      ...pairs(['Charles Michel', 'Nikol Pashinyan', 'Ilham Aliyev'], { kind: 'meeting', date: null, status: 'planned', date_text: null, evidence: 'he is poised to host fresh negotiations between them in Brussels' }),
    ],
    excluded: [],
  },

  ho4015: {
    file: '015_vestikavkaza_zakharova_cancelled.txt',
    url: 'https://en.vestikavkaza.ru/material/159056',
    outlet: 'Vestnik Kavkaza',
    style: 'regional press (Moscow-based)',
    patterns: ['no headline in the stored page', '"on Friday" in a Saturday article', 'Moscow reiterates …, X said (the spokeswoman is the speaker)', 'bracketed insertion in a quote', 'a cancelled trilateral meeting (December 23, 2022) of unnamed ministers ("the Azerbaijani and Armenian foreign ministers")', 'an offered meeting (optional, planned)'],
    actors: [
      { name: 'Maria Zakharova', kind: P, role: 'Spokesperson, Ministry of Foreign Affairs of Russia', surface: ['Russian Foreign Ministry Spokeswoman Maria Zakharova', 'she'] },
      { name: 'Sergey Lavrov', kind: P, role: 'Foreign Minister of Russia', surface: ['Sergey Lavrov'] },
      { name: 'Jeyhun Bayramov', kind: P, role: 'Foreign Minister of Azerbaijan', surface: ['the Azerbaijani and Armenian foreign ministers'] },
      { name: 'Ararat Mirzoyan', kind: P, role: 'Foreign Minister of Armenia', surface: ['the Azerbaijani and Armenian foreign ministers'] },
    ],
    quotes: [
      { speaker: 'Maria Zakharova', text: 'The Russian side reiterates its readiness to organize talks between the Azerbaijani and Armenian foreign ministers in Moscow brokered by [Russian Foreign Minister] Sergey Lavrov. We have informed both Baku and Yerevan about this. We have spoken publicly about it. We think that the difficult situation on the ground should not be an obstacle or an excuse for freezing the negotiating process,' },
    ],
    reported: [
      { speaker: 'Maria Zakharova', from: 'Moscow reiterates its readiness', to: 'Maria Zakharova said on Friday.' },
    ],
    contacts: [
      ...pairs(['Jeyhun Bayramov', 'Ararat Mirzoyan', 'Sergey Lavrov'], { kind: 'meeting', date: '2022-12-23', status: 'cancelled', date_text: 'initially scheduled for December 23, 2022', evidence: 'The Russian-mediated meeting between the Azerbaijani and Armenian foreign ministers on a peace treaty was initially scheduled for December 23, 2022 in Moscow … Armenia canceled the visit at the last moment.', note: 'Russian-mediated: Lavrov as host' }),
      ...pairs(['Jeyhun Bayramov', 'Ararat Mirzoyan', 'Sergey Lavrov'], { kind: 'meeting', date: null, status: 'planned', optional: true, date_text: null, evidence: 'readiness to organize talks between the Azerbaijani and Armenian foreign ministers in Moscow brokered by [Russian Foreign Minister] Sergey Lavrov', note: 'offered, not agreed' }),
    ],
    excluded: [],
  },

  ho4016: {
    file: '016_apa_zakharova_moscow_meeting.txt',
    url: 'https://en.apa.az/foreign-policy/zakharova-yerevan-and-baku-confirmed-their-readiness-to-hold-meeting-in-moscow-402383',
    outlet: 'APA',
    style: 'agency (Azerbaijani), briefing report',
    patterns: ['headline "X: …" without final punctuation (not annotated)', 'the article opens with a quote; its long frame adds only circumstances (quote only)', 'She noted that … (pronoun)', 'X said that …: "…," she said (mixed, quote after a colon)', 'unnamed ministers ("the heads of Foreign Affairs of Azerbaijan and Armenia") meeting in the U.S. (held, no day) and in Moscow (planned)', 'straight quotation marks'],
    actors: [
      { name: 'Maria Zakharova', kind: P, role: 'Spokesperson, Ministry of Foreign Affairs of Russia', surface: ['Russian Foreign Ministry Spokeswoman Maria Zakharova', 'She', 'Zakharova', 'she'] },
      { name: 'Jeyhun Bayramov', kind: P, role: 'Foreign Minister of Azerbaijan', surface: ['the heads of Foreign Affairs of Azerbaijan and Armenia'] },
      { name: 'Ararat Mirzoyan', kind: P, role: 'Foreign Minister of Armenia', surface: ['the heads of Foreign Affairs of Azerbaijan and Armenia'] },
      { name: 'APA', kind: O, role: 'news agency', media: true, surface: ['APA'] },
    ],
    quotes: [
      { speaker: 'Maria Zakharova', text: 'The well-known Azerbaijan-Armenia negotiations are held with the participation of another country, not Russia. Accordingly, it is necessary to inquire directly from the participants about the processes taking place in those negotiations,' },
      { speaker: 'Maria Zakharova', text: 'As for the prospects of the meeting of the heads of Foreign Affairs of Azerbaijan and Armenia on the territory of Russia, we have already talked about it. Yerevan and Baku have confirmed that they are ready to hold this meeting in Moscow. We will inform about the date of the meeting later,' },
    ],
    reported: [
      { speaker: 'Maria Zakharova', from: 'She noted that after the statement', to: 'can comment on it.' },
      { speaker: 'Maria Zakharova', from: 'Zakharova said that her country supports', to: 'later," she said.', mixed: true },
    ],
    contacts: [
      { a: 'Jeyhun Bayramov', b: 'Ararat Mirzoyan', kind: 'meeting', date: null, status: 'held', date_text: null, evidence: 'the talks between the heads of Foreign Affairs of Azerbaijan and Armenia, which were held in the U.S.' },
      { a: 'Jeyhun Bayramov', b: 'Ararat Mirzoyan', kind: 'meeting', date: null, status: 'planned', date_text: 'We will inform about the date of the meeting later', evidence: 'Yerevan and Baku have confirmed that they are ready to hold this meeting in Moscow.' },
    ],
    excluded: [],
  },

  ho4017: {
    file: '017_todayaz_bayramov_cavusoglu_call.txt',
    url: 'http://www.today.az/news/politics/234601.html',
    outlet: 'Today.az (relaying AzerNews)',
    style: 'regional press (Azerbaijani), call readout with background',
    patterns: ['no headline in the stored page', 'collective subjects (the FMs, The sides, the ministers) only (optional)', 'a meeting "on 1 May" with a host who organised it (optional pairs)', 'an unnamed head of state ("the head of state of Azerbaijan") in a call', 'had a phone call … expressing his concern (reported)', 'According to the statement, … (unnamed source, optional)', 'call with no day given'],
    actors: [
      { name: 'Jeyhun Bayramov', kind: P, role: 'Foreign Minister of Azerbaijan', surface: ['Azerbaijani Foreign Minister Jeyhun Bayramov', 'Jeyhun Bayramov'] },
      { name: 'Mevlüt Çavuşoğlu', kind: P, role: 'Foreign Minister of Turkey', surface: ['his Turkish counterpart Mevlut Cavusoglu'] },
      { name: 'Ararat Mirzoyan', kind: P, role: 'Foreign Minister of Armenia', surface: ['Foreign Minister of Armenia Ararat Mirzoyan', 'Armenian Foreign Minister Ararat Mirzoyan'] },
      { name: 'Antony Blinken', kind: P, role: 'U.S. Secretary of State', surface: ['U.S. Secretary of State Antony Blinken', 'US Secretary of State Antony Blinken'] },
      { name: 'Ilham Aliyev', kind: P, role: 'President of Azerbaijan', surface: ['the head of state of Azerbaijan'] },
      { name: 'AzerNews', kind: O, role: 'newspaper', media: true, surface: ['Azernews'] },
    ],
    quotes: [],
    reported: [
      { speaker: 'Jeyhun Bayramov', from: 'During the phone conversation, the FMs exchanged views', to: 'the current regional situation.', optional: true, note: 'collective subject' },
      { speaker: 'Jeyhun Bayramov', text: 'The sides also discussed the recent negotiations on the draft peace treaty between Azerbaijan and Armenia.', optional: true, note: 'collective subject' },
      { speaker: 'Jeyhun Bayramov', text: 'During the phone talk, the ministers pointed to other issues of mutual interest.', optional: true, note: 'collective subject, no content' },
      { speaker: 'Jeyhun Bayramov', from: 'During the meeting, the ministers discussed', to: 'between Armenia and Azerbaijan.', optional: true, note: 'collective subject (Bayramov and Mirzoyan)' },
      { speaker: 'Antony Blinken', from: 'It should be noted that prior to the meeting', to: 'between Azerbaijan and Armenia.', note: 'had a phone call … expressing his concern over …' },
      { speaker: null, from: 'According to the statement, Azerbaijani Foreign Minister', to: 'in Arlington, Virginia.', optional: true, note: 'unnamed statement; an event' },
    ],
    contacts: [
      { a: 'Jeyhun Bayramov', b: 'Mevlüt Çavuşoğlu', kind: 'call', date: null, status: 'held', date_text: null, evidence: 'have talked over the phone' },
      { a: 'Jeyhun Bayramov', b: 'Ararat Mirzoyan', kind: 'meeting', date: '2023-05-01', status: 'held', date_text: 'on 1 May', evidence: 'on 1 May the meeting between Azerbaijan\'s Minister of Foreign Affairs Jeyhun Bayramov and Foreign Minister of Armenia Ararat Mirzoyan took place in Arlington', note: 'talks on May 1-4; the text dates the meeting to 1 May' },
      { a: 'Antony Blinken', b: 'Jeyhun Bayramov', kind: 'meeting', date: '2023-05-01', status: 'held', optional: true, date_text: 'on 1 May', evidence: 'with organization of U.S. Secretary of State Antony Blinken', note: 'host/organiser' },
      { a: 'Antony Blinken', b: 'Ararat Mirzoyan', kind: 'meeting', date: '2023-05-01', status: 'held', optional: true, date_text: 'on 1 May', evidence: 'with organization of U.S. Secretary of State Antony Blinken', note: 'host/organiser' },
      { a: 'Antony Blinken', b: 'Ilham Aliyev', kind: 'call', date: null, status: 'held', date_text: 'prior to the meeting', evidence: 'US Secretary of State Antony Blinken had a a phone call with the head of state of Azerbaijan' },
    ],
    excluded: [],
  },

  ho4018: {
    file: '018_armenianclub_mirzoyan_bayramov_moscow.txt',
    url: 'https://armenianclub.com/2023/05/14/mirzoyan-bayramov-will-meet-in-moscow-next-week',
    outlet: 'Armenian Club (reposting Asbarez)',
    style: 'diaspora press',
    patterns: ['a ministry announcement "on Wednesday" of a meeting "on May 19" (planned)', 'a leaders’ meeting "scheduled … on May 14" = the article date (planned)', 'talks "last week" hosted by a third party (held, no day)', 'X said that “…” (two-word quoted fragments)', 'later said (reported, no quote)', '“…,” X said Tuesday, adding that … (mixed)', 'relative days (on Tuesday, on Wednesday) for statements'],
    actors: [
      { name: 'Ararat Mirzoyan', kind: P, role: 'Foreign Minister of Armenia', surface: ['foreign ministers Ararat Mirzoyan', 'Mirzoyan'] },
      { name: 'Jeyhun Bayramov', kind: P, role: 'Foreign Minister of Azerbaijan', surface: ['Jeyhun Bayramov', 'Bayramov'] },
      { name: 'Antony Blinken', kind: P, role: 'U.S. Secretary of State', surface: ['Secretary of State Antony Blinken', 'Blinken'] },
      { name: 'Nikol Pashinyan', kind: P, role: 'Prime Minister of Armenia', surface: ['Pashinyan', 'the leaders of Armenia and Azerbaijan'] },
      { name: 'Ilham Aliyev', kind: P, role: 'President of Azerbaijan', surface: ['the leaders of Armenia and Azerbaijan'] },
      { name: 'Armen Grigoryan', kind: P, role: 'Secretary of the Security Council of Armenia', surface: ['Armenia’s National Security chief Armen Grigoryan', 'Grigoryan'] },
      { name: 'Ministry of Foreign Affairs of Armenia', kind: O, role: null, surface: ['Armenia’s Foreign Ministry'] },
    ],
    quotes: [
      { speaker: 'Antony Blinken', text: 'within reach.' },
      { speaker: 'Ararat Mirzoyan', text: 'lingering differences' },
      { speaker: 'Armen Grigoryan', text: 'We have stated many times our approach regarding Artsakh, that international mechanisms should be created, Stepanakert and Baku should discuss rights and security issues,' },
    ],
    reported: [
      { speaker: 'Ministry of Foreign Affairs of Armenia', from: 'Armenia’s Foreign Ministry announced on Wednesday', to: 'in Moscow on May 19.' },
      { speaker: 'Antony Blinken', from: 'In his public comments, Blinken said', to: 'was “within reach.”', mixed: true },
      { speaker: 'Ararat Mirzoyan', from: 'Mirzoyan, while encouraged by the Washington talks', to: 'between Yerevan and Baku.', mixed: true },
      { speaker: 'Nikol Pashinyan', from: 'Pashinyan later said those difference centered', to: 'of Artsakh by Azerbaijan.' },
      { speaker: 'Armen Grigoryan', from: 'Armenia’s National Security chief Armen Grigoryan told reporters', to: 'in its talks with Baku.' },
      { speaker: 'Armen Grigoryan', from: '“We have stated many times', to: 'overtly and blatantly ignored.', mixed: true },
      { speaker: 'Jeyhun Bayramov', from: 'Meanwhile, Bayramov said on Wednesday', to: 'Washington talks last week.' },
    ],
    contacts: [
      { a: 'Ararat Mirzoyan', b: 'Jeyhun Bayramov', kind: 'meeting', date: '2023-05-19', status: 'planned', date_text: 'on May 19', evidence: 'foreign ministers Ararat Mirzoyan and Jeyhun Bayramov will meet in Moscow on May 19' },
      { a: 'Nikol Pashinyan', b: 'Ilham Aliyev', kind: 'meeting', date: '2023-05-14', status: 'planned', date_text: 'on May 14', evidence: 'the leaders of Armenia and Azerbaijan are scheduled to meet in Brussels on May 14' },
      { a: 'Ararat Mirzoyan', b: 'Jeyhun Bayramov', kind: 'meeting', date: null, status: 'held', date_text: 'last week', evidence: 'after holding four-day talks near Washington last week, hosted by Secretary of State Antony Blinken' },
      { a: 'Antony Blinken', b: 'Ararat Mirzoyan', kind: 'meeting', date: null, status: 'held', date_text: 'last week', evidence: 'hosted by Secretary of State Antony Blinken' },
      { a: 'Antony Blinken', b: 'Jeyhun Bayramov', kind: 'meeting', date: null, status: 'held', date_text: 'last week', evidence: 'hosted by Secretary of State Antony Blinken' },
    ],
    excluded: [],
  },

  ho4019: {
    file: '019_turkiyenewspaper_putin_aliyev_pashinyan.txt',
    url: 'https://www.turkiyenewspaper.com/politics/15124',
    outlet: 'Türkiye Newspaper (relaying Anadolu Agency)',
    style: 'international press relaying a wire',
    patterns: ['a trilateral meeting with no day given (three pairs, date null)', 'the lead repeats a quote of the body', 'Expressing his gratitude …, X said, "…" (participle + frame: mixed)', 'Noting that …, X reminded that … (reported)', 'X proposed that … and received the approval of Y and Z (reported)', 'a planned meeting of unnamed deputy prime ministers "a week later" (optional)', 'straight quotation marks'],
    actors: [
      { name: 'Vladimir Putin', kind: P, role: 'President of Russia', surface: ['Russian President Putin', 'Putin', 'Russian President Vladimir Putin'] },
      { name: 'Ilham Aliyev', kind: P, role: 'President of Azerbaijan', surface: ['Azerbaijani President Aliyev', 'Aliyev', 'Azerbaijani President Ilham Aliyev'] },
      { name: 'Nikol Pashinyan', kind: P, role: 'Prime Minister of Armenia', surface: ['Armenian Prime Minister Pashinyan', 'Pashinyan', 'Armenian Prime Minister Nikol Pashinyan'] },
      { name: 'Alexei Overchuk', kind: P, role: 'Deputy Prime Minister of Russia', surface: ['the Deputy Prime Ministers of Russia, Azerbaijan and Armenia'] },
      { name: 'Shahin Mustafayev', kind: P, role: 'Deputy Prime Minister of Azerbaijan', surface: ['the Deputy Prime Ministers of Russia, Azerbaijan and Armenia'] },
      { name: 'Mher Grigoryan', kind: P, role: 'Deputy Prime Minister of Armenia', surface: ['the Deputy Prime Ministers of Russia, Azerbaijan and Armenia'] },
    ],
    quotes: [
      { speaker: 'Vladimir Putin', text: 'The general situation is moving towards a solution,' },
      { speaker: 'Vladimir Putin', text: 'I hope this will be a good prologue for the practical solution of some of the issues we have been talking about for a long time.' },
      { speaker: 'Vladimir Putin', text: 'However, in the opinion of all three of us, the Prime Minister of Armenia and the President of Azerbaijan, these are surmountable obstacles, in general, these problems do not exist, these are purely technical issues,' },
    ],
    reported: [
      { speaker: 'Vladimir Putin', from: 'Expressing his gratitude for the invitation', to: 'for a long time."', mixed: true, note: 'participle clause + frame and quote' },
      { speaker: 'Vladimir Putin', from: 'Noting that they made many achievements', to: 'demarcation of borders began.' },
      { speaker: 'Vladimir Putin', from: 'Putin proposed that the Deputy Prime Ministers', to: 'this meeting next week.' },
    ],
    contacts: [
      ...pairs(['Vladimir Putin', 'Ilham Aliyev', 'Nikol Pashinyan'], { kind: 'meeting', date: null, status: 'held', date_text: null, evidence: 'met in Moscow to discuss the Azerbaijan-Armenia conflict', note: 'no day in the text; separate bilateral meetings before the trilateral one' }),
      ...pairs(['Alexei Overchuk', 'Shahin Mustafayev', 'Mher Grigoryan'], { kind: 'meeting', date: null, status: 'planned', optional: true, date_text: 'a week later / next week', evidence: 'Putin proposed that the Deputy Prime Ministers of Russia, Azerbaijan and Armenia meet a week later', note: 'unnamed deputy prime ministers' }),
    ],
    excluded: [],
  },

  ho4020: {
    file: '020_jamnews_araghchi_yerevan.txt',
    url: 'https://jam-news.net/iranian-foreign-minister-visits-armenia',
    outlet: 'JAMnews',
    style: 'regional press (South Caucasus), visit and press-conference report',
    patterns: ['headline with a quotation in straight single quotes (not annotated)', 'the article opens with a quote framed "said Iranian Foreign Minister …" after the closing mark', '“…,” he stated (he = the minister of the previous paragraph)', 'a quoted sub-heading with a dash and the speaker’s surname (“…” — Mirzoyan; optional)', 'his Iranian counterpart (nominal in a frame)', 'He recalled that …; However, according to him, … (reported, pronouns)', 'capitals inside reported speech (Yerevan proposed, Baku did not show)', 'a meeting of two ministers with no day given'],
    actors: [
      { name: 'Abbas Araghchi', kind: P, role: 'Foreign Minister of Iran', surface: ['Iranian Foreign Minister Seyyed Abbas Araghchi', 'Araghchi', 'he', 'his Iranian counterpart'] },
      { name: 'Ararat Mirzoyan', kind: P, role: 'Foreign Minister of Armenia', surface: ['Armenian Foreign Minister Ararat Mirzoyan', 'Mirzoyan', 'He', 'him'] },
    ],
    quotes: [
      { speaker: 'Abbas Araghchi', text: 'There is a risk of escalation in the South Caucasus. But we hope that with the signing of a peace agreement between Armenia and Azerbaijan, this danger will be minimised and we will witness stability—which serves everyone’s interests,' },
      { speaker: 'Abbas Araghchi', text: 'All regional issues must be resolved through dialogue and diplomacy, without the use of force,' },
      { speaker: 'Ararat Mirzoyan', text: 'There is no alternative to negotiations', optional: true, note: 'sub-heading without final punctuation' },
      { speaker: 'Ararat Mirzoyan', text: 'At the moment, there is no clarity on where and when the peace agreement should be signed. We are ready to engage in the process as soon as possible and to put our signature on the document,' },
    ],
    reported: [
      { speaker: 'Abbas Araghchi', from: 'Araghchi stressed that Iran supports', to: 'progress in that direction.' },
      { speaker: 'Ararat Mirzoyan', from: 'He recalled that immediately after the text', to: 'details of the signing.', note: 'He = Mirzoyan (previous paragraph)' },
      { speaker: 'Ararat Mirzoyan', text: 'However, according to him, Baku did not show a willingness to respond.' },
    ],
    contacts: [
      { a: 'Abbas Araghchi', b: 'Ararat Mirzoyan', kind: 'meeting', date: null, status: 'held', date_text: null, evidence: 'the ministers first held one-on-one talks, followed by an expanded meeting and a joint press conference' },
    ],
    excluded: [],
  },
};
