// Hand annotation of heldout4 articles 021-039 (South Caucasus diplomacy, 2018-2026). Same annotator, same
// conventions as spec-a.mjs (see its header): annotated from the article text alone following
// test/eval/ANNOTATING.md, without reading the extraction rules.
const P = 'person';
const O = 'org';
const pairs = (names, c) => names.flatMap((a, i) => names.slice(i + 1).map((b) => ({ a, b, ...c })));
const cross = (as, bs, c) => as.flatMap((a) => bs.map((b) => ({ a, b, ...c })));

export default {
  ho4021: {
    file: '021_newsam_zakharova_trilateral_offer.txt',
    url: 'https://news.am/eng/news/790400.html',
    outlet: 'News.am',
    style: 'regional press (Armenian), briefing report',
    patterns: ['headline "X: …" without final punctuation (not annotated)', 'the first sentence is the spokeswoman’s statement without quotation marks; "This was stated by X" follows', 'a long quote with bracketed insertions [Russia]', 'an offered trilateral meeting of unnamed ministers (optional)', 'a leaders’ meeting "in Georgia" with unnamed leaders (optional)', 'straight quotation marks'],
    actors: [
      { name: 'Maria Zakharova', kind: P, role: 'Spokesperson, Ministry of Foreign Affairs of Russia', surface: ['Maria Zakharova', 'Zakharova'] },
      { name: 'Nikol Pashinyan', kind: P, role: 'Prime Minister of Armenia', surface: ['the leaders of Armenia and Azerbaijan'] },
      { name: 'Ilham Aliyev', kind: P, role: 'President of Azerbaijan', surface: ['the leaders of Armenia and Azerbaijan'] },
      { name: 'Sergey Lavrov', kind: P, role: 'Foreign Minister of Russia', surface: ['the foreign ministers of Russia, Armenia, and Azerbaijan'] },
      { name: 'Ararat Mirzoyan', kind: P, role: 'Foreign Minister of Armenia', surface: ['the foreign ministers of Russia, Armenia, and Azerbaijan'] },
      { name: 'Jeyhun Bayramov', kind: P, role: 'Foreign Minister of Azerbaijan', surface: ['the foreign ministers of Russia, Armenia, and Azerbaijan'] },
    ],
    quotes: [
      { speaker: 'Maria Zakharova', text: 'We [Russia] welcome everything that is useful to the parties and the region in general. From our side, we proceed from the fact that the roadmap for the normalization of bilateral relations [between Armenia and Azerbaijan] remains the set of tripartite agreements which were adopted between 2020 and 2022. It includes the signing of a peace treaty between the two countries, the lifting of the blockade, the lifting of the blockade of transport and economic links in the South Caucasus, border delimitation, etc. We [Russia] stand ready to organize a tripartite meeting of the foreign ministers of Russia, Armenia, and Azerbaijan in Moscow in the near future,' },
    ],
    reported: [
      { speaker: 'Maria Zakharova', text: 'We only welcome any contact that can contribute to the elimination of tension between Baku and Yerevan.', note: 'her words without quotation marks; the speaker is named in the next sentence' },
      { speaker: 'Maria Zakharova', from: 'This was stated by the official representative', to: 'of Armenia and Azerbaijan in Georgia.', optional: true, note: 'frame sentence pointing back ("This")' },
    ],
    contacts: [
      { a: 'Nikol Pashinyan', b: 'Ilham Aliyev', kind: 'meeting', date: null, status: 'held', optional: true, date_text: null, evidence: 'a meeting between the leaders of Armenia and Azerbaijan in Georgia', note: 'leaders not named' },
      ...pairs(['Sergey Lavrov', 'Ararat Mirzoyan', 'Jeyhun Bayramov'], { kind: 'meeting', date: null, status: 'planned', optional: true, date_text: 'in the near future', evidence: 'We [Russia] stand ready to organize a tripartite meeting of the foreign ministers of Russia, Armenia, and Azerbaijan in Moscow in the near future', note: 'an offer' }),
    ],
    excluded: [],
  },

  ho4022: {
    file: '022_civilge_kobakhidze_yerevan.txt',
    url: 'https://civil.ge/archives/588805',
    outlet: 'Civil.ge',
    style: 'regional press (Georgian), visit report with sub-headings',
    patterns: ['no headline in the stored page; sub-headings without punctuation inside', 'meetings "On March 25" (the article date) with two hosts', 'X and Y “…”, the Government Administration reported (organisation as speaker; quote closed before the comma)', 'According to the President of Armenia, the parties discussed “…”. (person as speaker)', 'According to the Government Administration of Georgia, … “…” (organisation as speaker, short fragment)', 'nominals: the Prime Minister of Georgia, the President of Armenia, the Georgian and the Armenian counterparts'],
    actors: [
      { name: 'Irakli Kobakhidze', kind: P, role: 'Prime Minister of Georgia', surface: ['Irakli Kobakhidze', 'PM Kobakhidze', 'the Prime Minister of Georgia'] },
      { name: 'Vahagn Khachaturyan', kind: P, role: 'President of Armenia', surface: ['the President of Armenia, Vahagn Khachaturyan', 'the President of Armenia'] },
      { name: 'Nikol Pashinyan', kind: P, role: 'Prime Minister of Armenia', surface: ['the Prime Minister of Armenia, Nikol Pashinyan', 'Nikol Pashinyan'] },
      { name: 'Administration of the Government of Georgia', kind: O, role: null, surface: ['the Georgian Government Administration', 'the Government Administration of Georgia'] },
    ],
    quotes: [
      { speaker: 'Administration of the Government of Georgia', text: 'focused on the productive cooperation between the two countries across a variety of areas and their years-long good neighborly relations' },
      { speaker: 'Vahagn Khachaturyan', text: 'close friendship and opportunities for deepening economic and trade relations and prospects for further fostering our multi-dimensional cooperation based on strong historical ties and shared values' },
      { speaker: 'Administration of the Government of Georgia', text: 'the friendly and good neighborly' },
    ],
    reported: [
      { speaker: 'Administration of the Government of Georgia', from: 'During the meeting, the Prime Minister of Georgia and the President of Armenia', to: 'the Georgian Government Administration reported.', mixed: true },
      { speaker: 'Vahagn Khachaturyan', from: 'According to the President of Armenia, the parties discussed', to: 'historical ties and shared values”.', mixed: true },
      { speaker: 'Irakli Kobakhidze', from: 'Among other issues, the parties also touched upon', to: 'in the South Caucasus.', optional: true, note: 'collective subject' },
      { speaker: 'Administration of the Government of Georgia', from: 'According to the Government Administration of Georgia', to: 'as well as the regional developments.', mixed: true },
    ],
    contacts: [
      { a: 'Irakli Kobakhidze', b: 'Vahagn Khachaturyan', kind: 'meeting', date: '2024-03-25', status: 'held', date_text: 'On March 25', evidence: 'On March 25, … Irakli Kobakhidze met with the President of Armenia, Vahagn Khachaturyan' },
      { a: 'Irakli Kobakhidze', b: 'Nikol Pashinyan', kind: 'meeting', date: '2024-03-25', status: 'held', date_text: 'On March 25', evidence: 'and the Prime Minister of Armenia, Nikol Pashinyan … the one-on-one meeting between the Prime Ministers' },
    ],
    excluded: [],
  },

  ho4023: {
    file: '023_massispost_blinken_washington_talks.txt',
    url: 'https://massispost.com/2024/07/secretary-of-state-antony-blinken-hosts-fresh-talks-between-armenian-azeri-fms/',
    outlet: 'Massis Post',
    style: 'diaspora press (Los Angeles), wire-style report',
    patterns: ['"WASHINGTON, DC —" dateline', 'a trilateral meeting "on Wednesday" = the article date (three pairs)', 'a quote by two ministries in "identical statements" (coordinated organisations: optional)', 'X said he and Y will “…” and “…” (two quoted fragments in one reported sentence)', 'the stored page ends on a quotation paragraph left open: its speaker is named only in the previous paragraph', 'signaled no breakthrough (collective, optional)'],
    actors: [
      { name: 'Antony Blinken', kind: P, role: 'U.S. Secretary of State', surface: ['U.S. Secretary of State Antony Blinken', 'Blinken'] },
      { name: 'Ararat Mirzoyan', kind: P, role: 'Foreign Minister of Armenia', surface: ['Foreign Ministers Ararat Mirzoyan'] },
      { name: 'Jeyhun Bayramov', kind: P, role: 'Foreign Minister of Azerbaijan', surface: ['Jeyhun Bayramov'] },
      { name: 'Ministry of Foreign Affairs of Armenia', kind: O, role: null, surface: ['the foreign ministries of the two South Caucasus states'] },
      { name: 'Ministry of Foreign Affairs of Azerbaijan', kind: O, role: null, surface: ['the foreign ministries of the two South Caucasus states'] },
    ],
    quotes: [
      { speaker: 'Ministry of Foreign Affairs of Armenia', text: 'The parties noted the progress Armenia and Azerbaijan have achieved towards the conclusion of a historic agreement on peace and establishment of interstate relations, and agreed to continue the work,', optional: true, note: 'identical statements of both ministries' },
      { speaker: 'Antony Blinken', text: 'take stock of where we are' },
      { speaker: 'Antony Blinken', text: 'see what more the United States can do' },
      { speaker: 'Antony Blinken', text: 'Over the last year, year and a half, Armenia and Azerbaijan have done very important work toward negotiating and concluding a peace agreement – one that is durable, one that is dignified, and one that would open extraordinary possibilities for both countries, the region that they share, and for their relationship with the United States. Throughout this process, the United States has sought to be helpful and supportive, along with the European Union and many colleagues in Europe.', unclosed: true, note: 'quotation paragraph left open at the end of the stored text; Blinken speaking at the start of the meeting (previous paragraph)' },
    ],
    reported: [
      { speaker: 'Ararat Mirzoyan', from: 'The foreign ministers of Armenia and Azerbaijan signaled', to: 'Secretary of State Antony Blinken.', optional: true, note: 'collective subject; the sentence starts after the dateline' },
      { speaker: 'Antony Blinken', from: 'Speaking at the start of the meeting', to: 'reach an agreement.', mixed: true },
    ],
    contacts: [
      ...pairs(['Antony Blinken', 'Ararat Mirzoyan', 'Jeyhun Bayramov'], { kind: 'meeting', date: '2024-07-10', status: 'held', date_text: 'on Wednesday', evidence: 'after holding on Wednesday talks in Washington hosted by U.S. Secretary of State Antony Blinken' }),
    ],
    excluded: [],
  },

  ho4024: {
    file: '024_xinhua_ding_xuexiang_aliyev.txt',
    url: 'http://en.people.cn/n3/2024/1114/c90000-20241911.html',
    outlet: 'Xinhua (via People’s Daily Online)',
    style: 'wire (Chinese state agency), meeting report',
    patterns: ['"BAKU, Nov. 14 (Xinhua) --" dateline', 'meeting "on Wednesday" in a Thursday report', 'surname only after first mention (Ding)', 'X said, noting … (reported sentence with the frame in the middle)', '…, he added. (frame at the end, pronoun)', 'a past meeting "in Astana in July" inside reported speech', 'greetings conveyed on behalf of a third person (optional)'],
    actors: [
      { name: 'Ding Xuexiang', kind: P, role: 'Vice Premier of China', surface: ['Chinese Vice Premier Ding Xuexiang', 'Ding', 'he'] },
      { name: 'Ilham Aliyev', kind: P, role: 'President of Azerbaijan', surface: ['Azerbaijani President Ilham Aliyev', 'Aliyev'] },
      { name: 'Xi Jinping', kind: P, role: 'President of China', surface: ['Chinese President Xi Jinping', 'Xi'] },
      { name: 'Xinhua', kind: O, role: 'news agency', media: true, surface: ['Xinhua'] },
    ],
    quotes: [],
    reported: [
      { speaker: 'Ding Xuexiang', from: 'Ding, also a member of the Standing Committee', to: 'Chinese President Xi Jinping to Aliyev.', optional: true, note: 'greetings conveyed: a speech act with no content' },
      { speaker: 'Ding Xuexiang', from: 'Ding noted that since the establishment', to: 'increasingly mature.' },
      { speaker: 'Ding Xuexiang', from: 'During their meeting in Astana in July', to: 'at a high level.' },
      { speaker: 'Ding Xuexiang', from: 'China is willing to work with Azerbaijan in the spirit', to: 'he added.' },
      { speaker: 'Ding Xuexiang', from: 'Ding also extended China\'s congratulations', to: 'sustainable development of the world.' },
    ],
    contacts: [
      { a: 'Ding Xuexiang', b: 'Ilham Aliyev', kind: 'meeting', date: '2024-11-13', status: 'held', date_text: 'on Wednesday', evidence: 'Chinese Vice Premier Ding Xuexiang on Wednesday met with Azerbaijani President Ilham Aliyev in Baku' },
      { a: 'Xi Jinping', b: 'Ilham Aliyev', kind: 'meeting', date: null, status: 'held', date_text: 'in July', evidence: 'During their meeting in Astana in July, Xi and Aliyev jointly announced …' },
      { a: 'Xi Jinping', b: 'Ilham Aliyev', kind: 'other', date: '2024-11-13', status: 'held', optional: true, date_text: 'on Wednesday', evidence: 'conveyed cordial greetings and best wishes from Chinese President Xi Jinping to Aliyev', note: 'message conveyed by Ding' },
    ],
    excluded: [],
  },

  ho4025: {
    file: '025_trend_bayramov_kallas.txt',
    url: 'https://en.trend.az/azerbaijan/politics/3978578.html',
    outlet: 'Trend',
    style: 'agency relaying a ministry readout',
    patterns: ['no headline in the stored page; "BAKU, Azerbaijan, December 5." dateline', 'many agentless passives (it was noted, was brought to attention, was emphasized) (optional)', 'Touching upon …, X noted that … (reported)', 'scare quotes ("green energy") excluded', 'meeting with no day given'],
    actors: [
      { name: 'Jeyhun Bayramov', kind: P, role: 'Foreign Minister of Azerbaijan', surface: ['Azerbaijani Foreign Minister Jeyhun Bayramov', 'Minister Jeyhun Bayramov'] },
      { name: 'Kaja Kallas', kind: P, role: 'High Representative of the EU for Foreign Affairs and Security Policy', surface: ['Kaja Kallas'] },
      { name: 'Trend', kind: O, role: 'news agency', media: true, surface: ['Trend'] },
    ],
    quotes: [],
    reported: [
      { speaker: null, from: 'Meanwhile, it was noted that the meeting discussed', to: 'international security issues.', optional: true, note: 'agentless' },
      { speaker: null, text: 'Azerbaijan\'s role in ensuring Europe\'s energy security was brought to attention.', optional: true, note: 'agentless' },
      { speaker: null, from: 'Within the framework of our country\'s chairmanship of COP29', to: 'field was emphasized.', optional: true, note: 'agentless' },
      { speaker: 'Jeyhun Bayramov', from: 'Minister Jeyhun Bayramov informed about the current situation', to: 'between Azerbaijan and Armenia.' },
      { speaker: 'Jeyhun Bayramov', text: 'It was noted that the continuing territorial claims of Armenia towards our country are an obstacle for the peace process.', optional: true, implicit_speaker: true, note: 'agentless, in Bayramov’s paragraph' },
      { speaker: 'Jeyhun Bayramov', from: 'Touching upon the activities of the European Union mission', to: 'despite its declared goals.' },
      { speaker: 'Jeyhun Bayramov', text: 'At the meeting, the sides also exchanged views on other topics of mutual interest.', optional: true, note: 'collective, no content' },
    ],
    contacts: [
      { a: 'Jeyhun Bayramov', b: 'Kaja Kallas', kind: 'meeting', date: null, status: 'held', date_text: null, evidence: 'met with the European Union High Representative … Kaja Kallas within the framework of participation in the 31st meeting of the OSCE Ministerial Council', note: 'no day in the text; the dateline (December 5) dates the report' },
    ],
    excluded: [{ text: 'green energy', reason: 'scare quotes (a term)' }],
  },

  ho4026: {
    file: '026_trend_bayramov_fidan_call.txt',
    url: 'https://en.trend.az/azerbaijan/politics/3987803.html',
    outlet: 'Trend',
    style: 'agency relaying a ministry readout of a phone call',
    patterns: ['no headline in the stored page; "BAKU, Azerbaijan, December 27." dateline', 'call dated "On December 27, 2024"', 'X thanked …, said that …, and informed … (one reported sentence, three verbs)', 'It was conveyed that … (agentless, in the other minister’s paragraph)', 'collective and agentless readout sentences (optional)'],
    actors: [
      { name: 'Jeyhun Bayramov', kind: P, role: 'Foreign Minister of Azerbaijan', surface: ['Jeyhun Bayramov', 'Minister Jeyhun Bayramov'] },
      { name: 'Hakan Fidan', kind: P, role: 'Foreign Minister of Turkey', surface: ['Hakan Fidan', 'Minister Hakan Fidan'] },
      { name: 'Ministry of Foreign Affairs of Azerbaijan', kind: O, role: null, surface: ['the Azerbaijani Foreign Ministry'] },
      { name: 'Trend', kind: O, role: 'news agency', media: true, surface: ['Trend'] },
    ],
    quotes: [],
    reported: [
      { speaker: 'Ministry of Foreign Affairs of Azerbaijan', from: 'On December 27, 2024, a telephone conversation', to: 'Trend reports.', optional: true, note: 'the ministry reports the call itself (an event)' },
      { speaker: null, from: 'During the telephone conversation, issues of regional', to: 'cooperation were discussed.', optional: true, note: 'agentless' },
      { speaker: 'Hakan Fidan', from: 'Minister Hakan Fidan once again expressed condolences', to: 'recovery to the wounded.' },
      { speaker: 'Hakan Fidan', from: 'It was conveyed that Türkiye is always in solidarity', to: 'provide possible support.', optional: true, implicit_speaker: true, note: 'agentless, in Fidan’s paragraph' },
      { speaker: 'Jeyhun Bayramov', from: 'Minister Jeyhun Bayramov thanked for the condolences', to: 'informed about the work done.' },
      { speaker: 'Jeyhun Bayramov', text: 'The parties also discussed the current situation in the Middle East, including around Syria.', optional: true, note: 'collective' },
      { speaker: null, text: 'Our country\'s intention to provide humanitarian aid to Syria was discussed.', optional: true, note: 'agentless' },
    ],
    contacts: [
      { a: 'Jeyhun Bayramov', b: 'Hakan Fidan', kind: 'call', date: '2024-12-27', status: 'held', date_text: 'On December 27, 2024', evidence: 'On December 27, 2024, a telephone conversation took place between … Jeyhun Bayramov and … Hakan Fidan' },
    ],
    excluded: [],
  },

  ho4027: {
    file: '027_asbarez_mirzoyan_lavrov_call.txt',
    url: 'https://asbarez.com/mirzoyan-lavrov-hold-another-telephone-conversation',
    outlet: 'Asbarez',
    style: 'diaspora press (Los Angeles), report on two readouts',
    patterns: ['no headline in the stored page', 'calls "on Monday" (the article date) and "on Friday"; a meeting "on Thursday"', 'According to a readout … by Armenia’s foreign ministry, … “…” (organisation as speaker)', 'X and Y “…,” the statement said (subject outside the marks: mixed)', 'two ministries quoted in turn ("In its turn, Russia’s Foreign Ministry said")', 'It also cited Lavrov as praising … (via)', 'telling him that he will visit Moscow on May 9 (reported; planned visit)', 'his Russian counterpart / his Armenian counterpart (two different people)', 'scare quotes ("consultations") excluded'],
    actors: [
      { name: 'Ararat Mirzoyan', kind: P, role: 'Foreign Minister of Armenia', surface: ['Foreign Minister Ararat Mirzoyan', 'Mirzoyan'] },
      { name: 'Sergey Lavrov', kind: P, role: 'Foreign Minister of Russia', surface: ['his Russian counterpart Sergey Lavrov', 'Lavrov', 'the Russian official'] },
      { name: 'Mikhail Galuzin', kind: P, role: 'Deputy Foreign Minister of Russia', surface: ['Russian Deputy Foreign Minister Mikhail Galuzin'] },
      { name: 'Mnatsakan Safaryan', kind: P, role: 'Deputy Foreign Minister of Armenia', surface: ['his Armenian counterpart Mnatsakan Safaryan'] },
      { name: 'Nikol Pashinyan', kind: P, role: 'Prime Minister of Armenia', surface: ['Prime Minister Nikol Pashinyan'] },
      { name: 'Vladimir Putin', kind: P, role: 'President of Russia', surface: ['President Vladimir Putin of Russia'] },
      { name: 'Ministry of Foreign Affairs of Armenia', kind: O, role: null, surface: ['Armenia’s foreign ministry', 'the statement', 'The Armenian foreign ministry statement'] },
      { name: 'Ministry of Foreign Affairs of Russia', kind: O, role: null, surface: ['the Russian Foreign Ministry', 'a ministry statement', 'Russia’s Foreign Ministry', 'It'] },
    ],
    quotes: [
      { speaker: 'Ministry of Foreign Affairs of Armenia', text: 'emphasizing the importance of political dialogue between the two countries at various levels.' },
      { speaker: 'Ministry of Foreign Affairs of Armenia', text: 'touched upon the outcomes of the political consultations held last week between the two ministries and exchanged views on upcoming plans,' },
      { speaker: 'Ministry of Foreign Affairs of Russia', text: 'frank and objective exchange of views on the entire spectrum of issues of bilateral relations.' },
      { speaker: 'Ministry of Foreign Affairs of Russia', text: 'the situation in the South Caucasus and prospects for its development,' },
      { speaker: 'Ministry of Foreign Affairs of Russia', text: 'topical issues of bilateral, regional and global agenda,' },
      { speaker: 'Ministry of Foreign Affairs of Russia', text: 'the schedule and content of upcoming interstate contacts.' },
    ],
    reported: [
      { speaker: 'Ministry of Foreign Affairs of Armenia', from: 'According to a readout of the call', to: 'at various levels.”', mixed: true },
      { speaker: 'Ministry of Foreign Affairs of Armenia', from: 'Mirzoyan and Lavrov “touched upon', to: 'the statement said.', mixed: true },
      { speaker: 'Ministry of Foreign Affairs of Russia', from: 'According to the Russian Foreign Ministry, they engaged', to: 'issues of bilateral relations.”', mixed: true, note: 'they = Galuzin and Safaryan' },
      { speaker: 'Ministry of Foreign Affairs of Russia', from: 'They also discussed “the situation in the South Caucasus', to: 'read a ministry statement.', mixed: true },
      { speaker: 'Ministry of Foreign Affairs of Russia', from: 'In its turn, Russia’s Foreign Ministry said', to: 'upcoming interstate contacts.”', mixed: true },
      { speaker: 'Sergey Lavrov', via: 'Ministry of Foreign Affairs of Russia', text: 'It also cited Lavrov as praising progress made in Armenian-Azerbaijani talks on a bilateral peace treaty.' },
      { speaker: 'Nikol Pashinyan', from: 'Earlier this month, Prime Minister Nikol Pashinyan held', to: 'celebrations of victory day.', note: 'telling him that …' },
    ],
    contacts: [
      { a: 'Ararat Mirzoyan', b: 'Sergey Lavrov', kind: 'call', date: '2025-03-24', status: 'held', date_text: 'on Monday', evidence: 'held a telephone conversation on Monday with his Russian counterpart Sergey Lavrov' },
      { a: 'Ararat Mirzoyan', b: 'Sergey Lavrov', kind: 'call', date: '2025-03-21', status: 'held', date_text: 'on Friday', evidence: 'Mirzoyan had called Lavrov on Friday on the Russian official’s 75th birthday.' },
      { a: 'Mikhail Galuzin', b: 'Mnatsakan Safaryan', kind: 'meeting', date: '2025-03-20', status: 'held', date_text: 'on Thursday', evidence: 'a meeting on Thursday between Russian Deputy Foreign Minister Mikhail Galuzin and his Armenian counterpart Mnatsakan Safaryan held in Moscow' },
      { a: 'Nikol Pashinyan', b: 'Vladimir Putin', kind: 'call', date: null, status: 'held', date_text: 'Earlier this month', evidence: 'Prime Minister Nikol Pashinyan held a telephone conversation with President Vladimir Putin of Russia' },
      { a: 'Nikol Pashinyan', b: 'Vladimir Putin', kind: 'meeting', date: '2025-05-09', status: 'planned', optional: true, date_text: 'on May 9', evidence: 'he will visit Moscow on May 9 to attend the 80th anniversary celebrations', note: 'a visit to Moscow; a meeting with Putin is implied, not stated' },
    ],
    excluded: [{ text: 'consultations', after: 'Russian-Armenian diplomatic', reason: 'scare quotes (a term)' }],
  },

  ho4028: {
    file: '028_menafn_aliyev_kobakhidze_antalya.txt',
    url: 'https://menafn.com/1109419949/President-Ilham-Aliyev-Meets-With-Georgian-Prime-Minister-Irakli-Kobakhidze-In-Antalya',
    outlet: 'MENAFN (relaying AzerNews)',
    style: 'syndicated agency copy',
    patterns: ['no headline in the stored page; "MENAFN - AzerNews)" prefix', 'meeting "On April 11" (the article date)', 'According to Azernews , both sides … (collective, via the outlet)', '"He" for two different people in consecutive paragraphs', 'nominal: The head of state', 'a past visit "this January" (no day)'],
    actors: [
      { name: 'Ilham Aliyev', kind: P, role: 'President of Azerbaijan', surface: ['President of the Republic of Azerbaijan Ilham Aliyev', 'President Ilham Aliyev', 'The head of state', 'He'] },
      { name: 'Irakli Kobakhidze', kind: P, role: 'Prime Minister of Georgia', surface: ['Irakli Kobakhidze', 'Prime Minister Kobakhidze', 'Kobakhidze', 'He'] },
      { name: 'AzerNews', kind: O, role: 'newspaper', media: true, surface: ['AzerNews', 'Azernews'] },
    ],
    quotes: [],
    reported: [
      { speaker: 'Ilham Aliyev', from: 'According to Azernews , both sides emphasized', to: 'during the meeting.', optional: true, note: 'collective subject' },
      { speaker: 'Irakli Kobakhidze', from: 'Prime Minister Kobakhidze fondly recalled', to: 'President Ilham Aliyev.' },
      { speaker: 'Irakli Kobakhidze', from: 'He highlighted the ongoing efforts', to: 'relevant government agencies.', note: 'He = Kobakhidze' },
      { speaker: 'Irakli Kobakhidze', from: 'Kobakhidze also mentioned that', to: 'great interest in Georgia.' },
      { speaker: 'Ilham Aliyev', from: 'The head of state stressed', to: 'current global turbulence.' },
      { speaker: 'Ilham Aliyev', from: 'He underscored the importance', to: 'of the region themselves.', note: 'He = Aliyev' },
      { speaker: 'Ilham Aliyev', text: 'Both leaders also exchanged their views on matters of mutual interest.', optional: true, note: 'collective, no content' },
    ],
    contacts: [
      { a: 'Ilham Aliyev', b: 'Irakli Kobakhidze', kind: 'meeting', date: '2025-04-11', status: 'held', date_text: 'On April 11', evidence: 'On April 11, President of the Republic of Azerbaijan Ilham Aliyev met with Irakli Kobakhidze, Prime Minister of Georgia, in Antalya.' },
      { a: 'Irakli Kobakhidze', b: 'Ilham Aliyev', kind: 'meeting', date: null, status: 'held', date_text: 'this January', evidence: 'his working visit to Azerbaijan this January and his discussions with President Ilham Aliyev' },
    ],
    excluded: [],
  },

  ho4029: {
    file: '029_iranintl_baghaei_corridor.txt',
    url: 'https://www.iranintl.com/en/202508112173',
    outlet: 'Iran International',
    style: 'international press (London-based Persian-language broadcaster, English site)',
    patterns: ['ministry as speaker "said on Monday" (the article date), with a participle (disputing reports …)', 'two quotes in one paragraph, frame after the first', 'X added during his weekly briefing (reported, frame at the end)', 'a planned call "later on Monday" = the article date', 'a planned visit of an unnamed deputy minister "on Tuesday" (no named counterpart)', 'a name in quotes ("Trump Route …") excluded', 'capital as speaker (Tehran has repeatedly warned)'],
    actors: [
      { name: 'Esmaeil Baghaei', kind: P, role: 'Spokesperson, Ministry of Foreign Affairs of Iran', surface: ['foreign ministry spokesman Esmail Baghaei', 'Baghaei'] },
      { name: 'Masoud Pezeshkian', kind: P, role: 'President of Iran', surface: ['President Masoud Pezeshkian'] },
      { name: 'Nikol Pashinyan', kind: P, role: 'Prime Minister of Armenia', surface: ['Armenian Prime Minister Nikol Pashinyan'] },
      { name: 'Ministry of Foreign Affairs of Iran', kind: O, role: null, surface: ['Iran’s foreign ministry'] },
      { name: 'Government of Iran', kind: O, role: null, surface: ['Tehran'] },
    ],
    quotes: [
      { speaker: 'Esmaeil Baghaei', text: 'We will in no way accept any border blockade with Armenia,' },
      { speaker: 'Esmaeil Baghaei', text: 'The claim of a 99-year lease to the US has no basis and is fabricated news.' },
    ],
    reported: [
      { speaker: 'Ministry of Foreign Affairs of Iran', from: 'High-level consultations with Armenia', to: 'to the United States for 99 years.' },
      { speaker: 'Esmaeil Baghaei', from: 'Armenia’s deputy foreign minister will visit Tehran', to: 'during his weekly briefing.' },
      { speaker: 'Government of Iran', text: 'Tehran has repeatedly warned against foreign control over the corridor, which bypasses both Iran and Russia.' },
    ],
    contacts: [
      { a: 'Masoud Pezeshkian', b: 'Nikol Pashinyan', kind: 'call', date: '2025-08-11', status: 'planned', date_text: 'later on Monday', evidence: 'President Masoud Pezeshkian and Armenian Prime Minister Nikol Pashinyan are scheduled to hold a phone call later on Monday' },
    ],
    excluded: [{ text: 'Trump Route for International Peace and Prosperity', reason: 'name of a route' }],
  },

  ho4030: {
    file: '030_massispost_pashinyan_han_zheng.txt',
    url: 'https://massispost.com/2025/09/china-places-great-importance-on-establishing-strategic-partnership-with-armenia-vice-president/',
    outlet: 'Massis Post',
    style: 'diaspora press relaying a government readout',
    patterns: ['"BEIJING —" dateline', 'meeting "On September 2" in an article of September 3', '"He" for two different people in consecutive paragraphs', 'nominal "the Prime Minister" inside the other party’s statement', 'According to the Prime Minister, … (reported)', 'collective last sentence ending "…, the Prime Minister’s Office reported" (optional)', 'a past meeting with a third leader (no day)'],
    actors: [
      { name: 'Nikol Pashinyan', kind: P, role: 'Prime Minister of Armenia', surface: ['Prime Minister Nikol Pashinyan', 'Prime Minister Pashinyan', 'the Prime Minister', 'He'] },
      { name: 'Han Zheng', kind: P, role: 'Vice President of China', surface: ['China’s Vice President Han Zheng', 'Vice President Han Zheng', 'Han', 'He'] },
      { name: 'Xi Jinping', kind: P, role: 'President of China', surface: ['Chinese President Xi Jinping'] },
      { name: 'Office of the Prime Minister of Armenia', kind: O, role: null, surface: ['the Prime Minister’s Office'] },
    ],
    quotes: [],
    reported: [
      { speaker: 'Han Zheng', from: 'Vice President Han Zheng welcomed', to: 'the parade held in Beijing.' },
      { speaker: 'Han Zheng', from: 'He emphasized that the establishment', to: 'across all fields.', note: 'He = Han Zheng' },
      { speaker: 'Han Zheng', from: 'Han noted that China highly values', to: 'significance in this regard.' },
      { speaker: 'Nikol Pashinyan', from: 'Prime Minister Pashinyan expressed gratitude', to: 'of great importance for Armenia.' },
      { speaker: 'Nikol Pashinyan', from: 'He underlined that as a result of this visit', to: 'broadening bilateral ties.', note: 'He = Pashinyan' },
      { speaker: 'Nikol Pashinyan', from: 'He also noted that in recent years', to: 'have been strengthening.' },
      { speaker: 'Nikol Pashinyan', from: 'According to the Prime Minister, the two nations', to: 'of comprehensive cooperation.' },
      { speaker: 'Office of the Prime Minister of Armenia', from: 'The two sides also exchanged views', to: 'the Prime Minister’s Office reported.', optional: true, note: 'collective subject, reported by the office' },
    ],
    contacts: [
      { a: 'Nikol Pashinyan', b: 'Han Zheng', kind: 'meeting', date: '2025-09-02', status: 'held', date_text: 'On September 2', evidence: 'On September 2, Prime Minister Nikol Pashinyan met with China’s Vice President Han Zheng at the Great Hall of the People in Beijing.' },
      { a: 'Nikol Pashinyan', b: 'Xi Jinping', kind: 'meeting', date: null, status: 'held', date_text: null, evidence: 'the Prime Minister’s productive meeting with Chinese President Xi Jinping' },
    ],
    excluded: [],
  },

  ho4031: {
    file: '031_azernews_bayramov_fidan_call.txt',
    url: 'https://www.azernews.az/nation/255125.html',
    outlet: 'AzerNews',
    style: 'regional press relaying a ministry readout',
    patterns: ['no headline in the stored page', 'According to the Ministry of Foreign Affairs, the officials … (organisation as speaker)', 'only collective subjects after that (The ministers, They) (optional)', 'call with no day given'],
    actors: [
      { name: 'Jeyhun Bayramov', kind: P, role: 'Foreign Minister of Azerbaijan', surface: ['Jeyhun Bayramov'] },
      { name: 'Hakan Fidan', kind: P, role: 'Foreign Minister of Turkey', surface: ['Hakan Fidan'] },
      { name: 'Ministry of Foreign Affairs of Azerbaijan', kind: O, role: null, surface: ['the Ministry of Foreign Affairs'] },
      { name: 'AzerNews', kind: O, role: 'newspaper', media: true, surface: ['AzerNEWS'] },
    ],
    quotes: [],
    reported: [
      { speaker: 'Ministry of Foreign Affairs of Azerbaijan', from: 'According to the Ministry of Foreign Affairs', to: 'related security risks.' },
      { speaker: 'Jeyhun Bayramov', from: 'The ministers underscored the inadmissibility', to: 'international legal norms and principles.', optional: true, note: 'collective subject' },
      { speaker: 'Jeyhun Bayramov', from: 'They also highlighted the need', to: 'remains a priority.', optional: true, note: 'collective subject' },
      { speaker: 'Jeyhun Bayramov', from: 'Against the backdrop of these challenges', to: 'commitment to close coordination.', optional: true, note: 'collective subject' },
    ],
    contacts: [
      { a: 'Jeyhun Bayramov', b: 'Hakan Fidan', kind: 'call', date: null, status: 'held', date_text: null, evidence: 'A telephone conversation was held between … Jeyhun Bayramov, and … Hakan Fidan' },
    ],
    excluded: [],
  },

  ho4032: {
    file: '032_vestikavkaza_bayramov_fidan_condemned.txt',
    url: 'https://en.vestikavkaza.ru/news/Jeyhun-Bayramov-and-Hakan-Fidan-discuss-growing-regional-tensions.html',
    outlet: 'Vestnik Kavkaza',
    style: 'regional press relaying a ministry readout',
    patterns: ['no headline in the stored page', 'one clear statement by one party (condemned, expressed support) among agentless passives', 'X and Y emphasized that … (coordinated subject, optional)', 'call with no day given'],
    actors: [
      { name: 'Jeyhun Bayramov', kind: P, role: 'Foreign Minister of Azerbaijan', surface: ['Minister of Foreign Affairs of Azerbaijan Jeyhun Bayramov', 'Jeyhun Bayramov', 'Bayramov'] },
      { name: 'Hakan Fidan', kind: P, role: 'Foreign Minister of Turkey', surface: ['Minister of Foreign Affairs of Türkiye Hakan Fidan', 'Fidan'] },
      { name: 'Ministry of Foreign Affairs of Azerbaijan', kind: O, role: null, surface: ['the Azerbaijani Foreign Ministry'] },
    ],
    quotes: [],
    reported: [
      { speaker: 'Ministry of Foreign Affairs of Azerbaijan', from: 'A telephone conversation took place', to: 'Foreign Ministry reported.', optional: true, note: 'the ministry reports the call itself' },
      { speaker: null, from: 'An exchange of views took place on the current security situation', to: 'during the telephone conversation.', optional: true, note: 'agentless' },
      { speaker: 'Jeyhun Bayramov', text: 'Jeyhun Bayramov condemned the missile attack on the territory of Türkiye and expressed support for the brotherly Turkish people.' },
      { speaker: null, from: 'It was noted that further military escalation', to: 'atmosphere of dialogue.', optional: true, note: 'agentless' },
      { speaker: 'Jeyhun Bayramov', from: 'Bayramov and Fidan emphasized that attacks', to: 'unacceptable during a conflict.', optional: true, note: 'coordinated subject' },
      { speaker: null, from: 'It was noted that the strategic alliance', to: 'complex geopolitical situation.', optional: true, note: 'agentless' },
      { speaker: null, from: 'In this context, the importance of continuing', to: 'was emphasized.', optional: true, note: 'agentless' },
    ],
    contacts: [
      { a: 'Jeyhun Bayramov', b: 'Hakan Fidan', kind: 'call', date: null, status: 'held', date_text: null, evidence: 'A telephone conversation took place between the Minister of Foreign Affairs of Azerbaijan Jeyhun Bayramov and the Minister of Foreign Affairs of Türkiye Hakan Fidan' },
    ],
    excluded: [],
  },

  ho4033: {
    file: '033_mediamax_rubio_fidan_call.txt',
    url: 'https://mediamax.am/en/news/foreignpolicy/56798/',
    outlet: 'Mediamax',
    style: 'regional press (Armenian) relaying a State Department readout',
    patterns: ['"Yerevan /Mediamax/." dateline', 'call "yesterday"', 'a readout by the spokesperson: the Secretary is the speaker, via the spokesperson', 'purpose clause with a quoted fragment ("to “reaffirm …”") (optional)', '“…,” the news release reads (the release as frame)', 'The Secretary / the Foreign Minister inside the quote'],
    actors: [
      { name: 'Marco Rubio', kind: P, role: 'U.S. Secretary of State', surface: ['Newly appointed U.S. Secretary of State Marco Rubio'] },
      { name: 'Hakan Fidan', kind: P, role: 'Foreign Minister of Turkey', surface: ['Turkish Foreign Minister Hakan Fidan'] },
      { name: 'Tammy Bruce', kind: P, role: 'Spokesperson, U.S. Department of State', surface: ['U.S. Department of State Spokesperson Tammy Bruce'] },
    ],
    quotes: [
      { speaker: 'Marco Rubio', via: 'Tammy Bruce', text: 'reaffirm the importance of U.S.-Turkey relations, Turkey’s role as a key NATO ally, and our shared interests in the region.' },
      { speaker: 'Marco Rubio', via: 'Tammy Bruce', text: 'The Secretary and the Foreign Minister also discussed the importance of a durable and dignified peace between Armenia and Azerbaijan,' },
    ],
    reported: [
      { speaker: 'Marco Rubio', via: 'Tammy Bruce', from: 'Newly appointed U.S. Secretary of State Marco Rubio had', to: 'shared interests in the region.”', optional: true, mixed: true, note: 'a call and its purpose, in the readout’s words' },
      { speaker: 'Marco Rubio', via: 'Tammy Bruce', from: 'U.S. Department of State Spokesperson Tammy Bruce reported', to: 'Armenia-Azerbaijan peace process.', note: 'readout by the spokesperson (principal with via)' },
    ],
    contacts: [
      { a: 'Marco Rubio', b: 'Hakan Fidan', kind: 'call', date: '2025-01-23', status: 'held', date_text: 'yesterday', evidence: 'had a telephone conversation with Turkish Foreign Minister Hakan Fidan yesterday' },
    ],
    excluded: [],
  },

  ho4034: {
    file: '034_massispost_putin_pashinyan_congratulates.txt',
    url: 'https://massispost.com/2021/06/president-vladimir-putin-congratulates-nikol-pashinyan-on-election-victory/',
    outlet: 'Massis Post',
    style: 'diaspora press (Los Angeles), report on two Kremlin readouts',
    patterns: ['"MOSCOW —" dateline', 'call "on Thursday" (the article date) and another "one day after" it (the day before)', 'The Kremlin reported that X “…” (readout: principal with via)', '“…,” it said in a statement (it = the Kremlin)', 'In that context, it said, X stressed … (parenthetical frame, it = the Armenian government)', 'According to a Kremlin statement, … “…” and … “…” (two fragments)', '“…,” added the statement', 'agreements "reached by Aliyev, Pashinyan and Putin" in January (optional pairs)'],
    actors: [
      { name: 'Vladimir Putin', kind: P, role: 'President of Russia', surface: ['Russian President Vladimir Putin', 'Putin'] },
      { name: 'Nikol Pashinyan', kind: P, role: 'Prime Minister of Armenia', surface: ['Prime Minister Nikol Pashinyan', 'Pashinyan'] },
      { name: 'Ilham Aliyev', kind: P, role: 'President of Azerbaijan', surface: ['Azerbaijani President Ilham Aliyev', 'Aliyev'] },
      { name: 'Government of Russia', kind: O, role: 'the Kremlin', surface: ['The Kremlin', 'a Kremlin statement', 'the statement'] },
      { name: 'Government of Armenia', kind: O, role: null, surface: ['The Armenian government'] },
    ],
    quotes: [
      { speaker: 'Vladimir Putin', via: 'Government of Russia', text: 'emphasized the importance of consistent implementation' },
      { speaker: 'Government of Russia', text: 'The Russian side will continue active mediation efforts to ensure stability in the region,' },
      { speaker: 'Government of Russia', text: 'at the initiative of the Azerbaijani side' },
      { speaker: 'Government of Russia', text: 'practical aspects of the realization of the agreements' },
      { speaker: 'Government of Russia', text: 'Special attention was paid to intensifying work in a trilateral format on the restoration of economic links and transport routes in the South Caucasus,' },
    ],
    reported: [
      { speaker: 'Vladimir Putin', from: 'Russian President Vladimir Putin telephoned', to: 'between Armenia and Azerbaijan.', optional: true, note: 'a call made "to congratulate him" and "discuss" (purpose clauses, no content); the sentence starts after the dateline' },
      { speaker: 'Vladimir Putin', via: 'Government of Russia', from: 'The Kremlin reported that Putin', to: 'Armenia and Azerbaijan in January.', mixed: true },
      { speaker: 'Government of Armenia', text: 'The Armenian government also said the two men discussed the implementation of those agreements.' },
      { speaker: 'Nikol Pashinyan', via: 'Government of Armenia', from: 'In that context, it said, Pashinyan stressed', to: 'still held in Azerbaijan.' },
      { speaker: 'Government of Russia', from: 'According to a Kremlin statement, the call', to: 'by Aliyev, Pashinyan and Putin.', mixed: true },
    ],
    contacts: [
      { a: 'Vladimir Putin', b: 'Nikol Pashinyan', kind: 'call', date: '2021-06-24', status: 'held', date_text: 'on Thursday', evidence: 'Russian President Vladimir Putin telephoned Prime Minister Nikol Pashinyan on Thursday' },
      { a: 'Vladimir Putin', b: 'Ilham Aliyev', kind: 'call', date: '2021-06-23', status: 'held', date_text: 'one day after his phone call with Azerbaijani President Ilham Aliyev', evidence: 'Putin spoke with Pashinyan one day after his phone call with Azerbaijani President Ilham Aliyev.' },
      ...pairs(['Vladimir Putin', 'Nikol Pashinyan', 'Ilham Aliyev'], { kind: 'meeting', date: null, status: 'held', optional: true, date_text: 'in January', evidence: 'follow-up understandings reached by the leaders of Russia, Armenia and Azerbaijan in January', note: 'agreements reached by the three leaders; the meeting itself is implied' }),
    ],
    excluded: [],
  },

  ho4035: {
    file: '035_interfax_kove_geneva.txt',
    url: 'https://interfax.com/newsroom/top-stories/24507/',
    outlet: 'Interfax',
    style: 'wire (Russian agency)',
    patterns: ['headline with a source after a dash, no final punctuation (not annotated)', '"SUKHUM. March 13 (Interfax) -" dateline', 'five quotes; after the first only "he said" / nominals (the republic’s foreign minister, the Abkhaz foreign minister)', 'a statement by another politician inside a quote (not annotated separately)', 'straight quotation marks', 'no contacts'],
    actors: [
      { name: 'Daur Kove', kind: P, role: 'Foreign Minister of Abkhazia (de facto)', surface: ['Abkhaz Foreign Minister Daur Kove', 'the republic\'s foreign minister', 'he', 'the Abkhaz foreign minister'] },
      { name: 'Giorgi Kvirikashvili', kind: P, role: 'Prime Minister of Georgia', surface: ['Georgian Prime Minister Giorgi Kvirikashvili'] },
      { name: 'Interfax', kind: O, role: 'news agency', media: true, surface: ['Interfax'] },
    ],
    quotes: [
      { speaker: 'Daur Kove', text: 'At the Geneva international discussions the Abkhaz and South Ossetian delegations are facing Georgia\'s reluctance to accept the realities, which have evolved in Transcaucasia, and its categorical refusal to adopt a joint document on the non-use of force,' },
      { speaker: 'Daur Kove', text: 'From our point of view, endorsing this sort of document can lay a good basis for talks seeking to settle interstate relations between Abkhazia and Georgia through the mediation of Russia and other international actors, which are involved in the peaceful settlement process,' },
      { speaker: 'Daur Kove', text: 'The Geneva international discussions on security and stability in Transcaucasia are in stagnation and have not yielded the desirable result over many years,' },
      { speaker: 'Daur Kove', text: 'We drew attention to Georgian Prime Minister Giorgi Kvirikashvili\'s recent statement, in which he confirmed Georgia\'s readiness to establish the direct dialogue with the Abkhaz and Ossetian peoples. It is necessary to emphasize that it is already not the first statement of the sort issued by Georgian top officials. The problem is that we have yet not seen Georgia\'s real steps, which would contribute to the establishment of dialogue and settlement of the conflict as a whole,' },
      { speaker: 'Daur Kove', text: 'We would like to hope that Georgian authorities this time will display their political will and will begin practical implementation of their own statements,' },
    ],
    reported: [
      { speaker: 'Daur Kove', from: 'Georgia is taking no real steps', to: 'Foreign Minister Daur Kove said.', note: 'the sentence starts after the dateline' },
    ],
    contacts: [],
    excluded: [],
  },

  ho4036: {
    file: '036_mfaapsny_tuzhba_gid_cochairs.txt',
    url: 'http://mfaapsny.org/en/allnews/news/geneva-discussions/o-vstreche-s-sopredsedatelyami-mezhdunarodnykh-zhenevskikh-diskussiy1/',
    outlet: 'Ministry of Foreign Affairs of Abkhazia (de facto) website',
    style: 'ministry readout of a multi-party meeting',
    patterns: ['headline without final punctuation (not annotated)', 'a meeting dated "On September 14, 2022" with a three-member delegation (three required pairs; co-chairs do not meet each other)', 'attendees on the host side (optional pairs)', 'long titles before names (the UN Representative Cihan Sultanoğlu, the OSCE Co-Chairman at the GID Viorel Moșanu)', 'a quotation containing nested straight quotation marks (party name, scare quotes: excluded)', 'a politician’s statement reported inside the quote (not annotated separately)'],
    actors: [
      { name: 'Iraklii Tuzhba', kind: P, role: 'Deputy Foreign Minister of Abkhazia (de facto)', surface: ['Iraklii Tuzhba', 'Tuzhba'] },
      { name: 'Cihan Sultanoğlu', kind: P, role: 'UN Representative, Co-Chair of the Geneva International Discussions', surface: ['the UN Representative Cihan Sultanoğlu'] },
      { name: 'Viorel Moșanu', kind: P, role: 'OSCE Co-Chair of the Geneva International Discussions', surface: ['the OSCE Co-Chairman at the GID Viorel Moșanu'] },
      { name: 'Björn Kühne', kind: P, role: 'Chief of Cabinet of the EU Special Representative for the South Caucasus', surface: ['the Chief of Cabinet of the EUSR for the South Caucasus Björn Kühne'] },
      { name: 'Zaal Khvartskia', kind: P, role: 'Deputy Chairman of the State Security Service of Abkhazia (de facto)', surface: ['the Deputy Chairman of the State Security Service of the Republic of Abkhazia Zaal Khvartskia'] },
      { name: 'Lasha Avidzba', kind: P, role: 'participant in the Geneva Discussions (Abkhaz side)', surface: ['Lasha Avidzba'] },
      { name: 'Artur Gaguliia', kind: P, role: 'participant in the Geneva Discussions (Abkhaz side)', surface: ['Artur Gaguliia'] },
      { name: 'Madina Shamba', kind: P, role: 'participant in the Geneva Discussions (Abkhaz side)', surface: ['Madina Shamba'] },
      { name: 'Irakli Kobakhidze', kind: P, role: 'Chairman of the Georgian Dream party', surface: ['Irakli Kobakhidze'] },
    ],
    quotes: [
      { speaker: 'Iraklii Tuzhba', text: 'We pay attention to the internal political processes that are currently taking place in Georgia, to the statements of high-ranking Georgian leaders regarding our republic, related to security issues and the non-resumption of the conflict. In particular, recently Irakli Kobakhidze, chair of the ruling "Georgian Dream" party, said that Georgia is considering the possibility of holding a referendum on the possibility of opening a "second front". We all understand perfectly well what the "second front" means and this causes the most serious concern for us,' },
    ],
    reported: [
      { speaker: 'Iraklii Tuzhba', from: 'During the meeting, the Deputy Minister', to: 'taking place in Georgia.' },
    ],
    contacts: [
      ...cross(['Iraklii Tuzhba'], ['Cihan Sultanoğlu', 'Viorel Moșanu', 'Björn Kühne'], { kind: 'meeting', date: '2022-09-14', status: 'held', date_text: 'On September 14, 2022', evidence: 'Iraklii Tuzhba met with the Co-Chairs of the International Geneva Discussions … The delegation of the Co-Chairs consisted of …' }),
      ...cross(['Zaal Khvartskia', 'Lasha Avidzba', 'Artur Gaguliia', 'Madina Shamba'], ['Cihan Sultanoğlu', 'Viorel Moșanu', 'Björn Kühne'], { kind: 'meeting', date: '2022-09-14', status: 'held', optional: true, date_text: 'On September 14, 2022', evidence: 'the meeting was attended by …', note: 'attendees on the host side' }),
    ],
    excluded: [
      { text: 'Georgian Dream', reason: 'party name' },
      { text: 'second front', nth: 0, reason: 'scare quotes' },
      { text: 'second front', nth: 1, reason: 'scare quotes' },
    ],
  },

  ho4037: {
    file: '037_asbarez_pashinyan_putin_treaty_anniversary.txt',
    url: 'https://asbarez.com/pashinyan-putin-again-discuss-karabakh',
    outlet: 'Asbarez',
    style: 'diaspora press (Los Angeles), report on readouts and a ministry statement',
    patterns: ['no headline in the stored page', 'call "on Monday" (the article date)', 'X and Y spoke …, X’s office reported (event, optional)', '…, with both leaders reaffirming their “…,” the Kremlin reported (organisation as speaker)', 'It added that … (pronoun for the ministry)', 'capital as speaker (Moscow hailed …, saying that they “…”)', 'a declaration title in quotes ("privileged alliance") excluded', 'a past meeting "in April" (no day)'],
    actors: [
      { name: 'Nikol Pashinyan', kind: P, role: 'Prime Minister of Armenia', surface: ['Prime Minister Nikol Pashinyan', 'Pashinyan', 'the Armenian leader'] },
      { name: 'Vladimir Putin', kind: P, role: 'President of Russia', surface: ['President Vladimir Putin of Russia', 'Putin'] },
      { name: 'Office of the Prime Minister of Armenia', kind: O, role: null, surface: ['Pashinyan’s office'] },
      { name: 'Government of Russia', kind: O, role: 'the Kremlin', surface: ['the Kremlin', 'Moscow'] },
      { name: 'Ministry of Foreign Affairs of Russia', kind: O, role: null, surface: ['the Russian foreign ministry', 'It', 'the Russian foreign ministry statement', 'The Russian foreign ministry'] },
    ],
    quotes: [
      { speaker: 'Government of Russia', text: 'mutual intention to further strengthen allied ties between Russia and Armenia,' },
      { speaker: 'Ministry of Foreign Affairs of Russia', text: 'The past period has convincingly demonstrated that the further strengthening of historical ties between Moscow and Yerevan is in full accordance with the vital interests of our nations, serves to the socio-economic development of the two countries and the goals to strengthen stability in the South Caucasus. We successfully move forward with the broad cooperation framework, fill it with a concrete content and raise the efficiency of the mutual partnership,' },
      { speaker: 'Government of Russia', text: 'contacts', optional: true, note: 'one word' },
      { speaker: 'Government of Russia', text: 'enable not only the resolution of urgent issues, but also the coordination of the positions on key regional and international matters.' },
    ],
    reported: [
      { speaker: 'Office of the Prime Minister of Armenia', from: 'Prime Minister Nikol Pashinyan and President Vladimir Putin of Russia on Monday', to: 'Pashinyan’s office reported.', optional: true, note: 'the office reports the call and its topic' },
      { speaker: 'Nikol Pashinyan', from: 'They both emphasized the importance', to: 'November 26, 2021.', optional: true, note: 'collective subject' },
      { speaker: 'Government of Russia', from: 'The purpose of the call was for the two leaders', to: 'the Kremlin reported.', mixed: true },
      { speaker: 'Ministry of Foreign Affairs of Russia', from: 'In a statement on the anniversary, the Russian foreign ministry said', to: 'Armenia-Russia relations.' },
      { speaker: 'Ministry of Foreign Affairs of Russia', from: 'It added that the document', to: 'real allied level.', note: 'It = the Russian foreign ministry' },
      { speaker: 'Government of Russia', from: 'Moscow hailed regular “contacts”', to: 'regional and international matters.”', mixed: true, note: 'Moscow = the Russian government (here its foreign ministry)' },
      { speaker: 'Ministry of Foreign Affairs of Russia', from: 'The Russian foreign ministry also recalled', to: 'the Armenian leader visited Moscow.' },
    ],
    contacts: [
      { a: 'Nikol Pashinyan', b: 'Vladimir Putin', kind: 'call', date: '2022-08-29', status: 'held', date_text: 'on Monday', evidence: 'on Monday spoke on the phone' },
      { a: 'Vladimir Putin', b: 'Nikol Pashinyan', kind: 'meeting', date: null, status: 'held', date_text: 'in April', evidence: 'the joint declaration of “privileged alliance” signed by Putin and Pashinyan in April when the Armenian leader visited Moscow' },
    ],
    excluded: [{ text: 'privileged alliance', reason: 'name of a declaration' }],
  },

  ho4038: {
    file: '038_urdupoint_putin_pashinyan_crisis.txt',
    url: 'https://www.urdupoint.com/en/world/putin-pashinyan-discuss-situation-in-armenia-1178386.html',
    outlet: 'UrduPoint (relaying Sputnik)',
    style: 'aggregator relaying a Russian agency',
    patterns: ['deck without final punctuation repeated as the lead (deck not annotated)', 'dateline in parentheses "MOSCOW (UrduPoint News / Sputnik - 25th February, 2021)" before the first sentence', 'quotes framed "the spokesman said", "Peskov added"; an ellipsis inside a quote', 'nominals: The head of the Russian state (inside a quote), the prime minister', 'an organisation issuing a statement demanding … (reported)', 'unnamed actors: the deputy chief of the general staff ("according to media reports"), the opposition (optional)', 'call whose day is not given ("said on Thursday" dates the statement)'],
    actors: [
      { name: 'Vladimir Putin', kind: P, role: 'President of Russia', surface: ['Russian President Vladimir Putin', 'Putin'] },
      { name: 'Nikol Pashinyan', kind: P, role: 'Prime Minister of Armenia', surface: ['Armenian Prime Minister Nikol Pashinyan', 'Pashinyan', 'the prime minister', 'The prime minister'] },
      { name: 'Dmitry Peskov', kind: P, role: 'Press Secretary of the President of Russia', surface: ['Kremlin spokesman Dmitry Peskov', 'the spokesman', 'Peskov'] },
      { name: 'Armed Forces of Armenia', kind: O, role: null, surface: ['the Armenian Armed Forces'] },
      { name: 'UrduPoint News', kind: O, role: 'news site', media: true, surface: ['UrduPoint News'] },
      { name: 'Sputnik', kind: O, role: 'news agency', media: true, surface: ['Sputnik'] },
    ],
    quotes: [
      { speaker: 'Dmitry Peskov', text: 'The situation in Armenia was discussed ... Putin spoke in favor of maintaining order and calmness in Armenia, resolving the situation within the framework of the law,' },
      { speaker: 'Dmitry Peskov', text: 'The head of the Russian state also called on all sides for restraint,' },
    ],
    reported: [
      { speaker: 'Dmitry Peskov', from: 'MOSCOW (UrduPoint News / Sputnik', to: 'Dmitry Peskov said on Thursday.', optional: true, note: 'the span includes a dateline in parentheses (no dash before the sentence), so it is left optional' },
      { speaker: null, from: 'The deputy chief of Armenia\'s general staff, according to media reports', to: 'offered to resign as well.', optional: true, anonymous: true, note: 'unnamed officer who ridiculed the prime minister' },
      { speaker: 'Armed Forces of Armenia', text: 'On Thursday morning, the Armenian Armed Forces issued a statement demanding the resignation of Pashinyan himself.' },
      { speaker: 'Nikol Pashinyan', text: 'The prime minister regarded this as an attempted coup and called on his supporters to take to the streets.' },
      { speaker: null, from: 'In the meantime, the opposition has erected barricades', to: 'resignation of the prime minister.', optional: true, note: 'unnamed collective (the opposition) demanding' },
    ],
    contacts: [
      { a: 'Vladimir Putin', b: 'Nikol Pashinyan', kind: 'call', date: null, status: 'held', date_text: null, evidence: 'discussed the situation in Armenia by phone, Kremlin spokesman Dmitry Peskov said on Thursday', note: '"on Thursday" dates Peskov’s statement, not the call' },
    ],
    excluded: [],
  },

  ho4039: {
    file: '039_armradio_mirzoyan_peace_proposals.txt',
    url: 'https://en.armradio.am/2022/12/07/armenia-will-respond-to-azerbaijans-proposals-on-peace-treaty-fm/',
    outlet: 'Public Radio of Armenia (Armradio)',
    style: 'public broadcaster, parliamentary Q&A report',
    patterns: ['headline with "– FM" source, no final punctuation (not annotated)', 'reported sentences with "He said" (pronoun) between two long quotes', 'frames with nominals (the Foreign Minister said, Minister Mirzoyan said)', 'a negated meeting ("no meeting is planned") and a possible one ("there could be another meeting"): no contacts', 'the counterpart is never named'],
    actors: [
      { name: 'Ararat Mirzoyan', kind: P, role: 'Foreign Minister of Armenia', surface: ['Foreign Minister Ararat Mirzoyan', 'He', 'the Foreign Minister', 'Minister Mirzoyan'] },
    ],
    quotes: [
      { speaker: 'Ararat Mirzoyan', text: 'Unfortunately, the positions of the parties still diverge on a number of issues, but the negotiations are meant for this very reason – to help reach a common conclusion, have a common result, a joint result. For now, the negotiations continue: there are things that are unacceptable to each other, but there are points where the parties can take steps towards each other,' },
      { speaker: 'Ararat Mirzoyan', text: 'In any case, we are ready for that meeting, we are, I said, active in these negotiations, and we are constructive in these negotiations. I am not sure that it will be possible to have a more or less final version of the treaty by the end of the year, although we announced it beforehand, but it was a statement of intent. Our intention is by and large, we are working to achieve peace and that comprehensive settlement as soon as possible,' },
    ],
    reported: [
      { speaker: 'Ararat Mirzoyan', from: 'Armenia has received proposals from Azerbaijan', to: 'at the National Assembly.' },
      { speaker: 'Ararat Mirzoyan', text: 'He said the negotiations on a peace treaty or an agreement on normalization of relations are in an active stage.' },
      { speaker: 'Ararat Mirzoyan', text: 'He said no meeting is planned for now, but added that there could be another meeting by the end of the year.' },
    ],
    contacts: [],
    excluded: [],
  },
};
