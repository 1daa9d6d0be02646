// Hand annotation of heldout5 articles 020-037 (real news, diplomacy of the South Caucasus and its neighbours,
// 2021-2025). Same conventions as spec-a.mjs.
const P = 'person';
const O = 'org';

export default {
  ho5020: {
    file: '020_europeantimes_michel_calls_leaders.txt',
    url: 'https://europeantimes.news/2021/11/phone-calls-of-president-charles-michel-with-leaders-of-armenia-azerbaijan',
    outlet: 'The European Times',
    style: 'European Council press release relay',
    patterns: ['two calls on one stated day (19 November)', 'proposed meeting at a summit whose date is given (15 December): planned three-party meeting, three pairs', 'Leaders have agreed to meet (collective, optional)', 'the Armenian and Azerbaijani leaders (roles)'],
    actors: [
      { name: 'Charles Michel', kind: P, role: 'President of the European Council', surface: ['President Charles Michel of the European Council', 'President Charles Michel'] },
      { name: 'Ilham Aliyev', kind: P, role: 'President of Azerbaijan', surface: ['President Ilham Aliyev of Azerbaijan', 'President Ilham Aliyev'] },
      { name: 'Nikol Pashinyan', kind: P, role: 'Prime Minister of Armenia', surface: ['Prime Minister Nikol Pashinyan of Armenia', 'Prime Minister Nikol Pashinyan'] },
    ],
    quotes: [],
    reported: [
      { speaker: 'Charles Michel', from: 'President Charles Michel proposed to host', to: 'in the margins of the EaP Summit.' },
      { speaker: 'Ilham Aliyev', from: 'Leaders have agreed to meet in Brussels', to: 'which the EU supports.', optional: true, note: 'collective subject, readout' },
      { speaker: 'Ilham Aliyev', from: 'During the phone calls, the Armenian and Azerbaijani leaders', to: 'incident prevention mechanism.', optional: true, note: 'collective subject, readout' },
    ],
    contacts: [
      { a: 'Charles Michel', b: 'Ilham Aliyev', kind: 'call', date: '2021-11-19', status: 'held', date_text: 'on 19 November', evidence: 'held phone calls on 19 November with President Ilham Aliyev of Azerbaijan' },
      { a: 'Charles Michel', b: 'Nikol Pashinyan', kind: 'call', date: '2021-11-19', status: 'held', date_text: 'on 19 November', evidence: 'and Prime Minister Nikol Pashinyan of Armenia' },
      { a: 'Charles Michel', b: 'Ilham Aliyev', kind: 'meeting', date: '2021-12-15', status: 'planned', date_text: 'in the margins of the EaP Summit (15 December)', evidence: 'proposed to host President Ilham Aliyev and Prime Minister Nikol Pashinyan for a meeting in Brussels' },
      { a: 'Charles Michel', b: 'Nikol Pashinyan', kind: 'meeting', date: '2021-12-15', status: 'planned', date_text: 'in the margins of the EaP Summit (15 December)', evidence: 'Leaders have agreed to meet in Brussels' },
      { a: 'Ilham Aliyev', b: 'Nikol Pashinyan', kind: 'meeting', date: '2021-12-15', status: 'planned', date_text: 'in the margins of the EaP Summit (15 December)', evidence: 'Leaders have agreed to meet in Brussels' },
    ],
    excluded: [],
  },

  ho5021: {
    file: '021_silkway_tokayev_aliyev_call.txt',
    url: 'https://silkway.news/tokaev-astana-is-ready-to-become-138593',
    outlet: 'Silk Way News',
    style: 'regional press (Central Asian), presidential readout rewrite',
    patterns: ['transliteration variants Kasym-Zhomart Tokayev / Tokaev (dictionary: Kassym-Jomart Tokayev)', 'congratulations in both directions (speech acts)', 'Aliyev, in turn, …', 'to which Aliyev expressed a positive attitude (second speaker in a relative clause)', 'call on September 9 (article of the next day)'],
    actors: [
      { name: 'Kassym-Jomart Tokayev', kind: P, role: 'President of Kazakhstan', surface: ['President of the Republic of Kazakhstan Kasym-Zhomart Tokayev', 'Tokaev'] },
      { name: 'Ilham Aliyev', kind: P, role: 'President of Azerbaijan', surface: ['Azerbaijan President Ilham Aliyev', 'Aliyev', 'Ilham Aliyev'] },
    ],
    quotes: [],
    reported: [
      { speaker: 'Kassym-Jomart Tokayev', from: 'President of the Republic of Kazakhstan Kasym-Zhomart Tokayev proposed', to: 'Azerbaijan President Ilham Aliyev.' },
      { speaker: 'Kassym-Jomart Tokayev', from: 'In the conversation that took place on September 9', to: 'victory of the Eni Azerbaijan party.' },
      { speaker: 'Ilham Aliyev', text: 'Aliyev expressed gratitude for the congratulations.' },
      { speaker: 'Kassym-Jomart Tokayev', from: 'Tokaev also noted the importance', to: 'heads of the state of Central Asia.' },
      { speaker: 'Ilham Aliyev', from: 'Aliyev, in turn, congratulated Kazakhstan', to: 'actively involved.' },
      { speaker: 'Kassym-Jomart Tokayev', text: 'The parties confirmed the strategic nature of relations between Azerbaijan and Kazakhstan.', optional: true, note: 'collective subject' },
      { speaker: 'Kassym-Jomart Tokayev', from: 'Tokaev emphasized Astana’s readiness', to: 'expressed a positive attitude.' },
    ],
    contacts: [
      { a: 'Kassym-Jomart Tokayev', b: 'Ilham Aliyev', kind: 'call', date: '2024-09-09', status: 'held', date_text: 'on September 9', evidence: 'In the conversation that took place on September 9' },
      { a: 'Kassym-Jomart Tokayev', b: 'Ilham Aliyev', kind: 'meeting', date: null, status: 'held', optional: true, date_text: 'no day', note: 'Aliyev’s participation in the consultative meeting of Central Asian heads of state (peripheral)' },
    ],
    excluded: [],
  },

  ho5022: {
    file: '022_bnn_tokayev_aliyev_interstate_council.txt',
    url: 'https://bnnbreaking.com/world/kazakhstan/kazakhstan-and-azerbaijan-presidents-forge-ahead-with-strategic-cooperation-in-baku-summit',
    outlet: 'BNN Breaking',
    style: 'international press (aggregator), presidential readout rewrite',
    patterns: ['dateline glued to the first word (ASTANA—President): the first sentence is anchored from the dateline (optional)', 'reported the Akorda press service (organisation as source of a meeting report)', 'quotation with an internal ellipsis, straight marks', 'According to the Kazakh President (role)', 'sub-heading without final punctuation', 'photo credit removed from the first paragraph'],
    actors: [
      { name: 'Kassym-Jomart Tokayev', kind: P, role: 'President of Kazakhstan', surface: ['President of Kazakhstan Kassym-Jomart Tokayev', 'Tokayev', 'the Kazakh President'] },
      { name: 'Ilham Aliyev', kind: P, role: 'President of Azerbaijan', surface: ['President of Azerbaijan Ilham Aliyev', 'Aliyev'] },
      { name: 'Administration of the President of Kazakhstan', kind: O, role: 'Akorda press service', surface: ['the Akorda press service'] },
    ],
    quotes: [
      { speaker: 'Kassym-Jomart Tokayev', from: 'Of course, absolute numbers may not be so impressive', to: 'maintain effective interaction,', text: undefined },
    ],
    reported: [
      { speaker: 'Administration of the President of Kazakhstan', from: 'ASTANA—President of Kazakhstan', to: 'reported the Akorda press service.', optional: true, note: 'span starts at the dateline glued to the first word' },
      { speaker: 'Kassym-Jomart Tokayev', from: 'During the narrow-format talks, Tokayev congratulated', to: 'in November in Baku.' },
      { speaker: 'Kassym-Jomart Tokayev', from: 'Tokayev highly commended', to: 'significant joint projects.' },
      { speaker: 'Ilham Aliyev', text: 'Aliyev, in turn, emphasized the strengthening of fraternal ties with Kazakhstan.' },
      { speaker: 'Kassym-Jomart Tokayev', from: 'During the first meeting of the Supreme Interstate Council', to: 'relations between the states.' },
      { speaker: 'Kassym-Jomart Tokayev', text: 'Trade turnover between Kazakhstan and Azerbaijan has increased fivefold since 2020.', optional: true, note: 'may be the writer’s own figure or Tokayev’s' },
      { speaker: 'Kassym-Jomart Tokayev', from: 'According to the Kazakh President, the activities', to: 'cooperation between the two countries.' },
      { speaker: 'Kassym-Jomart Tokayev', text: 'They will contribute to bringing Kazakh-Azerbaijani relations to new heights.', optional: true, note: 'continues According to the Kazakh President' },
    ],
    contacts: [
      { a: 'Kassym-Jomart Tokayev', b: 'Ilham Aliyev', kind: 'meeting', date: '2024-03-11', status: 'held', date_text: 'on March 11 in Baku', evidence: 'participated in the Supreme Interstate Council meeting on March 11 in Baku' },
    ],
    excluded: [],
  },

  ho5023: {
    file: '023_ocmedia_dunnigan_zourabichvili.txt',
    url: 'https://oc-media.org/us-ambassador-to-georgia-meets-zourabichvili',
    outlet: 'OC Media',
    style: 'regional press (independent, English-language)',
    patterns: ['no headline in the stored page (membership appeal dropped)', 'curly single quotation marks', 'He referred to X as ‘…’ and added that ‘…’ (mixed)', 'governments and ministries posting (organisations as speakers)', 'meetings “days after” / photo shared Monday evening (no day of the meeting)', 'a top US intelligence official = Tulsi Gabbard (named earlier)'],
    actors: [
      { name: 'Robin Dunnigan', kind: P, role: 'US Ambassador to Georgia', surface: ['US Ambassador Robin Dunnigan', 'Dunnigan'] },
      { name: 'Maka Botchorishvili', kind: P, role: 'Foreign Minister of Georgia', surface: ['Georgia’s Foreign Minister Maka Botchorishvili', 'Botchorishvili'] },
      { name: 'Salome Zourabichvili', kind: P, role: 'former President of Georgia', surface: ['Georgia’s fifth President, Salome Zourabichvili', 'Zourabichvili'] },
      { name: 'Tulsi Gabbard', kind: P, role: 'US Director of National Intelligence', surface: ['the US Director of National Intelligence, Tulsi Gabbard', 'a top US intelligence official'] },
      { name: 'Joe Wilson', kind: P, role: 'US Representative', surface: ['Representative Joe Wilson', 'He'] },
      { name: 'Government of Georgia', kind: O, role: null, surface: ['the Georgian government'] },
      { name: 'Ministry of Foreign Affairs of Georgia', kind: O, role: null, surface: ['the Georgian Ministry of Foreign Affairs'] },
      { name: 'U.S. Embassy in Georgia', kind: O, role: null, surface: ['The US Embassy'] },
    ],
    quotes: [
      { speaker: 'Joe Wilson', text: 'legitimate president' },
      { speaker: 'Joe Wilson', text: 'the only way forward is free and fair elections' },
    ],
    reported: [
      { speaker: 'Government of Georgia', from: 'Meanwhile, the Georgian government and its media reported', to: 'at a conference in India.' },
      { speaker: 'Joe Wilson', from: 'Representative Joe Wilson, one of the harshest critics', to: 'Zourabichvili and Dunnigan on X.' },
      { speaker: 'Joe Wilson', from: 'He referred to Zourabichvili', to: 'free and fair elections’ in Georgia.', mixed: true },
      { speaker: 'Ministry of Foreign Affairs of Georgia', from: 'Meanwhile, the Georgian Ministry of Foreign Affairs posted', to: 'conference in New Delhi, India.' },
    ],
    contacts: [
      { a: 'Robin Dunnigan', b: 'Maka Botchorishvili', kind: 'meeting', date: null, status: 'held', date_text: 'days before (no day)', evidence: 'Days after meeting Georgia’s Foreign Minister Maka Botchorishvili' },
      { a: 'Robin Dunnigan', b: 'Salome Zourabichvili', kind: 'meeting', date: null, status: 'held', date_text: 'photo shared Monday evening (no day of the meeting)', evidence: 'US Ambassador Robin Dunnigan met Georgia’s fifth President, Salome Zourabichvili' },
      { a: 'Maka Botchorishvili', b: 'Tulsi Gabbard', kind: 'meeting', date: null, status: 'held', date_text: 'at a conference in India (no day)', evidence: 'a short exchange between Botchorishvili and the US Director of National Intelligence, Tulsi Gabbard' },
    ],
    excluded: [],
  },

  ho5024: {
    file: '024_newsaz_bayramov_fidan_istanbul.txt',
    url: 'https://news.az/news/azerbaijani-turkish-fms-discuss-regional-cooperation-prospects',
    outlet: 'News.Az',
    style: 'regional press (Azerbaijani), ministry readout relay',
    patterns: ['missing space after a full stop joins two sentences (one optional span)', 'his Turkish counterpart', 'post on X quoted with the Azerbaijani minister (role) as frame', 'FM Bayramov said he also informed his Turkish counterpart', 'embedded tweet dropped', 'on Friday = article date'],
    actors: [
      { name: 'Jeyhun Bayramov', kind: P, role: 'Foreign Minister of Azerbaijan', surface: ['Azerbaijan’s Foreign Minister Jeyhun Bayramov', 'Bayramov', 'the Azerbaijani minister', 'FM Bayramov'] },
      { name: 'Hakan Fidan', kind: P, role: 'Foreign Minister of Turkey', surface: ['his Turkish counterpart Hakan Fidan', 'Fidan', 'his Turkish counterpart'] },
      { name: 'Ministry of Foreign Affairs of Azerbaijan', kind: O, role: null, surface: ['the Azerbaijani Foreign Ministry'] },
      { name: 'News.Az', kind: O, role: 'news site', media: true, surface: ['News.Az'] },
    ],
    quotes: [
      { speaker: 'Jeyhun Bayramov', from: 'I was delighted to have a comprehensive discussion', to: 'regional formats and organizations,', text: undefined },
    ],
    reported: [
      { speaker: 'Ministry of Foreign Affairs of Azerbaijan', via: 'News.Az', from: 'Azerbaijan’s Foreign Minister Jeyhun Bayramov on Friday', to: 'citing the Azerbaijani Foreign Ministry.', optional: true, note: 'two sentences joined by a missing space; the second is the ministry’s report' },
      { speaker: 'Jeyhun Bayramov', from: 'FM Bayramov said he also informed', to: 'remaining challenges, etc.' },
    ],
    contacts: [
      { a: 'Jeyhun Bayramov', b: 'Hakan Fidan', kind: 'meeting', date: '2024-10-18', status: 'held', date_text: 'on Friday', evidence: 'Jeyhun Bayramov on Friday held a meeting with his Turkish counterpart Hakan Fidan in Istanbul' },
    ],
    excluded: [],
  },

  ho5025: {
    file: '025_ilkha_erdogan_pashinyan_call.txt',
    url: 'https://www.ilkha.com/english/latest/erdogan-pashinyan-discuss-armenia-azerbaijan-peace-deal-in-phone-call-472517',
    outlet: 'ILKHA (İlke Haber Ajansı)',
    style: 'agency (Turkish)',
    patterns: ['call on Monday (article date)', 'He (pronoun) for Erdoğan in consecutive sentences', 'urging / noting participle clauses', 'diacritics (Erdoğan, Türkiye)'],
    actors: [
      { name: 'Recep Tayyip Erdoğan', kind: P, role: 'President of Turkey', surface: ['Turkish President Recep Tayyip Erdoğan', 'President Erdoğan', 'Erdoğan', 'He'] },
      { name: 'Nikol Pashinyan', kind: P, role: 'Prime Minister of Armenia', surface: ['Armenian Prime Minister Nikol Pashinyan', 'Prime Minister Pashinyan'] },
      { name: 'ILKHA', kind: O, role: 'news agency', media: true, surface: ['ILKHA'] },
    ],
    quotes: [],
    reported: [
      { speaker: 'Recep Tayyip Erdoğan', from: 'During the conversation, President Erdoğan congratulated', to: 'between Yerevan and Baku.' },
      { speaker: 'Recep Tayyip Erdoğan', from: 'He emphasized that the mutual commitment', to: 'into concrete actions.' },
      { speaker: 'Recep Tayyip Erdoğan', from: 'Erdoğan also highlighted the ongoing normalization', to: 'to advance these efforts.' },
      { speaker: 'Recep Tayyip Erdoğan', text: 'He reaffirmed Türkiye’s dedication to fostering peace and stability in the region.' },
    ],
    contacts: [
      { a: 'Recep Tayyip Erdoğan', b: 'Nikol Pashinyan', kind: 'call', date: '2025-08-11', status: 'held', date_text: 'on Monday', evidence: 'held a phone call with Armenian Prime Minister Nikol Pashinyan on Monday' },
    ],
    excluded: [],
  },

  ho5026: {
    file: '026_trend_bayramov_borrell_brussels.txt',
    url: 'https://en.trend.az/azerbaijan/politics/3836188.html',
    outlet: 'Trend',
    style: 'agency (Azerbaijani), ministry readout relay',
    patterns: ['dateline sentence “BAKU, Azerbaijan, December 12.” before the first sentence', 'meeting the day before the dateline (On December 11)', 'The minister / He (roles and pronouns)', 'criticism of EU officials as reported speech', 'a paragraph without final punctuation (agentless, not annotated)'],
    actors: [
      { name: 'Jeyhun Bayramov', kind: P, role: 'Foreign Minister of Azerbaijan', surface: ['Foreign Minister of Azerbaijan Jeyhun Bayramov', 'Jeyhun Bayramov', 'The minister', 'He', 'Minister Jeyhun Bayramov'] },
      { name: 'Josep Borrell', kind: P, role: 'EU High Representative for Foreign Affairs and Security Policy', surface: ['Josep Borrell'] },
      { name: 'Charles Michel', kind: P, role: 'President of the European Council', surface: ['the President of the European Council Charles Michel'] },
      { name: 'Ministry of Foreign Affairs of Azerbaijan', kind: O, role: null, surface: ['the Azerbaijani Foreign Ministry'] },
      { name: 'Trend', kind: O, role: 'news agency', media: true, surface: ['Trend'] },
    ],
    quotes: [],
    reported: [
      { speaker: 'Ministry of Foreign Affairs of Azerbaijan', via: 'Trend', from: 'On December 11, 2023, as part of a working visit', to: 'citing the Azerbaijani Foreign Ministry.' },
      { speaker: 'Jeyhun Bayramov', from: 'At the meeting, Jeyhun Bayramov informed', to: 'between Azerbaijan and Armenia.' },
      { speaker: 'Jeyhun Bayramov', from: 'The minister said that the mediation efforts', to: 'highly appreciated by Azerbaijan.' },
      { speaker: 'Jeyhun Bayramov', from: 'He emphasized that, despite this', to: 'in this process.' },
      { speaker: 'Jeyhun Bayramov', from: 'Minister Jeyhun Bayramov emphasized that the establishment', to: 'security in the South Caucasus.' },
    ],
    contacts: [
      { a: 'Jeyhun Bayramov', b: 'Josep Borrell', kind: 'meeting', date: '2023-12-11', status: 'held', date_text: 'On December 11, 2023', evidence: 'Jeyhun Bayramov met with the High Representative … Josep Borrell' },
    ],
    excluded: [],
  },

  ho5027: {
    file: '027_caucasuswatch_delimitation_northern_border.txt',
    url: 'https://caucasuswatch.de/en/news/delimitation-talks-progress-as-armenia-and-azerbaijan-focus-on-northern-border.html',
    outlet: 'Caucasus Watch',
    style: 'regional press (German-based analysis site)',
    patterns: ['commission meeting under two chairmen (one pair)', 'the parties agreed (collective, optional)', 'next meeting to be agreed (planned, no day)'],
    actors: [
      { name: 'Mher Grigoryan', kind: P, role: 'Deputy Prime Minister of Armenia', surface: ['Mher Grigoryan'] },
      { name: 'Shahin Mustafayev', kind: P, role: 'Deputy Prime Minister of Azerbaijan', surface: ['Shahin Mustafayev'] },
    ],
    quotes: [],
    reported: [
      { speaker: 'Mher Grigoryan', from: 'During the meeting, the parties exchanged views', to: 'Armenian-Azerbaijani border with Iran.', optional: true, note: 'collective subject' },
      { speaker: 'Mher Grigoryan', from: 'They also discussed drafts of guidelines', to: 'through working-level consultations.', optional: true, note: 'collective subject' },
    ],
    contacts: [
      { a: 'Mher Grigoryan', b: 'Shahin Mustafayev', kind: 'meeting', date: '2025-01-16', status: 'held', date_text: 'On January 16', evidence: 'the 11th meeting of the Armenian-Azerbaijani Commission … was held at the border under the chairmanship of Mher Grigoryan … and Shahin Mustafayev' },
      { a: 'Mher Grigoryan', b: 'Shahin Mustafayev', kind: 'meeting', date: null, status: 'planned', date_text: 'date to be determined', evidence: 'agreed to determine the date and location of the next meeting' },
    ],
    excluded: [],
  },

  ho5028: {
    file: '028_armradio_kilic_appointed.txt',
    url: 'https://en.armradio.am/2022/01/11/serdar-kilic-officially-appointed-turkeys-envoy-for-normalization-with-armenia/',
    outlet: 'Public Radio of Armenia',
    style: 'regional press (Armenian public broadcaster)',
    patterns: ['today (January 11) in parentheses', 'biography paragraphs without statements', 'planned meeting of special representatives: the Turkish one is named elsewhere, the Armenian one in the next sentence'],
    actors: [
      { name: 'Serdar Kılıç', kind: P, role: 'Special Envoy of Turkey for normalization with Armenia', surface: ['Serdar Kilic', 'Kilic'] },
      { name: 'Mevlüt Çavuşoğlu', kind: P, role: 'Foreign Minister of Turkey', surface: ['Minister of Foreign Affairs Mevlut Cavusoglu'] },
      { name: 'Ruben Rubinyan', kind: P, role: 'Deputy Speaker of the National Assembly of Armenia, special envoy', surface: ['Deputy Speaker of the National Assembly Ruben Rubinyan'] },
    ],
    quotes: [],
    reported: [
      { speaker: 'Mevlüt Çavuşoğlu', text: 'Minister of Foreign Affairs Mevlut Cavusoglu announced Kilic’s appointment in mid-December.' },
    ],
    contacts: [
      { a: 'Serdar Kılıç', b: 'Ruben Rubinyan', kind: 'meeting', date: '2022-01-14', status: 'planned', date_text: 'on January 14', evidence: 'The special representatives of Armenia and Turkey are expected to meet in Moscow on January 14.' },
    ],
    excluded: [],
  },

  ho5029: {
    file: '029_islworld_putin_aliyev_birthday_call.txt',
    url: 'https://russia-islworld.ru/en/novosti//putin-and-aliyev-reaffirm-commitment-to-strengthening-russiaazerbaijan-cooperation-2025-12-24-53546',
    outlet: 'Russia – Islamic World (GSV), based on TASS',
    style: 'international press, Kremlin readout relay',
    patterns: ['a third participant joins a call (three parties, one side)', 'the readout stated / the statement noted (the Kremlin as speaker)', 'X and Y confirmed …, the Kremlin press service reported (coordinated subjects, optional)', 'short descriptive quote “warm and friendly” (optional)', 'call with no day in the text'],
    actors: [
      { name: 'Vladimir Putin', kind: P, role: 'President of Russia', surface: ['Russian President Vladimir Putin', 'Putin'] },
      { name: 'Ilham Aliyev', kind: P, role: 'President of Azerbaijan', surface: ['Azerbaijani President Ilham Aliyev', 'Aliyev'] },
      { name: 'Mehriban Aliyeva', kind: P, role: 'First Vice President of Azerbaijan', surface: ['Azerbaijan’s First Vice President Mehriban Aliyeva'] },
      { name: 'Government of Russia', kind: O, role: 'the Kremlin press service', surface: ['the Kremlin press service', 'the readout', 'the statement'] },
    ],
    quotes: [
      { speaker: 'Government of Russia', text: 'The leaders reaffirmed their shared commitment to comprehensively strengthening Russia–Azerbaijan allied relations and agreed on further personal contacts,' },
      { speaker: 'Government of Russia', text: 'warm and friendly', optional: true, note: 'short description of the call' },
      { speaker: 'Government of Russia', text: 'First Vice President of the Republic of Azerbaijan Mehriban Aliyeva joined the conversation,' },
    ],
    reported: [
      { speaker: 'Vladimir Putin', via: 'Government of Russia', from: 'Russian President Vladimir Putin and Azerbaijani President', to: 'the Kremlin press service reported.', optional: true, note: 'coordinated subjects' },
      { speaker: 'Vladimir Putin', text: 'During the conversation, Putin congratulated Aliyev on his birthday.' },
      { speaker: 'Vladimir Putin', from: 'The participants exchanged the warmest wishes', to: 'a congratulatory telegram.', optional: true, note: 'collective subject' },
    ],
    contacts: [
      { a: 'Vladimir Putin', b: 'Ilham Aliyev', kind: 'call', date: null, status: 'held', date_text: 'no day in the text (birthday call)', evidence: 'confirmed their mutual resolve … during a phone call' },
      { a: 'Vladimir Putin', b: 'Mehriban Aliyeva', kind: 'call', date: null, status: 'held', date_text: 'no day', evidence: 'First Vice President Mehriban Aliyeva joined what was described as a “warm and friendly” discussion' },
    ],
    excluded: [],
  },

  ho5030: {
    file: '030_panarmenian_mirzoyan_moscow_trip.txt',
    url: 'https://www.panarmenian.net/m/eng/news/295157',
    outlet: 'PanARMENIAN.Net',
    style: 'regional press (Armenian), ministry statement relay',
    patterns: ['planned meeting with a stated day (August 31)', 'the Russian side said in a statement (organisation)', 'a stand-alone quoted paragraph without a frame (same speaker as the previous paragraph)', 'his Russian counterpart'],
    actors: [
      { name: 'Ararat Mirzoyan', kind: P, role: 'Foreign Minister of Armenia', surface: ['Armenian Foreign Minister Ararat Mirzoyan'] },
      { name: 'Sergey Lavrov', kind: P, role: 'Foreign Minister of Russia', surface: ['his Russian counterpart Sergei Lavrov'] },
      { name: 'Ministry of Foreign Affairs of Russia', kind: O, role: null, surface: ['the Russian Foreign Ministry', 'the Russian side', 'The Russian Foreign Ministry'] },
    ],
    quotes: [
      { speaker: 'Ministry of Foreign Affairs of Russia', from: 'This is the first foreign trip of the head', to: 'OSCE and other international organizations,', text: undefined },
      { speaker: 'Ministry of Foreign Affairs of Russia', from: 'The progress in the implementation of the agreements', to: 'South Caucasus, will be considered.', text: undefined },
    ],
    reported: [
      { speaker: 'Ministry of Foreign Affairs of Russia', from: 'Armenian Foreign Minister Ararat Mirzoyan will travel', to: 'the Russian Foreign Ministry reports.' },
      { speaker: 'Ministry of Foreign Affairs of Russia', from: 'The Russian Foreign Ministry also expressed hope', to: 'stability in the region.' },
    ],
    contacts: [
      { a: 'Ararat Mirzoyan', b: 'Sergey Lavrov', kind: 'meeting', date: '2021-08-31', status: 'planned', date_text: 'on August 31', evidence: 'will travel to Moscow to meet with his Russian counterpart Sergei Lavrov on August 31' },
    ],
    excluded: [],
  },

  ho5031: {
    file: '031_agendage_garibashvili_pashinyan_unga.txt',
    url: 'https://agenda.ge/en/news/2022/3685',
    outlet: 'Agenda.ge',
    style: 'regional press (Georgian), government readout relay',
    patterns: ['deck sentence of four one- to three-word quotes', 'his Armenian counterpart', 'the government administration said (readout of a collective statement)', 'on Saturday = article date (sidelines of the UN General Assembly)'],
    actors: [
      { name: 'Irakli Garibashvili', kind: P, role: 'Prime Minister of Georgia', surface: ['Georgian prime minister Irakli Garibashvili', 'Garibashvili'] },
      { name: 'Nikol Pashinyan', kind: P, role: 'Prime Minister of Armenia', surface: ['his Armenian counterpart Nikol Pashinyan'] },
      { name: 'Government of Georgia', kind: O, role: 'Government Administration', surface: ['the government administration'] },
    ],
    quotes: [
      { speaker: 'Irakli Garibashvili', text: 'readiness', optional: true, note: 'one word' },
      { speaker: 'Irakli Garibashvili', text: 'continue being', optional: true, note: 'two-word fragment' },
      { speaker: 'Irakli Garibashvili', text: 'contribute', optional: true, note: 'one word' },
      { speaker: 'Irakli Garibashvili', text: 'region and beyond', optional: true, note: 'three-word fragment' },
      { speaker: 'Irakli Garibashvili', text: 'dynamically', optional: true, note: 'one word; the officials (collective)' },
      { speaker: 'Irakli Garibashvili', text: 'good basis', optional: true, note: 'two words; the officials (collective)' },
    ],
    reported: [
      { speaker: 'Irakli Garibashvili', from: 'Garibashvili expressed his “readiness”', to: '“region and beyond”.', mixed: true },
      { speaker: 'Irakli Garibashvili', via: 'Government of Georgia', from: 'The officials highlighted the existing', to: 'the government administration said.', mixed: true, optional: true, note: 'collective subject' },
    ],
    contacts: [
      { a: 'Irakli Garibashvili', b: 'Nikol Pashinyan', kind: 'meeting', date: '2022-09-24', status: 'held', date_text: 'on Saturday', evidence: 'on Saturday discussed the cooperation agenda … on the sidelines of the United Nations general assembly' },
    ],
    excluded: [],
  },

  ho5032: {
    file: '032_civilge_garibashvili_hosts_pashinyan.txt',
    url: 'https://www.armenianclub.com/2021/09/09/georgian-armenian-pms-meet-in-tbilisi/',
    outlet: 'Civil.ge (reposted by Armenian Club)',
    style: 'regional press (Georgian), press conference report',
    patterns: ['the Georgian PM / PM Garibashvili / he (roles and pronoun)', 'dubbed … “…” and asserted that … – “…” – (quotes inside paraphrase)', '“…,” said the Georgian PM, adding that “…” (mixed)', 'remarks known through a translation by the press service', 'meeting today and a meeting later today (planned)'],
    actors: [
      { name: 'Irakli Garibashvili', kind: P, role: 'Prime Minister of Georgia', surface: ['Georgian Prime Minister Irakli Garibashvili', 'the Georgian PM', 'PM Garibashvili', 'he'] },
      { name: 'Nikol Pashinyan', kind: P, role: 'Prime Minister of Armenia', surface: ['his Armenian counterpart Nikol Pashinyan', 'PM Pashinyan', 'The Armenian PM', 'He'] },
      { name: 'Salome Zourabichvili', kind: P, role: 'President of Georgia', surface: ['Georgian President Salome Zurabishvili'] },
      { name: 'Government of Georgia', kind: O, role: 'Georgian PM’s press service', surface: ['the Georgian PM’s press service'] },
    ],
    quotes: [
      { speaker: 'Irakli Garibashvili', text: 'an opportunity for Armenia to begin a new era.' },
      { speaker: 'Irakli Garibashvili', text: 'a difficult challenge for the region' },
      { speaker: 'Irakli Garibashvili', text: 'The stability of Armenia is of great importance for us,' },
      { speaker: 'Irakli Garibashvili', text: 'it is directly linked' },
      { speaker: 'Irakli Garibashvili', text: 'I reiterated complete readiness, for Georgia to continue actively mediating,' },
    ],
    reported: [
      { speaker: 'Irakli Garibashvili', from: 'In a joint press conference after the meeting', to: 'peaceful development of the region.', optional: true, note: 'collective subject the two officials' },
      { speaker: 'Irakli Garibashvili', from: 'They also highlighted the importance', to: 'enhancing cooperation.', optional: true, note: 'collective subject' },
      { speaker: 'Irakli Garibashvili', from: 'In his address, the Georgian PM dubbed', to: 'to begin a new era.”', mixed: true },
      { speaker: 'Irakli Garibashvili', from: 'PM Garibashvili asserted that', to: 'can lead to new possibilities.', mixed: true },
      { speaker: 'Irakli Garibashvili', from: '“The stability of Armenia is of great importance', to: 'the region as well.', mixed: true },
      { speaker: 'Irakli Garibashvili', from: 'Citing his involvement in negotiating', to: 'between the South Caucasus states.' },
      { speaker: 'Nikol Pashinyan', from: 'PM Pashinyan on his part described', to: 'more productive cooperation.' },
      { speaker: 'Nikol Pashinyan', via: 'Government of Georgia', from: 'He added that collaboration will continue', to: 'the Georgian PM’s press service.' },
    ],
    contacts: [
      { a: 'Irakli Garibashvili', b: 'Nikol Pashinyan', kind: 'meeting', date: '2021-09-08', status: 'held', date_text: 'today', evidence: 'Georgian Prime Minister Irakli Garibashvili hosted today his Armenian counterpart Nikol Pashinyan' },
      { a: 'Nikol Pashinyan', b: 'Salome Zourabichvili', kind: 'meeting', date: '2021-09-08', status: 'planned', date_text: 'later today', evidence: 'The Armenian PM will also meet Georgian President Salome Zurabishvili later today.' },
    ],
    excluded: [],
  },

  ho5033: {
    file: '033_armradio_pashinyan_garibashvili_tbilisi.txt',
    url: 'https://en.armradio.am/2024/01/26/armenian-georgian-pms-discuss-bilateral-cooperation-regional-issues/',
    outlet: 'Public Radio of Armenia',
    style: 'regional press (Armenian public broadcaster), government readout relay',
    patterns: ['spelling Gharibashvili for Garibashvili', 'The interlocutors / The parties (collective, optional)', 'agentless passives (were addressed, were exchanged)', 'meeting with no day in the text (commission meeting “today”)'],
    actors: [
      { name: 'Nikol Pashinyan', kind: P, role: 'Prime Minister of Armenia', surface: ['Nikol Pashinyan'] },
      { name: 'Irakli Garibashvili', kind: P, role: 'Prime Minister of Georgia', surface: ['Irakli Gharibashvili'] },
    ],
    quotes: [],
    reported: [
      { speaker: 'Nikol Pashinyan', from: 'The parties emphasized the strategic nature', to: 'bilateral cooperation in all fields.', optional: true, note: 'collective subject' },
      { speaker: 'Nikol Pashinyan', text: 'The interlocutors emphasized the implementation of consistent steps towards peace and stability.', optional: true, note: 'collective subject' },
    ],
    contacts: [
      { a: 'Nikol Pashinyan', b: 'Irakli Garibashvili', kind: 'meeting', date: null, status: 'held', date_text: 'no day for the tête-à-tête (commission meeting today)', evidence: 'held a tête-à-tête meeting in Tbilisi' },
    ],
    excluded: [],
  },

  ho5034: {
    file: '034_panarmenian_baku_cancels_brussels_meeting.txt',
    url: 'https://armenianclub.com/2022/06/29/azerbaijan-canceled-meeting-with-armenia-pashinyan-says/amp',
    outlet: 'PanARMENIAN.Net (reposted by Armenian Club)',
    style: 'regional press (Armenian)',
    patterns: ['cancelled meeting of two officials (no day)', 'on Monday, June 27 (explicit)', 'According to him (Pashinyan)', 'one-word quote "strange"', 'anonymous diplomatic source cited by media (optional, anonymous)', 'straight double marks'],
    actors: [
      { name: 'Nikol Pashinyan', kind: P, role: 'Prime Minister of Armenia', surface: ['Prime Minister Nikol Pashinyan', 'Pashinyan', 'him'] },
      { name: 'Armen Grigoryan', kind: P, role: 'Secretary of the Security Council of Armenia', surface: ["Secretary of Armenia's Security Council Armen Grigoryan"] },
      { name: 'Hikmet Hajiyev', kind: P, role: 'Assistant to the President of Azerbaijan', surface: ['Azerbaijani presidential aide Hikmet Hajiyev'] },
      { name: 'Government of Azerbaijan', kind: O, role: null, surface: ['Azerbaijan', 'Baku'] },
      { name: 'PanARMENIAN.Net', kind: O, role: 'news site', media: true, surface: ['PanARMENIAN.Net'] },
    ],
    quotes: [
      { speaker: 'Nikol Pashinyan', text: 'strange', optional: true, note: 'one word' },
      { speaker: null, text: 'real reasons', optional: true, anonymous: true, note: 'a diplomatic source' },
      { speaker: null, from: 'If the Armenian side makes contradictory statements', to: 'what is the point of holding meetings?', text: undefined, optional: true, anonymous: true, note: 'the source' },
    ],
    reported: [
      { speaker: 'Nikol Pashinyan', from: 'Prime Minister Nikol Pashinyan has said that', to: 'presidential aide Hikmet Hajiyev.' },
      { speaker: 'Nikol Pashinyan', from: 'Pashinyan told an online press conference', to: 'to be held in Brussels.' },
      { speaker: 'Nikol Pashinyan', from: 'According to him, Yerevan has also proposed', to: 'received from Baku so far.' },
      { speaker: 'Nikol Pashinyan', from: "Pashinyan said Azerbaijan's claims", to: 'are "strange".', mixed: true },
      { speaker: null, from: "Following Pashinyan's remarks", to: 'there were "real reasons" for that.', mixed: true, optional: true, anonymous: true, note: 'a diplomatic source cited by media' },
    ],
    contacts: [
      { a: 'Armen Grigoryan', b: 'Hikmet Hajiyev', kind: 'meeting', date: null, status: 'cancelled', date_text: 'no day (was supposed to be held in Brussels)', evidence: 'Azerbaijan has canceled a meeting between … Armen Grigoryan and … Hikmet Hajiyev' },
    ],
    excluded: [],
  },

  ho5035: {
    file: '035_newsam_mirzoyan_brussels_meeting_off.txt',
    url: 'https://news.am/eng/news/788847.html',
    outlet: 'News.am',
    style: 'regional press (Armenian), press conference report',
    patterns: ['the statement comes first, its speaker in the next sentence (stated this)', 'cancelled three-party meeting (three pairs, no day)', 'had announced today (EU envoy)', 'the FM of Armenia / the Armenian FM / He', 'name in curly single marks (excluded)', '“…,” said X, adding that … (mixed)', 'tripartite meeting held in July (optional pairs)', 'informal contacts two days ago with no named counterpart'],
    actors: [
      { name: 'Ararat Mirzoyan', kind: P, role: 'Foreign Minister of Armenia', surface: ['Armenian Foreign Minister Ararat Mirzoyan', 'Mirzoyan', 'the FM of Armenia', 'the Armenian FM', 'He'] },
      { name: 'Mélanie Joly', kind: P, role: 'Foreign Minister of Canada', surface: ['his visiting Canadian colleague, Melanie Joly'] },
      { name: 'Toivo Klaar', kind: P, role: 'EU Special Representative for the South Caucasus and the crisis in Georgia', surface: ['Toivo Klaar'] },
      { name: 'Charles Michel', kind: P, role: 'President of the European Council', surface: ['European Council President Charles Michel'] },
      { name: 'Nikol Pashinyan', kind: P, role: 'Prime Minister of Armenia', surface: ['Armenian Prime Minister Nikol Pashinyan'] },
      { name: 'Ilham Aliyev', kind: P, role: 'President of Azerbaijan', surface: ['Azerbaijani President Ilham Aliyev', 'the president of Azerbaijan'] },
    ],
    quotes: [
      { speaker: 'Ararat Mirzoyan', from: 'We [Armenia] are still ready for the meeting.', to: 'committed to the peace agenda,', text: undefined },
      { speaker: 'Ararat Mirzoyan', from: 'We had informal contacts in Tehran two days ago', to: 'Our approaches are known,', text: undefined },
    ],
    reported: [
      { speaker: 'Ararat Mirzoyan', text: 'The meeting in Brussels will not take place due to lack of time on the part of the president of Azerbaijan.', note: 'speaker named in the next sentence (stated this)' },
      { speaker: 'Ararat Mirzoyan', from: 'Armenian Foreign Minister Ararat Mirzoyan stated this', to: 'the previously announced meeting.', optional: true, note: 'speech act pointing back (stated this)' },
      { speaker: 'Toivo Klaar', from: 'Toivo Klaar, the European Union Special Representative', to: 'at the end of October in Brussels.' },
      { speaker: 'Ararat Mirzoyan', from: "To the question of who doesn't have time", to: 'has not found time.' },
      { speaker: 'Ararat Mirzoyan', from: 'He added that there is, by and large', to: 'from Azerbaijan and Armenia.' },
      { speaker: 'Ararat Mirzoyan', from: '"We had informal contacts in Tehran', to: 'really a question of timing.', mixed: true },
    ],
    contacts: [
      { a: 'Ararat Mirzoyan', b: 'Mélanie Joly', kind: 'meeting', date: '2023-10-25', status: 'held', date_text: 'Wednesday’s joint press conference', evidence: 'Wednesday’s joint press conference with his visiting Canadian colleague, Melanie Joly' },
      { a: 'Charles Michel', b: 'Nikol Pashinyan', kind: 'meeting', date: null, status: 'cancelled', date_text: 'at the end of October (no day)', evidence: 'the expected meeting between European Council President Charles Michel, Armenian Prime Minister Nikol Pashinyan, and Azerbaijani President Ilham Aliyev will not be held' },
      { a: 'Charles Michel', b: 'Ilham Aliyev', kind: 'meeting', date: null, status: 'cancelled', date_text: 'at the end of October', evidence: 'will not be held at the end of October in Brussels' },
      { a: 'Nikol Pashinyan', b: 'Ilham Aliyev', kind: 'meeting', date: null, status: 'cancelled', date_text: 'at the end of October', evidence: 'The meeting in Brussels will not take place' },
      { a: 'Charles Michel', b: 'Nikol Pashinyan', kind: 'meeting', date: null, status: 'held', optional: true, date_text: 'in July', note: 'the tripartite meeting held in July (parties not named there)' },
      { a: 'Charles Michel', b: 'Ilham Aliyev', kind: 'meeting', date: null, status: 'held', optional: true, date_text: 'in July', note: 'the tripartite meeting held in July' },
      { a: 'Nikol Pashinyan', b: 'Ilham Aliyev', kind: 'meeting', date: null, status: 'held', optional: true, date_text: 'in July', note: 'the tripartite meeting held in July' },
    ],
    excluded: [
      { text: 'Zangezur Corridor,', reason: 'name in quotes' },
    ],
  },

  ho5036: {
    file: '036_vestnikkavkaza_3plus3_istanbul.txt',
    url: 'https://en.vestikavkaza.ru/material/171108',
    outlet: 'Vestnik Kavkaza',
    style: 'regional press (Russian, English edition)',
    patterns: ['five-party ministerial meeting announced, only two ministers named (one planned pair)', 'format name in double and single curly marks (excluded)', 'Russia also confirmed …, the spokeswoman said (speaker is the spokeswoman)', 'paragraphs with straight single marks cut'],
    actors: [
      { name: 'Hakan Fidan', kind: P, role: 'Foreign Minister of Turkey', surface: ['Turkish Foreign Minister Hakan Fidan', 'Fidan'] },
      { name: 'Sergey Lavrov', kind: P, role: 'Foreign Minister of Russia', surface: ['Foreign Minister Sergey Lavrov'] },
      { name: 'Maria Zakharova', kind: P, role: 'Spokesperson, Ministry of Foreign Affairs of Russia', surface: ['the ministry spokeswoman Maria Zakharova'] },
    ],
    quotes: [
      { speaker: 'Hakan Fidan', from: 'The third meeting of this platform', to: 'will also take part in the meeting,', text: undefined },
    ],
    reported: [
      { speaker: 'Hakan Fidan', from: 'The meeting of the regional platform', to: 'Turkish Foreign Minister Hakan Fidan said.' },
      { speaker: 'Maria Zakharova', from: 'Russia also confirmed that Foreign Minister Sergey Lavrov', to: 'the ministry spokeswoman Maria Zakharova said.' },
    ],
    contacts: [
      { a: 'Hakan Fidan', b: 'Sergey Lavrov', kind: 'meeting', date: '2024-10-18', status: 'planned', date_text: 'on October 18', evidence: 'Sergey Lavrov will participate in the ‘3+3’ format meeting on South Caucasus in Istanbul on October 18' },
    ],
    excluded: [
      { text: '3+3', nth: 0, reason: 'name of a format' },
      { text: '3+3', nth: 1, reason: 'name of a format' },
    ],
  },

  ho5037: {
    file: '037_newsam_bayramov_cavusoglu_islamabad.txt',
    url: 'https://news.am/eng/news/678277.html',
    outlet: 'News.am (citing TASS)',
    style: 'regional press (Armenian), wire relay',
    patterns: ['on Sunday = article date', 'quotation attributed only to “the respective statement” (no named speaker: optional)', 'bracketed insertion [in Moscow] that misreads the venue', 'format name in straight double and curly single marks (excluded)', 'collective discussion reported by a wire (optional)'],
    actors: [
      { name: 'Jeyhun Bayramov', kind: P, role: 'Foreign Minister of Azerbaijan', surface: ['Jeyhun Bayramov'] },
      { name: 'Mevlüt Çavuşoğlu', kind: P, role: 'Foreign Minister of Turkey', surface: ['Mevlut Cavusoglu'] },
      { name: 'TASS', kind: O, role: 'news agency', media: true, surface: ['TASS'] },
    ],
    quotes: [
      { speaker: null, from: 'The parties [in Moscow] discussed the results', to: 'developing this mechanism of cooperation,', text: undefined, optional: true, note: 'the respective statement, author not named' },
    ],
    reported: [
      { speaker: 'Jeyhun Bayramov', via: 'TASS', from: 'The foreign ministers of Azerbaijan and Turkey', to: 'TASS reported.', optional: true, note: 'coordinated subjects discussed, reported by a wire' },
      { speaker: 'Jeyhun Bayramov', from: 'Also, the ministers discussed', to: 'in the post-conflict period.', optional: true, note: 'collective subject' },
    ],
    contacts: [
      { a: 'Jeyhun Bayramov', b: 'Mevlüt Çavuşoğlu', kind: 'meeting', date: '2021-12-19', status: 'held', date_text: 'on Sunday', evidence: 'Their talk took place in the Pakistani capital Islamabad' },
    ],
    excluded: [
      { text: '3+3', nth: 0, reason: 'name of a format' },
      { text: '3+3', nth: 1, reason: 'name of a format' },
    ],
  },

  ho5038: {
    file: '038_reportaz_mirzoyan_tripp_washington.txt',
    url: 'https://report.az/en/region/mirzoyan-russia-turkiye-s-participation-in-tripp-wasn-t-discussed-in-washington',
    outlet: 'Report.az',
    style: 'agency (Azerbaijani), relay of Armenian media',
    patterns: ['Report informs referring to Armenian media (relay)', 'the minister / He / he / Mirzoyan alternate as speaker', 'sentence-final “, he said” after a paraphrase', 'According to the minister', 'a visit to Washington with no named counterpart (no contact)', 'navigation, timestamp and language links dropped'],
    actors: [
      { name: 'Ararat Mirzoyan', kind: P, role: 'Foreign Minister of Armenia', surface: ['Armenian Foreign Minister Ararat Mirzoyan', 'He', 'the minister', 'Mirzoyan', 'he'] },
      { name: 'Report', kind: O, role: 'news agency', media: true, surface: ['Report'] },
    ],
    quotes: [
      { speaker: 'Ararat Mirzoyan', from: 'Without the Gyumri-Kars railway', to: 'as an extension of TRIPP,', text: undefined },
      { speaker: 'Ararat Mirzoyan', from: 'Russia has a presence in various infrastructures', to: 'connect and cooperate with TRIPP,', text: undefined },
    ],
    reported: [
      { speaker: 'Ararat Mirzoyan', from: "Russia and Türkiye's participation in the Trump Route", to: 'referring to Armenian media.' },
      { speaker: 'Ararat Mirzoyan', from: "He noted that Türkiye's possible participation", to: 'Armenian-American business project.' },
      { speaker: 'Ararat Mirzoyan', from: 'However, after the unblocking of communications', to: 'logistical transition, he said.' },
      { speaker: 'Ararat Mirzoyan', from: 'According to the minister, negotiations', to: 'unblocking of communications.' },
      { speaker: 'Ararat Mirzoyan', text: 'He expressed hope that the negotiations will yield results in the near future.' },
      { speaker: 'Ararat Mirzoyan', from: 'As for Russia, it may have opportunities', to: 'Mirzoyan noted.' },
    ],
    contacts: [],
    excluded: [],
  },

  ho5039: {
    file: '039_azertac_botchorishvili_trilateral_tbilisi.txt',
    url: 'https://azertag.az/en/xeber/maka_botchorishvili_trilateral_cooperation_between_georgia_azerbaijan_and_armenia_is_very_much_needed-3510875',
    outlet: 'AZERTAC',
    style: 'agency (Azerbaijani state agency)',
    patterns: ['dateline alone on the date line', 'quotation first, frame “said Georgian Foreign Minister …” after it', 'According to the ministry, the minister emphasized …, stating: “…” (person via ministry, mixed)', 'ministry as speaker of a quotation', 'three-party meeting of deputy foreign ministers (three pairs, no day in the text); the minister’s own pairs optional'],
    actors: [
      { name: 'Maka Botchorishvili', kind: P, role: 'Foreign Minister of Georgia', surface: ['Georgian Foreign Minister Maka Botchorishvili', 'FM Maka Botchorishvili'] },
      { name: 'Ministry of Foreign Affairs of Georgia', kind: O, role: null, surface: ['the Georgian Ministry of Foreign Affairs', 'the Georgian Foreign Ministry'] },
      { name: 'Lasha Darsalia', kind: P, role: 'Deputy Foreign Minister of Georgia', surface: ['Georgian Deputy Foreign Minister Lasha Darsalia'] },
      { name: 'Elnur Mammadov', kind: P, role: 'Deputy Foreign Minister of Azerbaijan', surface: ['Azerbaijani Deputy Foreign Minister Elnur Mammadov'] },
      { name: 'Vahan Kostanyan', kind: P, role: 'Deputy Foreign Minister of Armenia', surface: ['Armenian Deputy Foreign Minister Vahan Kostanyan'] },
      { name: 'AZERTAC', kind: O, role: 'news agency', media: true, surface: ['AZERTAC'] },
    ],
    quotes: [
      { speaker: 'Maka Botchorishvili', from: 'The South Caucasus is a region of strategic importance', to: 'is greater than ever,', text: undefined },
      { speaker: 'Maka Botchorishvili', via: 'Ministry of Foreign Affairs of Georgia', from: 'It is nothing but Georgia’s genuine desire', to: 'to this table today.', text: undefined },
      { speaker: 'Ministry of Foreign Affairs of Georgia', from: 'The main objective of the meeting', to: 'stability, and sustainable development,', text: undefined },
    ],
    reported: [
      { speaker: 'Maka Botchorishvili', via: 'Ministry of Foreign Affairs of Georgia', from: 'According to the Georgian Ministry of Foreign Affairs', to: 'to this table today.”', mixed: true },
    ],
    contacts: [
      { a: 'Lasha Darsalia', b: 'Elnur Mammadov', kind: 'meeting', date: null, status: 'held', date_text: 'no day in the text (dateline April 17)', evidence: 'The trilateral meeting was held in a closed format, with the participation of …' },
      { a: 'Lasha Darsalia', b: 'Vahan Kostanyan', kind: 'meeting', date: null, status: 'held', date_text: 'no day in the text', evidence: 'with the participation of Georgian Deputy Foreign Minister Lasha Darsalia, … Armenian Deputy Foreign Minister Vahan Kostanyan' },
      { a: 'Elnur Mammadov', b: 'Vahan Kostanyan', kind: 'meeting', date: null, status: 'held', date_text: 'no day in the text', evidence: 'Azerbaijani Deputy Foreign Minister Elnur Mammadov, Armenian Deputy Foreign Minister Vahan Kostanyan' },
      { a: 'Maka Botchorishvili', b: 'Elnur Mammadov', kind: 'meeting', date: null, status: 'held', optional: true, date_text: 'no day', note: 'the minister spoke at the meeting; participants listed are the deputies' },
      { a: 'Maka Botchorishvili', b: 'Vahan Kostanyan', kind: 'meeting', date: null, status: 'held', optional: true, date_text: 'no day', note: 'the minister spoke at the meeting' },
    ],
    excluded: [],
  },
};
