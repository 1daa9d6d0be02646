// Hand annotation of dev articles 035-051 (official readouts and visits: ministry and presidential readouts,
// OSCE Minsk Group Co-Chairs' statements, EU/UN/State Department statements, agency reports of calls and
// visits). Items are anchored by their exact text (or by their first and last words, `from`/`to`);
// build-gold.mjs computes and verifies the offsets.
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
  dev035: {
    file: '035_panorama_cochairs_new_york.txt',
    url: 'https://panorama.am/en/news/2019/09/26/ԵԱՀԿ-Մինսկի-խումբ/2172272',
    outlet: 'Panorama.am',
    style: 'agency item reproducing a joint statement of the OSCE Minsk Group Co-Chairs',
    patterns: ['"issued a joint statement on Wednesday" (speech act without content)', 'Co-Chairs (collective) as speaker of every statement sentence', 'co-chairs named in a parenthesis after the collective', 'met separately and jointly with two ministers (the ministers also met each other)', 'were joined in their meetings by (attendee)', 'They also met with … (They = the Co-Chairs)', 'The Co-Chairs and the Ministers continued their discussion (collective)', 'Recalling their statement, the Co-Chairs encouraged …', 'intention to visit the region (no counterpart)', 'no day for the New York meetings (date null)'],
    actors: [
      { name: COCHAIRS, kind: O, role: 'mediators of the OSCE Minsk Group', surface: ['Minsk Group mediators', 'The co-chairs of the OSCE Minsk Group', 'The Co-Chairs of the OSCE Minsk Group', 'The Co-Chairs', 'the Co-Chairs', 'They'] },
      { name: 'Igor Popov', kind: P, role: 'Russian Co-Chair of the OSCE Minsk Group', surface: ['Igor Popov'] },
      { name: 'Stéphane Visconti', kind: P, role: 'French Co-Chair of the OSCE Minsk Group', surface: ['Stéphane Visconti'] },
      { name: 'Andrew Schofer', kind: P, role: 'U.S. Co-Chair of the OSCE Minsk Group', surface: ['Andrew Schofer'] },
      { name: 'Elmar Mammadyarov', kind: P, role: 'Foreign Minister of Azerbaijan', surface: ['Azerbaijani Foreign Minister Elmar Mammadyarov'] },
      { name: 'Zohrab Mnatsakanyan', kind: P, role: 'Foreign Minister of Armenia', surface: ['Armenian Foreign Minister Zohrab Mnatsakanyan'] },
      { name: 'Andrzej Kasprzyk', kind: P, role: 'Personal Representative of the OSCE Chairperson-in-Office', surface: ['Andrzej Kasprzyk'] },
      { name: 'Thomas Greminger', kind: P, role: 'Secretary General of the OSCE', surface: ['OSCE Secretary General Thomas Greminger'] },
      { name: 'Miroslav Lajčák', kind: P, role: 'Foreign Minister of Slovakia, OSCE Chairperson-in-Office', surface: ['Slovak Foreign Minister Miroslav Lajčák'] },
    ],
    quotes: [],
    reported: [
      { speaker: COCHAIRS, text: 'The co-chairs of the OSCE Minsk Group issued a joint statement on Wednesday, summing up the recent round of talks with the Armenian and Azerbaijani foreign ministers in New York.', optional: true, note: 'issuing a statement, topic only (its text follows)' },
      { speaker: COCHAIRS, from: 'The Co-Chairs briefed the two Ministers', to: 'dimensions of the conflict.' },
      { speaker: COCHAIRS, from: 'The Co-Chairs noted the positive effects', to: 'over the recent fatality.' },
      { speaker: COCHAIRS, from: 'The Co-Chairs and the Ministers continued', to: 'favorable to substantive talks.', optional: true, note: 'collective subject: Co-Chairs and ministers' },
      { speaker: COCHAIRS, from: 'Recalling their 9 March statement', to: 'the outcome of negotiations.' },
      { speaker: COCHAIRS, text: 'The Co-Chairs intend to visit the region in the near future.', optional: true, note: 'an announced intention in their own statement, no speech verb' },
    ],
    contacts: [
      { a: COCHAIRS, b: 'Elmar Mammadyarov', kind: 'meeting', date: null, status: 'held', date_text: null, evidence: 'met separately and jointly with Azerbaijani Foreign Minister Elmar Mammadyarov', note: 'on the margins of the UN General Assembly; no day given' },
      { a: COCHAIRS, b: 'Zohrab Mnatsakanyan', kind: 'meeting', date: null, status: 'held', date_text: null, evidence: 'and Armenian Foreign Minister Zohrab Mnatsakanyan' },
      { a: 'Elmar Mammadyarov', b: 'Zohrab Mnatsakanyan', kind: 'meeting', date: null, status: 'held', date_text: null, evidence: 'met … jointly with', note: 'the joint meeting brings the two ministers together' },
      { a: COCHAIRS, b: 'Thomas Greminger', kind: 'meeting', date: null, status: 'held', date_text: null, evidence: 'They also met with OSCE Secretary General Thomas Greminger' },
      { a: COCHAIRS, b: 'Miroslav Lajčák', kind: 'meeting', date: null, status: 'held', date_text: null, evidence: 'Slovak Foreign Minister Miroslav Lajčák' },
      ...cross(['Andrzej Kasprzyk'], ['Elmar Mammadyarov', 'Zohrab Mnatsakanyan', COCHAIRS], { kind: 'meeting', date: null, status: 'held', optional: true, note: 'were joined in their meetings by Kasprzyk (attendee)' }),
      ...cross(['Igor Popov', 'Stéphane Visconti', 'Andrew Schofer'], ['Elmar Mammadyarov', 'Zohrab Mnatsakanyan', 'Thomas Greminger', 'Miroslav Lajčák', 'Andrzej Kasprzyk'], { kind: 'meeting', date: null, status: 'held', optional: true, note: 'the individual co-chairs behind the collective "The Co-Chairs"' }),
      ...pairs(['Igor Popov', 'Stéphane Visconti', 'Andrew Schofer'], { kind: 'meeting', date: null, status: 'held', optional: true, note: 'co-chairs of one mediating team' }),
    ],
    excluded: [],
  },

  dev036: {
    file: '036_armradio_cochairs_stockholm.txt',
    url: 'https://en.armradio.am/2021/12/04/co-chairs-regret-that-it-was-not-possible-to-hold-meeting-of-armenian-azerbaijani-fms-in-stockholm/',
    outlet: 'Public Radio of Armenia',
    style: 'Co-Chairs statement reproduced by a broadcaster',
    patterns: ['"released the following statement today:" (introduction ending with a colon; not annotated)', 'co-chairs named in a parenthesis', 'separate meetings on two dates ("on 1 December … on 2 December")', 'participated in the meetings (attendee)', 'cancelled joint meeting of the ministers ("it was not possible to hold"), ministers given by role', 'They express their readiness to host (They = Co-Chairs)', 'misspelt name (Jehun Bayramov)'],
    actors: [
      { name: COCHAIRS, kind: O, role: 'mediators of the OSCE Minsk Group', surface: ['Co-Chairs', 'The Co-Chairs of the OSCE Minsk Group', 'The Co-Chairs', 'They'] },
      { name: 'Andrew Schofer', kind: P, role: 'U.S. Co-Chair of the OSCE Minsk Group', surface: ['Andrew Schofer'] },
      { name: 'Igor Khovaev', kind: P, role: 'Russian Co-Chair of the OSCE Minsk Group', surface: ['Igor Khovaev'] },
      { name: 'Brice Roquefeuil', kind: P, role: 'French Co-Chair of the OSCE Minsk Group', surface: ['Brice Roquefeuil'] },
      { name: 'Ararat Mirzoyan', kind: P, role: 'Foreign Minister of Armenia', surface: ['Armenian Foreign Minister Ararat Mirzoyan'] },
      { name: 'Jeyhun Bayramov', kind: P, role: 'Foreign Minister of Azerbaijan', surface: ['Azerbaijani Foreign Minister Jehun Bayramov'] },
      { name: 'Zbigniew Rau', kind: P, role: 'Foreign Minister of Poland, incoming OSCE Chairperson-in-Office', surface: ['incoming OSCE Chairperson-in-Office Polish Foreign Minister Zbigniew Rau'] },
      { name: 'Andrzej Kasprzyk', kind: P, role: 'Personal Representative of the OSCE Chairperson-in-Office', surface: ['The Personal Representative of the OSCE Chairperson-in-Office (PRCiO) Andrzej Kasprzyk'] },
    ],
    quotes: [],
    reported: [
      { speaker: COCHAIRS, from: 'The Co-Chairs regret that', to: 'under their auspices in Stockholm.' },
      { speaker: COCHAIRS, from: 'They express their readiness', to: 'in Paris in November.' },
    ],
    contacts: [
      { a: COCHAIRS, b: 'Ararat Mirzoyan', kind: 'meeting', date: '2021-12-01', status: 'held', date_text: 'on 1 December', evidence: 'The Co-Chairs met with Armenian Foreign Minister Ararat Mirzoyan on 1 December' },
      { a: COCHAIRS, b: 'Jeyhun Bayramov', kind: 'meeting', date: '2021-12-02', status: 'held', date_text: 'on 2 December', evidence: 'and with Azerbaijani Foreign Minister Jehun Bayramov on 2 December' },
      { a: COCHAIRS, b: 'Zbigniew Rau', kind: 'meeting', date: null, status: 'held', date_text: null, evidence: 'The Co-Chairs also met incoming OSCE Chairperson-in-Office … Zbigniew Rau', note: 'no day given' },
      { a: 'Ararat Mirzoyan', b: 'Jeyhun Bayramov', kind: 'meeting', date: null, status: 'cancelled', date_text: null, evidence: 'it was not possible to hold a joint meeting between the Foreign Ministers of Armenia and Azerbaijan', note: 'parties given by role; no day given' },
      { a: 'Andrzej Kasprzyk', b: 'Ararat Mirzoyan', kind: 'meeting', date: '2021-12-01', status: 'held', optional: true, note: 'participated in the meetings (attendee)' },
      { a: 'Andrzej Kasprzyk', b: 'Jeyhun Bayramov', kind: 'meeting', date: '2021-12-02', status: 'held', optional: true, note: 'participated in the meetings (attendee)' },
      { a: 'Andrzej Kasprzyk', b: 'Zbigniew Rau', kind: 'meeting', date: null, status: 'held', optional: true, note: 'participated in the meetings (attendee)' },
      { a: 'Andrzej Kasprzyk', b: COCHAIRS, kind: 'meeting', date: null, status: 'held', optional: true, note: 'attendee of the co-chairs’ meetings' },
      ...cross(['Andrew Schofer', 'Igor Khovaev', 'Brice Roquefeuil'], ['Ararat Mirzoyan'], { kind: 'meeting', date: '2021-12-01', status: 'held', optional: true, note: 'the individual co-chairs behind the collective' }),
      ...cross(['Andrew Schofer', 'Igor Khovaev', 'Brice Roquefeuil'], ['Jeyhun Bayramov'], { kind: 'meeting', date: '2021-12-02', status: 'held', optional: true, note: 'the individual co-chairs behind the collective' }),
      ...cross(['Andrew Schofer', 'Igor Khovaev', 'Brice Roquefeuil'], ['Zbigniew Rau', 'Andrzej Kasprzyk'], { kind: 'meeting', date: null, status: 'held', optional: true, note: 'the individual co-chairs behind the collective' }),
      ...pairs(['Andrew Schofer', 'Igor Khovaev', 'Brice Roquefeuil'], { kind: 'meeting', date: null, status: 'held', optional: true, note: 'co-chairs of one mediating team' }),
    ],
    excluded: [],
  },

  dev037: {
    file: '037_mfaam_mnatsakanyan_cochairs.txt',
    url: 'https://mfa.am/en/press-releases/2018/06/12/fm-cochairs/8315',
    outlet: 'Ministry of Foreign Affairs of Armenia',
    style: 'foreign-ministry press release (Armenian MFA)',
    patterns: ['date line "12 June, 2018" under the headline', 'received the Co-Chairs A, B, C and the Personal Representative D (four visitors, one delegation)', 'spelling variant Stefan Visconti', 'nominals: Minister Mnatsakanyan, The Foreign Minister, the Foreign Minister', 'The Co-Chairs presented … (collective speaker)', 'The interlocutors exchanged views (collective)', 'Touching upon …, X underlined', 'There was a discussion (agentless)', '"the previous day" (not a contact)'],
    actors: [
      { name: 'Zohrab Mnatsakanyan', kind: P, role: 'Foreign Minister of Armenia', surface: ['Minister of Foreign Affairs of Armenia', 'Foreign Minister Zohrab Mnatsakanyan', 'Minister Mnatsakanyan', 'The Foreign Minister', 'the Foreign Minister'] },
      { name: 'Igor Popov', kind: P, role: 'Russian Co-Chair of the OSCE Minsk Group', surface: ['Igor Popov'] },
      { name: 'Stéphane Visconti', kind: P, role: 'French Co-Chair of the OSCE Minsk Group', surface: ['Stefan Visconti'] },
      { name: 'Andrew Schofer', kind: P, role: 'U.S. Co-Chair of the OSCE Minsk Group', surface: ['Andrew Schofer'] },
      { name: 'Andrzej Kasprzyk', kind: P, role: 'Personal Representative of the OSCE Chairperson-in-Office', surface: ['the Personal Representative of the OSCE Chairperson-in-Office Andrzej Kasprzyk'] },
      { name: COCHAIRS, kind: O, role: 'mediators of the OSCE Minsk Group', surface: ['the OSCE Minsk Group Co-Chairs', 'the OSCE Co-Chairs', 'The Co-Chairs'] },
    ],
    quotes: [],
    reported: [
      { speaker: 'Zohrab Mnatsakanyan', from: 'Minister Mnatsakanyan highly valued', to: 'new government in Armenia.' },
      { speaker: 'Zohrab Mnatsakanyan', from: 'The Foreign Minister reiterated', to: 'OSCE Minsk Group Co-Chairmanship.' },
      { speaker: COCHAIRS, from: 'The Co-Chairs presented to the Foreign Minister', to: 'resolution of the Nagorno-Karabakh conflict.' },
      { speaker: 'Zohrab Mnatsakanyan', from: 'The interlocutors exchanged detailed views', to: 'environment conducive to peace.', optional: true, note: 'collective subject "the interlocutors"' },
      { speaker: 'Zohrab Mnatsakanyan', from: 'Touching upon the killing', to: 'commitment to the peace process.' },
      { speaker: null, text: 'There was a discussion on further steps to be taken in the framework of the Co-Chairs.', optional: true, note: 'agentless' },
    ],
    contacts: [
      ...cross(['Zohrab Mnatsakanyan'], ['Igor Popov', 'Stéphane Visconti', 'Andrew Schofer', 'Andrzej Kasprzyk'], { kind: 'meeting', date: '2018-06-12', status: 'held', date_text: 'On June 12', evidence: 'received the OSCE Minsk Group Co-Chairs Igor Popov, Stefan Visconti, Andrew Schofer and … Andrzej Kasprzyk' }),
      { a: 'Zohrab Mnatsakanyan', b: COCHAIRS, kind: 'meeting', date: '2018-06-12', status: 'held', optional: true, note: 'the collective named before the persons' },
      ...pairs(['Igor Popov', 'Stéphane Visconti', 'Andrew Schofer', 'Andrzej Kasprzyk'], { kind: 'meeting', date: '2018-06-12', status: 'held', optional: true, note: 'members of one visiting delegation' }),
    ],
    excluded: [],
  },

  dev038: {
    file: '038_azertac_aliyev_tsereteli.txt',
    url: 'https://azertag.az/en/xeber/President_Ilham_Aliyev_received_delegation_led_by_OSCE_Parliamentary_Assembly_president_VIDEO-1143810',
    outlet: 'AZERTAC',
    style: 'state agency readout of a presidential reception',
    patterns: ['dateline alone on a line ("Baku, March 12, AZERTAC")', 'has received a delegation led by (no day in the body)', 'The sides hailed / They stressed (collective)', 'It was also noted that (agentless)', 'was also highlighted at the meeting (agentless)', '"the head of state said" (nominal)', 'X said … / He emphasized (guest)', 'backtick used as apostrophe (Armenia`s)', 'planned session "on March 13" (an event, not a contact)'],
    actors: [
      { name: 'Ilham Aliyev', kind: P, role: 'President of Azerbaijan', surface: ['President Ilham Aliyev', 'President of the Republic of Azerbaijan Ilham Aliyev', 'the head of state'] },
      { name: 'George Tsereteli', kind: P, role: 'President of the OSCE Parliamentary Assembly', surface: ['the president of the OSCE Parliamentary Assembly George Tsereteli', 'George Tsereteli', 'He'] },
    ],
    quotes: [],
    reported: [
      { speaker: 'Ilham Aliyev', text: 'The sides hailed the successful cooperation between Azerbaijan and the OSCE Parliamentary Assembly during the meeting.', optional: true, note: 'collective "the sides"' },
      { speaker: 'Ilham Aliyev', from: 'They stressed the importance of the fact', to: 'strengthening of cooperation.', optional: true, note: 'collective "They"' },
      { speaker: null, text: 'It was also noted that one of the OSCE Parliamentary Assembly’ sessions will be held in Azerbaijan.', optional: true, note: 'agentless' },
      { speaker: 'Ilham Aliyev', from: 'Touching upon the Armenia-Azerbaijan Nagorno-Karabakh conflict', to: 'within Azerbaijan’s territorial integrity.' },
      { speaker: null, text: 'The upcoming presidential election in Azerbaijan was also highlighted at the meeting.', optional: true, note: 'agentless; the next sentence gives Aliyev’s words' },
      { speaker: 'Ilham Aliyev', from: 'President Ilham Aliyev expressed his confidence', to: 'will of the Azerbaijani people.' },
      { speaker: 'George Tsereteli', text: 'George Tsereteli said he is deeply impressed at the development processes in Baku.' },
      { speaker: 'George Tsereteli', from: 'He emphasized that Azerbaijan', to: 'overall development in the region.' },
      { speaker: 'Ilham Aliyev', text: 'They also exchanged views on cooperation prospects.', optional: true, note: 'collective, no content' },
    ],
    contacts: [
      { a: 'Ilham Aliyev', b: 'George Tsereteli', kind: 'meeting', date: null, status: 'held', date_text: null, evidence: 'has received a delegation led by the president of the OSCE Parliamentary Assembly George Tsereteli', note: 'no day in the body; the dateline day (the article date) is accepted' },
    ],
    excluded: [],
  },

  dev039: {
    file: '039_panarmenian_mnatsakanyan_videoconference.txt',
    url: 'http://www.panarmenian.net/eng/news/280338/',
    outlet: 'PanARMENIAN.Net',
    style: 'Armenian news agency item on a planned ministerial video conference',
    patterns: ['time line and "PanARMENIAN.Net - " dateline', '"Armenian and Azerbaijani Foreign Minister X and Y" (respectively, singular)', 'planned video conference "on Tuesday, April 21" (same day as the article)', 'held video conference with four mediators (no day)', 'co-chairs listed after a dash with countries in parentheses', 'The sides weighed in … as X provided details', '… was emphasized, according to a statement from the ministry', 'the parties … agreed to arrange (collective)'],
    actors: [
      { name: 'Zohrab Mnatsakanyan', kind: P, role: 'Foreign Minister of Armenia', surface: ['Zohrab Mnatsakanyan', 'Mnatsakanyan'] },
      { name: 'Elmar Mammadyarov', kind: P, role: 'Foreign Minister of Azerbaijan', surface: ['Elmar Mammadyarov'] },
      { name: 'Igor Popov', kind: P, role: 'Russian Co-Chair of the OSCE Minsk Group', surface: ['Igor Popov'] },
      { name: 'Stéphane Visconti', kind: P, role: 'French Co-Chair of the OSCE Minsk Group', surface: ['Stéphane Visconti'] },
      { name: 'Andrew Schofer', kind: P, role: 'U.S. Co-Chair of the OSCE Minsk Group', surface: ['Andrew Schofer'] },
      { name: 'Andrzej Kasprzyk', kind: P, role: 'Personal Representative of the OSCE Chairperson-in-Office', surface: ['Andrzej Kasprzyk'] },
      { name: COCHAIRS, kind: O, role: 'mediators of the OSCE Minsk Group', surface: ['the OSCE Minsk Group co-chairs'] },
      { name: 'Ministry of Foreign Affairs of Armenia', kind: O, role: null, surface: ['the Armenian Foreign Ministry'] },
      { name: 'PanARMENIAN.Net', kind: O, role: 'news agency', media: true, surface: ['PanARMENIAN.Net'] },
    ],
    quotes: [],
    reported: [
      { speaker: 'Zohrab Mnatsakanyan', from: 'Mnatsakanyan discussed the matter', to: 'Andrzej Kasprzyk.', optional: true, note: '"discussed the matter … with" the mediators: a discussion without content' },
      { speaker: 'Zohrab Mnatsakanyan', from: 'The sides weighed in', to: 'held in Artsakh a week earlier.', note: 'collective clause, then Mnatsakanyan provided details' },
      { speaker: 'Ministry of Foreign Affairs of Armenia', from: 'The imperative of unconditionally observing', to: 'a statement from the Armenian Foreign Ministry.' },
      { speaker: 'Zohrab Mnatsakanyan', from: 'Also, the parties exchanged views', to: 'Armenia and Azerbaijan on April 21.', optional: true, note: 'collective "the parties"' },
    ],
    contacts: [
      { a: 'Zohrab Mnatsakanyan', b: 'Elmar Mammadyarov', kind: 'call', date: '2020-04-21', status: 'planned', date_text: 'on Tuesday, April 21', evidence: 'will have a video conference … on Tuesday, April 21', note: 'video conference (kind call); planned for the article date' },
      ...cross(['Zohrab Mnatsakanyan'], ['Igor Popov', 'Stéphane Visconti', 'Andrew Schofer', 'Andrzej Kasprzyk'], { kind: 'call', date: null, status: 'held', date_text: null, evidence: 'discussed the matter through a video conference with the OSCE Minsk Group co-chairs – Igor Popov …', note: 'video conference; no day given' }),
      { a: 'Zohrab Mnatsakanyan', b: COCHAIRS, kind: 'call', date: null, status: 'held', optional: true, note: 'the collective before the names' },
      ...pairs(['Igor Popov', 'Stéphane Visconti', 'Andrew Schofer', 'Andrzej Kasprzyk'], { kind: 'call', date: null, status: 'held', optional: true, note: 'mediators on the same side of the video conference' }),
    ],
    excluded: [],
  },

  dev040: {
    file: '040_panorama_ushakov_putin_visit.txt',
    url: 'https://panorama.am/en/news/2018/09/26/Putin-Armenia/2010051',
    outlet: 'Panorama.am',
    style: 'agency item on a presidential aide’s briefing (via RIA Novosti)',
    patterns: ['presidential aide as speaker', '"said on Wednesday, according to Ria Novosti report"', 'X added, … (comma instead of "that")', '“…,” X told reporters at a briefing. He added, that …', '“…,” Ushakov, noted, adding … (mixed; stray comma)', 'planned meetings at summits, no day, leaders given by nationality', 'held meeting "recently" (no day), same pair as the planned one', 'our president / the Russian president inside quotes', 'Earlier, spokesperson X stated that …', 'visit that is unlikely (no counterpart, not a contact)'],
    actors: [
      { name: 'Vladimir Putin', kind: P, role: 'President of Russia', surface: ['Putin', 'Russian President Vladimir Putin', 'our president', 'the Russian president'] },
      { name: 'Yury Ushakov', kind: P, role: 'Aide to the President of Russia', surface: ['presidential aide', 'Russian Presidential Aide Yury Ushakov', 'Ushakov', 'He'] },
      { name: 'Nikol Pashinyan', kind: P, role: 'Prime Minister of Armenia', surface: ['Pashinyan', 'Armenian Prime Minister'] },
      { name: 'Tigran Balayan', kind: P, role: 'Spokesperson, Ministry of Foreign Affairs of Armenia', surface: ['Armenian MFA spokesperson Tigran Balayan'] },
      { name: 'RIA Novosti', kind: O, role: 'news agency', media: true, surface: ['Ria Novosti'] },
    ],
    quotes: [
      { speaker: 'Yury Ushakov', text: 'The possibility of the visit by our president has been discussed, yet no dates are scheduled,' },
      { speaker: 'Yury Ushakov', text: 'Those summits will provide an opportunity to have brief talks,' },
      { speaker: 'Yury Ushakov', text: 'Last time, the private meeting between the Russian president and Armenian Prime Minister lasted for three hours. They had a good and detailed conversation,' },
    ],
    reported: [
      { speaker: 'Yury Ushakov', from: 'Russian President Vladimir Putin is unlikely', to: 'according to Ria Novosti report.' },
      { speaker: 'Yury Ushakov', text: 'Ushakov added, next year is the most feasible option of the president’s visit.' },
      { speaker: 'Yury Ushakov', from: 'He added, that the Armenian and Russian leaders', to: 'in Dushanbe and Astana respectively.' },
      { speaker: 'Yury Ushakov', from: '“Those summits will provide', to: 'the third meeting this year.', mixed: true },
      { speaker: 'Tigran Balayan', from: 'Earlier, Armenian MFA spokesperson Tigran Balayan stated', to: 'are underway.' },
    ],
    contacts: [
      { a: 'Vladimir Putin', b: 'Nikol Pashinyan', kind: 'meeting', date: null, status: 'planned', date_text: null, evidence: 'the Armenian and Russian leaders will meet in the scope of upcoming CIS and EAEU Summits', note: 'two summits, no days; leaders given by nationality' },
      { a: 'Vladimir Putin', b: 'Nikol Pashinyan', kind: 'meeting', date: null, status: 'held', date_text: null, optional: true, evidence: 'Pashinyan and Putin has met recently', note: 'same pair as the planned meeting; no day' },
    ],
    excluded: [],
  },

  dev041: {
    file: '041_artsakhpress_borrell_restraint.txt',
    url: 'https://www.artsakhpress.am/eng/news/143852/',
    outlet: 'Artsakhpress',
    style: 'agency item on an EU High Representative statement (via News.am)',
    patterns: ['lead sentence above the dateline, dateline ending in a colon ("STEPANAKERT, MAY 15, ARTSAKHPRESS:")', 'has issued a statement stating that …, News.am reports', 'X added that Y held talks with A and B on Thursday and urged … (talks reported by a third party)', 'The statement also states that (speaker = the statement’s author)', 'The EU High Representative also stated …, adding that', '"in contact with" an organisation (ongoing)', 'typo "Armenia’ s" in a surface form'],
    actors: [
      { name: 'Josep Borrell', kind: P, role: 'High Representative of the EU for Foreign Affairs and Security Policy', surface: ['High Representative of the European Union Josep Borrell', 'Borrell', 'The EU High Representative'] },
      { name: 'Stefano Sannino', kind: P, role: 'Secretary-General of the European External Action Service', surface: ['Secretary-General of the European External Action Service Stefano Sannino'] },
      { name: 'Ara Aivazian', kind: P, role: 'Acting Foreign Minister of Armenia', surface: ['Armenia’ s acting Foreign Minister Ara Aivazian'] },
      { name: 'Jeyhun Bayramov', kind: P, role: 'Foreign Minister of Azerbaijan', surface: ['Azerbaijan’s Foreign Minister Jeyhun Bayramov'] },
      { name: 'Toivo Klaar', kind: P, role: 'EU Special Representative for the South Caucasus', surface: ['EU Special Representative Toivo Klaar'] },
      { name: 'OSCE Chairmanship', kind: O, role: null, surface: ['the incumbent Chairmanship of the OSCE'] },
      { name: 'News.am', kind: O, role: 'news site', media: true, surface: ['News.am'] },
    ],
    quotes: [],
    reported: [
      { speaker: 'Josep Borrell', from: 'High Representative of the European Union Josep Borrell has issued', to: 'News.am reports.', note: 'above the dateline' },
      { speaker: 'Josep Borrell', from: 'Borrell added that Secretary-General', to: 'escalation of the situation.', note: 'starts after the dateline "…ARTSAKHPRESS: "; Sannino’s urging is reported by Borrell' },
      { speaker: 'Josep Borrell', text: 'The statement also states that EU Special Representative Toivo Klaar is in contact with the incumbent Chairmanship of the OSCE.', note: 'the statement = Borrell’s' },
      { speaker: 'Josep Borrell', from: 'The EU High Representative also stated', to: 'at the technical level.' },
    ],
    contacts: [
      { a: 'Stefano Sannino', b: 'Ara Aivazian', kind: 'other', date: '2021-05-13', status: 'held', date_text: 'on Thursday', evidence: 'Stefano Sannino held talks with Armenia’ s acting Foreign Minister Ara Aivazian', note: '"held talks", medium not stated; Thursday before a Saturday article' },
      { a: 'Stefano Sannino', b: 'Jeyhun Bayramov', kind: 'other', date: '2021-05-13', status: 'held', date_text: 'on Thursday', evidence: 'and Azerbaijan’s Foreign Minister Jeyhun Bayramov on Thursday' },
      { a: 'Toivo Klaar', b: 'OSCE Chairmanship', kind: 'other', date: null, status: 'held', optional: true, note: '"is in contact with": ongoing, no event' },
    ],
    excluded: [],
  },

  dev042: {
    file: '042_civilge_darchiashvili_aliyev.txt',
    url: 'https://civil.ge/archives/487523',
    outlet: 'Civil.ge',
    style: 'regional press item on a foreign minister’s visit',
    patterns: ['met … today (article date)', 'trip "on April 26-27" (a range, not a contact date)', '…, President Aliyev’s press service reported (organisation as speaker)', 'X highlighted with the Georgian top diplomat … (nominals)', 'said in a tweet that … “…” (mixed)', 'is also set to meet A, B and C (three planned meetings, no day)', 'nominals: the Azerbaijani President, the Georgian top diplomat, the Georgian chief diplomat'],
    actors: [
      { name: 'Ilia Darchiashvili', kind: P, role: 'Foreign Minister of Georgia', surface: ['Georgian FM', 'Georgian Foreign Minister Ilia Darchiashvili', 'the Georgian top diplomat', 'FM Darchiashvili', 'the Georgian chief diplomat'] },
      { name: 'Ilham Aliyev', kind: P, role: 'President of Azerbaijan', surface: ['Azerbaijan’s Aliyev', 'Azerbaijan’s President Ilham Aliyev', 'the Azerbaijani President'] },
      { name: 'Press Service of the President of Azerbaijan', kind: O, role: null, surface: ['President Aliyev’s press service'] },
      { name: 'Ali Asadov', kind: P, role: 'Prime Minister of Azerbaijan', surface: ['Azerbaijani Prime Minister Ali Asadov'] },
      { name: 'Jeyhun Bayramov', kind: P, role: 'Foreign Minister of Azerbaijan', surface: ['FM Jeyhun Bayramov'] },
      { name: 'Sahiba Gafarova', kind: P, role: 'Speaker of the National Assembly of Azerbaijan', surface: ['National Assembly Speaker Sahiba Gafarova'] },
    ],
    quotes: [
      { speaker: 'Ilia Darchiashvili', text: 'is becoming stronger day by day, focusing on peace, stability and regional development.' },
    ],
    reported: [
      { speaker: 'Press Service of the President of Azerbaijan', from: 'The two officials discussed new opportunities', to: 'President Aliyev’s press service reported.' },
      { speaker: 'Ilham Aliyev', from: 'In the context of regional cooperation', to: 'in a trilateral format.' },
      { speaker: 'Ilia Darchiashvili', from: 'After the meeting, FM Darchiashvili said in a tweet', to: 'regional development.”', mixed: true },
    ],
    contacts: [
      { a: 'Ilia Darchiashvili', b: 'Ilham Aliyev', kind: 'meeting', date: '2022-04-27', status: 'held', date_text: 'today', evidence: 'met Azerbaijan’s President Ilham Aliyev today' },
      { a: 'Ilia Darchiashvili', b: 'Ali Asadov', kind: 'meeting', date: null, status: 'planned', date_text: null, evidence: 'is also set to meet Azerbaijani Prime Minister Ali Asadov', note: 'during the April 26-27 trip; no day' },
      { a: 'Ilia Darchiashvili', b: 'Jeyhun Bayramov', kind: 'meeting', date: null, status: 'planned', date_text: null, evidence: 'FM Jeyhun Bayramov' },
      { a: 'Ilia Darchiashvili', b: 'Sahiba Gafarova', kind: 'meeting', date: null, status: 'planned', date_text: null, evidence: 'National Assembly Speaker Sahiba Gafarova' },
    ],
    excluded: [],
  },

  dev043: {
    file: '043_state_blinken_trilateral_new_york.txt',
    url: 'https://www.einpresswire.com/article/591746894/secretary-blinken-s-trilateral-meeting-with-azerbaijan-and-armenia',
    outlet: 'U.S. Department of State (readout, via EIN Presswire)',
    style: 'State Department readout of a trilateral meeting',
    patterns: ['"The below is attributable to Spokesperson X:" (via)', 'X hosted Y and Z (three-way meeting, every pair)', 'no day in the readout (date null; the meeting was the evening before the dated repost)', 'X conveyed condolences … and emphasized …, underscoring …', 'They discussed next steps, and the Secretary encouraged … (collective clause, then the principal)', 'encouraged the sides to meet again before the end of the month (a call to meet, not a planned meeting)'],
    actors: [
      { name: 'Antony Blinken', kind: P, role: 'U.S. Secretary of State', surface: ['Secretary Blinken', 'Secretary of State Antony J. Blinken', 'the Secretary'] },
      { name: 'Ararat Mirzoyan', kind: P, role: 'Foreign Minister of Armenia', surface: ['Armenian Foreign Minister Ararat Mirzoyan'] },
      { name: 'Jeyhun Bayramov', kind: P, role: 'Foreign Minister of Azerbaijan', surface: ['Azerbaijani Foreign Minister Jeyhun Bayramov'] },
      { name: 'Ned Price', kind: P, role: 'Spokesperson, U.S. Department of State', surface: ['Spokesperson Ned Price'] },
    ],
    quotes: [],
    reported: [
      { speaker: 'Antony Blinken', via: 'Ned Price', from: 'Secretary Blinken conveyed condolences', to: 'returning to the peace process.' },
      { speaker: 'Antony Blinken', via: 'Ned Price', from: 'They discussed next steps', to: 'before the end of the month.', note: 'collective clause, then the Secretary encouraged' },
    ],
    contacts: [
      ...pairs(['Antony Blinken', 'Ararat Mirzoyan', 'Jeyhun Bayramov'], { kind: 'meeting', date: null, status: 'held', date_text: null, evidence: 'Secretary of State Antony J. Blinken hosted Armenian Foreign Minister Ararat Mirzoyan and Azerbaijani Foreign Minister Jeyhun Bayramov', note: 'trilateral meeting hosted by Blinken; no day given' }),
    ],
    excluded: [],
  },

  dev044: {
    file: '044_publictv_michel_fifth_meeting.txt',
    url: 'https://www.1lurer.am/en/2023/05/14/ԵՄ-ն-հանձնառու-է-օգնել-Հայաստանին-և-Ադրբեջանին-հասնելու-համապարփակ-կարգավորման/929928',
    outlet: 'Public Television of Armenia (1lurer.am)',
    style: 'broadcaster item quoting the European Council President’s press remarks',
    patterns: ['paraphrase lead, then "X stated." (reported)', 'straight-quoted remarks that run past the cut with no closing mark (unclosed quote)', '"host President Aliyev and Prime Minister Pashinyan today" inside a quote (three-way meeting, every pair)', 'collective "The leaders" inside the quote', 'headline naming all three parties'],
    actors: [
      { name: 'Charles Michel', kind: P, role: 'President of the European Council', surface: ['Charles Michel', 'President of the European Council Charles Michel'] },
      { name: 'Ilham Aliyev', kind: P, role: 'President of Azerbaijan', surface: ['President Aliyev'] },
      { name: 'Nikol Pashinyan', kind: P, role: 'Prime Minister of Armenia', surface: ['Prime Minister Pashinyan'] },
    ],
    quotes: [
      { speaker: 'Charles Michel', text: 'It was a pleasure to host President Aliyev and Prime Minister Pashinyan today for a fifth meeting in Brussels. Our exchanges were frank, open and result-oriented. They focused on progress on the path towards Armenia-Azerbaijan normalization. The leaders shared a common willingness for a South Caucasus at peace. I commend their respective efforts. Together, we reviewed all issues on our agenda', unclosed: true, note: 'no closing mark on the page; the remarks continue past the cut' },
    ],
    reported: [
      { speaker: 'Charles Michel', from: 'EU\'s sole aim is to help', to: 'Charles Michel stated.' },
    ],
    contacts: [
      ...pairs(['Charles Michel', 'Ilham Aliyev', 'Nikol Pashinyan'], { kind: 'meeting', date: '2023-05-14', status: 'held', date_text: 'today', evidence: 'It was a pleasure to host President Aliyev and Prime Minister Pashinyan today', note: 'trilateral meeting hosted by Michel' }),
    ],
    excluded: [],
  },

  dev045: {
    file: '045_tehrantimes_amirabdollahian_mirzoyan_call.txt',
    url: 'https://www.tehrantimes.com/news/467431/Iran-Armenia-FMs-hold-phone-talks',
    outlet: 'Tehran Times',
    style: 'Iranian daily, readout of a phone call from the Iranian foreign ministry',
    patterns: ['"TEHRAN - " dateline', 'his Armenian counterpart', 'call with no day (date null)', '…, according to the Iranian foreign ministry (ministry as speaker of a collective sentence)', 'nominals: Iran’s foreign minister, the top Iranian diplomat, The Armenian foreign minister', 'crosshead in the present tense ("Amir Abdollahian voices concern …")', 'He expressed satisfaction … and underlined …', 'X declared …, expressing hope that …', 'a past visit without a named host (not a contact)'],
    actors: [
      { name: 'Hossein Amir-Abdollahian', kind: P, role: 'Foreign Minister of Iran', surface: ['Iranian Foreign Minister Hossein Amir Abdollahian', 'Amir Abdollahian', 'He', 'Iran’s foreign minister', 'the top Iranian diplomat'] },
      { name: 'Ararat Mirzoyan', kind: P, role: 'Foreign Minister of Armenia', surface: ['his Armenian counterpart Ararat Mirzoyan', 'The Armenian foreign minister', 'Mirzoyan'] },
      { name: 'Ministry of Foreign Affairs of Iran', kind: O, role: null, surface: ['the Iranian foreign ministry'] },
    ],
    quotes: [],
    reported: [
      { speaker: 'Hossein Amir-Abdollahian', from: 'Iranian Foreign Minister Hossein Amir Abdollahian and his Armenian counterpart', to: 'bilateral and regional issues.', optional: true, note: 'after the dateline; the call with a collective "they discussed"' },
      { speaker: 'Ministry of Foreign Affairs of Iran', from: 'They exchanged views on the phone', to: 'according to the Iranian foreign ministry.', note: 'collective content attributed to the ministry' },
      { speaker: 'Hossein Amir-Abdollahian', from: 'Amir Abdollahian described the Iran-Armenia relations', to: 'in different fields.' },
      { speaker: 'Hossein Amir-Abdollahian', from: 'He expressed satisfaction with the growing trend', to: 'political, economic and other fields.' },
      { speaker: 'Hossein Amir-Abdollahian', from: 'Iran’s foreign minister declared', to: 'convene as soon as possible.' },
      { speaker: 'Hossein Amir-Abdollahian', text: 'Amir Abdollahian voices concern over the recent hostilities in the Caucasus region.', optional: true, note: 'crosshead repeating a later sentence' },
      { speaker: 'Hossein Amir-Abdollahian', from: 'In the telephone conversation, the top Iranian diplomat underscored', to: 'borders of regional countries.' },
      { speaker: 'Hossein Amir-Abdollahian', from: 'Amir Abdollahian also voiced concern', to: 'territorial integrity of regional countries.' },
      { speaker: 'Ararat Mirzoyan', from: 'The Armenian foreign minister also referred to', to: 'his recent visit to Tehran.' },
      { speaker: 'Ararat Mirzoyan', text: 'Mirzoyan said Yerevan is ready to hold the Joint Economic Commission and expand trade ties with Tehran.' },
    ],
    contacts: [
      { a: 'Hossein Amir-Abdollahian', b: 'Ararat Mirzoyan', kind: 'call', date: null, status: 'held', date_text: null, evidence: 'have held a phone conversation', note: 'no day given' },
    ],
    excluded: [],
  },

  dev046: {
    file: '046_tass_guterres_calls.txt',
    url: 'https://tass.com/world/1181449',
    outlet: 'TASS',
    style: 'wire item on a UN spokesman’s briefing',
    patterns: ['TASS dateline "UNITED NATIONS, July 22. /TASS/."', 'the Secretary General’s calls reported by his spokesman (principal as speaker, via the spokesman)', 'straight quotes, two quotations in one paragraph, ellipsis <…> inside a quote', 'quote of the call itself by the spokesman (his own words)', '"the spokesman added" (nominal)', 'calls with no day ("has held talks", "informed on Wednesday")', 'ministry, capitals and a country as speakers (Defense Ministry said, Yerevan accused, Baku said, Armenia reported)', 'both sides reported (collective)'],
    actors: [
      { name: 'Antonio Guterres', kind: P, role: 'Secretary-General of the United Nations', surface: ['UN Secretary General', 'UN Secretary General Antonio Guterres', 'The Secretary General', 'the Secretary General', 'Guterres'] },
      { name: 'Nikol Pashinyan', kind: P, role: 'Prime Minister of Armenia', surface: ['Armenian Prime Minister Nikol Pashinyan', 'Prime Minister Pashinyan'] },
      { name: 'Ilham Aliyev', kind: P, role: 'President of Azerbaijan', surface: ['Azerbaijani President Ilham Aliyev', 'President Aliyev'] },
      { name: 'Stephane Dujarric', kind: P, role: 'Spokesperson for the UN Secretary-General', surface: ['Spokesperson for the UN Secretary General Stephane Dujarric', 'Dujarric', 'the spokesman'] },
      { name: 'Ministry of Defense of Azerbaijan', kind: O, role: null, surface: ['Azerbaijan’s Defense Ministry'] },
      { name: 'Government of Armenia', kind: O, role: null, surface: ['Yerevan', 'Armenia'] },
      { name: 'Government of Azerbaijan', kind: O, role: null, surface: ['Baku'] },
    ],
    quotes: [
      { speaker: 'Stephane Dujarric', text: 'The Secretary General had a phone call with President Aliyev of Azerbaijan and Prime Minister Pashinyan of Armenia,', note: 'the spokesman announcing the calls (his own words)' },
      { speaker: 'Antonio Guterres', via: 'Stephane Dujarric', text: 'In both telephone conversations, the Secretary General expressed his ongoing concern over the hostilities <…> reported along the Armenia-Azerbaijan international border, as well as the prevailing tensions.', note: 'third-person readout of the Secretary-General’s words by his spokesman' },
      { speaker: 'Antonio Guterres', via: 'Stephane Dujarric', text: 'The Secretary General reiterated his call for immediate and full de-escalation, refraining from provocative rhetoric and a return to negotiations,' },
    ],
    reported: [
      { speaker: 'Antonio Guterres', via: 'Stephane Dujarric', from: 'UN Secretary General Antonio Guterres has held talks', to: 'informed on Wednesday.', note: 'after the TASS dateline' },
      { speaker: 'Antonio Guterres', text: 'Guterres has expressed support for the work of the OSCE Minsk Group tasked with organizing the talks on peaceful regulation of the conflict.' },
      { speaker: 'Ministry of Defense of Azerbaijan', from: 'Tensions flared up on the Azerbaijani-Armenian border on July 12', to: 'with the use of artillery systems.' },
      { speaker: 'Government of Armenia', text: 'For its part, Yerevan accused Azerbaijan of breaching the border.' },
      { speaker: 'Government of Azerbaijan', text: 'Baku said twelve servicemen of Azerbaijan’s army were killed since the clashes had begun.' },
      { speaker: 'Government of Armenia', from: 'Armenia, in turn, reported that four servicemen', to: 'while 10 servicemen were wounded.' },
      { speaker: null, from: 'On July 17, both sides of the conflict reported', to: 'is relatively stable.', optional: true, note: 'collective "both sides"' },
    ],
    contacts: [
      { a: 'Antonio Guterres', b: 'Nikol Pashinyan', kind: 'call', date: null, status: 'held', date_text: null, evidence: 'has held talks over the phone with Armenian Prime Minister Nikol Pashinyan', note: 'no day given (the briefing was on Wednesday)' },
      { a: 'Antonio Guterres', b: 'Ilham Aliyev', kind: 'call', date: null, status: 'held', date_text: null, evidence: 'and Azerbaijani President Ilham Aliyev' },
    ],
    excluded: [],
  },

  dev047: {
    file: '047_tass_trilateral_moscow_planned.txt',
    url: 'https://tass.com/politics/1243143/amp',
    outlet: 'TASS',
    style: 'wire item on a Kremlin announcement of trilateral talks',
    patterns: ['TASS dateline "MOSCOW, January 10. /TASS/."', 'planned trilateral talks "on Monday, January 11" (tomorrow; every pair)', 'his Azerbaijani counterpart', 'the Russian head of state / the President of the Russian Federation (nominals)', '…, the Kremlin press service reported on Sunday', 'a whole-paragraph quotation of the announcement, "the statement said"', 'According to the press service, …', 'separate conversations … are planned (same pairs, same day)', 'headline "…, Kremlin says"'],
    actors: [
      { name: 'Vladimir Putin', kind: P, role: 'President of Russia', surface: ['Putin', 'Russian President Vladimir Putin', 'the Russian head of state', 'the president of the Russian Federation Vladimir Putin', 'the President of the Russian Federation', 'Vladimir Putin'] },
      { name: 'Ilham Aliyev', kind: P, role: 'President of Azerbaijan', surface: ['Aliyev', 'his Azerbaijani counterpart Ilham Aliyev', 'the President of the Republic of Azerbaijan Ilham Aliyev', 'Ilham Aliyev'] },
      { name: 'Nikol Pashinyan', kind: P, role: 'Prime Minister of Armenia', surface: ['Pashinyan', 'Armenian Prime Minister Nikol Pashinyan', 'the Prime Minister of the Republic of Armenia Nikol Pashinyan', 'Nikol Pashinyan'] },
      { name: 'Press Service of the President of Russia', kind: O, role: null, surface: ['Kremlin', 'the Kremlin press service', 'the press service'] },
    ],
    quotes: [
      { speaker: 'Press Service of the President of Russia', text: 'At the initiative of the president of the Russian Federation Vladimir Putin, on January 11, 2021, in Moscow, trilateral talks will be held of the President of the Russian Federation, the President of the Republic of Azerbaijan Ilham Aliyev, and the Prime Minister of the Republic of Armenia Nikol Pashinyan. It is planned to review the implementation of the November 9, 2020 statement of leaders of Azerbaijan, Armenia and Russia on Nagorno-Karabakh and discuss further steps on resolving the issues present in the region,' },
    ],
    reported: [
      { speaker: 'Press Service of the President of Russia', from: 'Trilateral talks of Russian President Vladimir Putin', to: 'initiative of the Russian head of state.', optional: true, note: 'the announcement, attributed only by the next sentence' },
      { speaker: 'Press Service of the President of Russia', from: 'The sides plan to review', to: 'the Kremlin press service reported on Sunday.' },
      { speaker: 'Press Service of the President of Russia', from: 'According to the press service, a particular attention', to: 'transport connections.' },
      { speaker: 'Press Service of the President of Russia', text: 'Additionally, separate conversations of Vladimir Putin with Ilham Aliyev and Nikol Pashinyan are planned.', optional: true, note: 'continuation of the announcement without a speech verb' },
    ],
    contacts: [
      ...pairs(['Vladimir Putin', 'Ilham Aliyev', 'Nikol Pashinyan'], { kind: 'meeting', date: '2021-01-11', status: 'planned', date_text: 'on Monday, January 11', evidence: 'Trilateral talks of Russian President Vladimir Putin, his Azerbaijani counterpart Ilham Aliyev, and Armenian Prime Minister Nikol Pashinyan will be held on Monday, January 11', note: 'trilateral talks; the separate Putin-Aliyev and Putin-Pashinyan conversations planned for the same day are the same pairs' }),
    ],
    excluded: [],
  },

  dev048: {
    file: '048_urdupoint_galuzin_harutiunyan.txt',
    url: 'https://www.urdupoint.com/en/world/russian-deputy-foreign-minister-armenian-amb-1715302.html',
    outlet: 'UrduPoint News / Sputnik',
    style: 'wire item quoting a Russian foreign ministry readout',
    patterns: ['dateline "MOSCOW (UrduPoint News / Sputnik - 27th June, 2023)" directly before the first sentence (the span starts at the paragraph, the builder cannot start after ")")', 'deputy foreign minister received an ambassador "On June 26" (inside a quotation)', 'the ministry said in a statement / the ministry said (organisation as speaker)', 'The sides compared notes (collective, inside the quote)', 'background paragraph with no statement'],
    actors: [
      { name: 'Mikhail Galuzin', kind: P, role: 'Deputy Foreign Minister of Russia', surface: ['Russian Deputy Foreign Minister', 'Russian Deputy Foreign Minister Mikhail Galuzin'] },
      { name: 'Vagharshak Harutiunyan', kind: P, role: 'Ambassador of Armenia to Russia', surface: ['Armenian Ambassador Vagharshak Harutiunyan', 'Ambassador Extraordinary and Plenipotentiary of the Republic of Armenia to the Russian Federation Vagharshak Harutiunyan'] },
      { name: 'Ministry of Foreign Affairs of Russia', kind: O, role: null, surface: ['the Russian Foreign Ministry', 'the ministry'] },
    ],
    quotes: [
      { speaker: 'Ministry of Foreign Affairs of Russia', text: 'On June 26, Russian Deputy Foreign Minister Mikhail Galuzin received Ambassador Extraordinary and Plenipotentiary of the Republic of Armenia to the Russian Federation Vagharshak Harutiunyan. The sides compared notes on urgent issues on the bilateral agenda, the development of the situation in the Lachin corridor and around Nagorno-Karabakh in general,' },
    ],
    reported: [
      { speaker: 'Ministry of Foreign Affairs of Russia', from: 'MOSCOW (UrduPoint News', to: 'the Russian Foreign Ministry said in a statement.', note: 'the sentence begins after the dateline "MOSCOW (UrduPoint News / Sputnik - 27th June, 2023) "; the span includes the dateline because the builder only starts a sentence at a paragraph or after punctuation' },
    ],
    contacts: [
      { a: 'Mikhail Galuzin', b: 'Vagharshak Harutiunyan', kind: 'meeting', date: '2023-06-26', status: 'held', date_text: 'On June 26', evidence: 'Mikhail Galuzin received … Vagharshak Harutiunyan' },
    ],
    excluded: [],
  },

  dev049: {
    file: '049_xinhua_wangyi_botchorishvili.txt',
    url: 'http://en.people.cn/n3/2025/1108/c90000-20388163.html',
    outlet: 'Xinhua (via People’s Daily Online)',
    style: 'Xinhua readout of foreign ministers’ talks',
    patterns: ['Xinhua dateline "BEIJING, Nov. 7 (Xinhua) -- " (dateline day differs from the article date)', 'talks "on Friday" (the day before a Saturday article)', 'X, who is also …, said that …', '…, he added. (tail frame)', 'X noted that … and said …', 'verbless continuation "It is also ready to …" (the country = China, words of Wang)', 'caption and byline lines dropped; the guest’s reply falls past the cut'],
    actors: [
      { name: 'Wang Yi', kind: P, role: 'Foreign Minister of China', surface: ['Chinese FM', 'Chinese Foreign Minister Wang Yi', 'Wang', 'he', 'He'] },
      { name: 'Maka Botchorishvili', kind: P, role: 'Foreign Minister of Georgia', surface: ['Georgian counterpart', 'Maka Botchorishvili'] },
    ],
    quotes: [],
    reported: [
      { speaker: 'Wang Yi', from: 'Wang, who is also a member', to: 'long-term perspective.' },
      { speaker: 'Wang Yi', from: 'China is willing to work with Georgia to consolidate', to: 'bilateral relations, he added.' },
      { speaker: 'Wang Yi', from: 'Wang noted that China will advance', to: 'explore cooperation potential.' },
      { speaker: 'Wang Yi', from: 'It is also ready to expand cooperation', to: 'more substantive levels.', optional: true, note: 'continuation of Wang’s words without a speech verb' },
      { speaker: 'Wang Yi', from: 'Wang said that China stands ready', to: 'the international community.' },
      { speaker: 'Wang Yi', text: 'He also welcomed Georgia to join the International Organization for Mediation.' },
    ],
    contacts: [
      { a: 'Wang Yi', b: 'Maka Botchorishvili', kind: 'meeting', date: '2025-11-07', status: 'held', date_text: 'on Friday', evidence: 'held talks with Maka Botchorishvili, Georgia\'s minister of foreign affairs, in Beijing on Friday' },
    ],
    excluded: [],
  },

  dev050: {
    file: '050_panorama_bono_embassy.txt',
    url: 'https://panorama.am/en/news/2024/01/09/US-Embassy/2949315',
    outlet: 'Panorama.am',
    style: 'agency item on an envoy’s visit (embassy comment via APA)',
    patterns: ['unnamed embassy press secretary speaking on the record (speaker: the embassy, not the envoy named in the sentence)', 'The embassy official reminded that …', 'quote about the envoy in the third person ("Mr. Bono regularly holds talks")', 'met with Bono in Yerevan on Monday (the day before a Tuesday article)', '“…,” the Armenian Foreign Ministry said (readout quoted, collective "the interlocutors")', 'a dash in the headline ("– embassy")'],
    actors: [
      { name: 'Louis Bono', kind: P, role: 'U.S. Senior Adviser for Caucasus Negotiations', surface: ['Louis Bono', 'Mr. Bono', 'Bono'] },
      { name: 'U.S. Embassy in Azerbaijan', kind: O, role: null, surface: ['embassy', 'the U.S. Embassy in Azerbaijan', 'The embassy official', 'the press secretary'] },
      { name: 'Ararat Mirzoyan', kind: P, role: 'Foreign Minister of Armenia', surface: ['Armenian Foreign Minister Ararat Mirzoyan'] },
      { name: 'Ministry of Foreign Affairs of Armenia', kind: O, role: null, surface: ['the Armenian Foreign Ministry'] },
      { name: 'APA', kind: O, role: 'news agency', media: true, surface: ['APA'] },
    ],
    quotes: [
      { speaker: 'U.S. Embassy in Azerbaijan', text: 'Mr. Bono regularly holds talks with several key stakeholders in Armenia and Azerbaijan to support the peace process. We are ready to help any process that brings peace and stability to the peoples of the South Caucasus,', note: 'the unnamed press secretary; "Mr. Bono" is the subject, not the speaker' },
      { speaker: 'Ministry of Foreign Affairs of Armenia', text: 'During the meeting, the interlocutors discussed regional security issues, including the normalization process of relations between Armenia and Azerbaijan,' },
    ],
    reported: [
      { speaker: 'U.S. Embassy in Azerbaijan', from: 'Louis Bono, the U.S. State Department', to: 'told APA.', note: 'the press secretary of the embassy (unnamed)' },
      { speaker: 'U.S. Embassy in Azerbaijan', from: 'The embassy official reminded', to: 'lasting and dignified peace.' },
    ],
    contacts: [
      { a: 'Ararat Mirzoyan', b: 'Louis Bono', kind: 'meeting', date: '2024-01-08', status: 'held', date_text: 'on Monday', evidence: 'Armenian Foreign Minister Ararat Mirzoyan met with Bono in Yerevan on Monday' },
    ],
    excluded: [],
  },

  dev051: {
    file: '051_anadolu_abu_dhabi_planned.txt',
    url: 'https://www.usmuslims.com/azerbaijans-president-armenian-premier-to-hold-talks-in-abu-dhabi-305870h.htm',
    outlet: 'Anadolu Agency',
    style: 'wire item on an announced summit (AA, reposted)',
    patterns: ['"ISTANBUL (AA) - " dateline', 'planned meeting "on Thursday" (the day after a Wednesday article)', 'A statement by the presidency on Wednesday said … (organisation as speaker)', 'government confirmed … in a statement on Telegram, saying …', 'The statement added that … (the statement = Armenia’s government’s)', 'planned meeting "later today" with the host (the article date)'],
    actors: [
      { name: 'Ilham Aliyev', kind: P, role: 'President of Azerbaijan', surface: ['Azerbaijan’s president', 'Azerbaijani President Ilham Aliyev', 'Aliyev'] },
      { name: 'Nikol Pashinyan', kind: P, role: 'Prime Minister of Armenia', surface: ['Armenian premier', 'Armenian Prime Minister Nikol Pashinyan', 'Pashinyan'] },
      { name: 'Mohamed bin Zayed Al Nahyan', kind: P, role: 'President of the United Arab Emirates', surface: ['Sheikh Mohamed bin Zayed Al Nahyan'] },
      { name: 'Office of the President of Azerbaijan', kind: O, role: null, surface: ['the Azerbaijani presidency'] },
      { name: 'Government of Armenia', kind: O, role: null, surface: ['Armenia’s government'] },
    ],
    quotes: [],
    reported: [
      { speaker: 'Office of the President of Azerbaijan', from: 'Azerbaijani President Ilham Aliyev and Armenian Prime Minister', to: 'capital on Thursday.', optional: true, note: 'the announced fact, attributed only by the next sentence' },
      { speaker: 'Office of the President of Azerbaijan', from: 'A statement by the Azerbaijani presidency', to: 'two Southern Caucasus neighbors.' },
      { speaker: 'Government of Armenia', from: 'Armenia’s government also confirmed the meeting', to: 'to the Gulf nation.' },
      { speaker: 'Government of Armenia', from: 'The statement added that Pashinyan', to: 'later today.' },
    ],
    contacts: [
      { a: 'Ilham Aliyev', b: 'Nikol Pashinyan', kind: 'meeting', date: '2025-07-10', status: 'planned', date_text: 'on Thursday', evidence: 'will hold a bilateral meeting in the United Arab Emirates capital on Thursday' },
      { a: 'Nikol Pashinyan', b: 'Mohamed bin Zayed Al Nahyan', kind: 'meeting', date: '2025-07-09', status: 'planned', date_text: 'later today', evidence: 'Pashinyan is scheduled to meet with Sheikh Mohamed bin Zayed Al Nahyan, the UAE’s president, later today' },
    ],
    excluded: [],
  },
};
