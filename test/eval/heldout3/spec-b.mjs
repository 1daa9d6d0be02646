// Hand annotation of heldout3 articles 018-034 (South Caucasus diplomacy, 2021-2025).
// Same conventions as spec-a.mjs (see its header); annotated from the article text alone, the extraction rules
// were not read.
const P = 'person';
const O = 'org';
const cross = (as, bs, c) => as.flatMap((a) => bs.map((b) => ({ a, b, ...c })));
const pairs = (xs) => xs.flatMap((a, i) => xs.slice(i + 1).map((b) => [a, b]));

export default {
  ho3018: {
    file: '018_trend_borrell_blog.txt',
    url: 'https://en.trend.az/azerbaijan/politics/3530961.html',
    outlet: 'Trend',
    style: 'agency (Azerbaijan), blog post retold',
    patterns: ['"BAKU, Azerbaijan, Dec. 22" dateline as its own paragraph (byline line "Trend:" dropped)', 'X highly appreciated … , Trend reports on Dec.22.', 'bare frame "X wrote in his blog"', 'According to him, … (pronoun)', 'a past meeting mentioned with no day (summit in Brussels)', 'a mediator named only as facilitator (optional pairs)', 'link list and subscription line dropped'],
    actors: [
      { name: 'Josep Borrell', kind: P, role: 'EU High Representative for Foreign Affairs and Security Policy', surface: ['EU High Representative for Foreign Affairs and Security Policy Josep Borrell', 'Borrell', 'him'] },
      { name: 'Ilham Aliyev', kind: P, role: 'President of Azerbaijan', surface: ['President of Azerbaijan Ilham Aliyev'] },
      { name: 'Nikol Pashinyan', kind: P, role: 'Prime Minister of Armenia', surface: ['Armenian Prime Minister Nikol Pashinyan'] },
      { name: 'Charles Michel', kind: P, role: 'President of the European Council', surface: ['EU Council President Charles Michel'] },
      { name: 'Trend', kind: O, role: 'news agency', media: true, surface: ['Trend'] },
    ],
    quotes: [
      { speaker: 'Josep Borrell', text: 'It was striking that for the first time the Prime Minister of Armenia and the President of Azerbaijan exchanged constructive comments at the Eastern Partnership summit,' },
    ],
    reported: [
      { speaker: 'Josep Borrell', from: 'EU High Representative for Foreign Affairs', to: 'Trend reports on Dec.22.' },
      { speaker: 'Josep Borrell', from: 'According to him, this was possible', to: 'in the South Caucasus.' },
    ],
    contacts: [
      { a: 'Ilham Aliyev', b: 'Nikol Pashinyan', kind: 'meeting', date: null, status: 'held', date_text: null, evidence: 'exchange of statements between … Ilham Aliyev and … Nikol Pashinyan at the summit held in Brussels', note: 'no day in the text' },
      ...cross(['Charles Michel'], ['Ilham Aliyev', 'Nikol Pashinyan'], { kind: 'meeting', date: null, status: 'held', optional: true, date_text: null, evidence: 'mediation efforts facilitated by EU Council President Charles Michel', note: 'mediation implied, no meeting stated' }),
    ],
    excluded: [],
  },

  ho3019: {
    file: '019_usembassy_blinken_aliyev_call.txt',
    url: 'https://az.usembassy.gov/secretary-blinkens-call-with-azerbaijani-president-aliyev/',
    outlet: 'U.S. Embassy in Azerbaijan (State Department readout)',
    style: 'ministry readout (U.S. Department of State), one paragraph',
    patterns: ['headline then one paragraph; "spoke today" (article date)', 'Secretary Blinken / the Secretary / He', 'participle first: "Noting recent reports …, the Secretary called for …"', 'a third leader named only in "the Lukashenka regime"', 'double spaces between sentences normalised to one', 'site banner and date line dropped'],
    actors: [
      { name: 'Antony Blinken', kind: P, role: 'U.S. Secretary of State', surface: ['Secretary of State Antony J. Blinken', 'Secretary Blinken', 'the Secretary', 'The Secretary', 'He'] },
      { name: 'Ilham Aliyev', kind: P, role: 'President of Azerbaijan', surface: ['Azerbaijani President Ilham Aliyev'] },
      { name: 'Alexander Lukashenko', kind: P, role: 'President of Belarus', surface: ['Lukashenka'] },
    ],
    quotes: [],
    reported: [
      { speaker: 'Antony Blinken', from: 'Secretary Blinken emphasized the continuing importance', to: 'South Caucasus region.' },
      { speaker: 'Antony Blinken', from: 'Noting recent reports of escalation', to: 'all outstanding issues.' },
      { speaker: 'Antony Blinken', text: 'He also stressed the importance of respect for human rights and fundamental freedoms in Azerbaijan.' },
      { speaker: 'Antony Blinken', from: 'The Secretary highlighted the U.S. commitment', to: 'war against Ukraine.' },
    ],
    contacts: [
      { a: 'Antony Blinken', b: 'Ilham Aliyev', kind: 'call', date: '2022-03-16', status: 'held', date_text: 'today', evidence: 'spoke today with Azerbaijani President Ilham Aliyev' },
    ],
    excluded: [],
  },

  ho3020: {
    file: '020_armenpress_mirzoyan_zalkaliani_call.txt',
    url: 'https://www.armenpress.am/eng/news/1078813/',
    outlet: 'Armenpress',
    style: 'agency (Armenia), ministry readout of a call',
    patterns: ['no headline in the stored page: "YEREVAN, MRCH 24, ARMENPRESS." (typo kept) on the date line', 'call "today"', 'double title "Vice Prime Minister/Minister of Foreign Affairs of Georgia"', 'the Armenian FM / his Georgian counterpart / He', '"The sides" / "The ministers" collective'],
    actors: [
      { name: 'Ararat Mirzoyan', kind: P, role: 'Foreign Minister of Armenia', surface: ['Foreign Minister of Armenia Ararat Mirzoyan', 'the Armenian FM', 'He'] },
      { name: 'David Zalkaliani', kind: P, role: 'Deputy Prime Minister and Foreign Minister of Georgia', surface: ['Vice Prime Minister/Minister of Foreign Affairs of Georgia, David Zalkaliani', 'his Georgian counterpart'] },
      { name: 'Ministry of Foreign Affairs of Armenia', kind: O, role: null, surface: ['the Armenian Foreign Ministry'] },
      { name: 'Armenpress', kind: O, role: 'news agency', media: true, surface: ['ARMENPRESS'] },
    ],
    quotes: [],
    reported: [
      { speaker: 'Ministry of Foreign Affairs of Armenia', from: 'Foreign Minister of Armenia Ararat Mirzoyan held', to: 'Foreign Ministry said.', optional: true, note: 'the call itself, sourced to the ministry' },
      { speaker: null, from: 'The sides discussed issues relating', to: 'visits of top officials.', optional: true },
      { speaker: 'Ararat Mirzoyan', from: 'During the talk the Armenian FM introduced', to: 'a humanitarian crisis.' },
      { speaker: 'Ararat Mirzoyan', from: 'He also presented the position', to: 'in this context.' },
      { speaker: null, text: 'The ministers also exchanged ideas about the regional and international security.', optional: true },
    ],
    contacts: [
      { a: 'Ararat Mirzoyan', b: 'David Zalkaliani', kind: 'call', date: '2022-03-24', status: 'held', date_text: 'today', evidence: 'held a telephone conversation today with … David Zalkaliani' },
    ],
    excluded: [],
  },

  ho3021: {
    file: '021_tass_mirzoyan_bayramov_call.txt',
    url: 'https://tass.com/world/1437201/amp',
    outlet: 'TASS',
    style: 'agency (Russia), minister’s statement in parliament',
    patterns: ['"YEREVAN, April 13. /TASS/." dateline', 'call "Wednesday" (no preposition; the article date)', 'X and Y discussed …, X announced … (the announcer is the speaker)', 'bracketed [We] in a quote, "he said"', 'According to X, …', 'earlier talks between leaders with no day', 'deck (standfirst) dropped'],
    actors: [
      { name: 'Ararat Mirzoyan', kind: P, role: 'Foreign Minister of Armenia', surface: ['Armenian Foreign Minister Ararat Mirzoyan', 'Mirzoyan', 'he'] },
      { name: 'Jeyhun Bayramov', kind: P, role: 'Foreign Minister of Azerbaijan', surface: ['Foreign Minister of Azerbaijan Jeyhun Bayramov', 'Jeyhun Bayramov'] },
      { name: 'Nikol Pashinyan', kind: P, role: 'Prime Minister of Armenia', surface: ['Armenian Prime Minister Nikol Pashinyan'] },
      { name: 'Ilham Aliyev', kind: P, role: 'President of Azerbaijan', surface: ['the President of Azerbaijan Ilham Aliyev'] },
      { name: 'TASS', kind: O, role: 'news agency', media: true, surface: ['TASS'] },
    ],
    quotes: [
      { speaker: 'Ararat Mirzoyan', text: 'The phone call with Jeyhun Bayramov took place under initiative of the Azerbaijani side. [We] discussed a mechanism of establishment of a commission on delimitation and demarcation of the border, as well as views of both sides about potential signing of a peace treaty,' },
    ],
    reported: [
      { speaker: 'Ararat Mirzoyan', from: 'Armenian Foreign Minister Ararat Mirzoyan and Foreign Minister', to: 'in the Parliament Wednesday.', note: 'Mirzoyan announced' },
      { speaker: 'Ararat Mirzoyan', from: 'According to Mirzoyan, the existing', to: 'between Yerevan and Baku.' },
      { speaker: 'Nikol Pashinyan', from: 'Previously, Armenian Prime Minister Nikol Pashinyan stated', to: 'between Yerevan and Baku.' },
    ],
    contacts: [
      { a: 'Ararat Mirzoyan', b: 'Jeyhun Bayramov', kind: 'call', date: '2022-04-13', status: 'held', date_text: 'Wednesday', evidence: 'discussed a potential peace treaty during a phone call Wednesday' },
      { a: 'Nikol Pashinyan', b: 'Ilham Aliyev', kind: 'meeting', date: null, status: 'held', date_text: null, evidence: 'following the talks with the President of Azerbaijan Ilham Aliyev', note: 'no day in the text' },
    ],
    excluded: [],
  },

  ho3022: {
    file: '022_azernews_klaar_baku.txt',
    url: 'https://www.azernews.az/nation/196775.html',
    outlet: 'Azernews',
    style: 'regional press (Azerbaijan), visit with tweets',
    patterns: ['no headline in the stored page', 'tweets quoted ("wrote on his Twitter account", "tweeted")', 'tweet with "yesterday" and "this morning" (days resolved from the text’s "July 13-14")', 'received by the president, "is taking place" (today)', 'past meeting "on May 22" and a planned one "in July-August" (no day)', 'the EU representative (role)', 'short quote “important meetings” repeated in the tweet', 'date/time line and byline dropped'],
    actors: [
      { name: 'Toivo Klaar', kind: P, role: 'EU Special Representative for the South Caucasus and the crisis in Georgia', surface: ['European Union (EU) Special Representative for the South Caucasus and the Crisis in Georgia Toivo Klaar', 'Klaar', 'the EU representative'] },
      { name: 'Ilham Aliyev', kind: P, role: 'President of Azerbaijan', surface: ['Azerbaijani President Ilham Aliyev'] },
      { name: 'Nikol Pashinyan', kind: P, role: 'Prime Minister of Armenia', surface: ['Armenian Prime Minister Nikol Pashinyan', 'PM Nikol Pashinyan', 'Pashinyan'] },
      { name: 'Mher Grigoryan', kind: P, role: 'Deputy Prime Minister of Armenia', surface: ['Deputy Prime Minister Mher Grigoryan', 'DPM Grigoryan'] },
      { name: 'Charles Michel', kind: P, role: 'President of the European Council', surface: ['European Council President Charles Michel', 'the European Council President'] },
      { name: 'Azernews', kind: O, role: 'newspaper', media: true, surface: ['Azernews'] },
    ],
    quotes: [
      { speaker: 'Toivo Klaar', text: 'important meetings', nth: 0, optional: true, note: 'two words, repeated from the tweet' },
      { speaker: 'Toivo Klaar', text: 'A beautiful morning in Baku. Looking forward to important meetings,' },
      { speaker: 'Toivo Klaar', text: 'Very productive meeting with PM Nikol Pashinyan yesterday. Assessed developments since the Brussels meeting on 22 May and discussed next steps. With DPM Grigoryan discussed this morning progress related to the unblocking of communications and the work of the border commissions,' },
    ],
    reported: [
      { speaker: 'Charles Michel', from: 'Following negotiations in Brussels on May 22', to: 'in July-August.' },
      { speaker: 'Nikol Pashinyan', from: 'During the meeting, Pashinyan welcomed', to: 'stability in the region.' },
      { speaker: null, from: 'The parties discussed the processes', to: 'peace and stability in the region.', optional: true },
      { speaker: null, from: 'The parties specifically reviewed', to: 'between Armenia and Azerbaijan.', optional: true },
    ],
    contacts: [
      { a: 'Toivo Klaar', b: 'Ilham Aliyev', kind: 'meeting', date: '2022-07-15', status: 'held', date_text: 'is taking place', evidence: 'Klaar has been received by Azerbaijani President Ilham Aliyev … The meeting is taking place', note: 'present tense: the article date' },
      { a: 'Ilham Aliyev', b: 'Nikol Pashinyan', kind: 'meeting', date: '2022-05-22', status: 'held', date_text: 'on May 22', evidence: 'negotiations in Brussels on May 22 between … Ilham Aliyev and … Nikol Pashinyan' },
      ...cross(['Charles Michel'], ['Ilham Aliyev', 'Nikol Pashinyan'], { kind: 'meeting', date: '2022-05-22', status: 'held', optional: true, date_text: 'on May 22', evidence: 'next meeting in this format', note: 'Michel’s part in the May 22 format is implied' }),
      { a: 'Ilham Aliyev', b: 'Nikol Pashinyan', kind: 'meeting', date: null, status: 'planned', date_text: 'in July-August', evidence: 'the next meeting in this format would take place in July-August' },
      { a: 'Toivo Klaar', b: 'Nikol Pashinyan', kind: 'meeting', date: '2022-07-13', status: 'held', date_text: 'on July 13-14; yesterday', evidence: 'met with Armenian Prime Minister Nikol Pashinyan and Deputy Prime Minister Mher Grigoryan in Yerevan on July 13-14', note: 'the tweet says "yesterday" for the prime minister and "this morning" for the deputy: first and second day' },
      { a: 'Toivo Klaar', b: 'Mher Grigoryan', kind: 'meeting', date: '2022-07-14', status: 'held', date_text: 'on July 13-14; this morning', evidence: 'With DPM Grigoryan discussed this morning' },
    ],
    excluded: [],
  },

  ho3023: {
    file: '023_commonspace_klaar_bayramov.txt',
    url: 'https://karabakhspace.commonspace.eu/news/klaar-meets-bayramov-baku-pashinyan-meets-putin-moscow',
    outlet: 'CommonSpace.eu',
    style: 'regional press (South Caucasus), two meetings of one day',
    patterns: ['two unrelated meetings "on Friday (9 June)"', 'ministry as speaker ("said in a message", "According the the Foreign Ministry" with a typo kept)', 'readout quotes: the minister described by his own ministry; the guest described by the host ministry', '"On his part, X “…,” the statement said" (mixed)', 'collective quoted fragment ("Klaar and Bayramov also “exchanged views …”")', 'bare frame "X told Y in his short opening remarks"', '"the previous meeting in Moscow" (past, no day)', 'headline says Moscow, body says Sochi'],
    actors: [
      { name: 'Toivo Klaar', kind: P, role: 'EU Special Representative for the South Caucasus and the crisis in Georgia', surface: ['EU Special Representative for the South Caucasus and the Crisis in Georgia, Toivo Klaar', 'Klaar'] },
      { name: 'Jeyhun Bayramov', kind: P, role: 'Foreign Minister of Azerbaijan', surface: ["Azerbaijan's Minister of Foreign Affairs, Jeyhun Bayramov", 'Bayramov', 'Minister Jeyhun Bayramov'] },
      { name: 'Ministry of Foreign Affairs of Azerbaijan', kind: O, role: null, surface: ['the Ministry of Foreign Affairs of Azerbaijan', 'the Foreign Ministry', 'the press release', 'the statement'] },
      { name: 'Nikol Pashinyan', kind: P, role: 'Prime Minister of Armenia', surface: ['the Armenian Prime Minister Nikol Pashinyan', 'Pashinyan'] },
      { name: 'Vladimir Putin', kind: P, role: 'President of Russia', surface: ['Russian President Vladimir Putin', 'Putin'] },
    ],
    quotes: [
      { speaker: 'Jeyhun Bayramov', text: 'Minister Jeyhun Bayramov once again drew attention to the current situation on the peace agreement, the discussions on the opening of transport and communications in accordance with the obligations, as well as the position of the Azerbaijani side on the issue of delimitation,', note: 'words of the ministry’s press release describing its minister' },
      { speaker: 'Toivo Klaar', text: "expressed the EU's support for the process of normalisation of Azerbaijan-Armenia relations and that they will spare no effort to continue contacts between the political leaderships of both countries in this direction in the future,", note: 'words of the Azerbaijani statement describing the guest' },
      { speaker: 'Toivo Klaar', text: 'exchanged views on the prospects of cooperation between Azerbaijan and the European Union', optional: true, note: 'collective (Klaar and Bayramov)' },
      { speaker: 'Vladimir Putin', text: "I am very pleased to have the opportunity on the sidelines of today's event to once again talk about the current situation in bilateral terms and in regional areas, which we spoke about in such detail at the previous meeting in Moscow," },
    ],
    reported: [
      { speaker: 'Ministry of Foreign Affairs of Azerbaijan', from: 'EU Special Representative for the South Caucasus', to: 'said in a message.', optional: true, note: 'the meeting itself, sourced to the ministry' },
      { speaker: 'Ministry of Foreign Affairs of Azerbaijan', from: 'According the the Foreign Ministry', to: 'regional security issues.' },
      { speaker: 'Toivo Klaar', from: 'On his part, Klaar', to: 'the statement said.', mixed: true },
      { speaker: 'Toivo Klaar', from: 'Klaar and Bayramov also "exchanged', to: 'European Union".', optional: true, mixed: true, note: 'collective' },
    ],
    contacts: [
      { a: 'Toivo Klaar', b: 'Jeyhun Bayramov', kind: 'meeting', date: '2023-06-09', status: 'held', date_text: 'on Friday (9 June)', evidence: 'met with … Jeyhun Bayramov, in Baku on Friday (9 June)' },
      { a: 'Nikol Pashinyan', b: 'Vladimir Putin', kind: 'meeting', date: '2023-06-09', status: 'held', date_text: 'Also on Friday (9 June)', evidence: 'Nikol Pashinyan met with Russian President Vladimir Putin in Sochi' },
      { a: 'Vladimir Putin', b: 'Nikol Pashinyan', kind: 'meeting', date: null, status: 'held', optional: true, date_text: null, evidence: 'the previous meeting in Moscow', note: 'earlier meeting inside a quote' },
    ],
    excluded: [],
  },

  ho3024: {
    file: '024_newsaz_bayramov_amirabdollahian_call.txt',
    url: 'https://news.az/news/azerbaijani-iranian-foreign-ministers-hold-phone-talks-2',
    outlet: 'News.Az',
    style: 'regional press (Azerbaijan), ministry readout of a call',
    patterns: ['no headline in the stored page', 'call "on Thursday" (the article date)', 'his Iranian counterpart / The Iranian minister', 'an earlier meeting with a president "earlier in July" (no day)', 'He also noted that …; It was emphasized that … (agentless after the minister)', 'participle-like opening "Regarding …, Minister X reaffirmed"'],
    actors: [
      { name: 'Jeyhun Bayramov', kind: P, role: 'Foreign Minister of Azerbaijan', surface: ['Azerbaijan’s Foreign Minister Jeyhun Bayramov', 'Minister Bayramov', 'He'] },
      { name: 'Hossein Amir-Abdollahian', kind: P, role: 'Foreign Minister of Iran', surface: ['his Iranian counterpart Hossein Amir-Abdollahian', 'The Iranian minister', 'his Iranian counterpart'] },
      { name: 'Ilham Aliyev', kind: P, role: 'President of Azerbaijan', surface: ['Azerbaijani President Ilham Aliyev'] },
      { name: 'Ministry of Foreign Affairs of Azerbaijan', kind: O, role: 'press service', surface: ['the Foreign Ministry’s press service'] },
      { name: 'News.Az', kind: O, role: 'news site', media: true, surface: ['News.Az'] },
    ],
    quotes: [],
    reported: [
      { speaker: 'Ministry of Foreign Affairs of Azerbaijan', from: 'Azerbaijan’s Foreign Minister Jeyhun Bayramov on Thursday', to: 'told News.Az.', optional: true, note: 'the call itself, sourced to the ministry' },
      { speaker: null, from: 'The ministers exchanged views', to: 'situation in the region.', optional: true },
      { speaker: null, from: 'The parties also discussed issues arising', to: 'advancement of bilateral relations.', optional: true },
      { speaker: 'Hossein Amir-Abdollahian', from: 'The Iranian minister expressed satisfaction', to: 'earlier in July.' },
      { speaker: null, from: 'The importance of implementing bilateral', to: 'during the conversation.', optional: true },
      { speaker: 'Jeyhun Bayramov', from: 'Minister Bayramov briefed his Iranian counterpart', to: 'post-conflict period.' },
      { speaker: 'Jeyhun Bayramov', from: 'He also noted that Armenia’s recent claims', to: 'political manipulation.' },
      { speaker: 'Jeyhun Bayramov', from: 'It was emphasized that the Armenian side must', to: 'words and actions.', optional: true, implicit_speaker: true, note: 'agentless, in the minister’s paragraph' },
      { speaker: 'Jeyhun Bayramov', from: 'Regarding the issue of Islamic solidarity', to: 'Scandinavian countries.' },
      { speaker: 'Jeyhun Bayramov', from: 'He emphasized the significance of refraining', to: 'religion of Islam.' },
    ],
    contacts: [
      { a: 'Jeyhun Bayramov', b: 'Hossein Amir-Abdollahian', kind: 'call', date: '2023-07-27', status: 'held', date_text: 'on Thursday', evidence: 'on Thursday held a phone conversation with his Iranian counterpart Hossein Amir-Abdollahian' },
      { a: 'Hossein Amir-Abdollahian', b: 'Ilham Aliyev', kind: 'meeting', date: null, status: 'held', date_text: 'earlier in July', evidence: 'his meeting with Azerbaijani President Ilham Aliyev during his visit to Azerbaijan … earlier in July' },
    ],
    excluded: [],
  },

  ho3025: {
    file: '025_armradio_mirzoyan_no_meeting.txt',
    url: 'https://en.armradio.am/2023/09/13/no-agreement-on-meeting-between-armenian-azerbaijani-fms-for-now/',
    outlet: 'Public Radio of Armenia (Armradio)',
    style: 'public broadcaster (Armenia), minister in parliament',
    patterns: ['meeting explicitly not agreed (no contact)', 'three quotations with "said Mirzoyan" / "he said" frames (inverted frame)', 'The Foreign Minister said Baku has … (capital as government, reported)', 'exchange of treaty drafts between "sides" (letter, optional) with "On September 12" inside a quote', 'the same opening words in the lead and the first quote ("At the moment, …")'],
    actors: [
      { name: 'Ararat Mirzoyan', kind: P, role: 'Foreign Minister of Armenia', surface: ['FM Ararat Mirzoyan', 'Mirzoyan', 'The Foreign Minister', 'he'] },
      { name: 'Government of Azerbaijan', kind: O, role: null, surface: ['Baku', 'the Azerbaijani side'] },
      { name: 'Government of Armenia', kind: O, role: null, surface: ['the Armenian side'] },
    ],
    quotes: [
      { speaker: 'Ararat Mirzoyan', text: 'At the moment, I can say that there is no agreement regarding any specific meeting. There are preliminary agreements and discussions,' },
      { speaker: 'Ararat Mirzoyan', text: 'After our last contacts, the Armenian side conveyed to the Azerbaijani side the fifth interpretations of the treaty on the normalization of relations and establishment of peace. It was our turn to do it and we did it. On September 12, we already received the new proposals from the Azerbaijani side,' },
      { speaker: 'Ararat Mirzoyan', text: 'There is a process, there is a discussion. Of course, there have been no face-to-face negotiations during this period. Unfortunately, I have to say that there are important issues where the positions of the parties are still quite far from each other,' },
    ],
    reported: [
      { speaker: 'Ararat Mirzoyan', from: 'At the moment, there is no agreement regarding the meeting', to: 'at the National Assembly.' },
      { speaker: 'Ararat Mirzoyan', from: 'The Foreign Minister said Baku', to: 'forwarded new proposals.' },
    ],
    contacts: [
      { a: 'Government of Armenia', b: 'Government of Azerbaijan', kind: 'letter', date: '2023-09-12', status: 'held', optional: true, date_text: 'On September 12', evidence: 'On September 12, we already received the new proposals from the Azerbaijani side', note: 'exchange of treaty drafts between governments' },
    ],
    excluded: [],
  },

  ho3026: {
    file: '026_apa_lavrov_bayramov_call.txt',
    url: 'https://en.apa.az/foreign-policy/azerbaijani-russian-foreign-ministers-discussed-preparation-of-peace-treaty-with-armenia-415148',
    outlet: 'APA',
    style: 'agency (Azerbaijan), two ministries’ readouts of one call quoted in full',
    patterns: ['two ministries as speakers ("the Russian Ministry noted", "The Ministry notes:")', 'a quotation opened with a curly mark and left open at the paragraph end, reopened with a straight mark in the next paragraph (two quotes)', 'a quotation over four paragraphs where only the first opens and only the last closes (the middle paragraphs have no marks: annotated as optional reported)', 'call "On October 28" inside the quoted readouts', 'agentless "was confirmed", "was emphasized", "Opinions were also exchanged"', 'dateline and page furniture dropped'],
    actors: [
      { name: 'Sergey Lavrov', kind: P, role: 'Foreign Minister of Russia', surface: ['the Minister of Foreign Affairs of Russia Sergey Lavrov', 'Sergey Lavrov'] },
      { name: 'Jeyhun Bayramov', kind: P, role: 'Foreign Minister of Azerbaijan', surface: ['the Minister of Foreign Affairs of Azerbaijan Jeyhun Bayramov', 'Jeyhun Bayramov'] },
      { name: 'Ministry of Foreign Affairs of Russia', kind: O, role: null, surface: ['the Ministry of Foreign Affairs of Russia', 'the Russian Ministry'] },
      { name: 'Ministry of Foreign Affairs of Azerbaijan', kind: O, role: null, surface: ['Ministry of Foreign Affairs of Azerbaijan', 'The Ministry'] },
      { name: 'APA', kind: O, role: 'news agency', media: true, surface: ["APA's Moscow correspondent"] },
    ],
    quotes: [
      { speaker: 'Ministry of Foreign Affairs of Russia', text: 'On October 28, the Minister of Foreign Affairs of Russia Sergey Lavrov and the Minister of Foreign Affairs of Azerbaijan Jeyhun Bayramov have held a phone conversation. The Ministers have discussed the current issues of bilateral relations, regional and international agendas.', unclosed: true, note: 'first paragraph of the Russian readout; no closing mark' },
      { speaker: 'Ministry of Foreign Affairs of Russia', text: 'On the basis of a set of tripartite agreements at the highest level for 2020-2022, the necessity of increasing efforts to normalize relations between Azerbaijan and Armenia, as well as the preparation of a peace treaty, the opening of the transport communications and the delimitation of Armenia-Azerbaijan borders was confirmed,' },
      { speaker: 'Ministry of Foreign Affairs of Azerbaijan', text: 'On October 28, the Minister of Foreign Affairs of Azerbaijan Jeyhun Bayramov and the Minister of Foreign Affairs of Russian Federation Sergey Lavrov have held a phone conversation.', unclosed: true, note: 'first paragraph of the Azerbaijani readout; the next three paragraphs continue it without marks' },
    ],
    reported: [
      { speaker: 'Ministry of Foreign Affairs of Russia', from: 'Azerbaijani and Russian Foreign Ministers have held', to: 'correspondent reports.', optional: true, note: 'the call itself, sourced to the ministry' },
      { speaker: 'Ministry of Foreign Affairs of Azerbaijan', text: 'Ministry of Foreign Affairs of Azerbaijan have also released information regarding the phone conversation.', optional: true, note: 'no content' },
      { speaker: 'Ministry of Foreign Affairs of Azerbaijan', from: 'During the phone conversation, the Ministers discussed', to: 'situation in the region.', optional: true, note: 'inside the Azerbaijani readout (unmarked paragraph); collective' },
      { speaker: 'Ministry of Foreign Affairs of Azerbaijan', from: 'During the phone conversation, the importance', to: 'was emphasized.', optional: true, note: 'inside the readout; agentless' },
      { speaker: 'Ministry of Foreign Affairs of Azerbaijan', text: 'Opinions were also exchanged on other issues during the phone conversation."', optional: true, note: 'last paragraph of the readout, closing mark only' },
    ],
    contacts: [
      { a: 'Sergey Lavrov', b: 'Jeyhun Bayramov', kind: 'call', date: '2023-10-28', status: 'held', date_text: 'On October 28', evidence: 'On October 28, … Sergey Lavrov and … Jeyhun Bayramov have held a phone conversation' },
    ],
    excluded: [],
  },

  ho3027: {
    file: '027_asbarez_pashinyan_macron_paris.txt',
    url: 'https://asbarez.com/pashinyan-meets-with-macron-in-paris/',
    outlet: 'Asbarez',
    style: 'regional press (Armenian-American daily), meeting with background',
    patterns: ['no headline in the stored page', 'meeting "on Thursday" (the day before the article)', 'one-word quote “excellent,” in a relative clause', 'quoted words of a declaration (no personal speaker)', 'four-party meeting "Last month" (every pair, no day)', 'a leader who "declined to participate" (cancelled)', 'post on X as a quote', 'agentless "Reference was made", "was highlighted"'],
    actors: [
      { name: 'Nikol Pashinyan', kind: P, role: 'Prime Minister of Armenia', surface: ['Prime Minister Nikol Pashinyan', 'Pashinyan'] },
      { name: 'Emmanuel Macron', kind: P, role: 'President of France', surface: ['President Emmanuel Macron of France', 'Macron', 'French President Emmanuel Macron'] },
      { name: 'Olaf Scholz', kind: P, role: 'Chancellor of Germany', surface: ['Germany’s Chancellor Olaf Scholz'] },
      { name: 'Charles Michel', kind: P, role: 'President of the European Council', surface: ['the European Council President Charles Michel'] },
      { name: 'Ilham Aliyev', kind: P, role: 'President of Azerbaijan', surface: ['President Ilham Aliyev of Azerbaijan'] },
    ],
    quotes: [
      { speaker: 'Nikol Pashinyan', text: 'excellent,', optional: true, note: 'one word' },
      { speaker: null, text: 'unwavering support', optional: true, note: 'words of the Granada declaration' },
      { speaker: null, text: 'regional connectivity links based on full respect of countries’ sovereignty and jurisdiction, as well as on the principles of equality and reciprocity.', optional: true, note: 'words of the Granada declaration' },
      { speaker: 'Nikol Pashinyan', text: 'Excellent talks with French President Emmanuel Macron. We discussed issues related to the strengthening of the Armenia-France exceptional, friendly relations and bilateral agenda, cooperation with the EU, as well as the situation in the South Caucasus,' },
    ],
    reported: [
      { speaker: 'Nikol Pashinyan', from: 'The talks, which Pashinyan later called', to: 'Armenia and Azerbaijan relations.', optional: true, mixed: true, note: 'the relative clause carries the speech' },
      { speaker: null, from: 'Reference was made to the humanitarian issues', to: 'ethnic cleansing campaign.', optional: true },
      { speaker: null, text: 'The need for the international community to assist in resolving existing challenges was highlighted.', optional: true },
      { speaker: 'Emmanuel Macron', from: 'Macron and Pashinyan emphasized the importance', to: 'equality and reciprocity.”', optional: true, mixed: true, note: 'coordinated subjects' },
      { speaker: 'Emmanuel Macron', text: 'Macron and Pashinyan also discussed strengthening relations between their countries.', optional: true, note: 'coordinated subjects' },
    ],
    contacts: [
      { a: 'Nikol Pashinyan', b: 'Emmanuel Macron', kind: 'meeting', date: '2023-11-09', status: 'held', date_text: 'on Thursday', evidence: 'on Thursday met with President Emmanuel Macron of France in Paris' },
      ...pairs(['Nikol Pashinyan', 'Emmanuel Macron', 'Olaf Scholz', 'Charles Michel']).map(([a, b]) => ({ a, b, kind: 'meeting', date: null, status: 'held', date_text: 'Last month', evidence: 'Last month, Pashinyan met with Macron, Germany’s Chancellor Olaf Scholz, and the European Council President Charles Michel in Granada', note: 'four-party meeting, no day' })),
      { a: 'Ilham Aliyev', b: 'Nikol Pashinyan', kind: 'meeting', date: null, status: 'cancelled', date_text: null, evidence: 'President Ilham Aliyev of Azerbaijan declined to participate in what were billed as peace negotiations between Yerevan and Baku' },
      ...cross(['Ilham Aliyev'], ['Emmanuel Macron', 'Olaf Scholz', 'Charles Michel'], { kind: 'meeting', date: null, status: 'cancelled', optional: true, date_text: null, evidence: 'declined to participate', note: 'the other Granada participants' }),
    ],
    excluded: [],
  },

  ho3028: {
    file: '028_civilge_kobakhidze_baku.txt',
    url: 'https://civil.ge/archives/587493',
    outlet: 'Civil.ge',
    style: 'regional press (Georgia), official visit with sub-heading',
    patterns: ['no headline in the stored page; a sub-heading kept ("Meeting with President of Azerbaijan")', 'visit "on March 16" (the article date), two meetings', 'delegation members (not parties to the one-on-one meeting)', 'deceased persons named (homage)', 'According to the press release of X, the two leaders underlined the “…” (short quotes, collective)', 'X expressed … readiness “…”. (quote ends before the period)', 'odd spacing kept ("PM’ s")'],
    actors: [
      { name: 'Irakli Kobakhidze', kind: P, role: 'Prime Minister of Georgia', surface: ['Georgian Prime Minister Irakli Kobakhidze', 'PM Kobakhidze', 'The Georgian PM', 'PM Irakli Kobakhidze', 'He'] },
      { name: 'Levan Davitashvili', kind: P, role: 'First Deputy Prime Minister and Economy Minister of Georgia', surface: ['Economy Minister Levan Davitashvili'] },
      { name: 'Ilia Darchiashvili', kind: P, role: 'Foreign Minister of Georgia', surface: ['Foreign Minister Ilia Darchiashvili'] },
      { name: 'Ilham Aliyev', kind: P, role: 'President of Azerbaijan', surface: ['President of Azerbaijan Ilham Aliyev', 'the President of Azerbaijan, Ilham Aliyev', 'President Aliyev'] },
      { name: 'Ali Asadov', kind: P, role: 'Prime Minister of Azerbaijan', surface: ['his counterpart, Prime Minister Ali Asadov'] },
      { name: 'Heydar Aliyev', kind: P, role: 'former President of Azerbaijan', surface: ['Heydar Aliyev'] },
      { name: 'Zarifa Aliyeva', kind: P, role: 'wife of Heydar Aliyev', surface: ['Zarifa Aliyeva'] },
      { name: 'Government of Georgia', kind: O, role: null, surface: ['the Georgian Government'] },
    ],
    quotes: [
      { speaker: 'Government of Georgia', text: 'high level', optional: true, note: 'two words of the press release (collective "the two leaders")' },
      { speaker: 'Government of Georgia', text: 'close cooperation', optional: true, note: 'two words of the press release (collective)' },
      { speaker: 'Irakli Kobakhidze', text: 'to continue contributing to this process in the future' },
    ],
    reported: [
      { speaker: 'Government of Georgia', from: 'According to the official press release of the Georgian Government', to: 'between Georgia and Azerbaijan.', mixed: true },
      { speaker: 'Irakli Kobakhidze', from: 'They emphasized the “close cooperation”', to: 'trade and economic spheres.', optional: true, mixed: true, note: 'collective "They"' },
      { speaker: 'Irakli Kobakhidze', from: 'They also discussed large-scale', to: 'transport and energy.', optional: true, note: 'collective' },
      { speaker: 'Irakli Kobakhidze', from: 'PM Kobakhidze thanked President Aliyev', to: 'territorial integrity and sovereignty.' },
      { speaker: null, text: 'During the meeting, peace and stability in the region were emphasized.', optional: true },
      { speaker: 'Irakli Kobakhidze', from: 'PM Kobakhidze expressed the country’s readiness', to: 'in the future”.', mixed: true },
    ],
    contacts: [
      { a: 'Irakli Kobakhidze', b: 'Ilham Aliyev', kind: 'meeting', date: '2024-03-16', status: 'held', date_text: 'On March 16', evidence: 'On March 16, PM Irakli Kobakhidze had a one-on-one meeting with the President of Azerbaijan, Ilham Aliyev' },
      { a: 'Irakli Kobakhidze', b: 'Ali Asadov', kind: 'meeting', date: '2024-03-16', status: 'held', date_text: 'on March 16', evidence: 'official visit to Baku on March 16 … met with … his counterpart, Prime Minister Ali Asadov' },
    ],
    excluded: [],
  },

  ho3029: {
    file: '029_asbarez_blinken_aliyev_call.txt',
    url: 'https://asbarez.com/?p=259634',
    outlet: 'Asbarez',
    style: 'regional press (Armenian-American daily), State Department readout quoted',
    patterns: ['no headline in the stored page', 'call "on Wednesday" (the article date)', 'readout quoted sentence by sentence with "Miller said", "added Miller", "the state department said" (principal Blinken, via the spokesperson)', 'what he called “…” (short quote)', 'a news agency reports the purpose of the call ("APA … reported that …")', 'planned trilateral meeting "on Friday" (three pairs)'],
    actors: [
      { name: 'Antony Blinken', kind: P, role: 'U.S. Secretary of State', surface: ['Secretary of State Antony Blinken', 'The Secretary', 'Secretary Blinken', 'Blinken'] },
      { name: 'Ilham Aliyev', kind: P, role: 'President of Azerbaijan', surface: ['President Ilham Aliyev of Azerbaijan', 'President Aliyev', 'Aliyev'] },
      { name: 'Matthew Miller', kind: P, role: 'Spokesperson, U.S. Department of State', surface: ['State Department spokesperson Matthew Miller', 'Miller'] },
      { name: 'Nikol Pashinyan', kind: P, role: 'Prime Minister of Armenia', surface: ['Prime Minister Nikol Pashinyan'] },
      { name: 'Ursula von der Leyen', kind: P, role: 'President of the European Commission', surface: ['European Commission President Ursula von der Leyen'] },
      { name: 'U.S. Department of State', kind: O, role: null, surface: ['the state department'] },
      { name: 'APA', kind: O, role: 'news agency', media: true, surface: ['The Azerbaijani APA news agency'] },
    ],
    quotes: [
      { speaker: 'Antony Blinken', text: 'aggressive actions', nth: 0, optional: true, note: 'two words ("what he called")' },
      { speaker: 'Antony Blinken', via: 'Matthew Miller', text: 'The Secretary underscored that there is no justification for increased tension on the border and cautioned that aggressive actions and rhetoric from any side would undermine prospects for peace,' },
      { speaker: 'Antony Blinken', via: 'Matthew Miller', text: 'Secretary Blinken and President Aliyev discussed the importance of advancing the peace process between Azerbaijan and Armenia, which would bring economic benefits to the entire region,', optional: true, note: 'coordinated subjects in the readout' },
      { speaker: 'Antony Blinken', via: 'Matthew Miller', text: 'The Secretary reiterated the need for Azerbaijan to adhere to its international obligations and commitments regarding human rights and fundamental freedoms and urged the release of those unjustly detained,' },
      { speaker: 'Antony Blinken', text: 'The Secretary reinforced the importance of the U.S.-Azerbaijan bilateral relationship and highlighted a growing number of partnership initiatives, including energy and climate priorities,', note: 'readout words, "the state department said"' },
    ],
    reported: [
      { speaker: 'Antony Blinken', from: 'Secretary of State Antony Blinken on Wednesday cautioned', to: 'prospects for peace.', mixed: true },
      { speaker: 'Antony Blinken', from: 'The Azerbaijani APA news agency reported that', to: 'not directed against Azerbaijan.', note: 'Blinken explained (reported by APA)' },
    ],
    contacts: [
      { a: 'Antony Blinken', b: 'Ilham Aliyev', kind: 'call', date: '2024-04-03', status: 'held', date_text: 'on Wednesday', evidence: 'a phone call between Blinken and Aliyev on Wednesday' },
      ...pairs(['Antony Blinken', 'Nikol Pashinyan', 'Ursula von der Leyen']).map(([a, b]) => ({ a, b, kind: 'meeting', date: '2024-04-05', status: 'planned', date_text: 'on Friday', evidence: 'his meeting on Friday with Prime Minister Nikol Pashinyan and European Commission President Ursula von der Leyen' })),
    ],
    excluded: [],
  },

  ho3030: {
    file: '030_asbarez_putin_pashinyan_kremlin.txt',
    url: 'https://asbarez.com/?p=261147',
    outlet: 'Asbarez',
    style: 'regional press (Armenian-American daily), summit-day meeting with officials’ comments',
    patterns: ['no headline in the stored page', 'meeting "on Wednesday" (the article date)', 'quotation split by its frame (“Since then,” X said …, “…”): two quotes', 'X praised …, saying that …, adding that “…” (mixed)', 'appositive quote without a verb ("the talks were “…”")', 'one sentence with two speakers (aide announced, speaker said that …)', 'X told reporters that “…” (whole content quoted)', 'the Armenian prime minister / the Russian leader (roles)', 'past meeting "since December, 2023" (no day)'],
    actors: [
      { name: 'Vladimir Putin', kind: P, role: 'President of Russia', surface: ['President Vladimir Putin of Russia', 'Putin', 'the Russian leader'] },
      { name: 'Nikol Pashinyan', kind: P, role: 'Prime Minister of Armenia', surface: ['Prime Minister Nikol Pashinyan', 'Pashinyan', 'the Armenian prime minister', 'the prime minister'] },
      { name: 'Dmitry Peskov', kind: P, role: 'Press Secretary of the President of Russia', surface: ['the Kremlin spokesperson Dmitry Peskov'] },
      { name: 'Yuri Ushakov', kind: P, role: 'Aide to the President of Russia', surface: ['Putin’s aide Yuri Ushakov', 'Ushakov'] },
      { name: 'Alen Simonyan', kind: P, role: 'President of the National Assembly of Armenia', surface: ['Parliament Speaker Alen Simonyan'] },
    ],
    quotes: [
      { speaker: 'Nikol Pashinyan', text: 'Since then,' },
      { speaker: 'Nikol Pashinyan', text: 'several issues have accumulated that need to be discussed. Of course, the economic aspect of those issues were discussed at the [EEU] council meeting. And now I hope we can discuss important issues of bilateral relations, regional issues.' },
      { speaker: 'Vladimir Putin', text: 'we always, first and foremost, focus on economic relations.' },
      { speaker: 'Dmitry Peskov', text: 'necessary and anticipated for both sides.' },
      { speaker: 'Yuri Ushakov', text: 'this bilateral contact will be very substantive, there will be many issues for discussion.' },
      { speaker: 'Yuri Ushakov', text: 'Recently, problematic issues have emerged in relations between Russia and Armenia, which, as we expect, will be openly discussed between the leaders,' },
    ],
    reported: [
      { speaker: 'Vladimir Putin', from: 'Putin praised relations with Armenia', to: 'economic relations.”', mixed: true },
      { speaker: 'Nikol Pashinyan', from: 'Relations between Yerevan and Moscow have deteriorated', to: 'agreements and treaties.', optional: true, note: '"with Pashinyan and his allies often accusing …"' },
      { speaker: 'Dmitry Peskov', from: 'Ahead of the meeting, the Kremlin spokesperson', to: 'for both sides.”', mixed: true },
      { speaker: 'Alen Simonyan', from: 'Putin’s aide Yuri Ushakov announced', to: 'took place on Tuesday.', note: 'two speech acts in one sentence: Ushakov announced the meeting; Simonyan said that … (the content clause)' },
      { speaker: 'Yuri Ushakov', from: 'Ushakov told reporters that', to: 'issues for discussion.”', mixed: true },
    ],
    contacts: [
      { a: 'Vladimir Putin', b: 'Nikol Pashinyan', kind: 'meeting', date: '2024-05-08', status: 'held', date_text: 'on Wednesday', evidence: 'kicked off a meeting at the Kremlin on Wednesday' },
      { a: 'Vladimir Putin', b: 'Nikol Pashinyan', kind: 'meeting', date: null, status: 'held', optional: true, date_text: 'December, 2023', evidence: 'first in-person meeting with Putin since December, 2023', note: 'earlier meeting, month only' },
      { a: 'Nikol Pashinyan', b: 'Vladimir Putin', kind: 'other', date: '2024-05-07', status: 'cancelled', optional: true, date_text: 'on Tuesday', evidence: 'the prime minister would not attend the Russian leader’s inauguration, which took place on Tuesday', note: 'attendance at a ceremony declined' },
    ],
    excluded: [],
  },

  ho3031: {
    file: '031_newsaz_tokayev_aliyev_call.txt',
    url: 'https://news.az/news/kazakhstan-says-it-is-ready-to-host-peace-talks-between-azerbaijan-armenia',
    outlet: 'News.Az',
    style: 'regional press (Azerbaijan), call of a Central Asian president',
    patterns: ['call "on Monday" given in the sentence before the call is named', 'missing space between sentences kept ("Armenia.Tokayev\'s")', 'two presidencies as sources ("according to a statement from …")', 'X said that … is “acceptable” to Baku (one-word quote)', 'planned talks with no named parties (no contact)', 'background paragraphs with no statements'],
    actors: [
      { name: 'Kassym-Jomart Tokayev', kind: P, role: 'President of Kazakhstan', surface: ['Kazakh President Kassym-Jomart Tokayev', 'Tokayev'] },
      { name: 'Ilham Aliyev', kind: P, role: 'President of Azerbaijan', surface: ['Azerbaijan’s President Ilham Aliyev', 'Aliyev'] },
      { name: 'Presidency of Kazakhstan', kind: O, role: null, surface: ['Kazakhstan’s presidency'] },
      { name: 'Presidential Administration of Azerbaijan', kind: O, role: null, surface: ['an Azerbaijani presidential statement'] },
    ],
    quotes: [
      { speaker: 'Ilham Aliyev', text: 'acceptable' },
    ],
    reported: [
      { speaker: 'Kassym-Jomart Tokayev', from: 'Kazakh President Kassym-Jomart Tokayev on Monday expressed', to: 'between Azerbaijan and Armenia.' },
      { speaker: 'Ilham Aliyev', from: 'Aliyev said that the proposal', to: 'presidential statement.', mixed: true },
    ],
    contacts: [
      { a: 'Kassym-Jomart Tokayev', b: 'Ilham Aliyev', kind: 'call', date: '2024-09-09', status: 'held', date_text: 'on Monday', evidence: 'Tokayev\'s remarks came during a phone conversation with Azerbaijan’s President Ilham Aliyev' },
    ],
    excluded: [{ text: 'anti-terrorist operation', reason: 'scare quotes around an official name' }],
  },

  ho3032: {
    file: '032_turan_bayramov_mirzoyan_newyork.txt',
    url: 'https://turan.az/en/politics/will-bayramov-mirzoyan-meeting-take-place-784981',
    outlet: 'Turan',
    style: 'agency (Azerbaijan), briefing answer to the agency’s correspondent',
    patterns: ['single curly quotation marks (‘…’)', 'X said at a briefing on 17 September that Washington ‘…’ (partial quote)', 'long "Asked by a Turan correspondent whether …, X said, ‘…’" frame', 'a meeting that may or may not take place (speculative, optional planned)', 'names only inside the compound "Bayramov-Mirzoyan"', 'site navigation and repeated headlines dropped'],
    actors: [
      { name: 'Matthew Miller', kind: P, role: 'Spokesperson, U.S. Department of State', surface: ['US State Department spokesman Matthew Miller', 'Miller'] },
      { name: 'Jeyhun Bayramov', kind: P, role: 'Foreign Minister of Azerbaijan', surface: ['Bayramov'] },
      { name: 'Ararat Mirzoyan', kind: P, role: 'Foreign Minister of Armenia', surface: ['Mirzoyan'] },
      { name: 'Turan', kind: O, role: 'news agency', media: true, surface: ['Turan'] },
    ],
    quotes: [
      { speaker: 'Matthew Miller', text: 'supports the efforts of both countries to reach a lasting and dignified peace agreement' },
      { speaker: 'Matthew Miller', text: "I don't have any information...Of course, we are always looking for opportunities to bring together the Foreign Ministers of Armenia and Azerbaijan." },
    ],
    reported: [
      { speaker: 'Matthew Miller', from: 'US State Department spokesman Matthew Miller said', to: 'peace agreement’.', mixed: true },
    ],
    contacts: [
      { a: 'Jeyhun Bayramov', b: 'Ararat Mirzoyan', kind: 'meeting', date: null, status: 'planned', optional: true, date_text: null, evidence: 'the possibility of holding a Bayramov-Mirzoyan meeting in New York', note: 'only a possibility' },
    ],
    excluded: [],
  },

  ho3033: {
    file: '033_massispost_pashinyan_macron.txt',
    url: 'https://massispost.com/2025/02/france-reaffirms-strong-support-for-armenias-territorial-integrity/',
    outlet: 'Massis Post',
    style: 'regional press (Armenian-American), two readouts of one meeting',
    patterns: ['"PARIS — " dateline', 'meeting "on Monday" (the article date)', 'presidential statement quoted in two sentences ("The Head of State reiterated …", "He also reiterated …"): principal as speaker', 'The statement said X and Y “agreed …” (collective partial quote)', 'X was cited by his press office as saying that … “…” (short quote)', 'the same words quoted and paraphrased ("reached a new level" twice)', 'office as source ("Pashinyan’s office said the parties …")'],
    actors: [
      { name: 'Emmanuel Macron', kind: P, role: 'President of France', surface: ['French President Emmanuel Macron', 'Macron', 'The Head of State', 'He'] },
      { name: 'Nikol Pashinyan', kind: P, role: 'Prime Minister of Armenia', surface: ['Prime Minister Nikol Pashinyan', 'Pashinyan', 'Prime Minister Pashinyan', 'He'] },
      { name: 'Office of the President of France', kind: O, role: 'Élysée Palace', surface: ['the presidential Elysee Palace', 'The statement'] },
      { name: 'Office of the Prime Minister of Armenia', kind: O, role: 'press office', surface: ['his press office', 'Pashinyan’s office'] },
    ],
    quotes: [
      { speaker: 'Emmanuel Macron', text: 'The Head of State reiterated France’s full support for the normalization of relations between Armenia and Azerbaijan as well as the signing of a peace treaty in accordance with international law,', note: 'Élysée statement describing the president' },
      { speaker: 'Emmanuel Macron', text: 'He also reiterated France’s determination to support the territorial integrity and sovereignty of Armenia as well as the aspirations of the Armenian people for peace, security and democracy.', note: 'second sentence of the statement after the frame' },
      { speaker: 'Emmanuel Macron', text: 'agreed to continue the development of cooperation projects between France and Armenia, particularly in the fields of energy, defense and transport.', optional: true, note: 'collective (Macron and Pashinyan)' },
      { speaker: 'Nikol Pashinyan', text: 'reached a new level', nth: 0 },
    ],
    reported: [
      { speaker: 'Emmanuel Macron', from: 'French President Emmanuel Macron reaffirmed', to: 'in Paris on Monday.' },
      { speaker: null, from: 'The two leaders discussed bilateral ties', to: 'in the French capital.', optional: true },
      { speaker: 'Emmanuel Macron', from: 'The statement said Macron and Pashinyan', to: 'defense and transport.”', optional: true, mixed: true, note: 'collective, sourced to the Élysée statement' },
      { speaker: 'Nikol Pashinyan', from: 'Pashinyan was cited by his press office', to: 'in the past year.', mixed: true },
      { speaker: 'Nikol Pashinyan', from: 'Prime Minister Pashinyan expressed gratitude', to: 'Armenia-France relations.' },
      { speaker: 'Nikol Pashinyan', from: 'He noted that numerous meetings', to: 'now reached a new level.' },
      { speaker: 'Office of the Prime Minister of Armenia', from: 'Pashinyan’s office said the parties', to: 'official announcement.', optional: true, note: '"the parties exchanged views" (topics)' },
    ],
    contacts: [
      { a: 'Emmanuel Macron', b: 'Nikol Pashinyan', kind: 'meeting', date: '2025-02-10', status: 'held', date_text: 'on Monday', evidence: 'when he held talks with Prime Minister Nikol Pashinyan in Paris on Monday' },
    ],
    excluded: [],
  },

  ho3034: {
    file: '034_xinhua_wangyi_mirzoyan.txt',
    url: 'http://en.people.cn/n3/2025/0627/c90000-20333309.html',
    outlet: 'Xinhua (via People’s Daily Online)',
    style: 'state agency (China), one-sided readout',
    patterns: ['"BEIJING, June 26 (Xinhua) -- " dateline; talks "on Thursday" (the dateline day, one day before the page date)', 'Chinese name referred to by surname "Wang"', 'X, also a member of …, said that …', 'a sentence continuing the minister’s speech without a frame ("China is also ready …")', '"…, he said, adding that …" (inserted frame)', 'photo caption dropped; the last paragraph (the guest’s reply) cut because the stored page ends inside it'],
    actors: [
      { name: 'Wang Yi', kind: P, role: 'Foreign Minister of China', surface: ['Chinese Foreign Minister Wang Yi', 'Wang'] },
      { name: 'Ararat Mirzoyan', kind: P, role: 'Foreign Minister of Armenia', surface: ['Armenian Minister of Foreign Affairs Ararat Mirzoyan'] },
      { name: 'Xinhua', kind: O, role: 'news agency', media: true, surface: ['Xinhua'] },
    ],
    quotes: [],
    reported: [
      { speaker: 'Wang Yi', from: 'Wang, also a member of the Political Bureau', to: 'benefits for their peoples.' },
      { speaker: 'Wang Yi', from: 'Wang said China is willing to work with all countries', to: 'based on international law.' },
      { speaker: 'Wang Yi', from: 'China is also ready to promote', to: 'shared future for all.', optional: true, implicit_speaker: true, note: 'continues the minister’s words without a frame' },
      { speaker: 'Wang Yi', from: 'China will, as always, support Armenia', to: 'its core interests.' },
    ],
    contacts: [
      { a: 'Wang Yi', b: 'Ararat Mirzoyan', kind: 'meeting', date: '2025-06-26', status: 'held', date_text: 'on Thursday', evidence: 'held talks with Armenian Minister of Foreign Affairs Ararat Mirzoyan in Beijing on Thursday' },
    ],
    excluded: [],
  },
};
