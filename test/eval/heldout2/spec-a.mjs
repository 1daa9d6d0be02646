// Hand annotation of held-out set 2, articles 001-015 (real news, collected and annotated without reading the
// extraction rules). Items are anchored by their exact text (or by their first and last words, `from`/`to`);
// build-gold.mjs computes and verifies the offsets.
const P = 'person';
const O = 'org';

export default {
  h2001: {
    file: '001_tass_tokayev_putin_call.txt',
    url: 'https://tass.com/world/2021835',
    outlet: 'TASS',
    style: 'agency (TASS dateline)',
    patterns: ['TASS dateline before the first sentence', 'press service as speaker (the Kazakh leader\'s press service, the press service)', 'According to the statement, "…" (quote is the whole content)', 'two quotes back to back in one paragraph', 'nominal "the Kazakh leader"', 'planned state visit (month only)', 'past visit in November 2024 (no day)'],
    actors: [
      { name: 'Kassym-Jomart Tokayev', kind: P, role: 'President of Kazakhstan', surface: ['Kazakh President Kassym-Jomart Tokayev', 'Tokayev', 'the Kazakh leader', 'the Kazakh president'] },
      { name: 'Vladimir Putin', kind: P, role: 'President of Russia', surface: ['Russian leader Vladimir Putin', 'Putin'] },
      { name: 'Ruslan Zheldibay', kind: P, role: 'Adviser and Press Secretary of the President of Kazakhstan', surface: ['Kazakh presidential advisor and spokesman Ruslan Zheldibay'] },
      { name: 'Press Service of the President of Kazakhstan', kind: O, role: null, surface: ["the Kazakh leader's press service", 'the press service', 'the Kazakh presidential press service'] },
      { name: 'TASS', kind: O, role: 'news agency', media: true, surface: ['TASS'] },
    ],
    quotes: [
      { speaker: 'Press Service of the President of Kazakhstan', text: 'special attention during the conversation was paid to preparations for the upcoming state visit of the Kazakh president to Russia.' },
      { speaker: 'Press Service of the President of Kazakhstan', text: 'An exchange of views on topical issues on the regional and international agenda also took place,' },
      { speaker: 'Press Service of the President of Kazakhstan', from: 'The progress of implementing agreements', to: 'cooperation was also noted,' },
    ],
    reported: [
      { speaker: 'Press Service of the President of Kazakhstan', from: 'Kazakh President Kassym-Jomart Tokayev held a telephone conversation', to: "the Kazakh leader's press service reported.", note: 'after the TASS dateline' },
      { speaker: 'Press Service of the President of Kazakhstan', from: 'According to the statement, "special attention', to: 'Kazakh president to Russia."', optional: true, mixed: true, note: 'According to X, followed only by a quotation: close to a bare frame' },
      { speaker: 'Press Service of the President of Kazakhstan', text: 'According to the statement, the leaders discussed the current state and prospects of cooperation between the two countries during their conversation.' },
      { speaker: 'Kassym-Jomart Tokayev', text: 'They noted the development of cooperation in the spirit of a strategic partnership and alliance.', optional: true, note: 'collective "they" (both leaders), still within the press-service readout' },
      { speaker: 'Ruslan Zheldibay', from: 'Earlier, Kazakh presidential advisor and spokesman Ruslan Zheldibay told TASS', to: "two countries' comprehensive cooperation." },
      { speaker: 'Press Service of the President of Kazakhstan', from: 'In September, the Kazakh presidential press service informed TASS', to: 'between Kazakhstan and Russia during the visit.' },
    ],
    contacts: [
      { a: 'Kassym-Jomart Tokayev', b: 'Vladimir Putin', kind: 'call', date: null, status: 'held', date_text: null, evidence: 'held a telephone conversation with Russian leader Vladimir Putin', note: 'no day in the text; the article date is accepted' },
      { a: 'Kassym-Jomart Tokayev', b: 'Vladimir Putin', kind: 'meeting', date: null, status: 'planned', optional: true, date_text: 'November', evidence: 'the upcoming state visit of the Kazakh president to Russia', note: 'same pair; planned visit (month only), and Putin visited Kazakhstan in November 2024' },
    ],
    excluded: [],
  },

  h2002: {
    file: '002_24kg_japarov_rahmon_dushanbe.txt',
    url: 'https://24.kg/english/199278_Sadyr_Japarov_We_should_not_allow_recurrence_of_April_2021_events/',
    outlet: '24.kg',
    style: 'regional press (Kyrgyzstan)',
    patterns: ['«guillemets» closing with ,»', 'he said after a quote: he = the previous paragraph\'s speaker (Rahmon)', 'In turn, X thanked', 'He noted with regret (He = Japarov)', 'nominal "The President of Kyrgyzstan"', 'source sentence with no content (Press service … reported.)', 'present-tense meeting (are holding) = article date'],
    actors: [
      { name: 'Sadyr Japarov', kind: P, role: 'President of Kyrgyzstan', surface: ['Sadyr Japarov', 'The President of Kyrgyzstan', 'He'] },
      { name: 'Emomali Rahmon', kind: P, role: 'President of Tajikistan', surface: ['Emomali Rahmon', 'he'] },
      { name: 'Press Service of the President of Kyrgyzstan', kind: O, role: null, surface: ['Press service of the President of Kyrgyzstan'] },
    ],
    quotes: [
      { speaker: 'Emomali Rahmon', from: 'Tajikistan and Kyrgyzstan are constructively interacting', to: 'the entire range of our relations,' },
      { speaker: 'Sadyr Japarov', from: 'I would like to emphasize that both sides', to: 'good-neighborly, friendly relations,' },
    ],
    reported: [
      { speaker: 'Press Service of the President of Kyrgyzstan', text: 'Press service of the President of Kyrgyzstan reported.', optional: true, note: 'source of the previous sentence; no content of its own' },
      { speaker: 'Emomali Rahmon', from: 'In his speech, Emomali Rahmon stressed that', to: 'bilateral cooperation between the countries.' },
      { speaker: 'Sadyr Japarov', text: 'In turn, Sadyr Japarov thanked Emomali Rahmon for the invitation to pay an official visit to Tajikistan.' },
      { speaker: 'Sadyr Japarov', from: 'He noted with regret that', to: 'for the peoples of the two countries.' },
      { speaker: 'Sadyr Japarov', text: 'The President of Kyrgyzstan expressed confidence that through joint efforts the parties would find ways to resolve border issues.' },
    ],
    contacts: [
      { a: 'Sadyr Japarov', b: 'Emomali Rahmon', kind: 'meeting', date: '2021-06-29', status: 'held', date_text: 'are holding (article date)', evidence: 'are holding a tete-a-tete meeting in Dushanbe city' },
    ],
    excluded: [],
  },

  h2003: {
    file: '003_mfars_djuric_makovec.txt',
    url: 'https://mfa.gov.rs/en/press-service/statements/djuric-serbia-wants-relationship-trust-and-cooperation-all-eu-member-states',
    outlet: 'Ministry of Foreign Affairs of Serbia',
    style: 'ministry readout',
    patterns: ['headline "X: …" (no final stop, not annotated)', 'nominals: the Minister, the Serbian Foreign Minister, Minister Djuric, He', 'quote closing before the comma ("…", said X)', 'participle first (Noting that …, the Minister pointed out)', 'his interlocutor', 'meeting with no day'],
    actors: [
      { name: 'Marko Djuric', kind: P, role: 'Foreign Minister of Serbia', surface: ['Serbian Foreign Minister Marko Djuric', 'the Minister', 'the Serbian Foreign Minister', 'Minister Djuric', 'He', 'Djuric'] },
      { name: 'Marko Makovec', kind: P, role: 'Deputy Managing Director, European External Action Service', surface: ['Deputy Managing Director at the European External Action Service Marko Makovec', 'his interlocutor'] },
    ],
    quotes: [
      { speaker: 'Marko Djuric', from: 'We want to have as active discussions', to: 'in the field of European integration' },
    ],
    reported: [
      { speaker: 'Marko Djuric', from: 'Noting that EU membership was our strategic commitment', to: 'with all EU member states.' },
      { speaker: 'Marko Djuric', from: 'When it comes to the situation in Kosovo and Metohija', to: 'implementation of agreements.' },
      { speaker: 'Marko Djuric', text: 'He also informed his interlocutor about the situation facing the Serbs in our southern province.' },
      { speaker: 'Marko Djuric', from: 'Minister Djuric assessed that peace and stability', to: 'good-neighbourly relations.' },
    ],
    contacts: [
      { a: 'Marko Djuric', b: 'Marko Makovec', kind: 'meeting', date: null, status: 'held', date_text: null, evidence: 'had talks with Deputy Managing Director … Marko Makovec', note: 'on the margins of the SEECP summit; no day in the text' },
    ],
    excluded: [],
  },

  h2004: {
    file: '004_b92_dacic_baku_nam.txt',
    url: 'https://www.b92.net/eng/news/politics.php?yyyy=2018&mm=04&dd=06&nav_id=103888',
    outlet: 'B92 (Tanjug)',
    style: 'regional press (Balkans), government release relayed',
    patterns: ['government as speaker (The Serbian government announced this, the government said on its website)', 'quoted fragments of the government release inside narrative sentences', 'According to a statement, X "informed …" (speaker X via the government)', 'several bilateral meetings on Friday in one article', 'collective "the ministers"'],
    actors: [
      { name: 'Ivica Dacic', kind: P, role: 'Foreign Minister and First Deputy Prime Minister of Serbia', surface: ['Ivica Dacic', 'Dacic', 'the foreign minister and first deputy prime minister', 'Serbian FM'] },
      { name: 'Shirley Ayorkor Botchwey', kind: P, role: 'Foreign Minister of Ghana', surface: ['Foreign Minister of the Republic of Ghana Shirley Botchway'] },
      { name: 'Noel Nelson Messone', kind: P, role: 'Foreign Minister of Gabon', surface: ['Minister of Foreign Affairs of the Republic of Gabon Noel Nelson Messone'] },
      { name: 'Ri Yong Ho', kind: P, role: 'Foreign Minister of North Korea', surface: ['Ri Yong Ho'] },
      { name: 'Government of Serbia', kind: O, role: null, surface: ['The Serbian government', 'the government'] },
    ],
    quotes: [
      { speaker: 'Government of Serbia', text: 'numerous bilateral meetings with heads of delegations of member states and observers in the Non-Aligned Movement.', note: 'the next sentence says the government announced it' },
      { speaker: 'Government of Serbia', from: 'in a meaningful and friendly conversation that it is necessary', to: 'especially in the area of economic cooperation.', optional: true, note: 'wording of the government release about what both ministers agreed' },
      { speaker: 'Government of Serbia', text: 'exchanged views on current political developments in the two peninsulas - the Balkan and the Korean.', optional: true, note: 'wording of the release about both ministers' },
      { speaker: 'Government of Serbia', from: 'brief meetings with foreign ministers of Iran', to: 'Republic of Congo and Palestine.' },
      { speaker: 'Government of Serbia', from: 'informed his interlocutors about the current political', to: 'between Belgrade and Pristina.' },
    ],
    reported: [
      { speaker: 'Government of Serbia', from: 'Ivica Dacic on Friday held "numerous', to: 'in the Non-Aligned Movement."', optional: true, mixed: true, note: 'narrative sentence built on the release; the source is named in the next sentence' },
      { speaker: 'Government of Serbia', from: 'The Serbian government announced this', to: 'which Dacic addressed a day earlier.' },
      { speaker: 'Government of Serbia', from: 'During his talks with Foreign Minister of the Republic of Ghana', to: 'the government said on its website.' },
      { speaker: 'Ivica Dacic', from: 'Dacic and Minister of Foreign Affairs of the Republic of Gabon', to: 'in the area of economic cooperation."', optional: true, mixed: true, note: 'joint agreement of the two ministers, in the release\'s words' },
      { speaker: 'Ivica Dacic', from: 'In a friendly conversation, the ministers', to: 'the Balkan and the Korean."', optional: true, mixed: true, note: 'collective "the ministers"' },
      { speaker: 'Government of Serbia', from: 'Dacic also held "brief meetings', to: 'Republic of Congo and Palestine."', optional: true, mixed: true, note: 'narrative of meetings in the release\'s words' },
      { speaker: 'Ivica Dacic', via: 'Government of Serbia', from: 'According to a statement, Dacic "informed', to: 'between Belgrade and Pristina."', mixed: true },
    ],
    contacts: [
      { a: 'Ivica Dacic', b: 'Shirley Ayorkor Botchwey', kind: 'meeting', date: '2018-04-06', status: 'held', date_text: 'on Friday', evidence: 'During his talks with Foreign Minister of the Republic of Ghana Shirley Botchway' },
      { a: 'Ivica Dacic', b: 'Noel Nelson Messone', kind: 'meeting', date: '2018-04-06', status: 'held', date_text: 'on Friday', evidence: 'Dacic and … Noel Nelson Messone, agreed "in a meaningful and friendly conversation' },
      { a: 'Ivica Dacic', b: 'Ri Yong Ho', kind: 'meeting', date: '2018-04-06', status: 'held', date_text: 'on Friday', evidence: 'Dacic also met with Foreign Minister of the Democratic People\'s Republic of Korea, Ri Yong Ho.' },
    ],
    excluded: [],
  },

  h2005: {
    file: '005_exit_borrell_kurti_vucic.txt',
    url: 'https://exit.al/en/2021/06/15/kosovo-serbia-dialogue-will-not-be-easy-says-top-eu-diplomat-ahead-of-kurti-vucic-meeting/',
    outlet: 'Exit News',
    style: 'regional press (Albania/Kosovo)',
    patterns: ['He noted / He added (He = Borrell)', 'which according to him (embedded attribution)', 'editorial brackets inside quotes ([long term stability])', 'earlier statement (Earlier this month, Kurti said)', 'organisation as speaker (the EU expects, optional)', 'meeting on Tuesday = article date', 'EU–US meeting mentioned in passing'],
    actors: [
      { name: 'Josep Borrell', kind: P, role: 'High Representative of the EU for Foreign Affairs and Security Policy', surface: ['EU top diplomat Josep Borrell', 'Borrell', 'He'] },
      { name: 'Albin Kurti', kind: P, role: 'Prime Minister of Kosovo', surface: ['Prime Minister of Kosovo Albin Kurti', 'Kurti'] },
      { name: 'Aleksandar Vučić', kind: P, role: 'President of Serbia', surface: ['the President of Serbia Aleksandar Vučić', 'Vučić'] },
      { name: 'Joe Biden', kind: P, role: 'President of the United States', surface: ['the President of the United States of America Joe Biden'] },
      { name: 'European Union', kind: O, role: null, surface: ['the EU', 'the European Union'] },
    ],
    quotes: [
      { speaker: 'Josep Borrell', text: 'But this process and this sincere engagement by both sides is necessary for the benefit of people of Kosovo and Serbia,' },
      { speaker: 'Josep Borrell', from: 'There is a new momentum and we have to use it.', to: 'to seize this opportunity,' },
      { speaker: 'Josep Borrell', text: 'Without an agreement between Kosovo and Serbia, [long term stability] will be jeopardized,' },
      { speaker: 'Albin Kurti', from: 'We need to agree on the process forward', to: 'carried them out in the past,' },
    ],
    reported: [
      { speaker: 'Josep Borrell', text: 'EU top diplomat Josep Borrell said that the dialogue between Serbia and Kosovo is not going to be easy.' },
      { speaker: 'Josep Borrell', from: 'He noted that the outcome of the dialogue', to: 'important results for their citizens.' },
      { speaker: 'Josep Borrell', from: 'He added that the relationship between both countries', to: 'and for its economic progress.' },
      { speaker: 'Josep Borrell', from: 'Borrell pointed out that he is glad', to: 'United States of America Joe Biden.' },
      { speaker: 'Albin Kurti', from: 'Earlier this month, Kurti said that', to: 'how the dialogue will proceed in the future.' },
      { speaker: 'European Union', from: 'Meanwhile, the EU expects that', to: 'not the beginning of something entirely new.', optional: true, note: 'an expectation of the EU: position rather than a statement' },
    ],
    contacts: [
      { a: 'Albin Kurti', b: 'Aleksandar Vučić', kind: 'meeting', date: '2021-06-15', status: 'held', date_text: 'on Tuesday', evidence: 'began their EU-mediated meeting' },
      { a: 'Josep Borrell', b: 'Albin Kurti', kind: 'meeting', date: '2021-06-15', status: 'held', optional: true, note: 'EU-mediated meeting; Borrell\'s presence is implied, not stated' },
      { a: 'Josep Borrell', b: 'Aleksandar Vučić', kind: 'meeting', date: '2021-06-15', status: 'held', optional: true, note: 'EU-mediated meeting; Borrell\'s presence is implied, not stated' },
      { a: 'European Union', b: 'Joe Biden', kind: 'meeting', date: '2021-06-15', status: 'planned', optional: true, date_text: 'at the same moment', evidence: 'the European Union will be meeting with the President of the United States of America Joe Biden' },
    ],
    excluded: [],
  },

  h2006: {
    file: '006_n1_baerbock_bosnia_visit.txt',
    url: 'https://n1info.ba/english/news/german-foreign-minister-to-visit-bosnia-and-herzegovina-thursday',
    outlet: 'N1',
    style: 'regional press (Bosnia and Herzegovina)',
    patterns: ['planned visit and meeting "Thursday" / "the same day" (Wednesday article)', 'According to the Office of the High Representative (OHR), … (organisation as speaker)', 'long quotation with an ellipsis, said "earlier"', 'nominal "The head of German diplomacy"', 'mixed curly and straight apostrophes'],
    actors: [
      { name: 'Annalena Baerbock', kind: P, role: 'Foreign Minister of Germany', surface: ['German Foreign Minister Annalena Baerbock', 'Baerbock', 'The head of German diplomacy', 'Minister Baerbock'] },
      { name: 'Christian Schmidt', kind: P, role: 'High Representative for Bosnia and Herzegovina', surface: ['High Representative Christian Schmidt'] },
      { name: 'Milorad Dodik', kind: P, role: 'Member of the Presidency of Bosnia and Herzegovina', surface: ['BiH Presidency member Milorad Dodik', 'Dodik'] },
      { name: 'Office of the High Representative', kind: O, role: null, surface: ['the Office of the High Representative (OHR)'] },
    ],
    quotes: [
      { speaker: 'Annalena Baerbock', from: 'One of the first things I did when I became a Minister', to: 'stand with the region very closely,' },
    ],
    reported: [
      { speaker: 'Office of the High Representative', text: 'According to the Office of the High Representative (OHR), Baerbock will meet with High Representative Christian Schmidt the same day.' },
    ],
    contacts: [
      { a: 'Annalena Baerbock', b: 'Christian Schmidt', kind: 'meeting', date: '2022-03-10', status: 'planned', date_text: 'Thursday / the same day', evidence: 'Baerbock will meet with High Representative Christian Schmidt the same day' },
    ],
    excluded: [],
  },

  h2007: {
    file: '007_yonhap_chung_hayashi_honolulu.txt',
    url: 'https://en.yna.co.kr/view/AEN20220213000500325?section=search',
    outlet: 'Yonhap',
    style: 'agency (Yonhap dateline)',
    patterns: ['dateline "HONOLULU, Feb. 12 (Yonhap) --"', 'ministry quote that itself reports the minister ("Minister Chung stressed that …," the ministry said)', 'planned trilateral meeting with no explicit day', 'earlier phone call with no date', 'hyphenated pair "Chung-Hayashi"'],
    actors: [
      { name: 'Chung Eui-yong', kind: P, role: 'Foreign Minister of South Korea', surface: ['South Korean Foreign Minister Chung Eui-yong', 'Minister Chung', 'Chung'] },
      { name: 'Yoshimasa Hayashi', kind: P, role: 'Foreign Minister of Japan', surface: ['Yoshimasa Hayashi', 'Hayashi'] },
      { name: 'Antony Blinken', kind: P, role: 'U.S. Secretary of State', surface: ['U.S. Secretary of State Antony Blinken'] },
      { name: 'Ministry of Foreign Affairs of South Korea', kind: O, role: null, surface: ['the South Korean foreign ministry'] },
      { name: 'Yonhap', kind: O, role: 'news agency', media: true, surface: ['Yonhap'] },
    ],
    quotes: [
      { speaker: 'Ministry of Foreign Affairs of South Korea', from: 'Minister Chung stressed that South Korea and Japan', to: 'the South Korea-Japan relationship,', note: 'the ministry\'s words, reporting what Chung stressed; an extractor naming Chung is debatable but the quotation is the ministry\'s' },
    ],
    reported: [],
    contacts: [
      { a: 'Chung Eui-yong', b: 'Yoshimasa Hayashi', kind: 'meeting', date: '2022-02-12', status: 'held', date_text: 'on Saturday', evidence: 'met with his Japanese counterpart, Yoshimasa Hayashi, in Honolulu on Saturday' },
      { a: 'Chung Eui-yong', b: 'Antony Blinken', kind: 'meeting', date: null, status: 'planned', date_text: null, evidence: 'were set to hold trilateral talks with U.S. Secretary of State Antony Blinken', note: 'same day implied (held after the bilateral), not stated' },
      { a: 'Yoshimasa Hayashi', b: 'Antony Blinken', kind: 'meeting', date: null, status: 'planned', date_text: null, evidence: 'were set to hold trilateral talks with U.S. Secretary of State Antony Blinken' },
    ],
    excluded: [],
  },

  h2008: {
    file: '008_tribune_jaishankar_wang_delhi.txt',
    url: 'https://www.tribuneindia.com/news/nation/current-situation-a-work-in-progress-at-slower-pace-than-desirable-discussions-aimed-at-expediting-process-jaishankar-380665',
    outlet: 'The Tribune (India)',
    style: 'regional press (South Asia)',
    patterns: ['dateline alone on the first line (no headline)', 'X told Y that … (reported)', 'nominal "the Minister" for Jaishankar', 'quote closed with two right single quotes (’’)', 'collective subject "India and China discussed" (optional)', 'second meeting "Earlier in the day"', 'here on Friday = article date'],
    actors: [
      { name: 'S. Jaishankar', kind: P, role: 'External Affairs Minister of India', surface: ['External Affairs Minister S Jaishankar', 'Jaishankar', 'the Minister', 'he'] },
      { name: 'Wang Yi', kind: P, role: 'Foreign Minister of China', surface: ['visiting Chinese Minister Wang Yi', 'Wang'] },
      { name: 'Ajit Doval', kind: P, role: 'National Security Adviser of India', surface: ['National Security Advisor Ajit Doval'] },
    ],
    quotes: [
      { speaker: 'S. Jaishankar', from: 'It was a subject discussed at some length.', to: 'influenced by others,' },
      { speaker: 'S. Jaishankar', text: 'Our effort is to sort out the issue in entirety and look at de-escalation,' },
      { speaker: 'S. Jaishankar', from: 'The challenge has been to implement the agreements', to: 'aimed at expediting that process,' },
    ],
    reported: [
      { speaker: null, from: 'India and China discussed the border situation', to: 'S Jaishankar here on Friday.', optional: true, note: 'collective subject (the two countries)' },
      { speaker: 'S. Jaishankar', from: 'Speaking about his talks on the continuing friction', to: 'forward in the remaining areas.' },
      { speaker: 'S. Jaishankar', text: 'Jaishankar also told Wang that India found his observations on Kashmir at the OIC Ministerial in Islamabad objectionable.' },
      { speaker: 'S. Jaishankar', from: 'On the border dispute, the Minister said though', to: 'sorted out the issue in entirety.' },
    ],
    contacts: [
      { a: 'S. Jaishankar', b: 'Wang Yi', kind: 'meeting', date: '2022-03-25', status: 'held', date_text: 'here on Friday', evidence: 'three hours of talks between visiting Chinese Minister Wang Yi and External Affairs Minister S Jaishankar here on Friday' },
      { a: 'Wang Yi', b: 'Ajit Doval', kind: 'meeting', date: '2022-03-25', status: 'held', date_text: 'Earlier in the day', evidence: 'Earlier in the day, Wang met National Security Advisor Ajit Doval' },
    ],
    excluded: [],
  },

  h2009: {
    file: '009_quint_zhao_jaishankar_bali.txt',
    url: 'https://thequint.com/news/india/india-china-willing-capable-to-safeguard-peace-border-areas-china-as-jaishankar-wang-meet-bali',
    outlet: 'The Quint (PTI)',
    style: 'international press (India), spokesperson briefing',
    patterns: ['country as speaker (China said …)', 'series of "…," he said paragraphs (he = Zhao)', 'He said, "…" (bare frame)', 'unattributed quoted phrase ("specific outstanding issues")', 'ministry said X reaffirmed "…" (speaker X via ministry)', 'meeting on Thursday, 7 July = article date'],
    actors: [
      { name: 'S. Jaishankar', kind: P, role: 'External Affairs Minister of India', surface: ['External Affairs Minister S Jaishankar', 'Jaishankar'] },
      { name: 'Wang Yi', kind: P, role: 'Foreign Minister of China', surface: ['his Chinese counterpart Wang Yi', 'Wang', 'his Chinese counterpart'] },
      { name: 'Zhao Lijian', kind: P, role: 'Spokesperson, Ministry of Foreign Affairs of China', surface: ['Chinese Foreign Ministry spokesman Zhao Lijian', 'he', 'He'] },
      { name: 'Government of China', kind: O, role: null, surface: ['China'] },
      { name: 'Ministry of External Affairs of India', kind: O, role: null, surface: ['the Ministry of External Affairs (MEA)'] },
    ],
    quotes: [
      { speaker: 'Government of China', text: 'stable', nth: 0, optional: true, note: 'one word' },
      { speaker: 'S. Jaishankar', text: 'specific outstanding issues', optional: true, note: 'unattributed quoted phrase (Jaishankar\'s own words elsewhere)' },
      { speaker: 'Zhao Lijian', text: 'Like you I am closely following the meeting we will release information in due course. Please stay tuned,' },
      { speaker: 'Zhao Lijian', text: "we have also noted the relevant reports of Jaishankar's briefing" },
      { speaker: 'Zhao Lijian', text: 'I can tell you that the overall situation at the India-China border area is stable,' },
      { speaker: 'Zhao Lijian', from: 'The two sides have agreed to follow the important consensus', to: 'with the principle of equality and security,' },
      { speaker: 'Zhao Lijian', from: "China and India are each other's important neighbours.", to: 'around our border areas,' },
      { speaker: 'S. Jaishankar', via: 'Ministry of External Affairs of India', text: 'fully abiding', optional: true, note: 'two words of the MEA readout' },
    ],
    reported: [
      { speaker: 'Government of China', from: 'As External Affairs Minister S Jaishankar held talks', to: 'stability in the border areas.', mixed: true, note: 'first sentence on the date line; "China said"' },
      { speaker: 'S. Jaishankar', from: 'During one-hour meeting in Bali', to: 'mutual sensitivity and mutual interest.' },
      { speaker: 'Zhao Lijian', from: 'Asked for details of the Jaishankar-Wang talks', to: 'released in due course.' },
      { speaker: 'S. Jaishankar', via: 'Ministry of External Affairs of India', from: 'In New Delhi, the Ministry of External Affairs (MEA) said', to: 'in their previous conversations.', mixed: true },
    ],
    contacts: [
      { a: 'S. Jaishankar', b: 'Wang Yi', kind: 'meeting', date: '2022-07-07', status: 'held', date_text: 'on Thursday, 7 July', evidence: 'held talks with his Chinese counterpart Wang Yi in Bali on Thursday, 7 July' },
    ],
    excluded: [],
  },

  h2010: {
    file: '010_theage_wong_wang_bali.txt',
    url: 'https://www.theage.com.au/world/asia/wong-meets-wang-as-ministers-attempt-to-stabilise-china-australia-relations-20220708-p5b0a8.html',
    outlet: 'The Age',
    style: 'international press (Australia)',
    patterns: ['"Bali:" place label before the first sentence', 'quotation running over two paragraphs (first paragraph unclosed, next reopened)', 'two quotations in one paragraph around "she said"', 'one-word quoted fragment ("frankly")', 'meeting on Friday night = article date'],
    actors: [
      { name: 'Penny Wong', kind: P, role: 'Foreign Minister of Australia', surface: ['Foreign Minister Penny Wong', 'Wong', 'she'] },
      { name: 'Wang Yi', kind: P, role: 'Foreign Minister of China', surface: ['China counterpart Wang Yi', 'Wang'] },
      { name: 'Cheng Lei', kind: P, role: 'Australian journalist detained in China', surface: ['Australian journalist Cheng Lei'] },
      { name: 'Yang Hengjun', kind: P, role: 'Australian writer detained in China', surface: ['writer Yang Hengjun'] },
    ],
    quotes: [
      { speaker: 'Penny Wong', text: 'frankly', optional: true, note: 'one word' },
      { speaker: 'Penny Wong', text: 'listened carefully to each other’s priorities and concerns' },
      { speaker: 'Penny Wong', text: 'This is the first step towards stabilising the relationship,' },
      { speaker: 'Penny Wong', from: 'We are a government and a nation', to: 'we won’t be resiling from those.', unclosed: true, note: 'quotation continues into the next paragraph, which reopens with a new mark' },
      { speaker: 'Penny Wong', from: 'But we do think it’s in our interests', to: 'it’s going to take some nuance.' },
    ],
    reported: [
      { speaker: 'Penny Wong', from: 'Foreign Minister Penny Wong says Australia will not budge', to: 'mending ties with Beijing.', note: 'after the "Bali:" label' },
      { speaker: 'Penny Wong', from: 'Wong said the pair had spoken', to: 'regional and international security.', mixed: true },
      { speaker: 'Penny Wong', from: 'Wong said she raised China’s $20 billion', to: 'during the talks.' },
    ],
    contacts: [
      { a: 'Penny Wong', b: 'Wang Yi', kind: 'meeting', date: '2022-07-08', status: 'held', date_text: 'on Friday night', evidence: 'Wong and Wang met in Bali on Friday night' },
    ],
    excluded: [],
  },

  h2011: {
    file: '011_conversation_wong_wang_canberra.txt',
    url: 'https://theconversation.com/chinese-foreign-minister-wang-yi-declines-to-front-media-after-talks-with-penny-wong-226221',
    outlet: 'The Conversation',
    style: 'analysis (Australia)',
    patterns: ['two quotations around "she said at a news conference" in one paragraph', 'the absent party (Wang did not speak to media)', 'had previously indicated he would not … (optional)', 'collective "the Chinese said" (government as speaker)', 'two meetings on Wednesday (minister, prime minister)'],
    actors: [
      { name: 'Penny Wong', kind: P, role: 'Foreign Minister of Australia', surface: ['Foreign Minister Penny Wong', 'she'] },
      { name: 'Wang Yi', kind: P, role: 'Foreign Minister of China', surface: ['her Chinese counterpart, Wang Yi', 'Wang', 'the Chinese foreign minister', 'he'] },
      { name: 'Yang Hengjun', kind: P, role: 'Australian writer detained in China', surface: ['Dr Yang Hengjun', 'Yang', 'Dr Yang'] },
      { name: 'Anthony Albanese', kind: P, role: 'Prime Minister of Australia', surface: ['Prime Minister Anthony Albanese'] },
      { name: 'Government of China', kind: O, role: null, surface: ['the Chinese'] },
    ],
    quotes: [
      { speaker: 'Penny Wong', text: 'I told the foreign minister Australians were shocked at the sentence imposed on Dr Yang Hengjun,' },
      { speaker: 'Penny Wong', text: 'And I made it clear to him the Australian government will continue to advocate on Dr Yang’s behalf.' },
    ],
    reported: [
      { speaker: 'Penny Wong', from: 'Foreign Minister Penny Wong delivered a forthright message', to: 'in Canberra on Wednesday.', optional: true, note: 'speech act whose content comes in the next paragraph' },
      { speaker: 'Wang Yi', from: 'The media did not hear Wang’s version', to: 'he would not front the news conference.', optional: true, note: '"had previously indicated he would not front": a stated intention, embedded in a narrative sentence' },
      { speaker: 'Government of China', text: 'In an interim determination last week, the Chinese said the tariffs were no longer necessary.' },
    ],
    contacts: [
      { a: 'Penny Wong', b: 'Wang Yi', kind: 'meeting', date: '2024-03-20', status: 'held', date_text: 'on Wednesday', evidence: 'at the Australia-China Foreign and Strategic Dialogue in Canberra on Wednesday' },
      { a: 'Wang Yi', b: 'Anthony Albanese', kind: 'meeting', date: '2024-03-20', status: 'held', date_text: 'on Wednesday afternoon', evidence: 'The visit of Wang, who met Prime Minister Anthony Albanese on Wednesday afternoon' },
    ],
    excluded: [],
  },

  h2012: {
    file: '012_vnp_marsudi_trilateral_jakarta.txt',
    url: 'https://en.vietnamplus.vn/indonesian-fm-discusses-regional-situation-with-australian-indian-counterparts/256278.vnp',
    outlet: 'Vietnam News Agency (VietnamPlus)',
    style: 'agency (Southeast Asia)',
    patterns: ['dateline "Jakarta (VNA) –"', 'three-party meeting on July 12 (every pair)', 'earlier trilateral "in September last year" (no day)', 'She / The minister / Retno (first name as surname)', '…, she said, adding that … (reported)', 'sentence continuing her account without a speech verb (optional)'],
    actors: [
      { name: 'Retno Marsudi', kind: P, role: 'Foreign Minister of Indonesia', surface: ['Indonesian Minister of Foreign Affairs Retno Marsudi', 'Retno', 'She', 'she', 'The minister'] },
      { name: 'Penny Wong', kind: P, role: 'Foreign Minister of Australia', surface: ['Penny Wong'] },
      { name: 'S. Jaishankar', kind: P, role: 'External Affairs Minister of India', surface: ['S. Jaishankar'] },
      { name: 'Vietnam News Agency', kind: O, role: 'news agency', media: true, surface: ['VNA'] },
    ],
    quotes: [],
    reported: [
      { speaker: 'Retno Marsudi', from: 'Indonesian Minister of Foreign Affairs Retno Marsudi on July 12 discussed', to: "Ministers' Meeting (AMM) in Jakarta.", optional: true, note: 'discussed with counterparts: a meeting readout rather than a statement' },
      { speaker: 'Retno Marsudi', from: 'Speaking to the press after the meeting, Retno emphasised', to: 'to discuss the regional situation.' },
      { speaker: 'Retno Marsudi', text: 'She noted that it was not the first such meeting between the three ministers.' },
      { speaker: 'Retno Marsudi', from: 'They had participated in a trilateral meeting in September last year', to: '(UNGA) in New York.', optional: true, note: 'continues her account without a speech verb' },
      { speaker: 'Retno Marsudi', from: 'Retno said that Indonesia, Australia, and India share', to: 'maintaining peace and stability.' },
      { speaker: 'Retno Marsudi', text: "She lauded Australia and India's support for ASEAN's centrality and the implementation of the ASEAN Outlook on the Indo-Pacific (AOIP)." },
      { speaker: 'Retno Marsudi', from: 'The minister said that she is looking forwards', to: 'to be held in September in Jakarta.' },
      { speaker: 'Retno Marsudi', from: 'Australia is a member of the Pacific Islands Forum (PIF)', to: 'between ASEAN-PIF and ASEAN-IORA.' },
    ],
    contacts: [
      { a: 'Retno Marsudi', b: 'Penny Wong', kind: 'meeting', date: '2023-07-12', status: 'held', date_text: 'on July 12', evidence: 'at a trilateral meeting on the sideline of the 56th ASEAN Foreign Ministers\' Meeting' },
      { a: 'Retno Marsudi', b: 'S. Jaishankar', kind: 'meeting', date: '2023-07-12', status: 'held', date_text: 'on July 12' },
      { a: 'Penny Wong', b: 'S. Jaishankar', kind: 'meeting', date: '2023-07-12', status: 'held', date_text: 'on July 12', note: 'trilateral: every pair' },
    ],
    excluded: [],
  },

  h2013: {
    file: '013_antara_jokowi_pompeo_bogor.txt',
    url: 'https://en.antaranews.com/news/160105/indonesia-wants-united-states-of-america-to-be-its-true-friend',
    outlet: 'Antara',
    style: 'agency (Indonesia)',
    patterns: ['foreign minister relaying the president\'s words in quotes ("the president said that …," the foreign minister stated)', 'whose quote: the relaying minister or the president (optional quotes)', 'President Jokowi noted / urged (journalist\'s paraphrase of the relayed account)', 'nickname and full name (Joko Widodo, Jokowi)', 'meeting on Thursday = article date'],
    actors: [
      { name: 'Joko Widodo', kind: P, role: 'President of Indonesia', surface: ['President Joko Widodo', 'Jokowi', 'President Jokowi', 'the president', 'The president'] },
      { name: 'Mike Pompeo', kind: P, role: 'U.S. Secretary of State', surface: ['US Secretary of State Mike Pompeo', 'Pompeo'] },
      { name: 'Retno Marsudi', kind: P, role: 'Foreign Minister of Indonesia', surface: ['Indonesian Foreign Minister Retno Marsudi', 'the foreign minister', 'Marsudi'] },
      { name: 'Antara', kind: O, role: 'news agency', media: true, surface: ['ANTARA'] },
    ],
    quotes: [
      { speaker: 'Joko Widodo', via: 'Retno Marsudi', from: 'During the meeting, the president said that Indonesia', to: 'cannot be taken for granted,', optional: true, note: 'Retno\'s words relaying the president: speaker debatable (Jokowi via Retno, or Retno)' },
      { speaker: 'Joko Widodo', via: 'Retno Marsudi', from: 'The president emphasized that Indonesia is keen', to: 'GSP facilities to Indonesia,', optional: true, note: 'relayed by the foreign minister' },
      { speaker: 'Joko Widodo', via: 'Retno Marsudi', from: 'In addition, the president said that Indonesia had appealed', to: 'cooperation in the region,', optional: true, note: 'relayed by the foreign minister' },
    ],
    reported: [
      { speaker: 'Joko Widodo', from: 'President Joko Widodo (Jokowi) laid stress on', to: 'West Java, on Thursday.', note: 'after the "Jakarta (ANTARA) -" dateline' },
      { speaker: 'Joko Widodo', from: 'President Jokowi noted that serious efforts', to: 'partnership between both nations.' },
      { speaker: 'Joko Widodo', text: 'President Jokowi also urged to intensify defense cooperation with the US.' },
      { speaker: 'Joko Widodo', text: 'Jokowi is optimistic that the US would be understanding of the interests of developing countries and Muslim-majority nations.', optional: true, note: 'a view attributed without a speech verb' },
    ],
    contacts: [
      { a: 'Joko Widodo', b: 'Mike Pompeo', kind: 'meeting', date: '2020-10-29', status: 'held', date_text: 'on Thursday', evidence: 'while receiving US Secretary of State Mike Pompeo at the Bogor Presidential Palace' },
      { a: 'Retno Marsudi', b: 'Mike Pompeo', kind: 'meeting', date: '2020-10-29', status: 'held', optional: true, note: 'she accompanied Jokowi' },
    ],
    excluded: [],
  },

  h2014: {
    file: '014_malaymail_anwar_oic_riyadh.txt',
    url: 'https://www.malaymail.com/news/malaysia/2023/11/12/pm-anwar-holds-bilateral-talks-with-leaders-from-pakistan-iran/101606',
    outlet: 'Malay Mail (Bernama)',
    style: 'regional press (Malaysia), agency copy',
    patterns: ['"yesterday" meetings (article date minus one)', '"Earlier" second meeting', 'honorifics (Datuk Seri …)', 'spelling of a name as printed (Kakr)', 'summit hosted by a crown prince (optional pairs)', 'agency sign-off "— Bernama" after the last sentence'],
    actors: [
      { name: 'Anwar Ibrahim', kind: P, role: 'Prime Minister of Malaysia', surface: ['Malaysian Prime Minister Datuk Seri Anwar Ibrahim', 'Anwar'] },
      { name: 'Anwaar-ul-Haq Kakar', kind: P, role: 'Caretaker Prime Minister of Pakistan', surface: ['Anwaar-ul-Haq Kakr'] },
      { name: 'Zambry Abdul Kadir', kind: P, role: 'Foreign Minister of Malaysia', surface: ['Malaysian Foreign Minister Datuk Seri Zambry Abdul Kadir'] },
      { name: 'Amran Mohamed Zin', kind: P, role: 'Secretary-General, Ministry of Foreign Affairs of Malaysia', surface: ['Foreign Ministry secretary-general Datuk Seri Amran Mohamed Zin'] },
      { name: 'Ebrahim Raisi', kind: P, role: 'President of Iran', surface: ['Iranian President Ebrahim Raisi'] },
      { name: 'Mohammed bin Salman', kind: P, role: 'Crown Prince and Prime Minister of Saudi Arabia', surface: ['Crown Prince Mohammed bin Salman'] },
      { name: 'Bernama', kind: O, role: 'news agency', media: true, surface: ['Bernama'] },
    ],
    quotes: [],
    reported: [
      { speaker: 'Anwar Ibrahim', from: 'Speaking in front of various Islamic leaders, Anwar wanted', to: 'to the people of Gaza.', note: '"wanted OIC member countries to call for": an appeal in a speech' },
    ],
    contacts: [
      { a: 'Anwar Ibrahim', b: 'Anwaar-ul-Haq Kakar', kind: 'meeting', date: '2023-11-11', status: 'held', date_text: 'yesterday', evidence: 'yesterday held bilateral talks with Anwaar-ul-Haq Kakr' },
      { a: 'Anwar Ibrahim', b: 'Ebrahim Raisi', kind: 'meeting', date: '2023-11-11', status: 'held', date_text: 'Earlier', evidence: 'Earlier, Anwar also held bilateral talks with Iranian President Ebrahim Raisi', note: '"Earlier" than the talks held yesterday' },
      { a: 'Zambry Abdul Kadir', b: 'Anwaar-ul-Haq Kakar', kind: 'meeting', date: '2023-11-11', status: 'held', optional: true, note: 'present at the bilateral meeting' },
      { a: 'Amran Mohamed Zin', b: 'Anwaar-ul-Haq Kakar', kind: 'meeting', date: '2023-11-11', status: 'held', optional: true, note: 'present at the bilateral meeting' },
      { a: 'Anwar Ibrahim', b: 'Mohammed bin Salman', kind: 'meeting', date: '2023-11-11', status: 'held', optional: true, note: 'summit hosted by the crown prince' },
      { a: 'Anwaar-ul-Haq Kakar', b: 'Mohammed bin Salman', kind: 'meeting', date: '2023-11-11', status: 'held', optional: true, note: 'summit hosted by the crown prince' },
    ],
    excluded: [],
  },

  h2015: {
    file: '015_sunng_onyeama_envoys.txt',
    url: 'https://www.sunnewsonline.com/onyeama-meets-chinese-envoy-cameroonian-minister-others/',
    outlet: 'The Sun (Nigeria)',
    style: 'regional press (West Africa), ministry posts relayed',
    patterns: ['ministry as speaker (Facebook post)', 'quotation in ‘single’ marks over two paragraphs (first unclosed, second reopened)', 'The meeting, according to the Ministry … (According to X mid-sentence)', 'several audiences with envoys, only one dated (Tuesday / today, 24 August 2021)', 'nominals: the Chinese envoy, The Minister of Foreign Affairs, the minister'],
    actors: [
      { name: 'Geoffrey Onyeama', kind: P, role: 'Foreign Minister of Nigeria', surface: ['Minister of Foreign Affairs Geoffrey Onyeama', 'Onyeama', 'The Minister of Foreign Affairs', 'the minister'] },
      { name: 'Cui Jianchun', kind: P, role: 'Ambassador of China to Nigeria', surface: ['Ambassador Cui Jianchun', 'the Chinese envoy', 'H.E. Cui Jianchun'] },
      { name: 'Félix Mbayu', kind: P, role: 'Minister Delegate for Relations with the Commonwealth, Cameroon', surface: ['Félix Mbayu'] },
      { name: 'Azanaw Tadesse Abreha', kind: P, role: 'Ambassador of Ethiopia to Nigeria', surface: ['Azanaw Tadesse Abreha'] },
      { name: 'Jalel Trabelsi', kind: P, role: 'Ambassador of Tunisia to Nigeria', surface: ['Outgoing Tunisian Ambassador to Nigeria Jalel Trabelsi'] },
      { name: 'Ministry of Foreign Affairs of Nigeria', kind: O, role: null, surface: ['The Ministry of Foreign Affairs', 'the Ministry of Foreign Affairs'] },
    ],
    quotes: [
      { speaker: 'Ministry of Foreign Affairs of Nigeria', from: 'The Honourable Minister of Foreign Affairs, H.E. Geoffrey Onyeama', to: 'today, 24 August 2021.', unclosed: true, note: 'quotation continues into the next paragraph, reopened with ‘' },
      { speaker: 'Ministry of Foreign Affairs of Nigeria', from: 'The meeting exchanged views on a wide range', to: 'between Nigeria and China,' },
    ],
    reported: [
      { speaker: 'Ministry of Foreign Affairs of Nigeria', from: 'The Ministry of Foreign Affairs, in a Facebook post, disclosed', to: 'global issues of mutual concern.' },
      { speaker: 'Ministry of Foreign Affairs of Nigeria', from: 'The meeting, according to the Ministry of Foreign Affairs, discussed', to: 'bilateral relations between both countries.' },
      { speaker: 'Ministry of Foreign Affairs of Nigeria', from: 'The Ministry of Foreign Affairs on Facebook also said', to: 'mutual concern at the meeting.' },
    ],
    contacts: [
      { a: 'Geoffrey Onyeama', b: 'Cui Jianchun', kind: 'meeting', date: '2021-08-24', status: 'held', date_text: 'on Tuesday / today, 24 August 2021', evidence: 'received in audience the Ambassador of the People’s Republic of China to Nigeria, Ambassador Cui Jianchun, on Tuesday' },
      { a: 'Geoffrey Onyeama', b: 'Félix Mbayu', kind: 'meeting', date: null, status: 'held', date_text: null, evidence: 'Onyeama also received in audience … Félix Mbayu', note: 'same day implied by "also", not stated' },
      { a: 'Geoffrey Onyeama', b: 'Azanaw Tadesse Abreha', kind: 'meeting', date: null, status: 'held', date_text: null, evidence: 'the minister and the Ethiopian Ambassador to Nigeria, Azanaw Tadesse Abreha, discussed bilateral issues' },
      { a: 'Geoffrey Onyeama', b: 'Jalel Trabelsi', kind: 'meeting', date: null, status: 'held', date_text: null, evidence: 'was in the minister’s office on a farewell visit' },
    ],
    excluded: [],
  },
};
