// Hand annotation of dev3 articles 015-034 (South Caucasus diplomacy, 2019-2025). Annotated blind, from the
// article text alone, following test/eval/ANNOTATING.md; the extraction rules were not read. Same conventions
// as spec-a.mjs (see its header). Items are anchored by their exact text (or first/last words, `from`/`to`);
// build-gold.mjs computes and verifies the offsets.
const P = 'person';
const O = 'org';

export default {
  d3015: {
    file: '015_newsam_mirzoyan_zalkaliani_call.txt',
    url: 'https://news.am/eng/news/659172.html',
    outlet: 'News.am',
    style: 'regional press (Armenian news site), ministry readout of a call',
    patterns: ['no headline in the stored page: the body starts on the date line', 'call "today" (the article date)', '"as reported the Armenian Ministry of Foreign Affairs" (source after the fact, inverted)', 'congratulations (no content, optional)', 'one sentence with three verbs of speech (expressed gratitude …, stressed that … and added that …)', 'collectives: The foreign ministers, The parties'],
    actors: [
      { name: 'Ararat Mirzoyan', kind: P, role: 'Foreign Minister of Armenia', surface: ['Armenia’s Foreign Minister Ararat Mirzoyan', 'Minister Mirzoyan', 'Mirzoyan'] },
      { name: 'David Zalkaliani', kind: P, role: 'Deputy Prime Minister and Foreign Minister of Georgia', surface: ['Deputy Prime Minister of Georgia, Minister of Foreign Affairs David Zalkaliani', 'Zalkaliani'] },
      { name: 'Ministry of Foreign Affairs of Armenia', kind: O, role: null, surface: ['the Armenian Ministry of Foreign Affairs'] },
    ],
    quotes: [],
    reported: [
      { speaker: 'Ministry of Foreign Affairs of Armenia', from: 'Armenia’s Foreign Minister Ararat Mirzoyan today had', to: 'Armenian Ministry of Foreign Affairs.', optional: true, note: 'only that the call took place, sourced to the ministry' },
      { speaker: 'David Zalkaliani', text: 'Zalkaliani congratulated Mirzoyan on assuming office and the Armenian side on the democratic elections that were held.', optional: true, note: 'congratulations' },
      { speaker: 'Ararat Mirzoyan', from: 'The foreign ministers emphasized that', to: 'sectors of mutual interest.', optional: true, note: 'collective' },
      { speaker: 'Ararat Mirzoyan', from: 'During the phone talks, Minister Mirzoyan expressed gratitude', to: 'the problem with repatriation.' },
      { speaker: 'Ararat Mirzoyan', from: 'The parties also discussed the situation', to: 'sovereign territory of Armenia.', optional: true, note: 'collective, topic only' },
      { speaker: 'Ararat Mirzoyan', from: 'Mirzoyan emphasized that such behavior', to: 'development in the region.' },
      { speaker: 'Ararat Mirzoyan', from: 'The foreign ministers also touched upon', to: 'overcome the pandemic.', optional: true, note: 'collective' },
    ],
    contacts: [
      { a: 'Ararat Mirzoyan', b: 'David Zalkaliani', kind: 'call', date: '2021-08-20', status: 'held', date_text: 'today', evidence: 'today had a telephone conversation with … David Zalkaliani' },
    ],
    excluded: [],
  },

  d3016: {
    file: '016_anadolu_bayramov_abdollahian_call.txt',
    url: 'https://aa.com.tr/en/middle-east/azerbaijani-iranian-foreign-ministers-agree-on-possibility-of-in-personal-meeting/2873036',
    outlet: 'Anadolu Agency',
    style: 'agency (Turkish state news agency), short report of a call',
    patterns: ['headline and deck without final punctuation (not annotated); "MOSCOW" dateline on its own line', 'speakers first named by office ("The foreign ministers of Azerbaijan, Iran"), names only later', 'call "on Saturday" in a Saturday article (the article date)', 'a ministry as speaker of a quotation that itself reports what "the parties said"', 'capital as speaker ("Tehran, meanwhile, accuses Baku …")', 'a meeting agreed "if necessary" (conditional, optional)'],
    actors: [
      { name: 'Jeyhun Bayramov', kind: P, role: 'Foreign Minister of Azerbaijan', surface: ['Jeyhun Bayramov'] },
      { name: 'Hossein Amir-Abdollahian', kind: P, role: 'Foreign Minister of Iran', surface: ['Hossein Amir-Abdollahian'] },
      { name: 'Ministry of Foreign Affairs of Azerbaijan', kind: O, role: null, surface: ['Azerbaijani Foreign Ministry', 'the Azerbaijani Foreign Ministry', 'the ministry'] },
      { name: 'Government of Iran', kind: O, role: null, surface: ['Tehran'] },
    ],
    quotes: [
      { speaker: 'Ministry of Foreign Affairs of Azerbaijan', text: 'The parties said that it is possible to continue negotiations and, if necessary, carry out bilateral visits,' },
    ],
    reported: [
      { speaker: 'Jeyhun Bayramov', from: 'The foreign ministers of Azerbaijan, Iran discussed', to: 'hold a meeting if necessary.', optional: true, note: 'collective subject named by office' },
      { speaker: 'Ministry of Foreign Affairs of Azerbaijan', text: 'Jeyhun Bayramov and Hossein Amir-Abdollahian also exchanged views on regional issues, the ministry said.' },
      { speaker: 'Government of Iran', text: 'Tehran, meanwhile, accuses Baku of cooperation with Israel.', note: 'capital standing for the government' },
    ],
    contacts: [
      { a: 'Jeyhun Bayramov', b: 'Hossein Amir-Abdollahian', kind: 'call', date: '2023-04-15', status: 'held', date_text: 'on Saturday', evidence: 'discussed the current state of bilateral relations in a phone call on Saturday' },
      { a: 'Jeyhun Bayramov', b: 'Hossein Amir-Abdollahian', kind: 'meeting', date: null, status: 'planned', optional: true, date_text: null, evidence: 'agreeing to hold a meeting if necessary', note: 'conditional' },
    ],
    excluded: [],
  },

  d3017: {
    file: '017_turan_bayramov_abdollahian_riyadh.txt',
    url: 'https://turan.az/en/politics/baku-and-tehran-are-discussing-steps-to-restore-the-azerbaijani-embassy-in-iran-778094',
    outlet: 'Turan',
    style: 'agency (independent Azerbaijani news agency), ministry readout with background',
    patterns: ['meeting "on March 5" on the margins of a multilateral OIC meeting (day before the article)', 'spelling variant of a dictionary name ("Hussein Amir-Abdollahian", then "Abdollahian")', 'agentless readout sentence sourced to the ministry ("were discussed, the Azerbaijani Foreign Ministry reports")', 'coordinated subjects with a speech verb ("Bayramov and Abdollahian discussed …, noted the importance …")', 'X informed his interlocutor (role pointing to the other party)', 'bulleted background paragraph', 'According to media reports citing Iranian authorities (optional)'],
    actors: [
      { name: 'Jeyhun Bayramov', kind: P, role: 'Foreign Minister of Azerbaijan', surface: ['Jeyhun Bayramov', 'Bayramov'] },
      { name: 'Hossein Amir-Abdollahian', kind: P, role: 'Foreign Minister of Iran', surface: ['Hussein Amir-Abdollahian', 'Abdollahian', 'his interlocutor'] },
      { name: 'Ministry of Foreign Affairs of Azerbaijan', kind: O, role: null, surface: ['the Azerbaijani Foreign Ministry'] },
      { name: 'Government of Iran', kind: O, role: null, surface: ['Iranian authorities'] },
    ],
    quotes: [
      { speaker: 'Jeyhun Bayramov', text: 'Armenia’s involvement in the region of third parties that do not contribute to peace and stability, the efforts of some states to arm it, are a threat to the peace process,' },
    ],
    reported: [
      { speaker: 'Ministry of Foreign Affairs of Azerbaijan', text: 'During the meeting, bilateral relations and the current situation in the region were discussed, the Azerbaijani Foreign Ministry reports.' },
      { speaker: 'Jeyhun Bayramov', from: 'The ministers also exchanged views on steps', to: 'against the diplomatic mission.', optional: true, note: 'collective' },
      { speaker: 'Jeyhun Bayramov', from: 'In addition, Bayramov and Abdollahian discussed', to: 'corridors in the region.', optional: true, note: 'coordinated subjects' },
      { speaker: 'Jeyhun Bayramov', from: 'Bayramov also noted that the upcoming climate conference', to: 'opportunities for cooperation.' },
      { speaker: 'Jeyhun Bayramov', from: 'Bayramov informed his interlocutor', to: 'and its prospects.' },
      { speaker: 'Government of Iran', from: 'According to media reports citing Iranian authorities', to: 'sentenced to death.', optional: true, note: 'media reports citing unnamed authorities' },
    ],
    contacts: [
      { a: 'Jeyhun Bayramov', b: 'Hossein Amir-Abdollahian', kind: 'meeting', date: '2024-03-05', status: 'held', date_text: 'on March 5', evidence: 'met on March 5 in Saudi Arabia' },
    ],
    excluded: [],
  },

  d3018: {
    file: '018_statedept_blinken_mirzoyan.txt',
    url: 'https://www.stl.news/secretary-blinkens-meeting-with-armenian-foreign-minister/517654/',
    outlet: 'U.S. Department of State (readout, via STL.News)',
    style: 'ministry readout (State Department), reprinted',
    patterns: ['"The US Department of State released the following statement:" then an unquoted readout', 'met "yesterday" (the day before the article)', 'The Secretary / Secretary Blinken; the Foreign Minister (roles)', 'The Secretary and Foreign Minister discussed … (collective)', 'X thanked … and encouraged …, underscoring … (reported speech with several verbs)'],
    actors: [
      { name: 'Antony Blinken', kind: P, role: 'U.S. Secretary of State', surface: ['Secretary Blinken', 'Secretary of State Antony J. Blinken', 'The Secretary', 'the Secretary'] },
      { name: 'Ararat Mirzoyan', kind: P, role: 'Foreign Minister of Armenia', surface: ['Armenian Foreign Minister Mirzoyan', 'Armenian Minister of Foreign Affairs Ararat Mirzoyan', 'Foreign Minister', 'the Foreign Minister'] },
      { name: 'U.S. Department of State', kind: O, role: null, surface: ['The US Department of State'] },
    ],
    quotes: [],
    reported: [
      { speaker: 'Antony Blinken', from: 'The Secretary committed to further strengthening', to: 'Armenia’s reform agenda.' },
      { speaker: 'Antony Blinken', from: 'The Secretary and Foreign Minister discussed', to: 'anti-corruption reforms.', optional: true, note: 'collective' },
      { speaker: 'Antony Blinken', text: 'They also discussed the ongoing dialogue between Armenia and its neighbors.', optional: true, note: 'collective, topic only' },
      { speaker: 'Antony Blinken', from: 'Secretary Blinken thanked the Foreign Minister', to: 'OSCE Minsk Group Co-Chair.' },
    ],
    contacts: [
      { a: 'Antony Blinken', b: 'Ararat Mirzoyan', kind: 'meeting', date: '2022-05-02', status: 'held', date_text: 'yesterday', evidence: 'met yesterday with Armenian Minister of Foreign Affairs Ararat Mirzoyan in Washington, D.C.' },
    ],
    excluded: [],
  },

  d3019: {
    file: '019_newsaz_hajizada_mirzoyan.txt',
    url: 'https://news.az/news/baku-responds-to-armenian-foreign-ministers-unfounded-remarks',
    outlet: 'News.Az',
    style: 'regional press (Azerbaijani news site), spokesperson’s comment',
    patterns: ['no headline in the stored page: the body starts on the date line', 'speaker by office and name ("The spokesperson for Azerbaijan’s Foreign Ministry, Aykhan Hajizada"), then he / the spokesperson', 'X stressed that …, the press service told News.Az (two frames: speaker and source)', 'long quotations (60+ words) about a third person ("The Armenian foreign minister, who …")', 'an interview with another agency mentioned (not a contact)', 'page cut: the last, incomplete paragraph dropped'],
    actors: [
      { name: 'Aykhan Hajizada', kind: P, role: 'Spokesperson, Ministry of Foreign Affairs of Azerbaijan', surface: ['The spokesperson for Azerbaijan’s Foreign Ministry, Aykhan Hajizada', 'Hajizada', 'he', 'the spokesperson'] },
      { name: 'Ararat Mirzoyan', kind: P, role: 'Foreign Minister of Armenia', surface: ['Armenian Foreign Minister Ararat Mirzoyan', 'the Armenian foreign minister'] },
      { name: 'Ministry of Foreign Affairs of Azerbaijan', kind: O, role: null, surface: ['the Foreign Ministry’s press service'] },
      { name: 'Anadolu Agency', kind: O, role: 'news agency', media: true, surface: ['Türkiye’s Anadolu Agency'] },
      { name: 'News.Az', kind: O, role: 'news site', media: true, surface: ['News.Az'] },
    ],
    quotes: [
      { speaker: 'Aykhan Hajizada', text: 'The Armenian foreign minister, who emphasizes the importance of recognition of sovereignty and territorial integrity, prominence of the Alma-Ata Declaration of 1991 in the issue of the delimitation of borders between Azerbaijan and Armenia, as well as the significance of respecting the principles of sovereignty, jurisdiction and equality of countries for the establishment of transport links and economic relations in the region, regrettably, tries to cover up 30-year-long violations of the aforementioned principles by Armenia that he represents,' },
      { speaker: 'Aykhan Hajizada', text: 'At the same time, the undeniable facts that Armenia did not withdraw occupying forces from the territories of Azerbaijan after the 44-day Patriotic War in gross violation of the provisions of the Trilateral Statement, continued to transfer weapons, military equipment, and landmines to these territories, and committed other gross violations and provocations, as well as issued statements promoting the puppet regime, testify to its true intentions,', note: '"the spokesperson added"' },
    ],
    reported: [
      { speaker: 'Aykhan Hajizada', from: 'The spokesperson for Azerbaijan’s Foreign Ministry', to: 'Türkiye’s Anadolu Agency.', optional: true, note: '"responded to" with no content of the response' },
      { speaker: 'Aykhan Hajizada', from: 'Hajizada stressed that this kind of assertions', to: 'press service told News.Az.' },
    ],
    contacts: [],
    excluded: [],
  },

  d3020: {
    file: '020_azatutyun_mirzoyan_fidan_antalya.txt',
    url: 'https://www.azatutyun.am/a/32844446.html',
    outlet: 'Azatutyun (RFE/RL Armenian Service)',
    style: 'international press (RFE/RL), news report with background',
    patterns: ['accessibility line and photo captions dropped', 'meeting "on Friday" in a Friday article', 'his Turkish counterpart (apposition)', 'a statement as speaker ("read a statement released by the Armenian Foreign Ministry", "added the statement")', 'partial quotation after a paraphrased subject ("Mirzoyan and Fidan “exchanged views …,” added the statement")', 'earlier talks "in Tehran last October" (no day)', 'X said that there may soon be “some good news” (short quote inside reported speech); he complained in January that …', 'format name in quotation marks (excluded)'],
    actors: [
      { name: 'Ararat Mirzoyan', kind: P, role: 'Foreign Minister of Armenia', surface: ['Foreign Minister Ararat Mirzoyan', 'Mirzoyan', 'he'] },
      { name: 'Hakan Fidan', kind: P, role: 'Foreign Minister of Turkey', surface: ['his Turkish counterpart Hakan Fidan', 'Fidan'] },
      { name: 'Ministry of Foreign Affairs of Armenia', kind: O, role: null, surface: ['the Armenian Foreign Ministry', 'the statement'] },
    ],
    quotes: [
      { speaker: 'Ministry of Foreign Affairs of Armenia', text: 'During the meeting, the process of normalization of relations between Armenia and Turkey was discussed and readiness to achieve their full normalization was reaffirmed,' },
      { speaker: 'Ministry of Foreign Affairs of Armenia', text: 'exchanged views on possible concrete steps in that direction,' },
      { speaker: 'Ararat Mirzoyan', text: 'some good news' },
    ],
    reported: [
      { speaker: 'Ministry of Foreign Affairs of Armenia', from: 'Mirzoyan and Fidan “exchanged views', to: 'added the statement.', mixed: true },
      { speaker: 'Ararat Mirzoyan', from: 'Shortly after the Tehran talks, Mirzoyan said that', to: 'by Ankara and Yerevan in 2022.', mixed: true },
      { speaker: 'Ararat Mirzoyan', text: 'But he complained in January that the Turkish side is still dragging its feet over their implementation.' },
    ],
    contacts: [
      { a: 'Ararat Mirzoyan', b: 'Hakan Fidan', kind: 'meeting', date: '2024-03-01', status: 'held', date_text: 'on Friday', evidence: 'met with his Turkish counterpart Hakan Fidan on Friday' },
      { a: 'Ararat Mirzoyan', b: 'Hakan Fidan', kind: 'meeting', date: null, status: 'held', date_text: 'last October', evidence: 'The two ministers previously held talks in Tehran last October' },
    ],
    excluded: [{ text: 'Consultative Regional Platform 3+3', reason: 'name of a format' }],
  },

  d3021: {
    file: '021_azvision_bayramov_zalkaliani.txt',
    url: 'https://en.azvision.az/news/143696/-azerbaijani-fm-meets-his-georgian-counterpart-.html',
    outlet: 'AzVision',
    style: 'regional press (Azerbaijani news site), ministry readout',
    patterns: ['meeting "On May 5" (article date) during a prime minister’s visit', 'meeting of two leaders mentioned only by office ("the Prime Minister of Georgia and the President of the Republic of Azerbaijan")', 'participle clauses before the subject (Welcoming his counterpart, …; Noting that …, …)', 'He strongly stressed …, and in turn, noted … (pronoun, two verbs)', 'agentless "was emphasized"', 'first person plural of the ministry ("our country", "our countries")', 'page cut: the last, incomplete paragraph dropped'],
    actors: [
      { name: 'Jeyhun Bayramov', kind: P, role: 'Foreign Minister of Azerbaijan', surface: ['Azerbaijan’s Foreign Minister Jeyhun Bayramov', 'Minister Jeyhun Bayramov'] },
      { name: 'David Zalkaliani', kind: P, role: 'Foreign Minister of Georgia', surface: ['his Georgian counterpart David Zalkaliani', 'Minister David Zalkaliani', 'Minister Zalkaliani', 'He', 'his colleague'] },
      { name: 'Irakli Garibashvili', kind: P, role: 'Prime Minister of Georgia', surface: ['Georgian Prime Minister Irakli Garibashvili', 'the Prime Minister of Georgia'] },
      { name: 'Ilham Aliyev', kind: P, role: 'President of Azerbaijan', surface: ['the President of the Republic of Azerbaijan'] },
      { name: 'Ministry of Foreign Affairs of Azerbaijan', kind: O, role: null, surface: ['the Azerbaijani Foreign Ministry'] },
      { name: 'AzVision', kind: O, role: 'news site', media: true, surface: ['AzVision.az'] },
    ],
    quotes: [],
    reported: [
      { speaker: 'Ministry of Foreign Affairs of Azerbaijan', from: 'On May 5, Azerbaijan’s Foreign Minister', to: 'told AzVision.az.', optional: true, note: 'only that the meeting took place' },
      { speaker: 'Jeyhun Bayramov', from: 'Welcoming his counterpart, Minister Jeyhun Bayramov noted', to: 'between the two countries.' },
      { speaker: 'Jeyhun Bayramov', from: 'The importance of further development', to: 'was emphasized.', optional: true, implicit_speaker: true, note: 'agentless, after Bayramov’s remark' },
      { speaker: 'David Zalkaliani', text: 'Minister David Zalkaliani expressed gratitude for the hospitality.', optional: true, note: 'thanks, no content' },
      { speaker: 'David Zalkaliani', from: 'Noting that a very productive meeting', to: 'cooperation between our countries.' },
      { speaker: 'David Zalkaliani', from: 'He strongly stressed', to: "Georgia's territorial integrity." },
      { speaker: 'Jeyhun Bayramov', from: 'Minister Jeyhun Bayramov informed his colleague', to: 'position on this issue.' },
    ],
    contacts: [
      { a: 'Jeyhun Bayramov', b: 'David Zalkaliani', kind: 'meeting', date: '2021-05-05', status: 'held', date_text: 'On May 5', evidence: 'On May 5, Azerbaijan’s Foreign Minister Jeyhun Bayramov met with his Georgian counterpart David Zalkaliani' },
      { a: 'Irakli Garibashvili', b: 'Ilham Aliyev', kind: 'meeting', date: null, status: 'held', date_text: null, evidence: 'a very productive meeting was held between the Prime Minister of Georgia and the President of the Republic of Azerbaijan', note: 'parties named only by office; no day given' },
    ],
    excluded: [],
  },

  d3022: {
    file: '022_urdupoint_wang_mirzoyan_letter.txt',
    url: 'https://www.urdupoint.com/en/world/wang-congratulates-new-armenian-counterpart-1331218.html',
    outlet: 'UrduPoint (Sputnik)',
    style: 'international press (Pakistani site relaying Sputnik), report of a congratulatory letter',
    patterns: ['no headline in the stored page: the body starts on the date line with a "YEREVAN (UrduPoint News / Sputnik - 21st August, 2021)" dateline', 'a letter (contact kind letter, no day)', 'X has expressed … in a letter, the ministry said on Saturday (speaker and source)', 'bracketed insertion at the start of a quote ("[I am] ready …")', '“…,” X said, as quoted by the ministry (bare frame)', 'a document as subject of a speech verb ("The congratulatory message highlighted …")'],
    actors: [
      { name: 'Wang Yi', kind: P, role: 'Foreign Minister of China', surface: ['Chinese Foreign Minister Wang Yi', 'Wang'] },
      { name: 'Ararat Mirzoyan', kind: P, role: 'Foreign Minister of Armenia', surface: ['his new Armenian counterpart, Ararat Mirzoyan', 'Mirzoyan'] },
      { name: 'Ministry of Foreign Affairs of Armenia', kind: O, role: null, surface: ['the Armenian ministry'] },
      { name: 'UrduPoint', kind: O, role: 'news site', media: true, surface: ['UrduPoint News'] },
      { name: 'Sputnik', kind: O, role: 'news agency', media: true, surface: ['Sputnik'] },
    ],
    quotes: [
      { speaker: 'Wang Yi', text: '[I am] ready together with you to strengthen the ties and interaction between our ministries and deepen the multifaceted cooperation to lift Chinese-Armenian relations to a new level of development,' },
    ],
    reported: [
      { speaker: 'Wang Yi', from: 'YEREVAN (UrduPoint News', to: 'the Armenian ministry said on Saturday.', note: 'Wang’s letter as relayed by the Armenian ministry; the span includes the dateline because the sentence follows it without a dash' },
      { speaker: 'Wang Yi', from: 'The congratulatory message highlighted', to: 'bilateral cooperation.', note: 'the message stands for its author' },
    ],
    contacts: [
      { a: 'Wang Yi', b: 'Ararat Mirzoyan', kind: 'letter', date: null, status: 'held', date_text: null, evidence: 'in a congratulatory letter to his new Armenian counterpart, Ararat Mirzoyan', note: 'the day of the letter is not given (reported on Saturday)' },
    ],
    excluded: [],
  },

  d3023: {
    file: '023_asbarez_border_commission_video.txt',
    url: 'https://hyetert.org/2025/02/15/armenia-and-azerbaijan-hold-more-border-delimitation-talks/',
    outlet: 'Asbarez (via Hyetert)',
    style: 'diaspora press (Armenian-American daily), report quoting joint and ministry statements',
    patterns: ['talks "on Friday" over video conference (a call the day before)', 'a joint commission as speaker; its statement quoted in two pieces around the frame', 'According to Armenian government press sources (optional: only that the talks took place)', 'a ministry statement "following the meeting last month" with a quotation after a colon', 'The Armenian statement said … that the parties “…” (partial quote inside reported speech)', 'earlier meeting "last month" and a next "in-person" meeting (no days, parties implied)'],
    actors: [
      { name: 'Mher Grigoryan', kind: P, role: 'Deputy Prime Minister of Armenia', surface: ['Mher Grigoryan'] },
      { name: 'Shahin Mustafayev', kind: P, role: 'Deputy Prime Minister of Azerbaijan', surface: ['Shahin Mustafayev'] },
      { name: 'Armenia-Azerbaijan Border Delimitation Commissions', kind: O, role: 'joint meeting of the two government commissions', surface: ['the border delimitation commission', 'the commission'] },
      { name: 'Ministry of Foreign Affairs of Armenia', kind: O, role: null, surface: ['Armenia’s foreign ministry', 'The Armenian statement'] },
      { name: 'Government of Armenia', kind: O, role: null, surface: ['Armenian government press sources'] },
    ],
    quotes: [
      { speaker: 'Armenia-Azerbaijan Border Delimitation Commissions', text: 'During the meeting, the Parties discussed the draft guidelines required for the entire range of delimitation works, as well as exchanged views on issues related to the organization of the next in-person meeting of the Commissions,' },
      { speaker: 'Armenia-Azerbaijan Border Delimitation Commissions', text: 'The parties agreed to set the date and location of the next meeting through working channels.', note: 'second piece of the joint statement, after the frame' },
      { speaker: 'Ministry of Foreign Affairs of Armenia', text: 'from the point of intersection of the borders of Armenia, Azerbaijan and Georgia and then in the southern direction, from north to south,' },
      { speaker: 'Ministry of Foreign Affairs of Armenia', text: 'discussed draft guidelines on the procedure for carrying out the delimitation work.' },
    ],
    reported: [
      { speaker: 'Government of Armenia', from: 'Representatives of Armenia and Azerbaijan held', to: 'Armenian government press sources.', optional: true, note: 'only that the talks took place' },
      { speaker: 'Mher Grigoryan', text: 'During a similar meeting last month, the sides reported more progress on delimiting the border.', optional: true, note: 'collective "the sides"' },
      { speaker: 'Ministry of Foreign Affairs of Armenia', from: 'A statement issued by Armenia’s foreign ministry', to: 'borders with Iran.', mixed: true },
      { speaker: 'Ministry of Foreign Affairs of Armenia', from: 'The Armenian statement said in this regard', to: 'the delimitation work.”', mixed: true },
    ],
    contacts: [
      { a: 'Mher Grigoryan', b: 'Shahin Mustafayev', kind: 'call', date: '2025-02-14', status: 'held', date_text: 'on Friday', evidence: 'spoke over video conference', note: 'a video conference; the statement calls it a meeting' },
      { a: 'Mher Grigoryan', b: 'Shahin Mustafayev', kind: 'meeting', date: null, status: 'held', optional: true, date_text: 'last month', evidence: 'During a similar meeting last month', note: 'parties implied (the commissions they head)' },
      { a: 'Mher Grigoryan', b: 'Shahin Mustafayev', kind: 'meeting', date: null, status: 'planned', optional: true, date_text: null, evidence: 'the organization of the next in-person meeting of the Commissions' },
    ],
    excluded: [],
  },

  d3024: {
    file: '024_primeminister_pashinyan_aref.txt',
    url: 'https://primeminister.am/en/press-release/item/2024/10/01/Nikol-Pashinyan-meeting',
    outlet: 'Office of the Prime Minister of Armenia',
    style: 'government readout (Armenian prime minister’s office)',
    patterns: ['meeting with no day in the body (date null)', 'official absent from the dictionary (Iran’s First Vice President Mohammad Reza Aref)', 'long roles pointing back ("the First Deputy President of the Republic of Iran", "the First Deputy President of the Islamic Republic of Iran")', 'Reaffirming the words of the Supreme Leader …, X emphasized … (a third person’s words inside reported speech)', 'congratulations and thanks (optional)', 'project name in straight quotation marks, twice (excluded)'],
    actors: [
      { name: 'Nikol Pashinyan', kind: P, role: 'Prime Minister of Armenia', surface: ['Prime Minister Nikol Pashinyan', 'The Prime Minister', 'Nikol Pashinyan', 'Prime Minister Pashinyan'] },
      { name: 'Mohammad Reza Aref', kind: P, role: 'First Vice President of Iran', surface: ['Mohammad Reza Aref', 'Mr. Aref', 'the First Deputy President of the Republic of Iran', 'the First Deputy President of the Islamic Republic of Iran', 'he'] },
      { name: 'Ali Khamenei', kind: P, role: 'Supreme Leader of Iran', surface: ['the Supreme Leader of the Islamic Revolution, Seyyed Ali Khamenei'] },
    ],
    quotes: [],
    reported: [
      { speaker: 'Nikol Pashinyan', from: 'The Prime Minister congratulated Mr. Aref', to: 'future activities.', optional: true, note: 'congratulations and good wishes' },
      { speaker: 'Nikol Pashinyan', from: 'Nikol Pashinyan noted that the continuous development', to: 'of the Armenian Government.' },
      { speaker: 'Nikol Pashinyan', from: 'The Prime Minister highly appreciated', to: 'internationally recognized state borders.' },
      { speaker: 'Mohammad Reza Aref', from: 'Mohammad Reza Aref thanked for the warm welcome', to: "anniversary of Armenia's independence.", optional: true, note: 'thanks and congratulations' },
      { speaker: 'Mohammad Reza Aref', from: 'Reaffirming the words of the Supreme Leader', to: 'border changes in the region unacceptable.' },
      { speaker: 'Mohammad Reza Aref', from: "At the same time, he emphasized Iran's determination", to: 'cooperation with Armenia.' },
      { speaker: 'Nikol Pashinyan', from: 'Prime Minister Pashinyan referred to', to: 'equality and reciprocity.' },
      { speaker: 'Mohammad Reza Aref', from: 'In turn, the First Deputy President', to: 'Government of the Republic of Armenia.' },
    ],
    contacts: [
      { a: 'Nikol Pashinyan', b: 'Mohammad Reza Aref', kind: 'meeting', date: null, status: 'held', date_text: null, evidence: 'Prime Minister Nikol Pashinyan received Mohammad Reza Aref', note: 'no day in the text (the release’s date line was dropped with the page furniture)' },
    ],
    excluded: [
      { text: 'Crossroads of Peace', nth: 0, reason: 'name of a government project' },
      { text: 'Crossroads of Peace', nth: 1, reason: 'name of a government project' },
    ],
  },

  d3025: {
    file: '025_primeminister_pashinyan_zarif.txt',
    url: 'https://www.primeminister.am/en/press-release/item/2021/01/27/Nikol-Pashinyan-Minister-of-Foreign-Affairs-of-Iran/',
    outlet: 'Office of the Prime Minister of Armenia',
    style: 'government readout with opening remarks quoted in full',
    patterns: ['headline made of a paraphrased quotation in curly marks (optional quote)', 'meeting "today" (article date)', 'the Prime Minister said: “…” (colon frame, six-sentence quote)', 'role-only speaker of a quote ("Iran’s Foreign Minister noted: “…")', 'a quotation left open at the end of the paragraph (it continues on the page without a mark; the article is cut there)', 'greetings of a third leader conveyed (optional contact)'],
    actors: [
      { name: 'Nikol Pashinyan', kind: P, role: 'Prime Minister of Armenia', surface: ['PM', 'Prime Minister Nikol Pashinyan', 'the Prime Minister'] },
      { name: 'Mohammad Javad Zarif', kind: P, role: 'Foreign Minister of Iran', surface: ['Iran’s Foreign Minister', 'Minister of Foreign Affairs of the Islamic Republic of Iran Mohammad Javad Zarif', 'the Iranian Foreign Minister'] },
      { name: 'Hassan Rouhani', kind: P, role: 'President of Iran', surface: ['President Rouhani'] },
    ],
    quotes: [
      { speaker: 'Nikol Pashinyan', text: 'Regional stability and peace are in our common interests', optional: true, note: 'headline: a paraphrase of the Prime Minister’s remarks put in quotation marks' },
      { speaker: 'Nikol Pashinyan', text: 'Dear Mr. Minister, dear colleagues, I welcome you. We have many important issues to discuss today: the development and deepening of our bilateral relations, including issues of cooperation on various platforms. Of course, the current situation in the region will be one of the most important topics of our discussions. I believe that stability, peace and sustainable development in the region are in our common interests. Indeed, our bilateral relations are underpinned by traditional friendship. We are always pleased to host Iran’s representatives in our country and in our government.' },
      { speaker: 'Mohammad Javad Zarif', text: 'Dear Mr. Prime Minister, thank you for giving me and my colleagues the opportunity to meet with you. I have to convey President Rouhani’s cordial greetings to you. He wished you good health and every success. Armenia is a good neighbor of the Islamic Republic of Iran; we have very warm relations with the Republic of Armenia. Personally, you are highly respected in Iran for the courage you showed to achieve peace.', unclosed: true, note: 'the quotation continues beyond the cut; no closing mark' },
    ],
    reported: [],
    contacts: [
      { a: 'Nikol Pashinyan', b: 'Mohammad Javad Zarif', kind: 'meeting', date: '2021-01-27', status: 'held', date_text: 'today', evidence: 'Prime Minister Nikol Pashinyan today received … Mohammad Javad Zarif' },
      { a: 'Hassan Rouhani', b: 'Nikol Pashinyan', kind: 'other', date: '2021-01-27', status: 'held', optional: true, date_text: 'today', evidence: 'I have to convey President Rouhani’s cordial greetings to you', note: 'greetings conveyed by the visiting minister' },
    ],
    excluded: [],
  },

  d3026: {
    file: '026_trend_mirziyoyev_aliyev_dushanbe.txt',
    url: 'https://en.trend.az/azerbaijan/politics/3797121.html',
    outlet: 'Trend',
    style: 'agency (Azerbaijani news agency), remarks at a Central Asian summit',
    patterns: ['no headline in the stored page: "BAKU, Azerbaijan, September 14." dateline on the date line', 'a Central Asian summit with a guest head of state, held "today"', 'statement, then "X said, Trend reports" (speaker after a long clause)', 'quotation addressed to the other party ("Your participation …"), frame "he said at …"'],
    actors: [
      { name: 'Shavkat Mirziyoyev', kind: P, role: 'President of Uzbekistan', surface: ['the President of Uzbekistan Shavkat Mirziyoyev', 'he', 'President of Uzbekistan Shavkat Mirziyoyev'] },
      { name: 'Ilham Aliyev', kind: P, role: 'President of Azerbaijan', surface: ['President Ilham Aliyev', 'President of the Republic of Azerbaijan Ilham Aliyev'] },
      { name: 'Trend', kind: O, role: 'news agency', media: true, surface: ['Trend'] },
    ],
    quotes: [
      { speaker: 'Shavkat Mirziyoyev', text: 'I am glad to see President of the Republic of Azerbaijan Ilham Aliyev. Your participation is another confirmation of the deep historical interconnectedness and the current high level of cooperation between the countries of the region and Azerbaijan,' },
    ],
    reported: [
      { speaker: 'Shavkat Mirziyoyev', from: 'The participation of President Ilham Aliyev', to: 'Mirziyoyev said, Trend reports.' },
    ],
    contacts: [
      { a: 'Shavkat Mirziyoyev', b: 'Ilham Aliyev', kind: 'meeting', date: '2023-09-14', status: 'held', date_text: 'today', evidence: 'I am glad to see President of the Republic of Azerbaijan Ilham Aliyev … he said at the fifth Consultative Meeting of the Heads of State of Central Asia held today in Dushanbe', note: 'the other heads of state are not named' },
    ],
    excluded: [],
  },

  d3027: {
    file: '027_reportaz_aliyev_uza_interview.txt',
    url: 'https://report.az/en/domestic-politics/president-azerbaijan-attaches-special-importance-to-the-comprehensive-development-of-cooperation-with-all-central-asian-countries',
    outlet: 'Report.az',
    style: 'agency (Azerbaijani news agency), quotes from an interview given to another agency',
    patterns: ['headline "President: …" without final punctuation (not annotated)', 'bracketed editorial insertion inside a quote ("(Central Asia)")', '“…,” X stated in an interview with …, Report informs (bare frame with two agencies)', 'The head of state said: “…” (role, colon frame)', 'no contacts (an interview is not a contact)'],
    actors: [
      { name: 'Ilham Aliyev', kind: P, role: 'President of Azerbaijan', surface: ['President Ilham Aliyev', 'The head of state'] },
      { name: 'UzA', kind: O, role: 'news agency of Uzbekistan', media: true, surface: ["Uzbekistan's UzA agency"] },
      { name: 'Report', kind: O, role: 'news agency', media: true, surface: ['Report informs'] },
    ],
    quotes: [
      { speaker: 'Ilham Aliyev', text: 'Azerbaijan attaches special importance to the comprehensive development of collaboration with all countries in the region (Central Asia) at the highest level,' },
      { speaker: 'Ilham Aliyev', text: 'I believe that the strategic partnership and allied relations established between the countries of Central Asia and Azerbaijan on a bilateral basis, as well as our active political dialogue and reciprocal visits, play a key role in making this cooperation format successful.' },
    ],
    reported: [],
    contacts: [],
    excluded: [],
  },

  d3028: {
    file: '028_civilge_kobakhidze_herczynski.txt',
    url: 'https://civil.ge/archives/665418',
    outlet: 'Civil.ge',
    style: 'regional press (Georgian news site), exchange of accusations',
    patterns: ['no headline in the stored page: the body starts on the date line', 'many short partial quotes inside reported speech (“complicit in violence”, “lost in the elections”)', 'mismatched quotation marks (‘collective UNM”)', 'a quoted phrase that recurs inside a later full quote (first occurrence picked)', 'nominal for the speaker ("The GD strongman")', 'a quote by the other party "yesterday" (reported speech one day back)', '“…,” X told reporters (bare frame)', 'the next paragraph ends its quotation with a wrong mark and is cut away'],
    actors: [
      { name: 'Irakli Kobakhidze', kind: P, role: 'Prime Minister of Georgia', surface: ['Irakli Kobakhidze', 'Kobakhidze', 'He', 'The GD strongman'] },
      { name: 'Paweł Herczyński', kind: P, role: 'EU Ambassador to Georgia', surface: ['the EU ambassador to Georgia, Paweł Herczyński', 'the EU Ambassador', 'the EU ambassador', 'Paweł Herczyński', 'Herczyński', 'Ambassador Herczyński'] },
    ],
    quotes: [
      { speaker: 'Irakli Kobakhidze', text: 'complicit in violence', nth: 0 },
      { speaker: 'Irakli Kobakhidze', text: 'continues to incite violence', nth: 0 },
      { speaker: 'Irakli Kobakhidze', text: 'violent rallies', nth: 0, note: 'what Kobakhidze described as “violent rallies”' },
      { speaker: 'Irakli Kobakhidze', text: 'collective UNM', note: 'opened with ‘ and closed with ”' },
      { speaker: 'Paweł Herczyński', text: 'those responsible for human rights violations, intimidation and violence' },
      { speaker: 'Paweł Herczyński', text: 'The European Union cannot accept violence, impunity, and intimidation that has been going on for nearly three months now,' },
      { speaker: 'Irakli Kobakhidze', text: 'in favor of the collective United National Movement' },
      { speaker: 'Irakli Kobakhidze', text: 'against the Georgian Dream,' },
      { speaker: 'Irakli Kobakhidze', text: 'lost in the elections' },
      { speaker: 'Irakli Kobakhidze', text: 'he never condemned violent rallies' },
      { speaker: 'Irakli Kobakhidze', text: 'Therefore, unfortunately, this individual too is complicit in violence and continues to incite violence, but this attempt of his is no longer successful,' },
    ],
    reported: [
      { speaker: 'Irakli Kobakhidze', from: 'Irakli Kobakhidze, the Georgian Dream (GD) Prime Minister, said', to: '“violent rallies” in Georgia.', mixed: true },
      { speaker: 'Irakli Kobakhidze', text: 'He also accused the EU Ambassador of attempting to bring the ‘collective UNM” to power.', mixed: true },
      { speaker: 'Paweł Herczyński', from: 'The GD strongman’s attack on the EU ambassador comes a day after', to: 'peaceful protesters in Georgia.', mixed: true, note: 'the sentence reports what Herczyński told journalists the day before' },
      { speaker: 'Irakli Kobakhidze', from: 'In response, Irakli Kobakhidze said in comments', to: '“against the Georgian Dream,”.', mixed: true },
      { speaker: 'Irakli Kobakhidze', from: 'He also noted that Ambassador Herczyński', to: '“he never condemned violent rallies” in Georgia.', mixed: true },
    ],
    contacts: [],
    excluded: [],
  },

  d3029: {
    file: '029_xinhua_xi_garibashvili.txt',
    url: 'http://en.people.cn/n3/2023/0728/c90000-20050648.html',
    outlet: 'Xinhua (via People’s Daily Online)',
    style: 'wire (Chinese state agency)',
    patterns: ['"CHENGDU, July 28 (Xinhua) --" dateline; meeting "on Friday" in a Friday article', 'a run of paraphrased statements with the frame at the end ("…, Xi said") and pronoun frames ("He said that …", "He also stressed that …")', 'a joint statement announced for later in the visit (no contact)', 'photo caption and time line dropped; the last, incomplete paragraph dropped'],
    actors: [
      { name: 'Xi Jinping', kind: P, role: 'President of China', surface: ['Chinese President Xi Jinping', 'Xi', 'He'] },
      { name: 'Irakli Garibashvili', kind: P, role: 'Prime Minister of Georgia', surface: ['Georgian Prime Minister Irakli Garibashvili', 'Garibashvili'] },
      { name: 'Xinhua', kind: O, role: 'news agency', media: true, surface: ['Xinhua'] },
    ],
    quotes: [],
    reported: [
      { speaker: 'Xi Jinping', from: 'Over the past 31 years', to: 'in various fields, Xi said.' },
      { speaker: 'Xi Jinping', from: "He said that during Garibashvili's visit", to: 'China-Georgia strategic partnership.' },
      { speaker: 'Xi Jinping', from: 'Taking this as a new starting point', to: 'both countries, Xi said.' },
      { speaker: 'Xi Jinping', from: 'Xi said China and Georgia should understand', to: 'mutual trust and equality.' },
      { speaker: 'Xi Jinping', from: 'He also stressed that both sides', to: 'cooperation in various fields.' },
    ],
    contacts: [
      { a: 'Xi Jinping', b: 'Irakli Garibashvili', kind: 'meeting', date: '2023-07-28', status: 'held', date_text: 'on Friday', evidence: 'Chinese President Xi Jinping on Friday met with Georgian Prime Minister Irakli Garibashvili in Chengdu' },
    ],
    excluded: [],
  },

  d3030: {
    file: '030_azernews_bayramov_borg.txt',
    url: 'https://www.azernews.az/nation/226028.html',
    outlet: 'AzerNews',
    style: 'regional press (Azerbaijani English daily), meeting report with a quote',
    patterns: ['no headline in the stored page: the body starts on the date line (time stamp and byline dropped)', 'long title between commas ("OSCE Chairman-in-Office, Minister of Foreign, European Affairs, and Trade of the Republic of Malta, Ian Borg")', 'meeting with no day in the text', 'X said that …; The minister noted that … (role)', 'quotation of three sentences, frame "minister Bayramov said" (lower-case title)'],
    actors: [
      { name: 'Jeyhun Bayramov', kind: P, role: 'Foreign Minister of Azerbaijan', surface: ["Azerbaijan's Foreign Minister, Jeyhun Bayramov", 'the Minister of Foreign Affairs of Azerbaijan, Jeyhun Bayramov', 'The minister', 'minister Bayramov'] },
      { name: 'Ian Borg', kind: P, role: 'Foreign Minister of Malta; OSCE Chairperson-in-Office', surface: ['Ian Borg'] },
      { name: 'AzerNews', kind: O, role: 'newspaper', media: true, surface: ['Azernews'] },
    ],
    quotes: [
      { speaker: 'Jeyhun Bayramov', text: 'There is no need to finance these archaic institutions that use old expressions from the limited budget of the OSCE. OSCE can support other projects. It can support projects such as mine safety, the return of former displaced persons to their homes, and the elimination of damage to the environment,' },
    ],
    reported: [
      { speaker: 'Jeyhun Bayramov', from: 'The parties discussed the issues of cooperation', to: 'post-conflict period in the region.', optional: true, note: 'collective, topics only' },
      { speaker: 'Jeyhun Bayramov', from: 'They discussed the situation', to: 'between Azerbaijan and Armenia.', optional: true, note: 'collective, topic only' },
      { speaker: 'Jeyhun Bayramov', from: 'During the meeting, the Minister of Foreign Affairs', to: 'have not yielded results.' },
      { speaker: 'Jeyhun Bayramov', text: 'The minister noted that the mandate of these institutions has expired and they are operating archaically.' },
    ],
    contacts: [
      { a: 'Jeyhun Bayramov', b: 'Ian Borg', kind: 'meeting', date: null, status: 'held', date_text: null, evidence: 'had a meeting with OSCE Chairman-in-Office, …, Ian Borg', note: 'no day in the text' },
    ],
    excluded: [],
  },

  d3031: {
    file: '031_trend_bayramov_cochairs.txt',
    url: 'https://en.trend.az/azerbaijan/politics/3349086.html',
    outlet: 'Trend',
    style: 'agency (Azerbaijani news agency), short meeting note',
    patterns: ['dateline and "Trend:" on their own lines', 'one minister meeting four mediators at once (four pairs; the mediators are one delegation)', 'misspelled names (Andrew "Schaefer" for Schofer; "Stephane" without accent)', 'an ambassador standing in for a co-chair', 'meeting "On December 12, 2020" (article date)', 'agentless "The meeting discussed …"'],
    actors: [
      { name: 'Jeyhun Bayramov', kind: P, role: 'Foreign Minister of Azerbaijan', surface: ['Foreign Minister Jeyhun Bayramov'] },
      { name: 'Stéphane Visconti', kind: P, role: 'French Co-Chair of the OSCE Minsk Group', surface: ['Stephane Visconti'] },
      { name: 'Andrew Schofer', kind: P, role: 'U.S. Co-Chair of the OSCE Minsk Group', surface: ['Andrew Schaefer'] },
      { name: 'Mikhail Bocharnikov', kind: P, role: 'Ambassador of Russia to Azerbaijan', surface: ['Russian Ambassador to Azerbaijan Mikhail Bocharnikov'] },
      { name: 'Andrzej Kasprzyk', kind: P, role: 'Personal Representative of the OSCE Chairperson-in-Office', surface: ['Personal Representative of the OSCE Chairman-in-Office Andrzej Kasprzyk'] },
      { name: 'Trend', kind: O, role: 'news agency', media: true, surface: ['Trend'] },
    ],
    quotes: [],
    reported: [
      { speaker: null, text: 'The meeting discussed the situation in the region and the implementation of the November 10 statement.', optional: true, note: 'agentless, topics only' },
    ],
    contacts: [
      { a: 'Jeyhun Bayramov', b: 'Stéphane Visconti', kind: 'meeting', date: '2020-12-12', status: 'held', date_text: 'On December 12, 2020', evidence: 'met with OSCE Minsk Group Co-Chairs Stephane Visconti (France)' },
      { a: 'Jeyhun Bayramov', b: 'Andrew Schofer', kind: 'meeting', date: '2020-12-12', status: 'held', date_text: 'On December 12, 2020', evidence: 'Andrew Schaefer (USA)' },
      { a: 'Jeyhun Bayramov', b: 'Mikhail Bocharnikov', kind: 'meeting', date: '2020-12-12', status: 'held', date_text: 'On December 12, 2020', evidence: 'Russian Ambassador to Azerbaijan Mikhail Bocharnikov' },
      { a: 'Jeyhun Bayramov', b: 'Andrzej Kasprzyk', kind: 'meeting', date: '2020-12-12', status: 'held', date_text: 'On December 12, 2020', evidence: 'Personal Representative of the OSCE Chairman-in-Office Andrzej Kasprzyk' },
    ],
    excluded: [],
  },

  d3032: {
    file: '032_infocom_aliyev_peace_treaty.txt',
    url: 'https://infocom.am/en/article/89737',
    outlet: 'Infocom',
    style: 'regional press (Armenian news site) relaying Interfax',
    patterns: ['speech "today" relayed through another agency ("Interfax’s Azerbaijani service reports")', 'editorial insertions inside quotes ("(the preparation of the peace treaty - ed.)", "(meaning Artsakh Republic - ed.)")', 'roles for the speaker: The leader of Azerbaijan, the President of Azerbaijan, He/he', 'a meeting "a few days ago" of "the foreign ministers of Azerbaijan and Armenia" inside a quote (parties by office only; optional)', 'capital inside reported speech (Baku = the speaker’s government)', 'double spaces between sentences (a reported span starts at the second space)'],
    actors: [
      { name: 'Ilham Aliyev', kind: P, role: 'President of Azerbaijan', surface: ['President of Azerbaijan Ilham Aliyev', 'Aliyev', 'The leader of Azerbaijan', 'He', 'he', 'the President of Azerbaijan'] },
      { name: 'Interfax', kind: O, role: 'news agency', media: true, surface: ["Interfax's Azerbaijani service"] },
      { name: 'Jeyhun Bayramov', kind: P, role: 'Foreign Minister of Azerbaijan', surface: [], note: 'not named: "the foreign ministers of Azerbaijan and Armenia"' },
      { name: 'Ararat Mirzoyan', kind: P, role: 'Foreign Minister of Armenia', surface: [], note: 'not named: "the foreign ministers of Azerbaijan and Armenia"' },
    ],
    quotes: [
      { speaker: 'Ilham Aliyev', text: 'We have some optimism regarding the peace process, because recently, a few days ago, the meeting of the foreign ministers of Azerbaijan and Armenia took place, the first meeting of its kind with the agenda of the preparation of the draft peace treaty. We hope that (the preparation of the peace treaty - ed.) will not take long,' },
      { speaker: 'Ilham Aliyev', text: 'If it is the choice of Armenia, then they are making another serious mistake,' },
      { speaker: 'Ilham Aliyev', text: "Azerbaijan's internal matter" },
      { speaker: 'Ilham Aliyev', text: "Karabakh is Azerbaijan, and the second Karabakh war confirmed that. During the occupation, no country, including Armenia, recognized this artificial entity (meaning Artsakh Republic - ed.). These are issues related to Azerbaijan's internal affairs, we have never discussed it with international institutions or any country," },
    ],
    reported: [
      { speaker: 'Ilham Aliyev', from: 'President of Azerbaijan Ilham Aliyev expressed hope', to: 'will not take long.' },
      { speaker: 'Ilham Aliyev', from: 'The leader of Azerbaijan emphasized that', to: 'to reach an agreement.' },
      { speaker: 'Ilham Aliyev', from: 'He added that Azerbaijan followed', to: 'settlement negotiations.' },
      { speaker: 'Ilham Aliyev', text: 'Aliyev called on Armenia to refrain from such politics.' },
      { speaker: 'Ilham Aliyev', from: 'Aliyev reminded that after the 44-day war', to: 'based on 5 principles.' },
      { speaker: 'Ilham Aliyev', from: 'He also stated that Baku is not going to discuss', to: `internal matter".`, mixed: true },
      { speaker: 'Ilham Aliyev', from: ' Aliyev added that the Armenian population', to: 'citizens of Azerbaijan.', note: 'the page has two spaces before this sentence; the span starts at the second one' },
    ],
    contacts: [
      { a: 'Jeyhun Bayramov', b: 'Ararat Mirzoyan', kind: 'meeting', date: null, status: 'held', optional: true, date_text: 'a few days ago', evidence: 'a few days ago, the meeting of the foreign ministers of Azerbaijan and Armenia took place', note: 'parties by office only, inside a quote' },
    ],
    excluded: [],
  },

  d3033: {
    file: '033_alphanews_aliyev_five_principles.txt',
    url: 'https://alphanews.am/en/aliyev-says-armenia-is-close-to-adopting-five-basic-principles-of-peace-treaty/',
    outlet: 'Alpha News',
    style: 'regional press (Armenian news site), report of a speech at a conference',
    patterns: ['statement first, "President Ilham Aliyev said …, stressing that “…”" (mixed)', 'The Azerbaijani President added that … (role)', 'According to Aliyev, … (reported speech)', '“…,” he said, calling on the Armenian side to “…” (quote followed by paraphrase with a second quote)', 'a "next trilateral meeting in Brussels" whose parties are named only as countries and the EU (optional planned contacts)'],
    actors: [
      { name: 'Ilham Aliyev', kind: P, role: 'President of Azerbaijan', surface: ['President Ilham Aliyev', 'he', 'The Azerbaijani President', 'Aliyev'] },
      { name: 'Nikol Pashinyan', kind: P, role: 'Prime Minister of Armenia', surface: [], note: 'not named: party of the planned trilateral meeting' },
      { name: 'Charles Michel', kind: P, role: 'President of the European Council', surface: [], note: 'not named: host of the planned trilateral meeting in Brussels' },
    ],
    quotes: [
      { speaker: 'Ilham Aliyev', text: 'Armenia is close to adopting the five basic principles of the peace treaty.' },
      { speaker: 'Ilham Aliyev', text: 'The peace treaty is a document with a maximum of 6-7 pages, including less than 20 articles. At the same time, it took Armenia as much as 70 days to respond to our remarks,' },
      { speaker: 'Ilham Aliyev', text: 'The Azerbaijani side sent its last remarks on September 11,' },
      { speaker: 'Ilham Aliyev', text: 'We would like there to be no war at all between the two countries, and there should be guarantees in this regard,' },
      { speaker: 'Ilham Aliyev', text: 'forget about the history of the Nagorno-Karabakh and start delimitation of the border.' },
      { speaker: 'Ilham Aliyev', text: 'Considering that we have already held five meetings so far, the next meeting should be result-oriented. Armenia, Azerbaijan, and the EU need to agree on a draft statement. We need to prepare well for the meeting,' },
    ],
    reported: [
      { speaker: 'Ilham Aliyev', from: 'The draft peace treaty between Yerevan and Baku', to: 'of the peace treaty.”', mixed: true },
      { speaker: 'Ilham Aliyev', from: 'The Azerbaijani President added that', to: 'between Yerevan and Baku.' },
      { speaker: 'Ilham Aliyev', from: 'According to Aliyev, Azerbaijan needs guarantees', to: 'attempt to take revenge.' },
      { speaker: 'Ilham Aliyev', from: '“We would like there to be no war', to: 'delimitation of the border.”', mixed: true },
      { speaker: 'Ilham Aliyev', from: 'Aliyev noted that Azerbaijan is counting', to: 'relations with Armenia.' },
    ],
    contacts: [
      { a: 'Ilham Aliyev', b: 'Nikol Pashinyan', kind: 'meeting', date: null, status: 'planned', optional: true, date_text: null, evidence: 'the next trilateral meeting in Brussels', note: 'parties implied (Armenia, Azerbaijan and the EU)' },
      { a: 'Ilham Aliyev', b: 'Charles Michel', kind: 'meeting', date: null, status: 'planned', optional: true, date_text: null, evidence: 'the next trilateral meeting in Brussels' },
      { a: 'Nikol Pashinyan', b: 'Charles Michel', kind: 'meeting', date: null, status: 'planned', optional: true, date_text: null, evidence: 'the next trilateral meeting in Brussels' },
    ],
    excluded: [],
  },

  d3034: {
    file: '034_trtworld_aliyev_chungong.txt',
    url: 'https://www.trtworld.com/article/16844537',
    outlet: 'TRT World',
    style: 'international press (Turkish public broadcaster), report of a presidential statement',
    patterns: ['no headline in the stored page: the body starts on the date line', 'two frames in one sentence ("X said …, his office has said in a statement")', 'a short scare-like quote that is the speaker’s phrase (“de facto peace”)', '“…,” X told a meeting on Thursday with Y (bare frame that also gives a meeting on the article date)', 'official absent from the dictionary (IPU Secretary General Martin Chungong)'],
    actors: [
      { name: 'Ilham Aliyev', kind: P, role: 'President of Azerbaijan', surface: ['Azerbaijani President Ilham Aliyev', 'Aliyev'] },
      { name: 'Martin Chungong', kind: P, role: 'Secretary General of the Inter-Parliamentary Union', surface: ['Secretary General of the Inter-Parliamentary Union Martin Chungong'] },
      { name: 'Office of the President of Azerbaijan', kind: O, role: null, surface: ['his office'] },
    ],
    quotes: [
      { speaker: 'Ilham Aliyev', text: 'de facto peace' },
      { speaker: 'Ilham Aliyev', text: "But in order to bring this process to a logical end, a peace treaty must be signed and Armenia's territorial claims against Azerbaijan end," },
    ],
    reported: [
      { speaker: 'Ilham Aliyev', from: 'Azerbaijani President Ilham Aliyev said there already exists', to: 'said in a statement.', mixed: true, note: 'Aliyev’s words relayed by his office' },
    ],
    contacts: [
      { a: 'Ilham Aliyev', b: 'Martin Chungong', kind: 'meeting', date: '2024-02-01', status: 'held', date_text: 'on Thursday', evidence: 'Aliyev told a meeting on Thursday with Secretary General of the Inter-Parliamentary Union Martin Chungong in Baku' },
    ],
    excluded: [],
  },
};
