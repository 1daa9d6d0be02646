// Hand annotation of dev3 articles 035-040 (South Caucasus and Central Asia, 2019-2024). Annotated blind, from
// the article text alone, following test/eval/ANNOTATING.md; the extraction rules were not read. Same
// conventions as spec-a.mjs (see its header). build-gold.mjs computes and verifies the offsets.
const P = 'person';
const O = 'org';
const pairs = (names, c) => names.flatMap((a, i) => names.slice(i + 1).map((b) => ({ a, b, ...c })));

export default {
  d3035: {
    file: '035_artsakhpress_pashinyan_vienna.txt',
    url: 'https://artsakhpress.am/eng/news/103946/armenia-pm-on-meeting-with-ilham-aliyev.html',
    outlet: 'Artsakhpress',
    style: 'agency (Karabakh Armenian news agency), remarks to a diaspora audience',
    patterns: ['a teaser paragraph in the speaker’s first person without quotation marks (", reports." with no source)', '"This is what X declared …" (a frame pointing back to the teaser)', '"STEPANAKERT,  MARCH 29, ARTSAKHPRESS:" dateline with a double space', 'a quotation with no frame of its own, after "X emphasized that …" (speaker in the previous sentence)', 'the meeting "today" inside a quotation; three earlier meetings named only by city (Dushanbe, St. Petersburg, Davos)', 'page cut: the last, incomplete paragraph dropped'],
    actors: [
      { name: 'Nikol Pashinyan', kind: P, role: 'Prime Minister of Armenia', surface: ['Armenia PM', 'Prime Minister Nikol Pashinyan', 'Pashinyan', 'he'] },
      { name: 'Ilham Aliyev', kind: P, role: 'President of Azerbaijan', surface: ['President of Azerbaijan Ilham Aliyev', 'the President of Azerbaijan'] },
      { name: 'Artsakhpress', kind: O, role: 'news agency', media: true, surface: ['ARTSAKHPRESS'] },
    ],
    quotes: [
      { speaker: 'Nikol Pashinyan', text: 'Overall, I positively assess the meeting today. I can’t say it was a breakthrough, a revolutionary meeting or an epoch-making event or a turning point, but what is important is that this marks the launch of a process that will provide Armenia with the opportunity to talk about its agendas, notions and problems and talk about the process that I talked about in Stepanakert and later during my press conference,' },
      { speaker: 'Nikol Pashinyan', text: 'When I say the meeting was positive, it doesn’t mean there was a winner and a loser. Moreover, the meetings in Dushanbe, St. Petersburg and Davos were also positive and there was no winner or loser.', note: 'no frame; the speaker is the subject of the previous sentence' },
      { speaker: 'Nikol Pashinyan', text: 'It’s obvious that each party has its notions, and it’s also obvious that this conflict is deeply rooted,' },
    ],
    reported: [
      { speaker: 'Nikol Pashinyan', from: 'The meeting with President of Azerbaijan Ilham Aliyev was positive', to: 'problems, reports.', optional: true, note: 'teaser in the speaker’s first person, no quotation marks and no named source' },
      { speaker: 'Nikol Pashinyan', from: 'This is what Prime Minister Nikol Pashinyan declared', to: 'Republic of Armenia in Austria.', optional: true, note: 'a frame whose content ("this") is the teaser above' },
      { speaker: 'Nikol Pashinyan', text: 'However, Pashinyan emphasized that there was no winner or loser during this meeting.' },
      { speaker: 'Nikol Pashinyan', text: 'Pashinyan said what was also important was the fact that the parties realize the intricacy of the conflict.' },
    ],
    contacts: [
      { a: 'Nikol Pashinyan', b: 'Ilham Aliyev', kind: 'meeting', date: '2019-03-29', status: 'held', date_text: 'today', evidence: 'his meeting with the President of Azerbaijan … “I positively assess the meeting today”' },
      { a: 'Nikol Pashinyan', b: 'Ilham Aliyev', kind: 'meeting', date: null, status: 'held', optional: true, date_text: null, evidence: 'the meetings in Dushanbe', note: 'earlier meetings named by city; parties implied' },
      { a: 'Nikol Pashinyan', b: 'Ilham Aliyev', kind: 'meeting', date: null, status: 'held', optional: true, date_text: null, evidence: 'St. Petersburg' },
      { a: 'Nikol Pashinyan', b: 'Ilham Aliyev', kind: 'meeting', date: null, status: 'held', optional: true, date_text: null, evidence: 'Davos' },
    ],
    excluded: [],
  },

  d3036: {
    file: '036_newsam_grigoryan_erdogan_question.txt',
    url: 'https://news.am/eng/news/663776.html',
    outlet: 'News.am',
    style: 'regional press (Armenian news site), doorstep scene',
    patterns: ['no headline in the stored page: the body starts on the date line', 'a reporter’s question as the only quotation (unnamed speaker, anonymous)', 'an official who refuses to answer (no statement)', 'three nested reports: NEWS.am reported that Erdogan had stated that Pashinyan had proposed …', 'a meeting proposed through an intermediary named by office ("through the Georgian premier")', 'missing "and" between two names ("Armenian PM Nikol Pashinyan Turkish President …")'],
    actors: [
      { name: 'Armen Grigoryan', kind: P, role: 'Secretary of the Security Council of Armenia', surface: ['secretary of the Security Council of Armenia, Armen Grigoryan', 'Grigoryan', 'The secretary of the Security Council of Armenia'] },
      { name: 'Nikol Pashinyan', kind: P, role: 'Prime Minister of Armenia', surface: ['Armenian PM Nikol Pashinyan', 'Armenian Prime Minister Nikol Pashinyan'] },
      { name: 'Recep Tayyip Erdoğan', kind: P, role: 'President of Turkey', surface: ['Turkish President Recep Tayyip Erdogan'] },
      { name: 'Irakli Garibashvili', kind: P, role: 'Prime Minister of Georgia', surface: ['the Georgian premier'] },
      { name: 'Factor.am', kind: O, role: 'news site', media: true, surface: ['Factor.am'] },
      { name: 'News.am', kind: O, role: 'news site', media: true, surface: ['Armenian News-NEWS.am'] },
    ],
    quotes: [
      { speaker: null, text: 'What can you say about a future Pashinyan-Erdogan meeting? Has anything like that happened? Answer in one word. There is an information blockade in the country [i.e., Armenia],', optional: true, anonymous: true, note: 'an unnamed reporter’s question' },
    ],
    reported: [
      { speaker: 'Recep Tayyip Erdoğan', from: 'Earlier, Armenian News-NEWS.am reported that', to: 'to meet with him.', note: 'Erdogan’s statement as reported earlier by the site; it relays a proposal of Pashinyan' },
    ],
    contacts: [
      { a: 'Nikol Pashinyan', b: 'Recep Tayyip Erdoğan', kind: 'meeting', date: null, status: 'planned', optional: true, date_text: null, evidence: 'Pashinyan had proposed—through the Georgian premier—to meet with him', note: 'a proposal, not an agreed meeting' },
      { a: 'Nikol Pashinyan', b: 'Irakli Garibashvili', kind: 'other', date: null, status: 'held', optional: true, date_text: null, evidence: 'proposed—through the Georgian premier', note: 'message passed through an intermediary' },
      { a: 'Irakli Garibashvili', b: 'Recep Tayyip Erdoğan', kind: 'other', date: null, status: 'held', optional: true, date_text: null, evidence: 'proposed—through the Georgian premier' },
    ],
    excluded: [],
  },

  d3037: {
    file: '037_astanatimes_central_asia_summit_preview.txt',
    url: 'https://astanatimes.com/2024/08/central-asian-leaders-to-gather-this-week-in-astana/',
    outlet: 'The Astana Times',
    style: 'regional press (Kazakhstan), summit preview',
    patterns: ['no headline in the stored page: "ASTANA –" dateline on the date line', 'a six-party summit "on Aug. 9" (planned): every pair of the five named guests; pairs with the host, who is named only later, optional', 'an official visit from Aug. 7 "which will include negotiations" (planned, no day)', 'another summit "the same week" whose other parties are implied (optional)', 'past meetings of the format named by place and month', 'a historical person named (no statement)', 'no statements at all'],
    actors: [
      { name: 'Sadyr Japarov', kind: P, role: 'President of Kyrgyzstan', surface: ['President of the Kyrgyz Republic Sadyr Japarov'] },
      { name: 'Emomali Rahmon', kind: P, role: 'President of Tajikistan', surface: ['President of Tajikistan Emomali Rahmon'] },
      { name: 'Serdar Berdimuhamedov', kind: P, role: 'President of Turkmenistan', surface: ['President of Turkmenistan Serdar Berdimuhamedov'] },
      { name: 'Shavkat Mirziyoyev', kind: P, role: 'President of Uzbekistan', surface: ['President of Uzbekistan Shavkat Mirziyoyev', 'Mirziyoyev'] },
      { name: 'Ilham Aliyev', kind: P, role: 'President of Azerbaijan', surface: ['President of Azerbaijan Ilham Aliyev'] },
      { name: 'Kassym-Jomart Tokayev', kind: P, role: 'President of Kazakhstan', surface: ['President Kassym-Jomart Tokayev'] },
      { name: 'Fumio Kishida', kind: P, role: 'Prime Minister of Japan', surface: ['Japanese Prime Minister Fumio Kishida', 'He'] },
      { name: 'Alisher Navoi', kind: P, role: 'Uzbek poet and thinker (15th century)', surface: ['Alisher Navoi'] },
    ],
    quotes: [],
    reported: [],
    contacts: [
      ...pairs(['Sadyr Japarov', 'Emomali Rahmon', 'Serdar Berdimuhamedov', 'Shavkat Mirziyoyev', 'Ilham Aliyev'], { kind: 'meeting', date: '2024-08-09', status: 'planned', date_text: 'on Aug. 9', evidence: 'The sixth consultative meeting of the heads of state of Central Asia will take place in the Kazakh capital on Aug. 9' }),
      ...['Sadyr Japarov', 'Emomali Rahmon', 'Serdar Berdimuhamedov', 'Shavkat Mirziyoyev', 'Ilham Aliyev'].map((b) => ({ a: 'Kassym-Jomart Tokayev', b, kind: 'meeting', date: '2024-08-09', status: 'planned', optional: true, date_text: 'on Aug. 9', evidence: 'will take place in the Kazakh capital', note: 'the host is implied, named only in a later paragraph' })),
      { a: 'Kassym-Jomart Tokayev', b: 'Shavkat Mirziyoyev', kind: 'meeting', date: null, status: 'planned', date_text: 'on Aug. 7 for a three-day official visit', evidence: 'At the invitation of President Kassym-Jomart Tokayev, Mirziyoyev will arrive in Astana on Aug. 7 for a three-day official visit, which will include negotiations', note: 'the day of the negotiations is not given' },
      { a: 'Fumio Kishida', b: 'Kassym-Jomart Tokayev', kind: 'meeting', date: null, status: 'planned', optional: true, date_text: 'The same week', evidence: 'Astana will also host the Central Asia + Japan Summit … Fumio Kishida will visit Astana', note: 'the other summit parties are implied' },
    ],
    excluded: [],
  },

  d3038: {
    file: '038_turkishminute_erdogan_aliyev_nakhchivan.txt',
    url: 'https://turkishminute.com/2023/09/25/erdogan-set-meet-with-azerbaijani-president-in-nakhchivan/amp',
    outlet: 'Turkish Minute',
    style: 'international press (Turkish exile news site) relaying AFP',
    patterns: ['"[UPDATE]" headline', 'meeting "on Monday" in a Monday article', 'his counterpart from Azerbaijan (apposition after "counterpart")', 'wire and "Turkish media" as sources of events (optional reported)', 'topics the presidents "were also due to discuss" at the same meeting', 'photo caption dropped'],
    actors: [
      { name: 'Recep Tayyip Erdoğan', kind: P, role: 'President of Turkey', surface: ['Turkish President Recep Tayyip Erdoğan', 'Erdoğan'] },
      { name: 'Ilham Aliyev', kind: P, role: 'President of Azerbaijan', surface: ['his counterpart from Azerbaijan Ilham Aliyev', 'Aliyev'] },
      { name: 'Agence France-Presse', kind: O, role: 'news agency', media: true, surface: ['Agence France-Presse'] },
    ],
    quotes: [],
    reported: [
      { speaker: 'Agence France-Presse', from: 'Turkish President Recep Tayyip Erdoğan met with', to: 'Agence France-Presse reported.', optional: true, note: 'a wire as the source of an event' },
      { speaker: null, from: 'The visit was officially designed', to: 'Turkish media reported.', optional: true, note: 'unnamed media as the source of the agenda' },
    ],
    contacts: [
      { a: 'Recep Tayyip Erdoğan', b: 'Ilham Aliyev', kind: 'meeting', date: '2023-09-25', status: 'held', date_text: 'on Monday', evidence: 'met with his counterpart from Azerbaijan Ilham Aliyev in the Azerbaijani exclave of Nakhichevan on Monday' },
    ],
    excluded: [],
  },

  d3039: {
    file: '039_arminfo_erdogan_aliyev_baku.txt',
    url: 'https://arminfo.info/full_news.php?id=49624&lang=3',
    outlet: 'ArmInfo',
    style: 'agency (Armenian news agency) relaying APA, press statements after a council meeting',
    patterns: ['"ArmInfo." dateline followed directly by a quotation', '"X said this in a press statement" (a frame pointing back to the quotation before it)', 'double spaces inside sentences and names ("Recep  Tayyip Erdogan"), kept as published', 'APA reports that X was supported by Y, who assured that … (speaker in a relative clause)', 'nickname-like surface "Aliyev Jr."', 'long quotation whose closing mark follows two spaces', 'meeting with no day (council meeting in Baku)'],
    actors: [
      { name: 'Recep Tayyip Erdoğan', kind: P, role: 'President of Turkey', surface: ['Turkish President Recep  Tayyip Erdogan', 'the Turkish president', 'Erdogan'] },
      { name: 'Ilham Aliyev', kind: P, role: 'President of Azerbaijan', surface: ['his Azerbaijani counterpart  Ilham Aliyev', 'Aliyev Jr.', 'Aliyev'] },
      { name: 'APA', kind: O, role: 'news agency', media: true, surface: ['APA'] },
      { name: 'ArmInfo', kind: O, role: 'news agency', media: true, surface: ['ArmInfo'] },
    ],
    quotes: [
      { speaker: 'Recep Tayyip Erdoğan', text: 'The Nagorno-Karabakh conflict is also our issue.' },
      { speaker: 'Recep Tayyip Erdoğan', text: 'The settlement of the Nagorno-Karabakh conflict within the framework  of the sovereignty and territorial integrity of Azerbaijan is our  greatest desire,' },
      { speaker: 'Ilham Aliyev', text: "They either say that Nagorno-Karabakh is Armenia, they claim that  Nagorno-Karabakh is an independent state. It turns out that they  themselves do not know what Nagorno-Karabakh is. If we don't know, we  can tell you: Nagorno-Karabakh is Azerbaijan. We and the whole world  are talking about this. All countries of the world recognize and  support the territorial integrity of Azerbaijan, and not a single  state recognizes an illegal entity called Nagorno-Karabakh. Of  course, the conflict must be resolved within the framework of  territorial integrity, sovereignty of our country, the inviolability  of our borders. Turkey is the country that provides the greatest  support to Azerbaijan on a global scale. I thank you again for this,  ", note: 'ends with two spaces before the closing mark' },
    ],
    reported: [
      { speaker: 'Recep Tayyip Erdoğan', from: 'Turkish President Recep  Tayyip Erdogan said this', to: 'Cooperation Council in Baku.', optional: true, note: 'a frame whose content ("this") is the quotation before it' },
      { speaker: 'Ilham Aliyev', from: 'APA reports that Erdogan was supported', to: 'settlement of the conflict.', note: 'Aliyev "assured that …" in a relative clause' },
      { speaker: 'Ilham Aliyev', from: 'At the same time, Aliyev Jr. assured', to: 'damage to the negotiation process.' },
    ],
    contacts: [
      { a: 'Recep Tayyip Erdoğan', b: 'Ilham Aliyev', kind: 'meeting', date: null, status: 'held', date_text: null, evidence: 'after the 8th meeting of the Azerbaijan-Turkey High-Level Strategic Cooperation Council in Baku', note: 'no day in the text' },
    ],
    excluded: [],
  },

  d3040: {
    file: '040_civilge_garibashvili_pashinyan_call.txt',
    url: 'https://civil.ge/archives/515106',
    outlet: 'Civil.ge',
    style: 'regional press (Georgian news site), government readout of a call',
    patterns: ['no headline in the stored page: the body starts on the date line', 'call "on 16 November" (article date), "the second this month" (an earlier call with no day, optional)', 'his Armenian counterpart Prime Minister Nikol Pashinyan (apposition with title)', 'According to the government’s press release, the two sides discussed … (source as speaker)', 'a press release as speaker of a quotation ("the press release noted")', 'collectives: The two Prime Ministers, They'],
    actors: [
      { name: 'Irakli Garibashvili', kind: P, role: 'Prime Minister of Georgia', surface: ['Georgian Prime Minister Irakli Garibashvili'] },
      { name: 'Nikol Pashinyan', kind: P, role: 'Prime Minister of Armenia', surface: ['his Armenian counterpart Prime Minister Nikol Pashinyan'] },
      { name: 'Government of Georgia', kind: O, role: null, surface: ['the Georgian government’s press release', 'the press release'] },
    ],
    quotes: [
      { speaker: 'Government of Georgia', text: 'In this context, the importance of improving the situation in the South Caucasus and taking appropriate steps in this direction was emphasized,' },
    ],
    reported: [
      { speaker: 'Government of Georgia', from: 'According to the Georgian government’s press release', to: 'issues of regional importance.' },
      { speaker: 'Irakli Garibashvili', from: 'The two Prime Ministers also highlighted', to: 'between the two nations.', optional: true, note: 'collective' },
      { speaker: 'Irakli Garibashvili', text: 'They also agreed to hold a meeting of the Georgia-Armenia Interdepartmental Commission in Yerevan in early 2023.', optional: true, note: 'collective agreement' },
    ],
    contacts: [
      { a: 'Irakli Garibashvili', b: 'Nikol Pashinyan', kind: 'call', date: '2022-11-16', status: 'held', date_text: 'on 16 November', evidence: 'held a phone conversation – the second this month – on 16 November' },
      { a: 'Irakli Garibashvili', b: 'Nikol Pashinyan', kind: 'call', date: null, status: 'held', optional: true, date_text: 'this month', evidence: 'the second this month', note: 'an earlier call implied, no day' },
    ],
    excluded: [],
  },
};
