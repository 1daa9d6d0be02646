// Hand annotation of dev articles 001-017 (real news, Armenia–Azerbaijan peace process and Nagorno-Karabakh,
// 2019-2025). Items are anchored by their exact text (or by their first and last words, `from`/`to`);
// build-gold.mjs computes and verifies the offsets.
//
// Conventions applied throughout (beyond ANNOTATING.md):
// - "Source said that <person> said/pledged/confirmed …": the speaker is the person, `via` the source; when the
//   embedded speakers are coordinated ("Aliyev and Pashinian said"), the item is optional with the first party.
// - "Source said that <event> (met, agreed, rejected)": the speaker is the source.
// - Members of one mediating team (the OSCE Minsk Group co-chairs and the Personal Representative) do not
//   "meet" each other: their mutual pairs in a multi-party meeting are optional.
// - Headlines, decks and sub-headings without final punctuation are not annotated.
const P = 'person';
const O = 'org';

export default {
  dev001: {
    file: '001_azatutyun_fms_more_talks.txt',
    url: 'https://www.azatutyun.am/a/29697672.html',
    outlet: 'Azatutyun (RFE/RL Armenian Service)',
    style: 'regional press (RFE/RL report)',
    patterns: ['ministry said on Tuesday, then its spokeswoman quoted', 'quote with bracketed insertion [U.S., Russian and French]', 'According to the co-chairs, X and Y pledged to “…” (coordinated, via)', 'organisation as speaker: the mediating troika', 'one-word quote of two ministers (optional)', 'short quote in X said that … “…”', 'planned meeting later this month (no day)', 'the day before (relative to a past date)'],
    actors: [
      { name: 'Anna Naghdalyan', kind: P, role: 'Spokesperson, Ministry of Foreign Affairs of Armenia', surface: ['Anna Naghdalian', 'the ministry spokeswoman'] },
      { name: 'Ministry of Foreign Affairs of Armenia', kind: O, role: null, surface: ['the Armenian Foreign Ministry'] },
      { name: 'Zohrab Mnatsakanyan', kind: P, role: 'Foreign Minister of Armenia', surface: ['Foreign Minister Zohrab Mnatsakanian', 'Mnatsakanian'] },
      { name: 'Elmar Mammadyarov', kind: P, role: 'Foreign Minister of Azerbaijan', surface: ['his Azerbaijani counterpart Elmar Mammadyarov', 'Mammadyarov'] },
      { name: 'OSCE Minsk Group Co-Chairs', kind: O, role: 'mediators (U.S., Russia, France)', surface: ['co-chairs of the OSCE Minsk Group', 'the co-chairs', 'the mediating troika'] },
      { name: 'Nikol Pashinyan', kind: P, role: 'Prime Minister of Armenia', surface: ['Armenian Prime Minister Nikol Pashinian'] },
      { name: 'Ilham Aliyev', kind: P, role: 'President of Azerbaijan', surface: ['Azerbaijani President Ilham Aliyev'] },
      { name: 'Armenpress', kind: O, role: 'news agency', media: true, surface: ['the Armenpress news agency'] },
    ],
    quotes: [
      { speaker: 'Anna Naghdalyan', text: 'The [U.S., Russian and French] co-chairs of the OSCE Minsk Group have proposed a meeting of the foreign ministers in January,' },
      { speaker: 'Anna Naghdalyan', text: 'An announcement on the meeting will be made in a coordinated manner.' },
      { speaker: 'Zohrab Mnatsakanyan', text: 'work intensively to promote a peaceful resolution of the conflict and to further reduce tensions.', optional: true, note: 'the two ministers’ pledge in the co-chairs’ wording (coordinated speakers)' },
      { speaker: 'OSCE Minsk Group Co-Chairs', text: 'They agreed to meet again in early 2019 under the auspices of the OSCE Minsk Group Co-Chairs for this purpose and in order to facilitate high-level talks,' },
      { speaker: 'Zohrab Mnatsakanyan', text: 'useful.', optional: true, note: 'one word, "Both ministers described …" (coordinated)' },
      { speaker: 'Elmar Mammadyarov', text: 'mutual understanding' },
    ],
    reported: [
      { speaker: 'Ministry of Foreign Affairs of Armenia', from: 'International mediators are trying', to: 'the Armenian Foreign Ministry said on Tuesday.' },
      { speaker: 'Zohrab Mnatsakanyan', via: 'OSCE Minsk Group Co-Chairs', from: 'According to the co-chairs, at their most recent talks', to: 'further reduce tensions.”', mixed: true, optional: true, note: 'According to the co-chairs + coordinated subjects (Mnatsakanian and Mammadyarov pledged)' },
      { speaker: 'Zohrab Mnatsakanyan', text: 'Both ministers described the Milan meeting as “useful.”', mixed: true, optional: true, note: 'collective subject "Both ministers"' },
      { speaker: 'Elmar Mammadyarov', from: 'Mammadyarov said that it resulted', to: 'to the Nagorno-Karabakh conflict.', mixed: true },
    ],
    contacts: [
      { a: 'Zohrab Mnatsakanyan', b: 'Elmar Mammadyarov', kind: 'meeting', date: null, status: 'planned', date_text: 'later this month / in January', evidence: 'organize another meeting of Armenia’s and Azerbaijan’s foreign ministers later this month' },
      { a: 'Zohrab Mnatsakanyan', b: 'Elmar Mammadyarov', kind: 'meeting', date: '2018-12-05', status: 'held', date_text: 'on December 5', evidence: 'at their most recent talks held in Milan on December 5' },
      { a: 'Zohrab Mnatsakanyan', b: 'Elmar Mammadyarov', kind: 'meeting', date: null, status: 'held', optional: true, date_text: 'in the second half of 2018', note: 'three face-to-face meetings, summarised' },
      { a: 'Nikol Pashinyan', b: 'Ilham Aliyev', kind: 'meeting', date: '2018-12-06', status: 'held', date_text: 'the day before (after December 5)', evidence: 'spoke to each other at a summit of ex-Soviet states held in Russia' },
    ],
    excluded: [],
  },

  dev002: {
    file: '002_trend_cochairs_proposal.txt',
    url: 'https://en.trend.az/azerbaijan/karabakh/3027014.html',
    outlet: 'Trend',
    style: 'agency (Azerbaijani), statement relay',
    patterns: ['dateline alone on a line ("Baku, Azerbaijan, March 1")', 'organisation as speaker throughout (the Co-Chairs / reads the statement / says the statement)', 'multi-sentence quote in one pair of marks', 'They = the Co-Chairs', 'five-party meetings on two days (three co-chairs + Personal Representative + a leader)', 'past meeting "in January" (no day)', 'planned meeting "soon"'],
    actors: [
      { name: 'OSCE Minsk Group Co-Chairs', kind: O, role: 'mediators (U.S., Russia, France)', surface: ['the OSCE Minsk Group Co-Chairs', 'The Co-Chairs of the OSCE Minsk Group', 'The Co-Chairs', 'They', 'Minsk Group Co-Chairs'] },
      { name: 'Igor Popov', kind: P, role: 'OSCE Minsk Group Co-Chair (Russia)', surface: ['Igor Popov'] },
      { name: 'Stéphane Visconti', kind: P, role: 'OSCE Minsk Group Co-Chair (France)', surface: ['Stephane Visconti'] },
      { name: 'Andrew Schofer', kind: P, role: 'OSCE Minsk Group Co-Chair (United States)', surface: ['Andrew Schofer'] },
      { name: 'Andrzej Kasprzyk', kind: P, role: 'Personal Representative of the OSCE Chairperson-in-Office', surface: ['the Personal Representative of the OSCE Chairperson-in-Office Andrzej Kasprzyk'] },
      { name: 'Nikol Pashinyan', kind: P, role: 'Prime Minister of Armenia', surface: ['Armenian Prime Minister Nikol Pashinyan'] },
      { name: 'Ilham Aliyev', kind: P, role: 'President of Azerbaijan', surface: ['Azerbaijani President Ilham Aliyev'] },
      { name: 'Trend', kind: O, role: 'news agency', media: true, surface: ['Trend'] },
    ],
    quotes: [
      { speaker: 'OSCE Minsk Group Co-Chairs', text: 'The Co-Chairs also held discussions with the foreign ministers of Armenia and Azerbaijan in their respective capitals,' },
      { speaker: 'OSCE Minsk Group Co-Chairs', from: 'The Co-Chairs were joined by', to: 'their expectations for next steps.', text: undefined },
      { speaker: 'OSCE Minsk Group Co-Chairs', text: 'The leaders accepted the Minsk Group Co-Chairs’ proposal to meet soon under their auspices,' },
    ],
    reported: [
      { speaker: 'OSCE Minsk Group Co-Chairs', from: 'The leaders of Azerbaijan and Armenia accepted', to: 'statement by the OSCE Minsk Group Co-Chairs.', note: 'an acceptance reported with reference to the statement: the statement’s authors speak' },
      { speaker: 'OSCE Minsk Group Co-Chairs', from: 'The Co-Chairs of the OSCE Minsk Group (Igor Popov', to: 'according to the statement.' },
      { speaker: 'OSCE Minsk Group Co-Chairs', text: 'The Co-Chairs assessed positively the continuing lack of casualties on the line of contact.' },
      { speaker: 'OSCE Minsk Group Co-Chairs', text: 'They also welcomed the developing discussions in the region about preparing populations for peace.' },
    ],
    contacts: [
      { a: 'Igor Popov', b: 'Nikol Pashinyan', kind: 'meeting', date: '2019-02-20', status: 'held', date_text: 'Feb. 20' },
      { a: 'Stéphane Visconti', b: 'Nikol Pashinyan', kind: 'meeting', date: '2019-02-20', status: 'held', date_text: 'Feb. 20' },
      { a: 'Andrew Schofer', b: 'Nikol Pashinyan', kind: 'meeting', date: '2019-02-20', status: 'held', date_text: 'Feb. 20' },
      { a: 'Andrzej Kasprzyk', b: 'Nikol Pashinyan', kind: 'meeting', date: '2019-02-20', status: 'held', date_text: 'Feb. 20', note: 'The Co-Chairs were joined by the Personal Representative' },
      { a: 'Igor Popov', b: 'Ilham Aliyev', kind: 'meeting', date: '2019-02-21', status: 'held', date_text: 'Feb. 21' },
      { a: 'Stéphane Visconti', b: 'Ilham Aliyev', kind: 'meeting', date: '2019-02-21', status: 'held', date_text: 'Feb. 21' },
      { a: 'Andrew Schofer', b: 'Ilham Aliyev', kind: 'meeting', date: '2019-02-21', status: 'held', date_text: 'Feb. 21' },
      { a: 'Andrzej Kasprzyk', b: 'Ilham Aliyev', kind: 'meeting', date: '2019-02-21', status: 'held', date_text: 'Feb. 21' },
      { a: 'Igor Popov', b: 'Stéphane Visconti', kind: 'meeting', date: null, status: 'held', optional: true, note: 'members of the same mediating team' },
      { a: 'Igor Popov', b: 'Andrew Schofer', kind: 'meeting', date: null, status: 'held', optional: true, note: 'members of the same mediating team' },
      { a: 'Stéphane Visconti', b: 'Andrew Schofer', kind: 'meeting', date: null, status: 'held', optional: true, note: 'members of the same mediating team' },
      { a: 'Nikol Pashinyan', b: 'Ilham Aliyev', kind: 'meeting', date: null, status: 'held', date_text: 'in January', evidence: 'their recent conversation on the margins of the World Economic Forum in Davos in January' },
      { a: 'Nikol Pashinyan', b: 'Ilham Aliyev', kind: 'meeting', date: null, status: 'planned', date_text: 'soon', evidence: 'accepted the OSCE Minsk Group Co-Chairs’ proposal to meet soon' },
    ],
    excluded: [],
  },

  dev003: {
    file: '003_asbarez_moscow_fms_meeting.txt',
    url: 'http://www.armenia.com.au/news/Armenia-News/English/63618/Mnatsakanyan--Mammadyarov-Meet-in-Moscow',
    outlet: 'Asbarez (republished by Armenia.com.au)',
    style: 'regional press (diaspora)',
    patterns: ['seven-party meeting (three ministers, three co-chairs, Personal Representative): every pair', 'people named by office ("their Russian counterpart Sergei Lavrov")', 'stray space before comma', 'agentless readout sentences', 'joint-statement quotation that continues into the next paragraph without a new mark (unclosed)', 'past summit "March 29" mentioned twice'],
    actors: [
      { name: 'Zohrab Mnatsakanyan', kind: P, role: 'Foreign Minister of Armenia', surface: ['Zohrab Mnatsakanyan'] },
      { name: 'Elmar Mammadyarov', kind: P, role: 'Foreign Minister of Azerbaijan', surface: ['Elmar Mammadyarov'] },
      { name: 'Sergey Lavrov', kind: P, role: 'Foreign Minister of Russia', surface: ['their Russian counterpart Sergei Lavrov'] },
      { name: 'Igor Popov', kind: P, role: 'OSCE Minsk Group Co-Chair (Russia)', surface: ['Igor Popov'] },
      { name: 'Stéphane Visconti', kind: P, role: 'OSCE Minsk Group Co-Chair (France)', surface: ['Stéphane Visconti'] },
      { name: 'Andrew Schofer', kind: P, role: 'OSCE Minsk Group Co-Chair (United States)', surface: ['Andrew Schofer'] },
      { name: 'Andrzej Kasprzyk', kind: P, role: 'Personal Representative of the OSCE Chairperson-in-Office', surface: ['Andrzej Kasprzyk'] },
      { name: 'Nikol Pashinyan', kind: P, role: 'Prime Minister of Armenia', surface: ['Prime Minister Nikol Pashinyan', 'Armenian Prime Minister Nikol Pashinyan'] },
      { name: 'Ilham Aliyev', kind: P, role: 'President of Azerbaijan', surface: ['Azerbaijani President Ilham Aliyev'] },
      { name: 'Ministry of Foreign Affairs of Armenia', kind: O, role: null, surface: ['the Armenian foreign ministry'] },
    ],
    quotes: [
      { speaker: 'Zohrab Mnatsakanyan', from: 'As a development to the agreements', to: 'fundamental issues of resolution took place.', unclosed: true, optional: true, note: 'text of the joint statement of the meeting’s participants (collective), introduced by the Armenian foreign ministry; the quotation runs on into the next paragraph, which is not reopened' },
    ],
    reported: [
      { speaker: 'Ministry of Foreign Affairs of Armenia', from: 'An exchange of ideas took place', to: 'in the humanitarian sector.', optional: true, note: 'agentless readout, attributed by the ministry in the next sentence' },
      { speaker: 'Ministry of Foreign Affairs of Armenia', text: 'A joint statement was adopted with the results of the meeting, the Armenian foreign ministry said.' },
      { speaker: 'Zohrab Mnatsakanyan', from: 'The Armenian and Azerbaijani foreign ministers reiterated', to: 'through political-diplomatic means.', optional: true, note: 'coordinated subjects, inside the continuing joint statement' },
      { speaker: null, from: 'The interest in the direction of further stabilization', to: 'period of agricultural works.', optional: true, note: 'agentless passive' },
    ],
    contacts: [
      ...all(['Zohrab Mnatsakanyan', 'Elmar Mammadyarov', 'Sergey Lavrov'], { kind: 'meeting', date: '2019-04-15', status: 'held', date_text: 'on Monday' }),
      ...cross(['Zohrab Mnatsakanyan', 'Elmar Mammadyarov', 'Sergey Lavrov'], ['Igor Popov', 'Stéphane Visconti', 'Andrew Schofer', 'Andrzej Kasprzyk'], { kind: 'meeting', date: '2019-04-15', status: 'held', date_text: 'on Monday' }),
      ...all(['Igor Popov', 'Stéphane Visconti', 'Andrew Schofer', 'Andrzej Kasprzyk'], { kind: 'meeting', date: '2019-04-15', status: 'held', date_text: 'on Monday', optional: true, note: 'members of the same mediating team' }),
      { a: 'Nikol Pashinyan', b: 'Ilham Aliyev', kind: 'meeting', date: '2019-03-29', status: 'held', date_text: 'March 29', evidence: 'a March 29 summit in Vienna' },
    ],
    excluded: [],
  },

  dev004: {
    file: '004_armenpress_lavrov_calls_ceasefire.txt',
    url: 'https://armenpress.am/eng/news/1031183/',
    outlet: 'Armenpress',
    style: 'agency (Armenian), 2020 war',
    patterns: ['ARMENPRESS dateline', 'collective subjects: the Foreign Ministers of Armenia, Russia and Azerbaijan / the sides / the FMs (optional)', 'X reports the website of Y informs (double attribution)', 'calls and an earlier three-way meeting with the same pairs', 'de facto authority as speaker (Artsakh)', 'one sentence with two speakers (Aliyev announced …, debunked by Artsakh as “…”)'],
    actors: [
      { name: 'Sergey Lavrov', kind: P, role: 'Foreign Minister of Russia', surface: ['Russian Foreign Minister Sergey Lavrov'] },
      { name: 'Zohrab Mnatsakanyan', kind: P, role: 'Foreign Minister of Armenia', surface: ['Armenian FM Zohrab Mnatsakanyan'] },
      { name: 'Jeyhun Bayramov', kind: P, role: 'Foreign Minister of Azerbaijan', surface: ['Azerbaijani FM Jeyhun Bairamov'] },
      { name: 'Arayik Harutyunyan', kind: P, role: 'President of the (de facto) Nagorno-Karabakh Republic', surface: ['President of Artsakh Arayik Harutyunyan'] },
      { name: 'Ilham Aliyev', kind: P, role: 'President of Azerbaijan', surface: ['Aliyev'] },
      { name: 'Ministry of Foreign Affairs of Russia', kind: O, role: null, surface: ['the Russian MFA'] },
      { name: 'Government of Artsakh', kind: O, role: 'de facto authorities of Nagorno-Karabakh', surface: ['Artsakh'] },
      { name: 'Armenpress', kind: O, role: 'news agency', media: true, surface: ['ARMENPRESS'] },
    ],
    quotes: [
      { speaker: 'Government of Artsakh', text: 'total lie.' },
    ],
    reported: [
      { speaker: 'Zohrab Mnatsakanyan', via: 'Ministry of Foreign Affairs of Russia', from: 'The Foreign Ministers of Armenia, Russia and Azerbaijan have emphasized', to: 'the Russian MFA informs.', optional: true, note: 'collective subject; source is the Russian MFA website' },
      { speaker: 'Sergey Lavrov', from: 'During the conversations the sides reaffirmed', to: 'necessity to respect the agreement.', optional: true, note: 'collective "the sides" (Lavrov and each counterpart)' },
      { speaker: 'Zohrab Mnatsakanyan', from: 'The Armenian, Russian and Azerbaijani FMs announced', to: 'under the mediation of the ICRC.', optional: true, note: 'collective subject' },
      { speaker: 'Arayik Harutyunyan', from: 'Later, President of Artsakh Arayik Harutyunyan informed', to: 'full control of the Defense Army.' },
      { speaker: 'Ilham Aliyev', from: 'On October 9, Aliyev had announced', to: 'as a “total lie.”', mixed: true, note: 'the quoted words are Artsakh’s, not Aliyev’s' },
    ],
    contacts: [
      { a: 'Sergey Lavrov', b: 'Zohrab Mnatsakanyan', kind: 'call', date: '2020-10-10', status: 'held', date_text: 'On October 10' },
      { a: 'Sergey Lavrov', b: 'Jeyhun Bayramov', kind: 'call', date: '2020-10-10', status: 'held', date_text: 'On October 10' },
      { a: 'Sergey Lavrov', b: 'Zohrab Mnatsakanyan', kind: 'meeting', date: '2020-10-09', status: 'held', date_text: 'on October 9', evidence: 'during the meeting of the 3 FMs' },
      { a: 'Sergey Lavrov', b: 'Jeyhun Bayramov', kind: 'meeting', date: '2020-10-09', status: 'held', date_text: 'on October 9' },
      { a: 'Zohrab Mnatsakanyan', b: 'Jeyhun Bayramov', kind: 'meeting', date: '2020-10-09', status: 'held', date_text: 'on October 9' },
    ],
    excluded: [],
  },

  dev005: {
    file: '005_tass_hunanyan_no_meeting.txt',
    url: 'http://tass.com/world/1353313',
    outlet: 'TASS',
    style: 'wire (Russian agency), English service',
    patterns: ['headline and deck repeat a body sentence ("According to the diplomat, …" twice)', 'TASS dateline', 'X wrote on his Facebook account', 'he noted / he stressed / the diplomat', 'According to X, “…” (frame only: optional reported)', 'reported speech of a third person inside a quotation', 'negated meeting (not planned): no contact', 'background: signed joint statement (optional "other" contacts)'],
    actors: [
      { name: 'Vahan Hunanyan', kind: P, role: 'Spokesperson, Ministry of Foreign Affairs of Armenia', surface: ['Armenian Foreign Ministry Spokesman Vahan Hunanyan', 'he', 'the diplomat'] },
      { name: 'Ministry of Foreign Affairs of Armenia', kind: O, role: null, surface: ['Armenian Foreign Ministry'] },
      { name: 'Nikol Pashinyan', kind: P, role: 'Prime Minister of Armenia', surface: ['Armenian Prime Minister Nikol Pashinyan', 'the Armenian prime minister', 'Pashinyan'] },
      { name: 'Ilham Aliyev', kind: P, role: 'President of Azerbaijan', surface: ['Azerbaijan’s President Ilham Aliyev', 'the president of Azerbaijan', 'Azerbaijani President Ilham Aliyev'] },
      { name: 'Vladimir Putin', kind: P, role: 'President of Russia', surface: ['Russian President Vladimir Putin'] },
    ],
    quotes: [
      { speaker: 'Vahan Hunanyan', text: 'the rumors spread by certain quarters on this topic are obviously provocative and false', nth: 0, note: 'in the deck under the headline' },
      { speaker: 'Vahan Hunanyan', from: 'I would like to emphasize that at the moment', to: 'which are being negotiated,', text: undefined },
      { speaker: 'Vahan Hunanyan', text: 'the rumors spread by certain quarters on this topic are obviously provocative and false.' },
      { speaker: 'Vahan Hunanyan', from: 'Pashinyan has reiterated that Armenia is ready', to: 'OSCE Minsk Group Co-Chairs.', text: undefined, note: 'contains reported speech of Pashinyan' },
    ],
    reported: [
      { speaker: 'Vahan Hunanyan', from: 'According to the diplomat, "the rumors', to: 'provocative and false"', nth: 0, optional: true, mixed: true, note: 'deck; According to X + quotation only' },
      { speaker: 'Vahan Hunanyan', from: 'Armenian Prime Minister Nikol Pashinyan’s meeting', to: 'on his Facebook account on Saturday.', note: 'after the TASS dateline' },
      { speaker: 'Vahan Hunanyan', from: 'According to the diplomat, "the rumors', to: 'provocative and false."', nth: 1, optional: true, mixed: true, note: 'According to X + quotation only' },
      { speaker: null, from: 'The highland region of Nagorno-Karabakh has been disputed', to: 'Azerbaijan Soviet Socialist Republic.', optional: true, note: 'historical declaration by "the region"' },
      { speaker: 'Vladimir Putin', from: 'According to the statement, the Azerbaijani and Armenian sides', to: 'certain districts to Azerbaijan.', optional: true, note: 'According to the joint statement of three leaders (collective)' },
    ],
    contacts: [
      { a: 'Vladimir Putin', b: 'Ilham Aliyev', kind: 'other', date: '2020-11-09', status: 'held', optional: true, date_text: 'On November 9, 2020', note: 'signed a joint statement (not a meeting)' },
      { a: 'Vladimir Putin', b: 'Nikol Pashinyan', kind: 'other', date: '2020-11-09', status: 'held', optional: true, date_text: 'On November 9, 2020' },
      { a: 'Ilham Aliyev', b: 'Nikol Pashinyan', kind: 'other', date: '2020-11-09', status: 'held', optional: true, date_text: 'On November 9, 2020' },
    ],
    excluded: [],
  },

  dev006: {
    file: '006_azvision_deputy_pms_moscow.txt',
    url: 'https://en.azvision.az/news/164061/news.html',
    outlet: 'AzVision',
    style: 'agency-style readout relay (Azerbaijani)',
    patterns: ['three co-chairs of a working group (all pairs)', 'X reports citing the website of the Russian government (organisation as speaker)', 'The parties noted / were discussed / It is noted that / The Azerbaijani and Armenian sides expressed (collective and agentless, optional)', 'Vice Prime Minister vs Deputy Prime Minister', 'On December 6 in a December 7 article'],
    actors: [
      { name: 'Shahin Mustafayev', kind: P, role: 'Deputy Prime Minister of Azerbaijan', surface: ['Deputy Prime Minister of the Republic of Azerbaijan Shahin Mustafayev'] },
      { name: 'Mher Grigoryan', kind: P, role: 'Deputy Prime Minister of Armenia', surface: ['Vice Prime Minister of the Republic of Armenia Mher Grigoryan'] },
      { name: 'Alexei Overchuk', kind: P, role: 'Deputy Prime Minister of Russia', surface: ['Deputy Prime Minister of the Russian Federation Alexey Overchuk'] },
      { name: 'Government of Russia', kind: O, role: null, surface: ['the Russian government'] },
      { name: 'AzVision', kind: O, role: 'news site', media: true, surface: ['AzVision.az'] },
    ],
    quotes: [],
    reported: [
      { speaker: 'Government of Russia', from: 'On December 6, the 11th meeting', to: 'citing the website of the Russian government.', note: 'a meeting reported by the Russian government’s website' },
      { speaker: 'Shahin Mustafayev', from: 'The parties noted the positive role of Russia', to: 'transport links between them.', optional: true, note: 'collective "the parties"' },
      { speaker: null, from: 'During the meeting, issues of the construction', to: 'in the region were discussed.', optional: true, note: 'agentless' },
      { speaker: null, from: 'It is noted that the parties will continue', to: 'economic ties in the region.', optional: true, note: 'agentless; the Russian government’s report' },
      { speaker: 'Shahin Mustafayev', from: 'The Azerbaijani and Armenian sides expressed their gratitude', to: 'organization of the meeting and hospitality.', optional: true, note: 'coordinated collective' },
    ],
    contacts: [
      { a: 'Shahin Mustafayev', b: 'Mher Grigoryan', kind: 'meeting', date: '2022-12-06', status: 'held', date_text: 'On December 6' },
      { a: 'Shahin Mustafayev', b: 'Alexei Overchuk', kind: 'meeting', date: '2022-12-06', status: 'held', date_text: 'On December 6' },
      { a: 'Mher Grigoryan', b: 'Alexei Overchuk', kind: 'meeting', date: '2022-12-06', status: 'held', date_text: 'On December 6' },
    ],
    excluded: [],
  },

  dev007: {
    file: '007_azatutyun_sochi_summit.txt',
    url: 'https://azatutyun.am/amp/32109453.html',
    outlet: 'Azatutyun (RFE/RL Armenian Service)',
    style: 'regional press (RFE/RL report)',
    patterns: ['trilateral summit hosted by Putin (three pairs) "on Monday" in a Monday article', 'Putin said that … “…” because it created a “…” (two fragments)', 'two quotations after one frame ("he said … “…”")', 'he added without elaborating', 'joint statement: coordinated speakers (optional) and "said the statement"', 'capital as speaker: Moscow … saying that it is aimed at “…”', 'one-word quote “actively” (optional)', 'negation: Neither … made public statements'],
    actors: [
      { name: 'Vladimir Putin', kind: P, role: 'President of Russia', surface: ['Russian President Vladimir Putin', 'Putin', 'he'] },
      { name: 'Nikol Pashinyan', kind: P, role: 'Prime Minister of Armenia', surface: ['Armenian Prime Minister Nikol Pashinian', 'Pashinian'] },
      { name: 'Ilham Aliyev', kind: P, role: 'President of Azerbaijan', surface: ['Azerbaijani President Ilham Aliyev', 'Aliyev'] },
      { name: 'Government of Russia', kind: O, role: null, surface: ['Moscow'] },
    ],
    quotes: [
      { speaker: 'Nikol Pashinyan', text: 'actively', optional: true, note: 'one word from the leaders’ joint statement (collective)' },
      { speaker: 'Vladimir Putin', text: 'very useful' },
      { speaker: 'Vladimir Putin', text: 'very good atmosphere for possible future agreements on some key issues.' },
      { speaker: 'Vladimir Putin', text: 'Today we agreed on a joint statement,' },
      { speaker: 'Vladimir Putin', text: 'I must say frankly that not everything was agreed.' },
      { speaker: 'Vladimir Putin', text: 'Some things had to be taken out of the text worked out beforehand at the level of experts,' },
      { speaker: 'Ilham Aliyev', from: 'agreed to refrain from the use of force', to: 'inviolability of borders.', text: undefined, optional: true, note: 'joint statement, coordinated speakers "Aliyev and Pashinian said"' },
      { speaker: 'Vladimir Putin', text: 'On the basis of existing proposals, it was agreed to continue the search for mutually acceptable solutions,', optional: true, note: '"said the statement": the trilateral joint statement (collective)' },
      { speaker: 'Vladimir Putin', text: 'The Russian Federation will render all possible assistance to this.', optional: true, note: 'trilateral joint statement (collective)' },
      { speaker: 'Government of Russia', text: 'squeezing Russia out of the South Caucasus.' },
    ],
    reported: [
      { speaker: 'Nikol Pashinyan', from: 'The leaders of Armenia and Azerbaijan pledged', to: 'Russian President Vladimir Putin on Monday.', mixed: true, optional: true, note: 'collective subject' },
      { speaker: 'Vladimir Putin', from: 'Putin said that his trilateral meeting', to: 'agreements on some key issues.”', mixed: true },
      { speaker: 'Ilham Aliyev', from: 'In that statement, Aliyev and Pashinian said', to: 'inviolability of borders.”', mixed: true, optional: true, note: 'coordinated subjects' },
      { speaker: 'Government of Russia', from: 'Moscow has been very critical', to: 'out of the South Caucasus.”', mixed: true },
    ],
    contacts: [
      { a: 'Vladimir Putin', b: 'Nikol Pashinyan', kind: 'meeting', date: '2022-10-31', status: 'held', date_text: 'on Monday' },
      { a: 'Vladimir Putin', b: 'Ilham Aliyev', kind: 'meeting', date: '2022-10-31', status: 'held', date_text: 'on Monday' },
      { a: 'Nikol Pashinyan', b: 'Ilham Aliyev', kind: 'meeting', date: '2022-10-31', status: 'held', date_text: 'on Monday' },
    ],
    excluded: [],
  },

  dev008: {
    file: '008_newsam_lavrov_bayramov_trilateral.txt',
    url: 'https://news.am/eng/news/760819.html',
    outlet: 'News.am',
    style: 'regional press (Armenian), relay of a Russian MFA release',
    patterns: ['content sentence first, speaker in the next sentence ("This was announced by …")', 'the Russian FM / Lavrov alternating after straight-quoted paragraphs', 'people named by office only: "our Armenian colleague", "the foreign ministers of Russia, Armenia, and Azerbaijan"', 'bracketed first names: Presidents [Vladimir] Putin and [Ilham] Aliyev', 'bilateral meeting held and trilateral planned the same day', 'planned contacts between leaders (no day)'],
    actors: [
      { name: 'Sergey Lavrov', kind: P, role: 'Foreign Minister of Russia', surface: ['Russian Foreign Minister Sergey Lavrov', 'the Russian FM', 'Lavrov'] },
      { name: 'Jeyhun Bayramov', kind: P, role: 'Foreign Minister of Azerbaijan', surface: ['his Azerbaijani counterpart, Jeyhun Bayramov'] },
      { name: 'Ararat Mirzoyan', kind: P, role: 'Foreign Minister of Armenia', surface: ['our Armenian colleague'], note: 'named only by office' },
      { name: 'Vladimir Putin', kind: P, role: 'President of Russia', surface: ['[Vladimir] Putin'] },
      { name: 'Ilham Aliyev', kind: P, role: 'President of Azerbaijan', surface: ['[Ilham] Aliyev'] },
      { name: 'Ministry of Foreign Affairs of Russia', kind: O, role: null, surface: ['the press service of the Russian foreign ministry'] },
    ],
    quotes: [
      { speaker: 'Sergey Lavrov', from: 'It is a good opportunity to take advantage', to: 'Putin and [Ilham] Aliyev,', text: undefined },
      { speaker: 'Sergey Lavrov', from: 'One of the latest interesting projects', to: 'agreed upon at the upcoming meeting,', text: undefined },
      { speaker: 'Sergey Lavrov', from: 'Our trade is booming', to: 'scheduled for the second half of the day,', text: undefined },
    ],
    reported: [
      { speaker: 'Sergey Lavrov', text: 'The trilateral meeting between the foreign ministers of Russia, Armenia, and Azerbaijan will take place in Moscow in the second half of the day.', note: 'speaker named in the next sentence ("This was announced by …")' },
      { speaker: 'Sergey Lavrov', from: 'This was announced by Russian Foreign Minister', to: 'press service of the Russian foreign ministry.' },
    ],
    contacts: [
      { a: 'Sergey Lavrov', b: 'Jeyhun Bayramov', kind: 'meeting', date: '2023-05-19', status: 'held', date_text: 'Friday’s meeting' },
      { a: 'Sergey Lavrov', b: 'Ararat Mirzoyan', kind: 'meeting', date: '2023-05-19', status: 'planned', date_text: 'in the second half of the day' },
      { a: 'Jeyhun Bayramov', b: 'Ararat Mirzoyan', kind: 'meeting', date: '2023-05-19', status: 'planned', date_text: 'in the second half of the day' },
      { a: 'Sergey Lavrov', b: 'Jeyhun Bayramov', kind: 'meeting', date: '2023-05-19', status: 'planned', optional: true, note: 'same pair as the bilateral meeting held that morning' },
      { a: 'Vladimir Putin', b: 'Ilham Aliyev', kind: 'meeting', date: null, status: 'planned', evidence: 'the planned contacts between the leaders of Russia and Azerbaijan' },
      { a: 'Vladimir Putin', b: 'Ilham Aliyev', kind: 'meeting', date: null, status: 'held', optional: true, evidence: 'Our leaders have discussed it among themselves' },
    ],
    excluded: [],
  },

  dev009: {
    file: '009_ifpnews_erdogan_aliyev_pashinyan.txt',
    url: 'https://ifpnews.com/erdogan-aliyev-azerbaijan-armenia-relations/',
    outlet: 'IFP News',
    style: 'international press (Iran Front Page media wire)',
    patterns: ['press service as speaker of a quote relayed by "Azerbaijani media"', 'two stories in one item (Meanwhile, …)', 'he stated / According to the prime minister / Pashinyan added / The Armenian prime minister also noted', 'quote closing before the period (“…”.)', 'meeting with no day'],
    actors: [
      { name: 'Ilham Aliyev', kind: P, role: 'President of Azerbaijan', surface: ['President of the Republic of Azerbaijan Ilham Aliyev', 'Ilham Aliyev'] },
      { name: 'Recep Tayyip Erdoğan', kind: P, role: 'President of Turkey', surface: ['Turkish President Recep Tayyip Erdogan', 'Recep Tayyip Erdogan'] },
      { name: 'Nikol Pashinyan', kind: P, role: 'Prime Minister of Armenia', surface: ['Armenian Prime Minister Nikol Pashinyan', 'he', 'the prime minister', 'Pashinyan', 'The Armenian prime minister'] },
      { name: 'Press Service of the President of Azerbaijan', kind: O, role: null, surface: ['the press service of the president of Azerbaijan'] },
    ],
    quotes: [
      { speaker: 'Press Service of the President of Azerbaijan', from: 'During the meeting in Ankara', to: 'between Baku and Yerevan,', text: undefined, note: 'relayed by "Azerbaijani media … citing the press service"' },
      { speaker: 'Nikol Pashinyan', text: 'We can see Azerbaijan taking specific steps aimed at a military escalation on the line of contact with Nagorno-Karabakh,' },
      { speaker: 'Nikol Pashinyan', text: 'I have ordered the Foreign Ministry to activate these mechanisms through the UN,' },
      { speaker: 'Nikol Pashinyan', text: 'claiming that the Armenian army was present there, which is untrue' },
    ],
    reported: [
      { speaker: 'Ilham Aliyev', from: 'President of the Republic of Azerbaijan Ilham Aliyev has held a meeting', to: 'normalization of Armenian-Azerbaijani ties.', optional: true, note: 'discussing: collective, no content beyond the topic' },
      { speaker: 'Nikol Pashinyan', from: 'Meanwhile, Armenian Prime Minister Nikol Pashinyan said', to: 'line of contact in Nagorno-Karabakh.' },
      { speaker: 'Nikol Pashinyan', from: 'According to the prime minister', to: 'against Armenians in Nagorno-Karabakh.' },
      { speaker: 'Nikol Pashinyan', from: 'The Armenian prime minister also noted', to: 'which is untrue”.', mixed: true },
    ],
    contacts: [
      { a: 'Ilham Aliyev', b: 'Recep Tayyip Erdoğan', kind: 'meeting', date: null, status: 'held', date_text: null, evidence: 'has held a meeting with Turkish President Recep Tayyip Erdogan in Ankara', note: 'no day in the text' },
    ],
    excluded: [],
  },

  dev010: {
    file: '010_apa_bayramov_kim_call.txt',
    url: 'https://apa.az/en/foreign-policy/azerbaijani-foreign-minister-jeyhun-bayramov-holds-phone-call-with-us-deputy-secretary-of-state-411292',
    outlet: 'APA',
    style: 'agency (Azerbaijani), ministry readout relay',
    patterns: ['ministry told APA (organisation as speaker of the call)', 'agentless: were discussed / It is emphasized that / It is reported that (optional, implicit minister)', 'participle clause before the verb (providing comprehensive information …, emphasized that)', 'straight-quoted scare terms (excluded)', 'call dated in the body'],
    actors: [
      { name: 'Jeyhun Bayramov', kind: P, role: 'Foreign Minister of Azerbaijan', surface: ['Jeyhun Bayramov', 'Minister Jeyhun Bayramov'] },
      { name: 'Yuri Kim', kind: P, role: 'Deputy Assistant Secretary for European and Eurasian Affairs, U.S. Department of State', surface: ['Yuri Kim'] },
      { name: 'Ministry of Foreign Affairs of Azerbaijan', kind: O, role: null, surface: ['the Azerbaijani Foreign Ministry'] },
      { name: 'APA', kind: O, role: 'news agency', media: true, surface: ['APA'] },
    ],
    quotes: [],
    reported: [
      { speaker: 'Ministry of Foreign Affairs of Azerbaijan', from: 'On September 7, 2023, a telephone conversation took place', to: 'the Azerbaijani Foreign Ministry told APA.' },
      { speaker: 'Jeyhun Bayramov', from: 'During the telephone conversation, mutual', to: 'between Azerbaijan and Armenia were discussed.', optional: true, note: 'agentless, topics only' },
      { speaker: 'Jeyhun Bayramov', from: 'Minister Jeyhun Bayramov, providing comprehensive information', to: 'misleading the international community.' },
      { speaker: 'Jeyhun Bayramov', from: 'It is emphasized that the unwarranted claims', to: 'Karabakh region into our society.', optional: true, implicit_speaker: true, note: 'agentless passive continuing the minister’s position' },
      { speaker: 'Jeyhun Bayramov', from: 'It is reported that the situation, created by Armenia', to: 'rather a political manipulation.', optional: true, implicit_speaker: true, note: 'agentless passive' },
    ],
    contacts: [
      { a: 'Jeyhun Bayramov', b: 'Yuri Kim', kind: 'call', date: '2023-09-07', status: 'held', date_text: 'On September 7, 2023' },
    ],
    excluded: [
      { text: 'difficult humanitarian situation', reason: 'scare quotes (claims the minister rejects)' },
      { text: 'blockade', reason: 'scare quotes' },
    ],
  },

  dev011: {
    file: '011_tass_putin_pashinyan_call.txt',
    url: 'https://tass.com/russia/1678125',
    outlet: 'TASS',
    style: 'wire (Russian agency), Kremlin readout relay, 2023 offensive',
    patterns: ['deck without final punctuation repeats the last sentence (not annotated)', 'the Kremlin as speaker of readout quotations', '“…,” the Kremlin said, adding that “…”', 'According to the Kremlin report, “…” (frame only, optional)', 'Putin expressed hope …, the Kremlin said (person via organisation)', 'call with no day (dateline date)', 'planned talks between capitals (Baku and Stepanakert, optional)'],
    actors: [
      { name: 'Vladimir Putin', kind: P, role: 'President of Russia', surface: ['Russian President Vladimir Putin', 'Putin'] },
      { name: 'Nikol Pashinyan', kind: P, role: 'Prime Minister of Armenia', surface: ['Armenian Prime Minister Nikol Pashinyan', 'Nikol Pashinyan', 'Pashinyan'] },
      { name: 'Government of Russia', kind: O, role: 'the Kremlin (presidential press service)', surface: ['the Kremlin', 'Kremlin'] },
      { name: 'Government of Azerbaijan', kind: O, role: null, surface: ['Baku'] },
      { name: 'Government of Artsakh', kind: O, role: 'de facto authorities of Nagorno-Karabakh', surface: ['Stepanakert'] },
    ],
    quotes: [
      { speaker: 'Government of Russia', from: 'At the initiative of the Armenian side', to: 'the latest developments around Nagorno-Karabakh,', text: undefined },
      { speaker: 'Government of Russia', from: 'Putin noted with satisfaction', to: 'Baku and Stepanakert on September 21,', text: undefined },
      { speaker: 'Government of Russia', text: 'these talks will take place with mediation by the Russian peacekeeping contingent.' },
      { speaker: 'Government of Russia', from: 'Regardless of dire conditions', to: 'including the by military medics.', text: undefined },
      { speaker: 'Government of Russia', text: 'The hope was expressed that in the future the situation will develop in the direction of de-escalation and stabilization.' },
    ],
    reported: [
      { speaker: 'Government of Russia', from: 'Russian President Vladimir Putin spoke by phone', to: 'the Kremlin said in a statement.', note: 'after the TASS dateline' },
      { speaker: 'Government of Russia', from: '"Putin noted with satisfaction', to: 'Russian peacekeeping contingent."', mixed: true },
      { speaker: 'Government of Russia', from: 'According to the Kremlin report', to: 'including the by military medics."', optional: true, mixed: true, note: 'According to X + quotation only' },
      { speaker: 'Vladimir Putin', via: 'Government of Russia', from: 'Putin expressed hope that the situation', after: 'According to the Kremlin report', to: 'de-escalation and stabilization."', mixed: true, note: 'the same clause as the deck, which has no final punctuation' },
    ],
    contacts: [
      { a: 'Vladimir Putin', b: 'Nikol Pashinyan', kind: 'call', date: null, status: 'held', date_text: null, note: 'no day in the body; the dateline date (the article date) is accepted' },
      { a: 'Government of Azerbaijan', b: 'Government of Artsakh', kind: 'meeting', date: '2023-09-21', status: 'planned', optional: true, date_text: 'on September 21', note: 'negotiations between representatives of Baku and Stepanakert (unnamed)' },
    ],
    excluded: [],
  },

  dev012: {
    file: '012_massispost_aliyev_cancels_granada.txt',
    url: 'https://massispost.com/2023/10/aliyev-cancels-planned-talks-with-pashinyan/',
    outlet: 'Massis Post (RFE/RL report)',
    style: 'regional press (diaspora, relaying RFE/RL)',
    patterns: ['cancelled five-leader meeting on Thursday (pairs with Aliyev required, the others optional)', 'held five-leader meeting "in Moldova on June 1": ten pairs', 'agency reported that X accused … (person as speaker)', 'it said, citing official Baku (capital as speaker)', 'anonymous diplomatic sources', 'two quotations after one frame; “…,” added X', 'misspelt surname (Haiyev = Hajiyev)', 'Grigorian spelling of Grigoryan'],
    actors: [
      { name: 'Ilham Aliyev', kind: P, role: 'President of Azerbaijan', surface: ['Azerbaijani President Ilham Aliyev', 'Aliyev'] },
      { name: 'Nikol Pashinyan', kind: P, role: 'Prime Minister of Armenia', surface: ['Armenian Prime Minister Nikol Pashinyan', 'Pashinyan', 'he'] },
      { name: 'Charles Michel', kind: P, role: 'President of the European Council', surface: ['European Council President Charles Michel', 'Michel'] },
      { name: 'Emmanuel Macron', kind: P, role: 'President of France', surface: ['French President Emmanuel Macron', 'Macron'] },
      { name: 'Olaf Scholz', kind: P, role: 'Chancellor of Germany', surface: ['German Chancellor Olaf Scholz', 'Scholz'] },
      { name: 'Recep Tayyip Erdoğan', kind: P, role: 'President of Turkey', surface: ['Turkish President Recep Tayyip Erdogan', 'Erdogan'] },
      { name: 'Armen Grigoryan', kind: P, role: 'Secretary of the Security Council of Armenia', surface: ['Armen Grigorian'] },
      { name: 'Hikmet Hajiyev', kind: P, role: 'Assistant to the President of Azerbaijan, foreign policy', surface: ['Hikmet Hajiyev', 'Haiyev'] },
      { name: 'Government of Azerbaijan', kind: O, role: null, surface: ['official Baku'] },
      { name: 'Government of France', kind: O, role: null, surface: ['France'] },
      { name: 'Government of Germany', kind: O, role: null, surface: ['Germany'] },
      { name: 'APA', kind: O, role: 'news agency', media: true, surface: ['The Azerbaijani APA news agency'] },
      { name: 'RFE/RL', kind: O, role: 'broadcaster', media: true, surface: ['RFE/RL'] },
    ],
    quotes: [
      { speaker: 'Nikol Pashinyan', text: 'We were very constructive and optimistic because we thought there is a chance to sign a landmark document,' },
      { speaker: 'Nikol Pashinyan', text: 'Basically, up until this morning we assessed that probability as being very high.' },
      { speaker: 'Nikol Pashinyan', from: 'Of course, we regret that the meeting will not take place', to: 'I am ready to sign that agreement,', text: undefined },
      { speaker: 'Hikmet Hajiyev', text: 'quite constructive' },
    ],
    reported: [
      { speaker: 'Ilham Aliyev', from: 'The Azerbaijani APA news agency reported on Wednesday', to: 'also join the talks.', note: 'an agency report of Aliyev’s accusation and demand' },
      { speaker: 'Government of Azerbaijan', text: 'France, Germany and other parties rejected the demand, it said, citing official Baku.', note: 'it = APA; an event reported from official Baku' },
      { speaker: null, text: 'Diplomatic sources confirmed to RFE/RL that Aliyev and Erdogan will not fly to Granada.', optional: true, anonymous: true },
      { speaker: 'Nikol Pashinyan', text: 'Pashinyan expressed regret at Aliyev’s decision when he spoke in the Armenian parliament later in the day.' },
      { speaker: 'Hikmet Hajiyev', text: 'Haiyev said afterwards that the “quite constructive” meeting increased chances of the peace accord.', mixed: true },
    ],
    contacts: [
      ...cross(['Ilham Aliyev'], ['Nikol Pashinyan', 'Charles Michel', 'Emmanuel Macron', 'Olaf Scholz'], { kind: 'meeting', date: '2023-10-05', status: 'cancelled', date_text: 'on Thursday' }),
      ...all(['Nikol Pashinyan', 'Charles Michel', 'Emmanuel Macron', 'Olaf Scholz'], { kind: 'meeting', date: '2023-10-05', status: 'cancelled', date_text: 'on Thursday', optional: true, note: 'the five-way format is cancelled; these four may still meet' }),
      ...all(['Ilham Aliyev', 'Nikol Pashinyan', 'Charles Michel', 'Emmanuel Macron', 'Olaf Scholz'], { kind: 'meeting', date: '2023-06-01', status: 'held', date_text: 'in Moldova on June 1' }),
      { a: 'Armen Grigoryan', b: 'Hikmet Hajiyev', kind: 'meeting', date: '2023-09-26', status: 'held', date_text: 'on September 26', note: 'with unnamed diplomatic advisers to Michel, Macron and Scholz' },
    ],
    excluded: [],
  },

  dev013: {
    file: '013_vestnikkavkaza_brussels_trilateral.txt',
    url: 'https://en.vestikavkaza.ru/material/167510',
    outlet: 'Vestnik Kavkaza',
    style: 'regional press (Russian), preview',
    patterns: ['planned trilateral meeting "Today"', 'According to the Armenian Cabinet of Ministers (government as speaker)', 'delegation members "will be attended by" (optional planned pairs)', 'According to him / The Deputy Minister', 'made a similar statement (content by reference, optional)', 'He denied information that "…" (others’ phrase in quotes, excluded)', 'quotation introduced by a sentence ending in a colon, with a bracketed insertion and no final period'],
    actors: [
      { name: 'Nikol Pashinyan', kind: P, role: 'Prime Minister of Armenia', surface: ['the Prime Minister of Armenia Nikol Pashinyan', 'Pashinyan', 'The Prime Minister'] },
      { name: 'Antony Blinken', kind: P, role: 'U.S. Secretary of State', surface: ['the US Secretary of State Antony Blinken', 'Blinken'] },
      { name: 'Ursula von der Leyen', kind: P, role: 'President of the European Commission', surface: ['the President of the European Commission Ursula von der Leyen', 'von der Leyen'] },
      { name: 'Tigran Khachatryan', kind: P, role: 'Deputy Prime Minister of Armenia', surface: ['Deputy Prime Minister Tigran Khachatryan'] },
      { name: 'Armen Grigoryan', kind: P, role: 'Secretary of the Security Council of Armenia', surface: ['Secretary of the Security Council Armen Grigoryan', 'Security Council Secretary Armen Grigoryan'] },
      { name: 'Ararat Mirzoyan', kind: P, role: 'Foreign Minister of Armenia', surface: ['Foreign Minister Ararat Mirzoyan'] },
      { name: 'Vahan Kostanyan', kind: P, role: 'Deputy Foreign Minister of Armenia', surface: ['Deputy Vahan Kostanyan', 'Kostanyan', 'him', 'The Deputy Minister'] },
      { name: 'Anna Hakobyan', kind: P, role: 'wife of the Prime Minister of Armenia', surface: ['his wife Anna Hakobyan'] },
      { name: 'Peter Stano', kind: P, role: 'Lead Spokesperson for EU Foreign Affairs and Security Policy', surface: ['EU Foreign Affairs Representative Peter Stano', 'He'] },
      { name: 'Government of Armenia', kind: O, role: null, surface: ['the Armenian Cabinet of Ministers'] },
    ],
    quotes: [
      { speaker: 'Armen Grigoryan', from: 'At it [the meeting] it is planned', to: 'strengthening Armenia\'s resilience', text: undefined },
    ],
    reported: [
      { speaker: 'Government of Armenia', from: 'According to the Armenian Cabinet of Ministers', to: 'and several advisors.' },
      { speaker: 'Vahan Kostanyan', text: 'Kostanyan revealed information about the agenda of the meeting the day before.', optional: true, note: 'speech act, content given in the next sentence' },
      { speaker: 'Vahan Kostanyan', text: 'According to him, economic and humanitarian topics will be discussed first of all.' },
      { speaker: 'Vahan Kostanyan', from: 'The Deputy Minister also clarified', to: 'with the EAEU and the CSTO.' },
      { speaker: 'Peter Stano', text: 'Shortly before this, EU Foreign Affairs Representative Peter Stano made a similar statement.', optional: true, note: 'content by reference only' },
      { speaker: 'Peter Stano', from: 'He denied information that', to: 'economic stability of Armenia.' },
    ],
    contacts: [
      { a: 'Nikol Pashinyan', b: 'Antony Blinken', kind: 'meeting', date: '2024-04-05', status: 'planned', date_text: 'Today' },
      { a: 'Nikol Pashinyan', b: 'Ursula von der Leyen', kind: 'meeting', date: '2024-04-05', status: 'planned', date_text: 'Today' },
      { a: 'Antony Blinken', b: 'Ursula von der Leyen', kind: 'meeting', date: '2024-04-05', status: 'planned', date_text: 'Today' },
      ...cross(['Tigran Khachatryan', 'Armen Grigoryan', 'Ararat Mirzoyan', 'Vahan Kostanyan'], ['Antony Blinken', 'Ursula von der Leyen'], { kind: 'meeting', date: '2024-04-05', status: 'planned', date_text: 'Today', optional: true, note: 'members of the Armenian delegation' }),
    ],
    excluded: [
      { text: 'security guarantees', reason: 'phrase of the reports Stano denied, not his words' },
    ],
  },

  dev014: {
    file: '014_asbarez_st_petersburg_meeting.txt',
    url: 'https://asbarez.com/pashinyan-aliyev-discuss-peace-process-in-st-petersburg/',
    outlet: 'Asbarez',
    style: 'regional press (diaspora)',
    patterns: ['press secretary told an outlet about the “…,” saying the talks were “… (quotation left open at the paragraph end)', 'collective discussed (optional)', 'cancelled meetings with an implicit partner (optional)', 'foreign minister misspelt (Jeyhum)', 'host’s invitation to an excursion (optional contacts)', 'also met (no explicit day, same trip)', 'negated attendance (did not attend): no contact'],
    actors: [
      { name: 'Nikol Pashinyan', kind: P, role: 'Prime Minister of Armenia', surface: ['Prime Minister Nikol Pashinyan', 'Pashinyan', 'The Armenian prime minister'] },
      { name: 'Ilham Aliyev', kind: P, role: 'President of Azerbaijan', surface: ['President Ilham Aliyev of Azerbaijan', 'Aliyev'] },
      { name: 'Nazeli Baghdasaryan', kind: P, role: 'Press Secretary of the Prime Minister of Armenia', surface: ['Pashinyan’s press secretary Nazeli Baghdasaryan', 'Baghdasaryan'] },
      { name: 'Jeyhun Bayramov', kind: P, role: 'Foreign Minister of Azerbaijan', surface: ['Jeyhum Bayramov'] },
      { name: 'Vladimir Putin', kind: P, role: 'President of Russia', surface: ['President Vladimir Putin of Russia'] },
      { name: 'Alexander Lukashenko', kind: P, role: 'President of Belarus', surface: ['President Alexander Lukashenko of Belarus'] },
      { name: 'Azatutyun', kind: O, role: 'RFE/RL Armenian Service', media: true, surface: ['Azatutyun.am'] },
    ],
    quotes: [
      { speaker: 'Nazeli Baghdasaryan', text: 'informal meeting,', optional: true, note: 'two words: her phrase or the journalist’s' },
      { speaker: 'Nazeli Baghdasaryan', text: 'bilateral, meaning the two leaders talked without a third country mediator — in this case Russia — president.', unclosed: true, note: 'opening mark never closed in this paragraph' },
      { speaker: 'Nazeli Baghdasaryan', text: 'Issues related to the Armenia-Azerbaijan peace agenda were discussed. The discussions were in a bilateral format,' },
    ],
    reported: [
      { speaker: 'Nikol Pashinyan', from: 'Prime Minister Nikol Pashinyan and President Ilham Aliyev of Azerbaijan on Tuesday discussed', to: 'Commonwealth of Independent States summit.', optional: true, note: 'collective "discussed", topic only' },
      { speaker: 'Nazeli Baghdasaryan', from: 'Pashinyan’s press secretary Nazeli Baghdasaryan told', to: 'in this case Russia — president.', mixed: true },
    ],
    contacts: [
      { a: 'Nikol Pashinyan', b: 'Ilham Aliyev', kind: 'meeting', date: '2023-12-26', status: 'held', date_text: 'on Tuesday' },
      { a: 'Ilham Aliyev', b: 'Nikol Pashinyan', kind: 'meeting', date: null, status: 'cancelled', optional: true, evidence: 'canceled scheduled meetings in Brussels', note: 'partner implicit (the two leaders)' },
      { a: 'Vladimir Putin', b: 'Nikol Pashinyan', kind: 'meeting', date: '2023-12-26', status: 'held', optional: true, note: 'invited the CIS leaders to an excursion' },
      { a: 'Vladimir Putin', b: 'Ilham Aliyev', kind: 'meeting', date: '2023-12-26', status: 'held', optional: true, note: 'invited the CIS leaders to an excursion' },
      { a: 'Nikol Pashinyan', b: 'Alexander Lukashenko', kind: 'meeting', date: null, status: 'held', date_text: null, evidence: 'Pashinyan also met with President Alexander Lukashenko', note: 'no explicit day (same trip as the Tuesday meeting, i.e. the article date)' },
    ],
    excluded: [],
  },

  dev015: {
    file: '015_astanatimes_almaty_talks.txt',
    url: 'https://astanatimes.com/2024/05/azerbaijan-armenia-hold-peace-talks-in-almaty/',
    outlet: 'The Astana Times',
    style: 'international press (Kazakh, English)',
    patterns: ['dateline with en dash ("ASTANA –")', 'host welcoming two counterparts: three pairs', 'Welcoming his counterparts, X emphasized …, reported Kazinform', 'X, in turn, expressed gratitude', 'thanked (speech act)', 'head of state named but not met'],
    actors: [
      { name: 'Jeyhun Bayramov', kind: P, role: 'Foreign Minister of Azerbaijan', surface: ['Foreign Minister of Azerbaijan Jeyhun Bayramov', 'Bayramov'] },
      { name: 'Ararat Mirzoyan', kind: P, role: 'Foreign Minister of Armenia', surface: ['Foreign Minister of Armenia Ararat Mirzoyan', 'Mirzoyan'] },
      { name: 'Murat Nurtleu', kind: P, role: 'Foreign Minister of Kazakhstan', surface: ['Kazakh Foreign Minister Murat Nurtleu', 'Nurtleu'] },
      { name: 'Kassym-Jomart Tokayev', kind: P, role: 'President of Kazakhstan', surface: ['President Kassym-Jomart Tokayev'] },
      { name: 'Kazinform', kind: O, role: 'news agency', media: true, surface: ['Kazinform news agency'] },
    ],
    quotes: [
      { speaker: 'Murat Nurtleu', from: 'Azerbaijan and Armenia are not only close countries', to: 'success in achieving their goal,', text: undefined },
      { speaker: 'Jeyhun Bayramov', from: 'I would like to confirm that we attach', to: 'solutions to the unresolved questions,', text: undefined },
    ],
    reported: [
      { speaker: 'Murat Nurtleu', from: 'Welcoming his counterparts, Kazakh Foreign Minister', to: 'reported Kazinform news agency.' },
      { speaker: 'Jeyhun Bayramov', from: 'Bayramov, in turn, expressed gratitude', to: 'to host the negotiations.' },
      { speaker: 'Ararat Mirzoyan', text: 'Mirzoyan also thanked the Kazakh side for initiating this meeting.' },
    ],
    contacts: [
      { a: 'Jeyhun Bayramov', b: 'Ararat Mirzoyan', kind: 'meeting', date: '2024-05-10', status: 'held', date_text: 'on May 10' },
      { a: 'Murat Nurtleu', b: 'Jeyhun Bayramov', kind: 'meeting', date: '2024-05-10', status: 'held', date_text: 'on May 10', evidence: 'Welcoming his counterparts' },
      { a: 'Murat Nurtleu', b: 'Ararat Mirzoyan', kind: 'meeting', date: '2024-05-10', status: 'held', date_text: 'on May 10', evidence: 'Welcoming his counterparts' },
    ],
    excluded: [],
  },

  dev016: {
    file: '016_dailysabah_abu_dhabi_meeting.txt',
    url: 'https://www.dailysabah.com/politics/azerbaijan-armenia-agree-to-maintain-direct-peace-dialogue/news',
    outlet: 'Daily Sabah',
    style: 'international press (Turkish, English)',
    patterns: ['ministry said Thursday (no "the")', 'one-word quote in a ministry sentence (optional)', 'capital as source: Baku said the leaders confirmed that “…” (coordinated, optional)', 'It further said (It = Baku)', 'the countries said in March (collective, optional)', 'meeting day not given (only the report day)'],
    actors: [
      { name: 'Ilham Aliyev', kind: P, role: 'President of Azerbaijan', surface: ['Azerbaijani President Ilham Aliyev', 'Aliyev'] },
      { name: 'Nikol Pashinyan', kind: P, role: 'Prime Minister of Armenia', surface: ['Armenian Prime Minister Nikol Pashinyan', 'Pashinyan'] },
      { name: 'Ministry of Foreign Affairs of Azerbaijan', kind: O, role: null, surface: ['Azerbaijani Foreign Ministry', 'the ministry'] },
      { name: 'Government of Azerbaijan', kind: O, role: null, surface: ['Baku', 'It'] },
    ],
    quotes: [
      { speaker: 'Ministry of Foreign Affairs of Azerbaijan', text: 'constructive', optional: true, note: 'one word' },
      { speaker: 'Ilham Aliyev', from: 'bilateral negotiations represent the most efficient format', to: 'continue such result-oriented dialogue.', text: undefined, optional: true, note: 'Baku’s wording of what both leaders confirmed (coordinated)' },
    ],
    reported: [
      { speaker: 'Ministry of Foreign Affairs of Azerbaijan', from: 'Azerbaijani President Ilham Aliyev and Armenian Prime Minister Nikol Pashinyan agreed', to: 'nearly four decades of conflict.', note: 'an agreement reported by the ministry' },
      { speaker: 'Ministry of Foreign Affairs of Azerbaijan', from: 'The two leaders held a “constructive” meeting', to: 'the ministry said.', mixed: true },
      { speaker: null, text: 'In a major breakthrough, the countries said in March they had finalized a draft peace deal.', optional: true, note: 'collective "the countries" (both governments)' },
      { speaker: 'Ilham Aliyev', via: 'Government of Azerbaijan', from: 'Baku said the Aliyev and Pashinyan confirmed', to: 'result-oriented dialogue.”', mixed: true, optional: true, note: 'coordinated subjects reported by Baku' },
      { speaker: 'Ilham Aliyev', via: 'Government of Azerbaijan', from: 'It further said that Aliyev and Pashinyan took note', to: 'continue practical work on this.', optional: true, note: 'coordinated subjects reported by Baku' },
    ],
    contacts: [
      { a: 'Ilham Aliyev', b: 'Nikol Pashinyan', kind: 'meeting', date: null, status: 'held', date_text: null, evidence: 'at a meeting in in the United Arab Emirates (UAE)', note: 'only the report day is given ("said Thursday" = the article date)' },
    ],
    excluded: [],
  },

  dev017: {
    file: '017_piage_washington_declaration.txt',
    url: 'https://pia.ge/en/news/world/yerevan-and-baku-agree-to-end-hostilities',
    outlet: 'PIA (Georgia)',
    style: 'regional press (Georgian, English)',
    patterns: ['article date inferred (page undated; ceremony "on Friday, August 8")', 'three-party signing at the White House', '“…,” X noted, adding that it was “…” followed by a second quote in the same paragraph', 'nominal: the head of the White House', 'sub-heading about Aliyev, then "he wrote on … Truth Social" = Trump', 'nested ‘TRUMP’ and a route name in quotes (excluded)', 'X supported him: “…” (colon frame)', 'according to Trump himself'],
    actors: [
      { name: 'Ilham Aliyev', kind: P, role: 'President of Azerbaijan', surface: ['Azerbaijani President Ilham Aliyev', 'Aliyev', 'he'] },
      { name: 'Nikol Pashinyan', kind: P, role: 'Prime Minister of Armenia', surface: ['Armenian Prime Minister Nikol Pashinyan', 'Pashinyan', 'Prime Minister Pashinyan'] },
      { name: 'Donald Trump', kind: P, role: 'President of the United States', surface: ['Donald Trump', 'Trump', 'the head of the White House', 'He', 'Trump himself', 'he', 'President Trump'] },
    ],
    quotes: [
      { speaker: 'Donald Trump', text: 'This is a long time — they fought for 35 years, and now they are friends. And they will be friends for a long time,' },
      { speaker: 'Donald Trump', text: 'a great honor to welcome everyone to the White House for this historic peace summit between Armenia and Azerbaijan.' },
      { speaker: 'Donald Trump', from: 'Armenia and Azerbaijan pledge to permanently end', to: 'sovereignty and territorial integrity,', text: undefined },
      { speaker: 'Donald Trump', text: 'Many leaders tried to end the war, but without success — until ‘TRUMP’ appeared,', note: 'after a sub-heading about Aliyev; the post on Truth Social is Trump’s' },
      { speaker: 'Ilham Aliyev', from: 'It is possible that we will agree', to: 'the Nobel Peace Prize,', text: undefined },
      { speaker: 'Nikol Pashinyan', text: 'I believe that President Trump deserves the Nobel Peace Prize, and we will defend and promote this position.' },
    ],
    reported: [
      { speaker: 'Donald Trump', from: '“This is a long time', to: 'between Armenia and Azerbaijan.”', mixed: true },
      { speaker: 'Donald Trump', text: 'He also added that he was lifting restrictions on military cooperation with Azerbaijan.' },
      { speaker: 'Donald Trump', from: 'The document joined a growing list', to: 'earn him the Nobel Peace Prize.' },
      { speaker: 'Ilham Aliyev', text: 'Aliyev did not rule out a joint appeal.' },
      { speaker: null, from: 'The signing of the agreement was accompanied by calls', to: 'in the South Caucasus.', optional: true, note: 'agentless "calls"' },
    ],
    contacts: [
      { a: 'Ilham Aliyev', b: 'Nikol Pashinyan', kind: 'meeting', date: '2025-08-08', status: 'held', date_text: 'on Friday, August 8' },
      { a: 'Ilham Aliyev', b: 'Donald Trump', kind: 'meeting', date: '2025-08-08', status: 'held', date_text: 'on Friday, August 8' },
      { a: 'Nikol Pashinyan', b: 'Donald Trump', kind: 'meeting', date: '2025-08-08', status: 'held', date_text: 'on Friday, August 8' },
    ],
    excluded: [
      { text: 'TRUMP', reason: 'name in nested quotes' },
      { text: 'Trump Route for International Peace and Prosperity', reason: 'name of a route' },
    ],
  },
};

// Every unordered pair within one list of participants.
function all(list, fields) {
  const out = [];
  for (let i = 0; i < list.length; i++) for (let j = i + 1; j < list.length; j++) out.push({ a: list[i], b: list[j], ...fields });
  return out;
}

// Every pair across two lists.
function cross(a, b, fields) {
  const out = [];
  for (const x of a) for (const y of b) out.push({ a: x, b: y, ...fields });
  return out;
}
