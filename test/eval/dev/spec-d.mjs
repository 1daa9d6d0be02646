// Hand annotation of dev articles 052-066 (real news, contact-rich: visits, calls, summits and multi-party
// talks on the Armenia-Azerbaijan track, Russia and Turkey in the region, EU and US mediation, 2018-2025).
// Items are anchored by their exact text (or by their first and last words, `from`/`to`); build-gold.mjs
// computes and verifies the offsets.
//
// Conventions applied (beyond ANNOTATING.md, following spec-a/spec-c):
// - "Source said that <person> urged/said …": the speaker is the person, `via` the source; "Source said that
//   <event>" (met, agreed, a conversation took place): the speaker is the source.
// - Persons referred to only by a plural office phrase ("their deputy prime ministers", "the leaders of France
//   and Germany") are actors with `named_in_text: false`; their contacts are optional.
// - Members of one mediating team (the OSCE Minsk Group co-chairs and the Personal Representative) do not
//   "meet" each other: their mutual pairs are optional; the individual co-chairs behind the collective
//   "The Co-Chairs" are optional (as in dev035).
// - Headlines, decks and sub-headings without final punctuation are not annotated.
// - Pages without a visible headline start with the first paragraph on the date line (as in dev016).
const P = 'person';
const O = 'org';

// every unordered pair of `names`, each with the fields of `c`
const pairs = (names, c) => {
  const out = [];
  for (let i = 0; i < names.length; i++) for (let j = i + 1; j < names.length; j++) out.push({ a: names[i], b: names[j], ...c });
  return out;
};
// every pair of one name in `as` with one name in `bs`
const cross = (as, bs, c) => as.flatMap((a) => bs.map((b) => ({ a, b, ...c })));

const COCHAIRS = 'OSCE Minsk Group Co-Chairs';

export default {
  dev052: {
    file: '052_aravot_pashinyan_putin_moscow.txt',
    url: 'https://en.aravot.am/2018/12/28/227843',
    outlet: 'Aravot (English)',
    style: 'regional press (Armenian daily, English edition)',
    patterns: ['no headline in the stored page', 'meeting "on Thursday" in a Friday article', 'X praised Y’s “…” and wished him “…” (two fragments in one reported sentence)', 'he said … which he said … (nested speech verbs)', 'his Armenian guest (role)', 'split quotation: “More precisely,” X said, “…”', 'invitation inside a quote: "we expect that you will pay an official visit to Armenia next year" (planned visit)', 'collective "The two leaders pledged"', 'organisation speaking in a relative clause ("foreign ministry, which cautioned …")', 'party name in quotes (“My Step”)'],
    actors: [
      { name: 'Nikol Pashinyan', kind: P, role: 'Acting Prime Minister of Armenia', surface: ['Acting Prime Minister Nikol Pashinyan', 'Pashinyan', 'his Armenian guest'] },
      { name: 'Vladimir Putin', kind: P, role: 'President of Russia', surface: ['President Vladimir Putin of Russia', 'Putin'] },
      { name: 'Ministry of Foreign Affairs of Russia', kind: O, role: null, surface: ['Russia’s foreign ministry'] },
    ],
    quotes: [
      { speaker: 'Vladimir Putin', text: 'impressive victory' },
      { speaker: 'Vladimir Putin', text: 'success in the implementation of the plans you have set before yourself and your team for the benefit of the Armenia and the Armenian people.' },
      { speaker: 'Vladimir Putin', text: 'positive dynamic' },
      { speaker: 'Vladimir Putin', text: 'We have very robust agenda. We are very happy to see you here. Welcome,' },
      { speaker: 'Nikol Pashinyan', text: 'lost count of the number of meeting' },
      { speaker: 'Nikol Pashinyan', text: 'More precisely,' },
      { speaker: 'Nikol Pashinyan', from: 'I am in the top-three list.', to: 'We will be very happy.', text: undefined },
    ],
    reported: [
      { speaker: 'Nikol Pashinyan', from: 'Acting Prime Minister Nikol Pashinyan and President Vladimir Putin', to: 'held earlier this month.', optional: true, note: 'collective subject (both leaders praised); on the date line; “My Step” is a name, not a quotation' },
      { speaker: 'Vladimir Putin', from: 'Putin praised Pashinyan’s “impressive victory”', to: 'the Armenian people.”', mixed: true },
      { speaker: 'Vladimir Putin', from: 'Putin also said that there was', to: 'continue its support to Armenia.', mixed: true },
      { speaker: 'Vladimir Putin', from: 'Putin also emphasized the cooperation', to: 'the Eurasian Economic Union.' },
      { speaker: 'Nikol Pashinyan', from: 'Pashinyan quipped about how he had', to: 'the most visits to Moscow.', mixed: true },
      { speaker: 'Nikol Pashinyan', text: 'The two leaders pledged to advance ties between their countries.', optional: true, note: 'collective subject' },
      { speaker: 'Ministry of Foreign Affairs of Russia', from: 'Pashinyan’s meeting with Putin comes after', to: 'intervention in Armenia.', optional: true, note: 'the ministry’s warnings, reported in a relative clause' },
    ],
    contacts: [
      { a: 'Nikol Pashinyan', b: 'Vladimir Putin', kind: 'meeting', date: '2018-12-27', status: 'held', date_text: 'on Thursday', evidence: 'during meeting in Moscow on Thursday' },
      { a: 'Vladimir Putin', b: 'Nikol Pashinyan', kind: 'meeting', date: null, status: 'planned', date_text: 'next year', evidence: 'we expect that you will pay an official visit to Armenia next year', note: 'an expected official visit (inside Pashinyan’s quote)' },
      { a: 'Nikol Pashinyan', b: 'Vladimir Putin', kind: 'meeting', date: null, status: 'held', optional: true, evidence: 'lost count of the number of meeting the two leaders have had', note: 'earlier meetings, summarised' },
    ],
    excluded: [
      { text: 'My Step', reason: 'name of an electoral alliance' },
    ],
  },

  dev053: {
    file: '053_commonspace_dushanbe_informal_talks.txt',
    url: 'https://www.commonspace.eu/news/aliyev-and-pashinyan-hold-unscheduled-informal-talks-dushambe-updated',
    outlet: 'commonspace.eu',
    style: 'regional press (LINKS Europe news site), relaying Armenpress and Trend',
    patterns: ['article date inferred (page undated; Pashinyan’s broadcast on his return from the 27-28 September summit)', 'meeting on the margins of a two-day summit (no single day: date null)', 'According to X, Y said: (colon introducing a quoted paragraph; not annotated)', 'straight quotes closing before the period ("…".)', 'unbalanced straight quotes: added, "… agreement. "I have …", the prime minister said (two quotes)', 'the Armenian prime minister / the prime minister / PM Pashinyan', 'Y was informed (passive contact, optional)', 'agency citing a press service: a conversation took place (event reported by the source)', 'Dushambe spelling'],
    actors: [
      { name: 'Ilham Aliyev', kind: P, role: 'President of Azerbaijan', surface: ['The president of Azerbaijan Ilham Aliyev', 'President of Azerbaijan Ilham Aliyev'] },
      { name: 'Nikol Pashinyan', kind: P, role: 'Prime Minister of Armenia', surface: ['the prime minister of Armenia, Nikol Pashinyan', 'Armenian prime minister Nikol Pashinyan', 'Pashinyan', 'the Armenian prime minister', 'the prime minister', 'Nikol Pashinyan', 'PM Pashinyan', 'Prime Minister of Armenia Nikol Pashinyan'] },
      { name: 'Bako Sahakyan', kind: P, role: 'President of the (de facto) Nagorno-Karabakh Republic', surface: ['the President of Artsakh Bako Sahakyan'] },
      { name: 'Press Service of the President of Azerbaijan', kind: O, role: null, surface: ['the press service of the Azerbaijani presidential administration'] },
      { name: 'Armenpress', kind: O, role: 'news agency', media: true, surface: ['the semi official Armenpress news agency'] },
      { name: 'Trend', kind: O, role: 'news agency', media: true, surface: ['TREND'] },
    ],
    quotes: [
      { speaker: 'Nikol Pashinyan', from: 'This time we had more practical conversation', to: 'I think this is an important agreement', text: undefined },
      { speaker: 'Nikol Pashinyan', text: 'the President of Artsakh Bako Sahakyan has also been informed about this agreement. ', note: 'the straight mark after "agreement. " both closes this quotation and (read naively) opens the next; span ends with the space before it' },
      { speaker: 'Nikol Pashinyan', text: 'I have given relevant instructions to our Armed Forces and I can say that the previous night was the most peaceful since I was elected Prime Minister' },
      { speaker: 'Nikol Pashinyan', text: 'We agreed to establish operative communication channels but we have not agreed about its technical implementation' },
      { speaker: 'Nikol Pashinyan', text: 'I am happy and hope that those agreements will be respected, since they are extremely important' },
    ],
    reported: [
      { speaker: 'Nikol Pashinyan', text: 'On his return to Yerevan, Armenian prime minister Nikol Pashinyan took to a live broadcast on facebook to speak about the meeting.', optional: true, note: 'speech act, content follows' },
      { speaker: 'Nikol Pashinyan', text: 'Nikol Pashinyan also emphasized that during the conversation the commitment to the negotiation process was recorded.' },
      { speaker: 'Nikol Pashinyan', from: '"We agreed to establish operative communication channels', to: 'there were no other discussions.', mixed: true, note: 'adding that … (paraphrase after the frame)' },
      { speaker: 'Press Service of the President of Azerbaijan', via: 'Trend', from: 'The Azerbaijani news agency, TREND', to: 'Prime Minister of Armenia Nikol Pashinyan.', note: 'an event reported by the agency citing the press service' },
    ],
    contacts: [
      { a: 'Ilham Aliyev', b: 'Nikol Pashinyan', kind: 'meeting', date: null, status: 'held', date_text: 'on 27-28 September (the summit)', evidence: 'had an unscheduled informal meeting on the margins of the summit', note: 'the text gives the summit’s two days, not the day of the meeting' },
      { a: 'Nikol Pashinyan', b: 'Bako Sahakyan', kind: 'other', date: null, status: 'held', optional: true, evidence: 'the President of Artsakh Bako Sahakyan has also been informed about this agreement', note: 'informed (passive, channel not given)' },
    ],
    excluded: [],
  },

  dev054: {
    file: '054_armedia_cochairs_paris_consultations.txt',
    url: 'https://armedia.am/eng/news/67131',
    outlet: 'Armedia',
    style: 'regional press (Armenian) reproducing a statement of the OSCE Minsk Group Co-Chairs',
    patterns: ['article date inferred (statement on the 16 January Paris consultations)', 'quoted headline phrase paraphrasing the statement (optional quote)', 'co-chairs named in a parenthesis after the collective', 'hosted consultations between two ministers (the ministers meet each other)', 'met separately and then jointly with (co-chairs and ministers)', 'also participated (attendee: optional)', 'reviewed the outcomes of the talks with the participants (host minister meets all participants, no day)', 'briefed unnamed advisers of a named president (no contact with the president)', 'The participants expressed … / The Ministers … agreed upon (collective)', 'The Co-Chairs underlined (collective organisation as speaker)', 'a possible summit between unnamed leaders (not annotated as a contact)'],
    actors: [
      { name: COCHAIRS, kind: O, role: 'mediators of the OSCE Minsk Group', surface: ['The Co-Chairs of the OSCE Minsk Group', 'The Co-Chairs', 'the Co-Chairs'] },
      { name: 'Igor Popov', kind: P, role: 'Russian Co-Chair of the OSCE Minsk Group', surface: ['Igor Popov'] },
      { name: 'Stéphane Visconti', kind: P, role: 'French Co-Chair of the OSCE Minsk Group', surface: ['Stéphane Visconti'] },
      { name: 'Andrew Schofer', kind: P, role: 'U.S. Co-Chair of the OSCE Minsk Group', surface: ['Andrew Schofer'] },
      { name: 'Elmar Mammadyarov', kind: P, role: 'Foreign Minister of Azerbaijan', surface: ['Foreign Minister of Azerbaijan Elmar Mammadyarov'] },
      { name: 'Zohrab Mnatsakanyan', kind: P, role: 'Acting Foreign Minister of Armenia', surface: ['Acting Foreign Minister of Armenia Zohrab Mnatsakanyan'] },
      { name: 'Andrzej Kasprzyk', kind: P, role: 'Personal Representative of the OSCE Chairperson-in-Office', surface: ['Personal Representative of the OSCE Chairperson-in-Office Andrzej Kasprzyk'] },
      { name: 'Jean-Baptiste Lemoyne', kind: P, role: 'State Secretary for Europe and Foreign Affairs of France', surface: ['State Secretary for Europe and Foreign Affairs of France Jean-Baptiste Lemoyne'] },
      { name: 'Emmanuel Macron', kind: P, role: 'President of France', surface: ['President Emmanuel Macron'] },
    ],
    quotes: [
      { speaker: COCHAIRS, text: 'Possible Summit Between Leaders of Armenia and Azerbaijan', optional: true, note: 'headline paraphrase of the statement in quotation marks' },
    ],
    reported: [
      { speaker: COCHAIRS, text: 'The Co-Chairs were received at the Elysée Palace, where they briefed top diplomatic advisers of President Emmanuel Macron.', optional: true, note: 'briefed (speech act without content)' },
      { speaker: COCHAIRS, from: 'The participants expressed to the Ministers', to: 'intensive results-oriented negotiations.', optional: true, note: 'collective "The participants" (co-chairs, Personal Representative, French state secretary)' },
      { speaker: 'Elmar Mammadyarov', from: 'The Ministers discussed a wide range', to: 'prepare the populations for peace.', optional: true, note: 'collective "The Ministers" (agreed upon)' },
      { speaker: COCHAIRS, text: 'The Co-Chairs underlined the importance of possible mutually beneficial initiatives designed to fulfill the economic potential of the region.' },
    ],
    contacts: [
      { a: 'Elmar Mammadyarov', b: 'Zohrab Mnatsakanyan', kind: 'meeting', date: '2019-01-16', status: 'held', date_text: 'on 16 January', evidence: 'hosted consultations between … on 16 January in Paris' },
      ...cross([COCHAIRS], ['Elmar Mammadyarov', 'Zohrab Mnatsakanyan'], { kind: 'meeting', date: '2019-01-16', status: 'held', date_text: 'on 16 January', evidence: 'The Co-Chairs met separately and then jointly with the Ministers' }),
      ...cross(['Igor Popov', 'Stéphane Visconti', 'Andrew Schofer'], ['Elmar Mammadyarov', 'Zohrab Mnatsakanyan'], { kind: 'meeting', date: '2019-01-16', status: 'held', optional: true, note: 'the individual co-chairs behind the collective' }),
      ...cross(['Andrzej Kasprzyk'], ['Elmar Mammadyarov', 'Zohrab Mnatsakanyan', COCHAIRS], { kind: 'meeting', date: '2019-01-16', status: 'held', optional: true, note: 'also participated in these meetings (attendee)' }),
      ...pairs(['Igor Popov', 'Stéphane Visconti', 'Andrew Schofer', 'Andrzej Kasprzyk'], { kind: 'meeting', date: '2019-01-16', status: 'held', optional: true, note: 'members of the same mediating team' }),
      ...cross(['Jean-Baptiste Lemoyne'], ['Elmar Mammadyarov', 'Zohrab Mnatsakanyan', COCHAIRS], { kind: 'meeting', date: null, status: 'held', date_text: null, evidence: 'reviewed the outcomes of the talks with the participants', note: 'no day given (the same occasion)' }),
      ...cross(['Jean-Baptiste Lemoyne'], ['Igor Popov', 'Stéphane Visconti', 'Andrew Schofer', 'Andrzej Kasprzyk'], { kind: 'meeting', date: null, status: 'held', optional: true, note: 'individual participants behind "the participants"' }),
    ],
    excluded: [],
  },

  dev055: {
    file: '055_almanar_putin_erdogan_call.txt',
    url: 'https://english.almanar.com.lb/1313842',
    outlet: 'Al-Manar (English)',
    style: 'international press (Lebanese broadcaster, agency copy)',
    patterns: ['article date inferred (Friday call two days after the 7 April 2021 Putin-Pashinyan meeting)', 'no headline in the stored page', 'call "on Friday" in a Friday article (the same day)', 'relative day: "two days after Putin met …"', 'call "on Thursday" (the day before)', 'briefed him on his meeting (speech act, topic only)', 'According to a Kremlin statement, X praised … “…” (person via organisation, mixed)', 'The two leaders agreed on the “…,” added the statement (statement as speaker)', 'misspelling Azerbaiijan'],
    actors: [
      { name: 'Vladimir Putin', kind: P, role: 'President of Russia', surface: ['President Vladimir Putin of Russia', 'Putin'] },
      { name: 'Recep Tayyip Erdoğan', kind: P, role: 'President of Turkey', surface: ['his Turkish counterpart Recep Tayyip Erdogan', 'Erdogan'] },
      { name: 'Nikol Pashinyan', kind: P, role: 'Prime Minister of Armenia', surface: ['Prime Minister Nikol Pashinyan', 'Pashinyan'] },
      { name: 'Ilham Aliyev', kind: P, role: 'President of Azerbaijan', surface: ['Azerbaiijan’s president Ilham Aliyev', 'Aliyev'] },
      { name: 'Government of Russia', kind: O, role: 'the Kremlin (presidential press service)', surface: ['the Kremlin', 'Kremlin'] },
    ],
    quotes: [
      { speaker: 'Recep Tayyip Erdoğan', via: 'Government of Russia', text: 'further stabilize the situation' },
      { speaker: 'Government of Russia', text: 'need to step up work on restoring the transport infrastructure in the South Caucasus,', note: 'the Kremlin statement’s wording of what the two leaders agreed' },
    ],
    reported: [
      { speaker: 'Vladimir Putin', from: 'President Vladimir Putin of Russia and his Turkish counterpart', to: 'standoff in the Mediterranean.', optional: true, note: 'collective "discussed" (topics only); on the date line' },
      { speaker: 'Vladimir Putin', text: 'Putin also held a telephone call with Azerbaiijan’s president Ilham Aliyev on Thursday and briefed him on his meeting with Pashinyan.', optional: true, note: 'briefed on (topic only)' },
      { speaker: 'Recep Tayyip Erdoğan', via: 'Government of Russia', from: 'According to a Kremlin statement, Erdogan praised', to: 'last year’s Armenian-Azerbaijani war.', mixed: true },
      { speaker: 'Vladimir Putin', via: 'Government of Russia', text: 'Putin also briefed Erdogan on his meeting with Pashinyan and telephone conversation with Aliyev, according to the Kremlin.' },
      { speaker: 'Government of Russia', from: 'The two leaders agreed on the', to: 'added the statement.', mixed: true, note: 'an agreement reported by the statement' },
    ],
    contacts: [
      { a: 'Vladimir Putin', b: 'Recep Tayyip Erdoğan', kind: 'call', date: '2021-04-09', status: 'held', date_text: 'on Friday' },
      { a: 'Vladimir Putin', b: 'Nikol Pashinyan', kind: 'meeting', date: '2021-04-07', status: 'held', date_text: 'two days after (the Friday call)', evidence: 'two days after Putin met with Prime Minister Nikol Pashinyan in Moscow' },
      { a: 'Vladimir Putin', b: 'Ilham Aliyev', kind: 'call', date: '2021-04-08', status: 'held', date_text: 'on Thursday' },
    ],
    excluded: [],
  },

  dev056: {
    file: '056_azernews_aliyev_michel_phone.txt',
    url: 'https://www.azernews.az/nation/185864.html',
    outlet: 'Azernews (copy by Trend)',
    style: 'regional press (Azerbaijani, English), agency copy',
    patterns: ['call "on November 19" in a November 20 article', 'X reports with reference to Y (source of the call)', 'proposed to host A and B for a meeting (planned three-party meeting: every pair)', 'planned meeting dated by the summit it accompanies ("to be held on December 15")', 'agentless "It was agreed to" (optional)'],
    actors: [
      { name: 'Ilham Aliyev', kind: P, role: 'President of Azerbaijan', surface: ['President Ilham Aliyev', 'Azerbaijan’s President Ilham Aliyev'] },
      { name: 'Charles Michel', kind: P, role: 'President of the European Council', surface: ['Charles Michel', 'President Charles Michel of the European Council', 'President Charles Michel'] },
      { name: 'Nikol Pashinyan', kind: P, role: 'Prime Minister of Armenia', surface: ['Armenian Prime Minister Nikol Pashinyan'] },
      { name: 'European Council', kind: O, role: 'EU institution', surface: ['the European Council'] },
      { name: 'Trend', kind: O, role: 'news agency', media: true, surface: ['Trend'] },
    ],
    quotes: [],
    reported: [
      { speaker: 'European Council', from: 'Azerbaijan’s President Ilham Aliyev and President Charles Michel', to: 'with reference to the European Council.', note: 'a call reported from the European Council' },
      { speaker: 'Charles Michel', from: 'President Charles Michel proposed to host', to: 'to be held on December 15.' },
      { speaker: null, from: 'It was agreed to hold a meeting in Brussels', to: 'stable South Caucasus.', optional: true, note: 'agentless' },
      { speaker: null, from: 'During the phone talks, it was also agreed', to: 'incident prevention mechanism.', optional: true, note: 'agentless' },
    ],
    contacts: [
      { a: 'Ilham Aliyev', b: 'Charles Michel', kind: 'call', date: '2021-11-19', status: 'held', date_text: 'on November 19' },
      ...pairs(['Charles Michel', 'Ilham Aliyev', 'Nikol Pashinyan'], { kind: 'meeting', date: '2021-12-15', status: 'planned', date_text: 'the Eastern Partnership Summit to be held on December 15', evidence: 'proposed to host … for a meeting in Brussels in the margins of the Eastern Partnership Summit' }),
    ],
    excluded: [],
  },

  dev057: {
    file: '057_civilnet_brussels_more_meetings.txt',
    url: 'https://www.civilnet.am/en/news/672790/armenia-azerbaijan-agree-to-more-meetings-after-productive-brussels-talks/',
    outlet: 'CivilNet',
    style: 'regional press (Armenian, English)',
    patterns: ['single curly quotes in the headline (‘productive’)', 'X said in a press release Wednesday (no "on"; Wednesday = the article date)', 'three-party summit (every pair) plus planned meetings at three levels', 'fragments in quotes inside paraphrase (“by the end of November,” … “in November,” Michel said)', 'office-only plural parties: "their deputy prime ministers", "the two countries’ foreign ministers"', 'relative dates: "Just one day before", "Several weeks earlier", "in May and April"', 'quoted fragments with no speaker in the text (optional)'],
    actors: [
      { name: 'Nikol Pashinyan', kind: P, role: 'Prime Minister of Armenia', surface: ['Armenian Prime Minister Nikol Pashinyan', 'Pashinyan'] },
      { name: 'Ilham Aliyev', kind: P, role: 'President of Azerbaijan', surface: ['Azerbaijani President Ilham Aliyev', 'Aliyev'] },
      { name: 'Charles Michel', kind: P, role: 'President of the European Council', surface: ['European Council President Charles Michel', 'Michel'] },
      { name: 'Mher Grigoryan', kind: P, role: 'Deputy Prime Minister of Armenia', named_in_text: false, surface: ['their deputy prime ministers', 'Armenia and Azerbaijan’s deputy prime ministers'], note: 'named only by a plural office phrase' },
      { name: 'Shahin Mustafayev', kind: P, role: 'Deputy Prime Minister of Azerbaijan', named_in_text: false, surface: ['their deputy prime ministers', 'Armenia and Azerbaijan’s deputy prime ministers'], note: 'named only by a plural office phrase' },
      { name: 'Ararat Mirzoyan', kind: P, role: 'Foreign Minister of Armenia', named_in_text: false, surface: ['the two countries’ foreign ministers'], note: 'named only by a plural office phrase' },
      { name: 'Jeyhun Bayramov', kind: P, role: 'Foreign Minister of Azerbaijan', named_in_text: false, surface: ['the two countries’ foreign ministers'], note: 'named only by a plural office phrase' },
    ],
    quotes: [
      { speaker: 'Charles Michel', text: 'productive', nth: 0, optional: true, note: 'one word in the headline, single quotes' },
      { speaker: 'Charles Michel', text: 'open and productive' },
      { speaker: 'Charles Michel', text: 'by the end of November,' },
      { speaker: 'Charles Michel', text: 'in November,' },
      { speaker: 'Charles Michel', text: 'within one month to work on draft texts' },
      { speaker: 'Charles Michel', text: 'reviewed the entire set of issues on our agenda,' },
      { speaker: 'Charles Michel', text: 'a detailed discussion on humanitarian issues, including demining, detainees and the fate of missing persons.' },
      { speaker: null, text: 'exchange detailed thoughts', optional: true, note: 'no source given (the deputy prime ministers’ readout)' },
      { speaker: null, text: 'a wide range of issues', optional: true, note: 'no source given (the ministers’ readout)' },
    ],
    reported: [
      { speaker: 'Charles Michel', from: 'Armenian Prime Minister Nikol Pashinyan and Azerbaijani President', to: 'said in a press release Wednesday.', mixed: true },
      { speaker: 'Charles Michel', from: 'Pashinyan and Aliyev will themselves meet again', to: '“in November,” Michel said.', mixed: true },
      { speaker: 'Charles Michel', from: 'In addition, the two countries’ foreign ministers', to: 'where those talks will take place.', mixed: true },
      { speaker: 'Charles Michel', from: 'In his press release, Michel noted', to: 'the fate of missing persons.”', mixed: true },
    ],
    contacts: [
      ...pairs(['Nikol Pashinyan', 'Ilham Aliyev', 'Charles Michel'], { kind: 'meeting', date: '2022-08-31', status: 'held', date_text: 'Wednesday', evidence: 'Wednesday’s summit' }),
      { a: 'Nikol Pashinyan', b: 'Ilham Aliyev', kind: 'meeting', date: null, status: 'planned', date_text: 'by the end of November', evidence: 'will themselves meet again in Brussels' },
      ...cross(['Charles Michel'], ['Nikol Pashinyan', 'Ilham Aliyev'], { kind: 'meeting', date: null, status: 'planned', optional: true, note: 'next Brussels meeting; host implied' }),
      { a: 'Nikol Pashinyan', b: 'Ilham Aliyev', kind: 'meeting', date: null, status: 'held', date_text: 'in May and April', evidence: 'two similar rounds of talks in May and April' },
      { a: 'Mher Grigoryan', b: 'Shahin Mustafayev', kind: 'meeting', date: null, status: 'planned', optional: true, date_text: 'in November', note: 'plural office phrase' },
      { a: 'Mher Grigoryan', b: 'Shahin Mustafayev', kind: 'meeting', date: '2022-08-30', status: 'held', optional: true, date_text: 'Just one day before', evidence: 'deputy prime ministers met in Moscow', note: 'plural office phrase' },
      { a: 'Ararat Mirzoyan', b: 'Jeyhun Bayramov', kind: 'meeting', date: null, status: 'planned', optional: true, date_text: 'within one month', note: 'plural office phrase' },
      { a: 'Ararat Mirzoyan', b: 'Jeyhun Bayramov', kind: 'meeting', date: null, status: 'held', optional: true, date_text: 'Several weeks earlier', evidence: 'held face-to-face talks … in Tbilisi', note: 'plural office phrase' },
    ],
    excluded: [],
  },

  dev058: {
    file: '058_newsaboutturkey_prague_landmark_talks.txt',
    url: 'https://newsaboutturkey.com/2022/10/06/turkish-armenian-azeri-leaders-hold-landmark-talks',
    outlet: 'News About Turkey (from Gercek News)',
    style: 'international press (Turkey-focused news site)',
    patterns: ['no headline in the stored page', '"today" in the first sentence', 'three leaders gathered (every pair) plus a bilateral meeting of one pair', 'an official Turkish statement / the directorate added (unnamed institution as speaker)', 'foreign minister at the table "along with other officials" (optional pairs)', 'one-word quotes of blame (“violations”, “aggressive behaviors”; optional)', 'he stated during his address (UN speech, earlier)', 'linked … to (stated position, optional)'],
    actors: [
      { name: 'Recep Tayyip Erdoğan', kind: P, role: 'President of Turkey', surface: ['Turkish President Recep Tayyip Erdogan', 'Erdogan', 'he'] },
      { name: 'Ilham Aliyev', kind: P, role: 'President of Azerbaijan', surface: ['his Azeri counterpart Ilham Aliyev', 'Aliyev'] },
      { name: 'Nikol Pashinyan', kind: P, role: 'Prime Minister of Armenia', surface: ['Armenian Premier Nikol Pashinyan', 'Pashinyan'] },
      { name: 'Mevlüt Çavuşoğlu', kind: P, role: 'Foreign Minister of Turkey', surface: ['Turkish Foreign Minister Mevlut Cavusoglu'] },
      { name: 'Directorate of Communications of Turkey', kind: O, role: 'Turkish presidency communications office', surface: ['the directorate', 'Turkey’s official communication director'] },
    ],
    quotes: [
      { speaker: 'Directorate of Communications of Turkey', text: 'talked for a while in the foyer area,', note: '"an official Turkish statement" (the directorate, as the next paragraph shows)' },
      { speaker: 'Recep Tayyip Erdoğan', text: 'violations', optional: true, note: 'one-word quote of his blame' },
      { speaker: 'Recep Tayyip Erdoğan', text: 'aggressive behaviors', optional: true, note: 'two-word quote of his blame' },
      { speaker: 'Recep Tayyip Erdoğan', text: 'We believe it is possible to sign a comprehensive peace agreement between the two countries as soon as possible,' },
    ],
    reported: [
      { speaker: 'Directorate of Communications of Turkey', text: 'The leaders “talked for a while in the foyer area,” an official Turkish statement said.', mixed: true, note: 'subject outside the quotation marks' },
      { speaker: 'Directorate of Communications of Turkey', text: 'Erdogan and Pashinyan also held a bilateral meeting on the sidelines of the meeting, the directorate added.', note: 'a meeting reported by the directorate' },
      { speaker: 'Recep Tayyip Erdoğan', text: 'After blaming Armenian “violations” and its “aggressive behaviors” for the clashes, Erdogan took a more constructive tone.', optional: true, mixed: true, note: 'speech act in a participle clause' },
      { speaker: 'Recep Tayyip Erdoğan', from: 'Ankara-Yerevan normalization talks became possible', to: 'settlement of the Nagorno-Karabakh conflict.', optional: true, note: 'linked … to (a stated position), in a subordinate clause' },
    ],
    contacts: [
      ...pairs(['Recep Tayyip Erdoğan', 'Ilham Aliyev', 'Nikol Pashinyan'], { kind: 'meeting', date: '2022-10-06', status: 'held', date_text: 'today', evidence: 'held landmark talks in Prague today / gathered on the sidelines' }),
      { a: 'Recep Tayyip Erdoğan', b: 'Nikol Pashinyan', kind: 'meeting', date: '2022-10-06', status: 'held', date_text: 'today', evidence: 'also held a bilateral meeting' },
      ...cross(['Mevlüt Çavuşoğlu'], ['Ilham Aliyev', 'Nikol Pashinyan', 'Recep Tayyip Erdoğan'], { kind: 'meeting', date: '2022-10-06', status: 'held', optional: true, note: 'at the table "along with other officials" (delegation member)' }),
    ],
    excluded: [],
  },

  dev059: {
    file: '059_mirrorspectator_reeker_facilitate_talks.txt',
    url: 'https://mirrorspectator.com/2022/12/06/us-diplomat-says-it-will-facilitate-us-azerbaijani-talks-as-russia-slams-western-mediation/',
    outlet: 'The Armenian Mirror-Spectator (from Azatutyun)',
    style: 'regional press (Armenian-American weekly) relaying RFE/RL',
    patterns: ['dateline with source ("WASHINGTON (Azatutyun) —")', 'speaker first as "a senior US diplomat", named in the next paragraph', 'X said in a video address … on Friday (Friday before a Tuesday article)', 'Washington is “…,” Reeker added, echoing Y’s remarks (mixed)', 'earlier three-party meeting "hosted by him … on November 7" (Blinken and both ministers)', 'two calls "later in November" (no day)', 'He urged … “…,” according to the State Department', 'met with the Armenian and Azerbaijani leaders (leaders by role, named elsewhere)', 'cancelled meeting "due to meet … on December 7", with a third leader whose participation was sought (optional)', 'traded accusations … when they addressed a conference (collective; co-presence, optional)'],
    actors: [
      { name: 'Philip Reeker', kind: P, role: 'Senior Advisor for Caucasus Negotiations, U.S. Department of State', surface: ['a senior US diplomat', 'Philip Reeker', 'Reeker'] },
      { name: 'Antony Blinken', kind: P, role: 'U.S. Secretary of State', surface: ['US Secretary of State Antony Blinken', 'Blinken', 'He'] },
      { name: 'Nikol Pashinyan', kind: P, role: 'Prime Minister of Armenia', surface: ['Armenian Prime Minister Nikol Pashinyan', 'Pashinyan'] },
      { name: 'Ilham Aliyev', kind: P, role: 'President of Azerbaijan', surface: ['Azerbaijani President Ilham Aliyev', 'Aliyev'] },
      { name: 'Emmanuel Macron', kind: P, role: 'President of France', surface: ['French President Emmanuel Macron'] },
      { name: 'Ararat Mirzoyan', kind: P, role: 'Foreign Minister of Armenia', surface: ['Foreign Minister Ararat Mirzoyan'] },
      { name: 'Jeyhun Bayramov', kind: P, role: 'Foreign Minister of Azerbaijan', surface: ['his Azerbaijani counterpart Jeyhun Bayramov'] },
      { name: 'U.S. Department of State', kind: O, role: null, surface: ['the State Department'] },
      { name: 'Azatutyun', kind: O, role: 'RFE/RL Armenian Service', media: true, surface: ['Azatutyun'] },
    ],
    quotes: [
      { speaker: 'Philip Reeker', text: 'We firmly believe that continued direct dialogue and diplomacy, not military action, is key to resolving issues and to reaching a comprehensive lasting peace and prosperity for all,' },
      { speaker: 'Philip Reeker', text: 'We all understand that this is not easy.' },
      { speaker: 'Philip Reeker', text: 'committed to doing everything we can to support your efforts towards a durable peace,' },
      { speaker: 'Antony Blinken', via: 'U.S. Department of State', text: 'schedule further talks as agreed in Washington,' },
    ],
    reported: [
      { speaker: 'Philip Reeker', from: 'The United States will spare no effort', to: 'after visiting Baku and Yerevan this week.', note: 'after the dateline; speaker named in the next paragraph' },
      { speaker: 'Philip Reeker', from: 'Washington is “committed to doing everything', to: 'in Washington on November 7.', mixed: true },
      { speaker: 'Antony Blinken', via: 'U.S. Department of State', text: 'He urged the two sides to “schedule further talks as agreed in Washington,” according to the State Department.', mixed: true },
      { speaker: 'Ilham Aliyev', text: 'Aliyev canceled the meeting last week, objecting to French President Emmanuel Macron’s participation in it sought by Yerevan.', optional: true, note: 'objecting (stance in a participle clause)' },
      { speaker: 'Ararat Mirzoyan', from: 'Foreign Minister Ararat Mirzoyan and his Azerbaijani counterpart', to: 'in the Polish city of Lodz.', optional: true, note: 'collective "traded fresh accusations"' },
    ],
    contacts: [
      ...pairs(['Antony Blinken', 'Ararat Mirzoyan', 'Jeyhun Bayramov'], { kind: 'meeting', date: '2022-11-07', status: 'held', date_text: 'on November 7', evidence: 'the most recent meeting of the Armenian and Azerbaijani foreign ministers hosted by him in Washington on November 7' }),
      { a: 'Antony Blinken', b: 'Nikol Pashinyan', kind: 'call', date: null, status: 'held', date_text: 'later in November' },
      { a: 'Antony Blinken', b: 'Ilham Aliyev', kind: 'call', date: null, status: 'held', date_text: 'later in November' },
      { a: 'Philip Reeker', b: 'Nikol Pashinyan', kind: 'meeting', date: null, status: 'held', date_text: 'during his latest tour', evidence: 'met with the Armenian and Azerbaijani leaders' },
      { a: 'Philip Reeker', b: 'Ilham Aliyev', kind: 'meeting', date: null, status: 'held', date_text: 'during his latest tour', evidence: 'met with the Armenian and Azerbaijani leaders' },
      { a: 'Ilham Aliyev', b: 'Nikol Pashinyan', kind: 'meeting', date: '2022-12-07', status: 'cancelled', date_text: 'on December 7', evidence: 'were due to meet in Brussels on December 7. Aliyev canceled the meeting' },
      ...cross(['Emmanuel Macron'], ['Ilham Aliyev', 'Nikol Pashinyan'], { kind: 'meeting', date: '2022-12-07', status: 'cancelled', optional: true, note: 'his participation was sought by Yerevan' }),
      { a: 'Ararat Mirzoyan', b: 'Jeyhun Bayramov', kind: 'meeting', date: '2022-12-01', status: 'held', optional: true, date_text: 'on Thursday', note: 'both addressed the OSCE ministerial conference (co-presence, not talks)' },
    ],
    excluded: [],
  },

  dev060: {
    file: '060_newsaz_lavrov_allied_interaction.txt',
    url: 'https://news.az/news/lavrov-declaration-on-allied-interaction-raised-azerbaijani-russian-relations-to-a-new-level',
    outlet: 'News.Az',
    style: 'regional press (Azerbaijani, English)',
    patterns: ['no headline in the stored page', 'X said on Tuesday, News.Az reports (Tuesday = the article date)', '“…,” X said at a joint press conference with Y (bare frame; the press conference is a meeting)', 'thanks for a conversation inside a quote (meeting with "the President of Azerbaijan", no day)', 'The Russian FM noted (role)'],
    actors: [
      { name: 'Sergey Lavrov', kind: P, role: 'Foreign Minister of Russia', surface: ['Russian Foreign Minister Sergey Lavrov', 'Lavrov', 'The Russian FM'] },
      { name: 'Jeyhun Bayramov', kind: P, role: 'Foreign Minister of Azerbaijan', surface: ['his Azerbaijani counterpart Jeyhun Bayramov'] },
      { name: 'Ilham Aliyev', kind: P, role: 'President of Azerbaijan', surface: ['the President of Azerbaijan', 'President Ilham Aliyev'] },
      { name: 'News.Az', kind: O, role: 'news site', media: true, surface: ['News.Az'] },
    ],
    quotes: [
      { speaker: 'Sergey Lavrov', text: 'We are grateful to Azerbaijan for the excellent organization of the meeting and hospitality. At the same time, I thank the President of Azerbaijan for a comprehensive conversation,' },
      { speaker: 'Sergey Lavrov', text: 'Therefore, all authorities, including the Ministry of Foreign Affairs, were instructed to make specific activities to master these goals,' },
    ],
    reported: [
      { speaker: 'Sergey Lavrov', from: 'The Declaration on allied interaction', to: 'News.Az reports.', note: 'on the date line' },
      { speaker: 'Sergey Lavrov', text: 'The Russian FM noted that conditions were created to discuss all areas of cooperation with President Ilham Aliyev.' },
    ],
    contacts: [
      { a: 'Sergey Lavrov', b: 'Jeyhun Bayramov', kind: 'meeting', date: '2023-02-28', status: 'held', date_text: 'on Tuesday', evidence: 'at a joint press conference with his Azerbaijani counterpart Jeyhun Bayramov in Baku' },
      { a: 'Sergey Lavrov', b: 'Ilham Aliyev', kind: 'meeting', date: null, status: 'held', date_text: null, evidence: 'I thank the President of Azerbaijan for a comprehensive conversation', note: 'no day given' },
    ],
    excluded: [],
  },

  dev061: {
    file: '061_diplomaticinsight_blinken_hosts_talks.txt',
    url: 'https://thediplomaticinsight.com/united-states-hosts-azerbaijan-armenia-talks-on-diplomatic-crisis/',
    outlet: 'The Diplomatic Insight',
    style: 'international press (Pakistani diplomatic news site)',
    patterns: ['no headline in the stored page', 'dateline "Virginia, 2 May 2023 (TDI):" before the first sentence', 'three-party meeting, no day (date null)', 'long chain of paraphrase with pronouns and roles: He stressed / He encouraged / he noted / The U.S. Secretary urged / declared', 'acknowledged / suggested / commended (reporting verbs)', 'collective: Foreign Minister X and Minister Y appreciated / They also highlighted / Both countries agreed (optional)'],
    actors: [
      { name: 'Jeyhun Bayramov', kind: P, role: 'Foreign Minister of Azerbaijan', surface: ['The Foreign Minister of Azerbaijan, Jeyhun Bayramov', 'Foreign Minister Bayramov'] },
      { name: 'Ararat Mirzoyan', kind: P, role: 'Foreign Minister of Armenia', surface: ['the Foreign Minister of Armenia, Ararat Mirzoyan', 'Minister Mirzoyan'] },
      { name: 'Antony Blinken', kind: P, role: 'U.S. Secretary of State', surface: ['the U.S. Secretary of State, Antony Blinken', 'Secretary Blinken', 'Blinken', 'He', 'he', 'The U.S. Secretary'] },
      { name: 'The Diplomatic Insight', kind: O, role: 'news site', media: true, surface: ['TDI'] },
    ],
    quotes: [],
    reported: [
      { speaker: 'Antony Blinken', text: 'Secretary Blinken emphasized that the United States supports a diplomatic resolution to the contention.' },
      { speaker: 'Antony Blinken', text: 'He stressed the need for dialogue and diplomacy in resolving concerns and achieving lasting harmony in the region.' },
      { speaker: 'Antony Blinken', text: 'Blinken acknowledged the complex nature of the issues.' },
      { speaker: 'Antony Blinken', text: 'He encouraged both sides to engage in constructive dialogue to reach a lasting agreement.' },
      { speaker: 'Antony Blinken', text: 'He also commended the efforts of both Azerbaijan and Armenia in the negotiation process.' },
      { speaker: 'Antony Blinken', text: 'The U.S. Secretary urged both nations to work toward de-escalation and promote a peaceful, negotiated resolution.' },
      { speaker: 'Antony Blinken', from: 'Furthermore, he noted that the United States advised', to: 'serves the interests of all parties.' },
      { speaker: 'Antony Blinken', from: 'Blinken suggested both countries adhere', to: 'could inflame the situation.' },
      { speaker: 'Antony Blinken', from: 'The U.S. Secretary declared that', to: 'as negotiations progress.' },
      { speaker: 'Jeyhun Bayramov', text: 'Foreign Minister Bayramov and Minister Mirzoyan appreciated the United States’ involvement in the negotiation process.', optional: true, note: 'coordinated subjects' },
      { speaker: 'Jeyhun Bayramov', text: 'They also highlighted their dedication to a peaceful solution to the conflict.', optional: true, note: 'They = both ministers (collective)' },
      { speaker: null, from: 'Both countries agreed to continue their efforts', to: 'future for the region.', optional: true, note: 'collective "Both countries"' },
    ],
    contacts: [
      ...pairs(['Jeyhun Bayramov', 'Ararat Mirzoyan', 'Antony Blinken'], { kind: 'meeting', date: null, status: 'held', date_text: null, evidence: 'met with the U.S. Secretary of State, Antony Blinken, for the bilateral negotiations', note: 'no day for the talks (only the dateline date)' }),
    ],
    excluded: [],
  },

  dev062: {
    file: '062_hetq_no_breakthrough_brussels.txt',
    url: 'https://hetq.am/en/article/158196',
    outlet: 'Hetq',
    style: 'regional press (Armenian investigative outlet, English)',
    patterns: ['"today’s meeting" (the article date)', 'three-party meeting hosted by a mediator (every pair)', 'X’s office, in a statement, merely said … “…” (office as speaker)', 'A statement on the presidential website reports … (website as source)', 'stray possessive ("Charles Michel’s, in a press briefing, described")', 'described … as “…” / “…,” Michel remarked (bare frame) / said … “…”', 'intends to invite … to another meeting … as well as … to meet with the leaders of France and Germany (planned, unnamed leaders: optional)', 'agentless "was reported" (optional)'],
    actors: [
      { name: 'Nikol Pashinyan', kind: P, role: 'Prime Minister of Armenia', surface: ['Armenian PM Nikol Pashinyan', 'Pashinyan'] },
      { name: 'Ilham Aliyev', kind: P, role: 'President of Azerbaijan', surface: ['Azerbaijani President Ilham Aliyev', 'Aliyev'] },
      { name: 'Charles Michel', kind: P, role: 'President of the European Council', surface: ['EU Council President Charles Michel', 'Charles Michel', 'Michel'] },
      { name: 'Office of the Prime Minister of Armenia', kind: O, role: null, surface: ['Pashinyan’s office'] },
      { name: 'Press Service of the President of Azerbaijan', kind: O, role: 'presidential website', surface: ['the Azerbaijani presidential website'] },
      { name: 'Emmanuel Macron', kind: P, role: 'President of France', named_in_text: false, surface: ['the leaders of France and Germany'], note: 'named only by a plural office phrase' },
      { name: 'Olaf Scholz', kind: P, role: 'Chancellor of Germany', named_in_text: false, surface: ['the leaders of France and Germany'], note: 'named only by a plural office phrase' },
    ],
    quotes: [
      { speaker: 'Office of the Prime Minister of Armenia', text: 'intensify the work' },
      { speaker: 'Charles Michel', text: 'frank, honest and substantive.' },
      { speaker: 'Charles Michel', text: 'We are going through one of the most comprehensive and vigorous stages of negotiations between Armenia and Azerbaijan,' },
      { speaker: 'Charles Michel', text: 'direct dialogue between Baku and representatives of Armenians living in the former Nagorno-Karabakh Autonomous Oblast.' },
    ],
    reported: [
      { speaker: null, from: 'No breakthrough was reported following', to: 'hosted by EU Council President Charles Michel.', optional: true, note: 'agentless "was reported"' },
      { speaker: 'Office of the Prime Minister of Armenia', from: 'Pashinyan’s office, in a statement, merely said', to: 'delimitating the Armenia-Azerbaijan border.', mixed: true },
      { speaker: 'Press Service of the President of Azerbaijan', from: 'A statement on the Azerbaijani presidential website reports', to: 'disarmament of illegal military units.' },
      { speaker: 'Charles Michel', text: 'Charles Michel’s, in a press briefing, described today’s meeting as “frank, honest and substantive.”', mixed: true },
      { speaker: 'Charles Michel', from: 'Regarding Karabakh, Michel said', to: 'Nagorno-Karabakh Autonomous Oblast.”', mixed: true },
      { speaker: 'Charles Michel', from: 'Michel said he intends to invite', to: 'next European Political Community Summit.' },
    ],
    contacts: [
      ...pairs(['Nikol Pashinyan', 'Ilham Aliyev', 'Charles Michel'], { kind: 'meeting', date: '2023-07-15', status: 'held', date_text: 'today’s meeting', evidence: 'today’s meeting in Brussels … hosted by EU Council President Charles Michel' }),
      ...pairs(['Nikol Pashinyan', 'Ilham Aliyev', 'Charles Michel'], { kind: 'meeting', date: null, status: 'planned', date_text: 'after the summer', evidence: 'intends to invite Pashinyan and Aliyev to another meeting in Brussels after the summer' }),
      ...cross(['Nikol Pashinyan', 'Ilham Aliyev'], ['Emmanuel Macron', 'Olaf Scholz'], { kind: 'meeting', date: null, status: 'planned', optional: true, date_text: 'the next European Political Community Summit', note: 'leaders of France and Germany (unnamed)' }),
      { a: 'Emmanuel Macron', b: 'Olaf Scholz', kind: 'meeting', date: null, status: 'planned', optional: true, note: 'leaders of France and Germany (unnamed)' },
    ],
    excluded: [],
  },

  dev063: {
    file: '063_almayadeen_munich_trilateral_scholz.txt',
    url: 'https://english.almayadeen.net/news/politics/azerbaijan--armenia--germany-convene-during-munich-conferenc',
    outlet: 'Al Mayadeen English',
    style: 'international press (Lebanese broadcaster, English site)',
    patterns: ['deck with final punctuation repeating the body (annotated)', 'news agency as speaker ("Azerbaijan’s State News Agency confirmed on Saturday that …", "According to the news agency")', 'three-party meeting "has kicked off" (Saturday = the article date)', 'an announcement by the Armenian government that … / “…,” it said in a statement (it = the government)', 'the German cabinet relayed that Scholz urged (person via organisation)', 'It added on behalf of Scholz that … “…” (It = the cabinet)', 'the federal chancellor (role inside a quotation)', 'sub-heading without punctuation', 'the Azerbaijani government questioned …, saying that there were "…" (mixed)'],
    actors: [
      { name: 'Ilham Aliyev', kind: P, role: 'President of Azerbaijan', surface: ['Azerbaijani President Ilham Aliyev', 'Aliyev'] },
      { name: 'Nikol Pashinyan', kind: P, role: 'Prime Minister of Armenia', surface: ['Armenian Prime Minister Nikol Pashinyan', 'Pashinyan'] },
      { name: 'Olaf Scholz', kind: P, role: 'Chancellor of Germany', surface: ['German Chancellor Olaf Scholz', 'Scholz', 'the federal chancellor'] },
      { name: 'Charles Michel', kind: P, role: 'President of the European Council', surface: ['European Council President Charles Michel'] },
      { name: 'AZERTAC', kind: O, role: 'Azerbaijani state news agency', media: true, surface: ['Azerbaijan\'s State News Agency', 'the news agency'] },
      { name: 'Government of Armenia', kind: O, role: null, surface: ['the Armenian government'] },
      { name: 'Government of Germany', kind: O, role: 'the German cabinet', surface: ['the German cabinet', 'the cabinet'] },
      { name: 'Government of Azerbaijan', kind: O, role: null, surface: ['the Azerbaijani government'] },
    ],
    quotes: [
      { speaker: 'Government of Armenia', from: 'A trilateral meeting of Pashinyan, Scholz and Aliyev took place', to: 'continue work on the peace treaty has been reached,', text: undefined },
      { speaker: 'Government of Germany', text: 'During these trilateral talks, the federal chancellor urged the early conclusion of the peace talks between the two countries,' },
      { speaker: 'Olaf Scholz', via: 'Government of Germany', text: 'in the best of their ability,' },
      { speaker: 'Government of Azerbaijan', text: 'serious concerns about the aims and purposes of this Mission' },
    ],
    reported: [
      { speaker: 'AZERTAC', text: 'Azerbaijan\'s State News Agency states that the trilateral meeting comes as an initiative of Scholz, marking the first meeting between Aliyev and Pashinyan this year.', note: 'deck with final punctuation' },
      { speaker: 'AZERTAC', from: 'Azerbaijan\'s State News Agency confirmed on Saturday', to: 'Munich Security Conference in Germany.' },
      { speaker: 'AZERTAC', text: 'According to the news agency, this comes as an initiative of Scholz, marking the first meeting between Aliyev and Pashinyan this year.' },
      { speaker: 'Government of Armenia', text: 'This also follows an announcement by the Armenian government that Scholz, Aliyev and Pashinyan agreed to work towards a peace agreement.' },
      { speaker: 'Olaf Scholz', via: 'Government of Germany', text: 'Simultaneously, the German cabinet relayed that Scholz urged to speed up the pace regarding peace talks between Armenia and Azerbaijan.' },
      { speaker: 'Olaf Scholz', via: 'Government of Germany', from: 'It added on behalf of Scholz', to: 'European Council President Charles Michel.', mixed: true },
      { speaker: 'Government of Azerbaijan', from: 'It is worth noting that earlier this week', to: 'sticking to its role.', mixed: true },
    ],
    contacts: [
      ...pairs(['Ilham Aliyev', 'Nikol Pashinyan', 'Olaf Scholz'], { kind: 'meeting', date: '2024-02-17', status: 'held', date_text: 'on Saturday', evidence: 'confirmed on Saturday that the trilateral meeting … has kicked off' }),
    ],
    excluded: [],
  },

  dev064: {
    file: '064_caucasuswatch_obrien_baku_visit.txt',
    url: 'https://caucasuswatch.de/en/news/us-assistant-secretary-of-state-james-obrien-visited-azerbaijan.html',
    outlet: 'Caucasus Watch',
    style: 'regional press (German-based Caucasus news site, English)',
    patterns: ['article date inferred (page undated; visit "On June 28")', 'sub-headings without punctuation ("Meeting with …")', 'two meetings on one day ("On the same day")', 'recalled a recent telephone conversation (past call, no day)', 'He = O’Brien, then He = Aliyev in the next paragraph', 'commended …, emphasizing … / recalled …, highlighting … (participle continuation)', 'collective: the parties also discussed …, emphasizing / They also noted (optional)', 'assured X of (reporting verb)'],
    actors: [
      { name: 'Ilham Aliyev', kind: P, role: 'President of Azerbaijan', surface: ['Ilham Aliyev', 'President Ilham Aliyev of Azerbaijan', 'President Aliyev', 'He'] },
      { name: 'James O\'Brien', kind: P, role: 'U.S. Assistant Secretary of State for European and Eurasian Affairs', surface: ['James O\'Brien', 'O\'Brien'] },
      { name: 'Antony Blinken', kind: P, role: 'U.S. Secretary of State', surface: ['US Secretary of State Antony Blinken', 'Secretary Blinken'] },
      { name: 'Jeyhun Bayramov', kind: P, role: 'Foreign Minister of Azerbaijan', surface: ['Jeyhun Bayramov', 'Foreign Minister Jeyhun Bayramov'] },
    ],
    quotes: [],
    reported: [
      { speaker: 'James O\'Brien', from: 'During the meeting, O\'Brien commended', to: 'readiness to support this process.' },
      { speaker: 'James O\'Brien', from: 'He underscored the importance of Azerbaijan-US cooperation', to: 'the Middle Corridor initiative.' },
      { speaker: 'Ilham Aliyev', from: 'President Aliyev recalled his recent telephone conversation', to: 'Azerbaijan and the United States.' },
      { speaker: 'Ilham Aliyev', from: 'He emphasized the longstanding and successful cooperation', to: 'since Azerbaijan\'s independence.' },
      { speaker: 'Ilham Aliyev', from: 'During their meeting, the parties also discussed', to: 'Azerbaijan and the United States.', after: 'He emphasized the longstanding', optional: true, note: 'collective "the parties"' },
      { speaker: 'Ilham Aliyev', from: 'They also noted the productive consultations', to: 'COP (Conference of the Parties).', optional: true, note: 'collective "They"' },
      { speaker: 'James O\'Brien', from: 'James O\'Brien assured President Aliyev', to: 'successful organization of COP29.' },
    ],
    contacts: [
      { a: 'Ilham Aliyev', b: 'James O\'Brien', kind: 'meeting', date: '2024-06-28', status: 'held', date_text: 'On June 28' },
      { a: 'Jeyhun Bayramov', b: 'James O\'Brien', kind: 'meeting', date: '2024-06-28', status: 'held', date_text: 'On the same day (June 28)' },
      { a: 'Ilham Aliyev', b: 'Antony Blinken', kind: 'call', date: null, status: 'held', date_text: 'recent', evidence: 'his recent telephone conversation with Secretary Blinken / the recent discussions between … Blinken and President Aliyev' },
    ],
    excluded: [],
  },

  dev065: {
    file: '065_bblv_putin_aliyev_dushanbe.txt',
    url: 'https://en.bb.lv/article/world-news/2025/10/09/first-meeting-of-the-year-between-putin-and-aliyev-russian-president-admits-russias-guilt-in-the-crash-of-azal-plane-72721/amp',
    outlet: 'bb.lv (Bizness & Baltija, English)',
    style: 'international press (Latvian Russian-language outlet, English edition), drawing on Interfax',
    patterns: ['no headline in the stored page', 'meeting "took place" with no day (the article date)', 'same pair: held today, planned ("he would meet"), last met "in October of last year", "briefly saw each other" in September (optional)', 'call "On October 7" (two days before), earlier call "in March"', 'As noted by Interfax, … "…" (agency as speaker, mixed)', 'According to official information (unnamed source, optional)', 'The Russian president claims (role)', 'the acknowledgment of … (nominal speech act, optional)', 'Azerbaijani authorities stated that … "…," but Russia officially did not acknowledge (negated second clause)'],
    actors: [
      { name: 'Vladimir Putin', kind: P, role: 'President of Russia', surface: ['Russian President Vladimir Putin', 'Putin', 'The Russian president', 'the Russian president', 'he'] },
      { name: 'Ilham Aliyev', kind: P, role: 'President of Azerbaijan', surface: ['Azerbaijani President Ilham Aliyev', 'Aliyev', 'the president of Azerbaijan'] },
      { name: 'Government of Azerbaijan', kind: O, role: null, surface: ['Azerbaijani authorities'] },
      { name: 'Interfax', kind: O, role: 'news agency', media: true, surface: ['Interfax'] },
    ],
    quotes: [
      { speaker: 'Interfax', text: 'briefly saw each other' },
      { speaker: 'Government of Azerbaijan', text: 'as a result of external influence,' },
    ],
    reported: [
      { speaker: 'Vladimir Putin', from: 'Putin began the meeting with what has long been demanded', to: 'in December of last year.', optional: true, note: 'nominal speech act ("the acknowledgment of …")' },
      { speaker: 'Vladimir Putin', text: 'The Russian president claims that two air defense missiles exploded a few meters from the plane.' },
      { speaker: null, from: 'It was also reported that in Dushanbe', to: 'the first since October of last year.', optional: true, note: 'agentless "It was reported"' },
      { speaker: 'Interfax', from: 'As noted by Interfax, in September', to: 'did not communicate fully at that time.', mixed: true },
      { speaker: null, text: 'According to official information, Putin and Aliyev have not spoken on the phone for a long time.', optional: true, anonymous: true, note: 'unnamed official source' },
      { speaker: 'Government of Azerbaijan', from: 'Azerbaijani authorities stated that the plane crashed', to: 'the crash of the airliner.', mixed: true },
    ],
    contacts: [
      { a: 'Vladimir Putin', b: 'Ilham Aliyev', kind: 'meeting', date: null, status: 'held', date_text: null, evidence: 'The first negotiations in a year between … took place in Dushanbe', note: 'no day in the text (the article date)' },
      { a: 'Vladimir Putin', b: 'Ilham Aliyev', kind: 'meeting', date: null, status: 'planned', optional: true, evidence: 'he would meet with the president of Azerbaijan', note: 'the same meeting, announced earlier' },
      { a: 'Vladimir Putin', b: 'Ilham Aliyev', kind: 'meeting', date: null, status: 'held', optional: true, date_text: 'October of last year', evidence: 'the first since October of last year / the last meeting between Putin and Aliyev' },
      { a: 'Vladimir Putin', b: 'Ilham Aliyev', kind: 'meeting', date: null, status: 'held', optional: true, date_text: 'in September of this year', evidence: 'briefly saw each other in China at the SCO summit', note: 'did not communicate fully' },
      { a: 'Ilham Aliyev', b: 'Vladimir Putin', kind: 'call', date: '2025-10-07', status: 'held', date_text: 'On October 7', evidence: 'Aliyev called the Russian president to congratulate him on his birthday' },
      { a: 'Ilham Aliyev', b: 'Vladimir Putin', kind: 'call', date: null, status: 'held', optional: true, date_text: 'in March', evidence: 'they last spoke in March' },
    ],
    excluded: [],
  },

  dev066: {
    file: '066_hyetert_no_document_brussels.txt',
    url: 'https://hyetert.org/2022/05/21/no-document-to-be-signed-during-pashinyan-aliyev-michel-meeting-in-brussels/',
    outlet: 'Hyetert (republishing Armenpress)',
    style: 'regional press (diaspora site relaying an agency interview)',
    patterns: ['upcoming three-party meeting with no day (planned, every pair)', 'X told Armenpress (agency interview)', 'He said … as “…” (mixed)', 'because, as he said “…” (quote inside a reported sentence)', 'speech act without content: addressed the criticism (optional)', 'quotation ending “….,” (period and comma inside the marks)'],
    actors: [
      { name: 'Nikol Pashinyan', kind: P, role: 'Prime Minister of Armenia', surface: ['Armenian Prime Minister Nikol Pashinyan'] },
      { name: 'Ilham Aliyev', kind: P, role: 'President of Azerbaijan', surface: ['Azerbaijani President Ilham Aliyev'] },
      { name: 'Charles Michel', kind: P, role: 'President of the European Council', surface: ['President of the European Council Charles Michel'] },
      { name: 'Armen Grigoryan', kind: P, role: 'Secretary of the Security Council of Armenia', surface: ['Secretary of the Security Council of Armenia Armen Grigoryan', 'Grigoryan', 'He', 'he'] },
      { name: 'Armenpress', kind: O, role: 'news agency', media: true, surface: ['Armenpress'] },
    ],
    quotes: [
      { speaker: 'Armen Grigoryan', text: 'the current agenda of our discussions with Azerbaijan is well known.' },
      { speaker: 'Armen Grigoryan', from: 'The topics include the points presented by us', to: 'discussed during the previous meetings,', text: undefined },
      { speaker: 'Armen Grigoryan', from: 'for example, a working group co-chaired', to: 'must continue in that format.', text: undefined },
      { speaker: 'Armen Grigoryan', from: 'The same can be said on other issues', to: 'results of the discussions.,', text: undefined },
    ],
    reported: [
      { speaker: 'Armen Grigoryan', from: 'No documents is expected to be signed', to: 'Armen Grigoryan told Armenpress.' },
      { speaker: 'Armen Grigoryan', text: 'Grigoryan also addressed the criticism on the agenda of the meeting being kept secret.', optional: true, note: 'speech act, content in the next sentence' },
      { speaker: 'Armen Grigoryan', from: 'He said the criticism is at least strange', to: 'is well known.”', mixed: true },
      { speaker: 'Armen Grigoryan', from: 'He said no documents will be signed during the meeting', to: 'must continue in that format.”', mixed: true },
    ],
    contacts: [
      ...pairs(['Nikol Pashinyan', 'Ilham Aliyev', 'Charles Michel'], { kind: 'meeting', date: null, status: 'planned', date_text: 'upcoming', evidence: 'the upcoming trilateral meeting between … in Brussels' }),
    ],
    excluded: [],
  },
};
