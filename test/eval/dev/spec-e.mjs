// Hand annotation of dev articles 067-081 (real news rich in contacts: EPC summits in Prague, Chisinau and Granada,
// the CSTO summit in Yerevan, official visits of Georgian, Armenian and Azerbaijani leaders and ministers to Belarus,
// Turkey, Iran, Uzbekistan and the UAE, ministerial consultations, planned and postponed meetings). Items are anchored
// by their exact text (or by their first and last words, `from`/`to`); build-gold.mjs computes and verifies the offsets.
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

export default {
  dev067: {
    file: '067_mediamax_granada_quadrilateral.txt',
    url: 'https://mediamax.am/en/news/foreignpolicy/52766/',
    outlet: 'Mediamax',
    style: 'agency (Mediamax, Yerevan) relaying TASS and an unnamed EU diplomat',
    patterns: ['no headline in the stored page; agency dateline "Yerevan /Mediamax/."', 'four-party planned meeting "in Granada today" (every pair)', 'the first sentence is attributed only in the next one ("TASS reports this, citing a top European diplomat")', 'anonymous diplomat as speaker of a quotation ("the diplomat said")', 'cancelled five-party meeting: only Aliyev is named as absent, the five are inferred', 'capital as speaker (Baku stated)', 'von der Leyen says she will meet Pashinyan (planned meeting in reported speech)', 'Armenia’s Prime Minister inside a quotation'],
    actors: [
      { name: 'Nikol Pashinyan', kind: P, role: 'Prime Minister of Armenia', surface: ['Armenian Prime Minister Nikol Pashinyan', 'Nikol Pashinyan', 'Armenia’s Prime Minister'] },
      { name: 'Charles Michel', kind: P, role: 'President of the European Council', surface: ['President of the European Council Charles Michel'] },
      { name: 'Emmanuel Macron', kind: P, role: 'President of France', surface: ['French President Emmanuel Macron'] },
      { name: 'Olaf Scholz', kind: P, role: 'Chancellor of Germany', surface: ['German Chancellor Olaf Scholz'] },
      { name: 'Ilham Aliyev', kind: P, role: 'President of Azerbaijan', surface: ['the President of Azerbaijan', 'Aliyev'] },
      { name: 'Ursula von der Leyen', kind: P, role: 'President of the European Commission', surface: ['The head of the European Commission, Ursula von der Leyen', 'von der Leyen', 'she', 'She'] },
      { name: 'Government of Azerbaijan', kind: O, role: null, surface: ['Baku'] },
      { name: 'TASS', kind: O, role: 'news agency', media: true, surface: ['TASS'] },
      { name: 'Mediamax', kind: O, role: 'news agency', media: true, surface: ['Mediamax'] },
    ],
    quotes: [
      { speaker: null, anonymous: true, optional: true, text: 'The quadrilateral meeting will be held to discuss the current situation, the EU’s steps, the prospects of further work on the regulation of Armenian-Azerbaijani relations, as well as practical measures for promoting and deepening the EU-Armenia agenda,', note: '"the diplomat said" = the unnamed top European diplomat cited by TASS' },
      { speaker: 'Ursula von der Leyen', text: 'We have already allocated 5.2 million euros. Today I will inform Armenia’s Prime Minister that we will double that amount to 10.2 million euros. We will allocate another 15 million euros as aid to Armenia’s budget,' },
    ],
    reported: [
      { speaker: null, anonymous: true, optional: true, from: 'Armenian Prime Minister Nikol Pashinyan, President', to: 'in Granada today.', note: 'attributed in the next sentence to an unnamed European diplomat via TASS; sentence starts after the agency dateline' },
      { speaker: 'TASS', optional: true, text: 'TASS reports this, citing a top European diplomat.', note: 'a news agency reporting (media as speaker)' },
      { speaker: 'Government of Azerbaijan', text: 'On October 4, Baku stated that the President of Azerbaijan would not go to Granada, where the five-party meeting was scheduled.' },
      { speaker: 'Ursula von der Leyen', text: 'The head of the European Commission, Ursula von der Leyen, said today that she will meet Nikol Pashinyan in Granada.' },
      { speaker: 'Ursula von der Leyen', text: 'She noted that the European Union will allocate over 25 million euros in aid to Armenia.' },
    ],
    contacts: [
      ...pairs(['Nikol Pashinyan', 'Charles Michel', 'Emmanuel Macron', 'Olaf Scholz'], { kind: 'meeting', date: '2023-10-05', status: 'planned', date_text: 'in Granada today' }),
      { a: 'Ursula von der Leyen', b: 'Nikol Pashinyan', kind: 'meeting', date: '2023-10-05', status: 'planned', date_text: 'said today that she will meet … in Granada ("Today I will inform Armenia’s Prime Minister")' },
      { a: 'Ilham Aliyev', b: 'Nikol Pashinyan', kind: 'meeting', date: '2023-10-05', status: 'cancelled', date_text: 'would not go to Granada, where the five-party meeting was scheduled' },
      ...cross(['Ilham Aliyev'], ['Charles Michel', 'Emmanuel Macron', 'Olaf Scholz'], { kind: 'meeting', date: '2023-10-05', status: 'cancelled', optional: true, note: 'the other parties of the cancelled five-party meeting are inferred, not listed' }),
    ],
    excluded: [],
  },

  dev068: {
    file: '068_azernews_prague_quadrilateral.txt',
    url: 'https://www.azernews.az/nation/200446.html',
    outlet: 'Azernews',
    style: 'Azerbaijani English-language press, round-up before a summit; straight and curly quotes mixed',
    patterns: ['no headline in the stored page (timestamp line and byline dropped)', 'four-party meeting expected "today, on October 6" (every pair)', 'It is expected that … (agentless)', 'EU diplomat Josep Borrell (role noun before the name)', '"…," Borrell added (bare frame, straight quotes)', 'country as speaker of a proposal (Azerbaijan offered Armenia to hold …): a planned meeting between two states', 'earlier meeting with no day (Pashinyan and Macron met in Paris)', 'Macron stated that France is convinced … (stance of a state inside a person’s statement)', 'a quotation whose frame names Pashinyan only after the quote'],
    actors: [
      { name: 'Ilham Aliyev', kind: P, role: 'President of Azerbaijan', surface: ['Azerbaijani President Ilham Aliyev'] },
      { name: 'Nikol Pashinyan', kind: P, role: 'Prime Minister of Armenia', surface: ['Armenian Prime Minister Nikol Pashinyan', 'Pashinyan'] },
      { name: 'Emmanuel Macron', kind: P, role: 'President of France', surface: ['French President Emmanuel Macron', 'Macron'] },
      { name: 'Charles Michel', kind: P, role: 'President of the European Council', surface: ['President of the European Council Charles Michel'] },
      { name: 'Josep Borrell', kind: P, role: 'High Representative of the EU for Foreign Affairs and Security Policy', surface: ['EU diplomat Josep Borrell', 'Borrell'] },
      { name: 'Zacharie Gross', kind: P, role: 'Ambassador of France to Azerbaijan', surface: ['Ambassador of France to Azerbaijan Zacharie Gross'] },
      { name: 'Government of Azerbaijan', kind: O, role: null, surface: ['Azerbaijan'] },
      { name: 'Government of Armenia', kind: O, role: null, surface: ['Armenia'] },
    ],
    quotes: [
      { speaker: 'Josep Borrell', text: 'We do not spare diplomatic efforts. We mobilize the resources we have,' },
      { speaker: 'Nikol Pashinyan', text: 'As for long-term solutions, I think it is necessary to sign the Armenia-Azerbaijan peace treaty with the mutual recognition of the borders reaffirmed by the agreement of December 8, 1991. Armenia is ready for the opening of communications and the construction of new communication routes in the region, in accordance with the national legislations of the countries through which they pass,' },
    ],
    reported: [
      { speaker: null, optional: true, text: 'It is expected that the meeting will take place in Prague within the framework of the meeting of the European Political Community.', note: 'agentless "It is expected"' },
      { speaker: 'Josep Borrell', text: 'Meanwhile, EU diplomat Josep Borrell noted that Brussels is working to have a border commission meeting before the end of this month.' },
      { speaker: 'Government of Azerbaijan', optional: true, text: 'Azerbaijan offered Armenia to hold the third meeting of the commission on the delimitation of the state border in October, and not in November, as previously planned.', note: 'a proposal by a state (offered), no verb of saying' },
      { speaker: 'Zacharie Gross', from: 'Similarly, Ambassador of France to Azerbaijan Zacharie Gross noted', to: 'important meetings in Prague.' },
      { speaker: 'Emmanuel Macron', from: 'Talking about the escalations at the border, Macron stated', to: 'resume the dialogue immediately.' },
    ],
    contacts: [
      ...pairs(['Ilham Aliyev', 'Nikol Pashinyan', 'Emmanuel Macron', 'Charles Michel'], { kind: 'meeting', date: '2022-10-06', status: 'planned', date_text: 'today, on October 6 (in Prague)' }),
      { a: 'Nikol Pashinyan', b: 'Emmanuel Macron', kind: 'meeting', date: null, status: 'held', date_text: 'earlier … in Paris', note: 'same pair as the planned Prague meeting (the scorer keeps one contact per pair)' },
      { a: 'Government of Azerbaijan', b: 'Government of Armenia', kind: 'meeting', date: null, status: 'planned', optional: true, date_text: 'in October (in Brussels)', note: 'third meeting of the border delimitation commissions, proposed by Azerbaijan; the commissioners are not named' },
    ],
    excluded: [],
  },

  dev069: {
    file: '069_hetq_bayramov_botchorishvili.txt',
    url: 'https://hetq.am/en/article/172107',
    outlet: 'Hetq',
    style: 'Armenian investigative outlet summarising Georgian, Azerbaijani and agency readouts',
    patterns: ['navigation, byline and comment box dropped', 'headline with a typo (Minsters) and straight quotes', 'names in parentheses after the countries: The foreign ministers of Azerbaijan (Jeyhun Bayramov) and Georgia (Maka Botchorishvili)', 'meeting "in Baku today"', 'ministry "writes" + quoted fragment (ministry as speaker, mixed)', 'X, according to his office, also informed Y about “…” (speaker via the ministry)', 'news agency reports that X said … adding that … (speaker via the agency)', 'a paragraph that ends without a period (journalist’s comment)', 'reiterated Baku’s claim … and claimed that … (two speech verbs in one sentence)', 'the agency reports a government decision (media as speaker, optional)'],
    actors: [
      { name: 'Jeyhun Bayramov', kind: P, role: 'Foreign Minister of Azerbaijan', surface: ['Jeyhun Bayramov', 'Bayramov'] },
      { name: 'Maka Botchorishvili', kind: P, role: 'Foreign Minister of Georgia', surface: ['Maka Botchorishvili', 'Botchorishvili', 'her', 'she'] },
      { name: 'Ministry of Foreign Affairs of Georgia', kind: O, role: null, surface: ['The Georgian Foreign Ministry'] },
      { name: 'Ministry of Foreign Affairs of Azerbaijan', kind: O, role: null, surface: ['The Azerbaijani Foreign Ministry', 'his office'] },
      { name: 'AZERTAC', kind: O, role: 'state news agency of Azerbaijan', media: true, surface: ['Azerbaijani state news agency AzerTaj'] },
      { name: 'APA', kind: O, role: 'news agency', media: true, surface: ['The Azerbaijani Azeri Press Agency'] },
    ],
    quotes: [
      { speaker: 'Ministry of Foreign Affairs of Georgia', text: 'welcome the historic friendship and exemplary strategic partnership between the two countries.' },
      { speaker: 'Ministry of Foreign Affairs of Azerbaijan', text: 'the political, security, economic, energy, transport-communications, humanitarian dimensions of Azerbaijan-Georgia strategic partnership.' },
      { speaker: 'Jeyhun Bayramov', via: 'Ministry of Foreign Affairs of Azerbaijan', text: 'post-conflict regional construction and demining' },
    ],
    reported: [
      { speaker: 'Ministry of Foreign Affairs of Georgia', from: 'The Georgian Foreign Ministry writes', to: 'between the two countries.”', mixed: true },
      { speaker: 'Ministry of Foreign Affairs of Azerbaijan', from: 'The Azerbaijani Foreign Ministry writes', to: 'strategic partnership.”', mixed: true },
      { speaker: 'Jeyhun Bayramov', via: 'Ministry of Foreign Affairs of Azerbaijan', text: 'Bayramov, according to his office, also informed Botchorishvili about “post-conflict regional construction and demining”.', mixed: true },
      { speaker: 'Maka Botchorishvili', via: 'AZERTAC', from: 'Azerbaijani state news agency AzerTaj reports', to: 'concern Azerbaijan and Armenia.' },
      { speaker: 'Jeyhun Bayramov', from: 'Bayramov, during the press conference', to: 'Baku and Tbilisi do.' },
      { speaker: 'APA', optional: true, from: 'The Azerbaijani Azeri Press Agency reports', to: 'embassy building in Baku.', note: 'a news agency reporting a government decision' },
    ],
    contacts: [
      { a: 'Jeyhun Bayramov', b: 'Maka Botchorishvili', kind: 'meeting', date: '2025-01-16', status: 'held', date_text: 'met in Baku today' },
    ],
    excluded: [],
  },

  dev070: {
    file: '070_trtworld_erdogan_kavelashvili.txt',
    url: 'https://www.trtworld.com/article/e6f46fa5c0ed',
    outlet: 'TRT World',
    style: 'international press (Turkish state broadcaster), visit with joint press conference',
    patterns: ['section label, photo caption and date line dropped; the standfirst kept as first paragraph', 'present-tense standfirst: hold talks and agree (collective)', 'capitals as a collective subject (Ankara and Tbilisi have vowed)', 'said on Tuesday the two countries … “shoulder to shoulder” (speech verb with a day, mixed)', 'calling it “…,” (quoted epithet inside a paraphrase)', 'adding: “…” (colon before the quotation)', 'one-word quotation “crucial.”', 'planned dinner hosted by the host (same pair, planned)', 'Erdogan spelled without ğ'],
    actors: [
      { name: 'Recep Tayyip Erdoğan', kind: P, role: 'President of Turkey', surface: ['Turkish President Erdogan', 'Erdogan', 'Turkish President Recep Tayyip Erdogan', 'President Erdogan', 'He'] },
      { name: 'Mikheil Kavelashvili', kind: P, role: 'President of Georgia', surface: ['his Georgian counterpart Kavelashvili', 'Kavelashvili', 'his Georgian counterpart Mikheil Kavelashvili', 'The Georgian president'] },
      { name: 'Government of Turkey', kind: O, role: null, surface: ['Ankara'] },
      { name: 'Government of Georgia', kind: O, role: null, surface: ['Tbilisi'] },
    ],
    quotes: [
      { speaker: 'Recep Tayyip Erdoğan', text: 'shoulder to shoulder' },
      { speaker: 'Recep Tayyip Erdoğan', text: 'the backbone of the Middle Corridor,' },
      { speaker: 'Recep Tayyip Erdoğan', text: 'We are steadily moving toward our new goal of $5 billion.' },
      { speaker: 'Mikheil Kavelashvili', text: 'pivotal role' },
      { speaker: 'Mikheil Kavelashvili', text: 'crucial.', optional: true, note: 'one-word quotation' },
    ],
    reported: [
      { speaker: null, optional: true, text: 'Turkish President Erdogan and his Georgian counterpart Kavelashvili hold bilateral talks and agree to boost bilateral trade to $5 billion.', note: 'standfirst; collective "agree"' },
      { speaker: 'Government of Turkey', optional: true, from: 'Ankara and Tbilisi have vowed', to: 'in the Turkish capital.', note: 'collective: the two capitals vowed (first party as speaker)' },
      { speaker: 'Recep Tayyip Erdoğan', from: 'During a joint press conference, Erdogan said', to: 'humanitarian crisis in Gaza.', mixed: true },
      { speaker: 'Recep Tayyip Erdoğan', text: 'President Erdogan also expressed hope that their strategic partnership would deepen further with public backing.' },
      { speaker: 'Recep Tayyip Erdoğan', from: 'Erdogan stressed the strategic importance', to: 'operating at full capacity.', mixed: true },
      { speaker: 'Recep Tayyip Erdoğan', from: 'He said that the bilateral trade volume', to: 'new goal of $5 billion.”', mixed: true },
      { speaker: 'Mikheil Kavelashvili', from: 'Kavelashvili praised Türkiye’s', to: 'territorial integrity “crucial.”', mixed: true },
    ],
    contacts: [
      { a: 'Recep Tayyip Erdoğan', b: 'Mikheil Kavelashvili', kind: 'meeting', date: '2025-08-12', status: 'held', date_text: 'said on Tuesday (joint press conference; hosted … in the Turkish capital)' },
      { a: 'Recep Tayyip Erdoğan', b: 'Mikheil Kavelashvili', kind: 'meeting', date: null, status: 'planned', date_text: 'an official dinner hosted by Erdogan (during the two-day visit)', note: 'same pair (the scorer keeps one contact per pair)' },
    ],
    excluded: [],
  },

  dev071: {
    file: '071_georgiatoday_bakhtadze_lukashenko.txt',
    url: 'http://gtarchive.georgiatoday.ge/news/17028/PM-Bakhtadze-Meets-Alexander-Lukashenko-',
    outlet: 'Georgia Today',
    style: 'Georgian English-language press (archive), visit report with quotations',
    patterns: ['"met in Minsk today, on August 23"', 'inverted report with a semicolon: "…; affirmed Lukashenko during the meeting."', 'a quotation closed with an opening mark (“…,“): the quote cannot be anchored by the build tool, its sentence is given as an optional reported item', 'typo in a name: PM Mamuka Bakhtdze', 'This quote from Lukashenko followed the gratitude that Bakhtadze expressed (embedded speech act)', 'The Belarus President / the President of Belarus (roles)', 'X reported, the trade turnover … and revealed on his Twitter page that … “…” (comma instead of that, mixed)', 'delegation member accompanying the PM (no contact of his own)', 'separate meetings with two officials with no day given', 'Sergei Roumas spelling (Sergey Rumas)'],
    actors: [
      { name: 'Mamuka Bakhtadze', kind: P, role: 'Prime Minister of Georgia', surface: ['PM Bakhtadze', 'Bakhtadze', 'PM Mamuka Bakhtdze', 'his'] },
      { name: 'Alexander Lukashenko', kind: P, role: 'President of Belarus', surface: ['Alexander Lukashenko', 'the President of Belarus, Alexander Lukashenko', 'Lukashenko', 'the President of Belarus', 'The Belarus President'] },
      { name: 'Davit Zalkaliani', kind: P, role: 'Foreign Minister of Georgia', surface: ['Davit Zalkaliani, the Minister of Foreign Affairs of Georgia', 'Zalkaliani'] },
      { name: 'Sergey Rumas', kind: P, role: 'Prime Minister of Belarus', surface: ['Prime Minister of Belarus, Sergei Roumas'] },
      { name: 'Vladimir Andreichenko', kind: P, role: 'Chairman of the House of Representatives of Belarus', surface: ['Chairman of the House of Representatives Vladimir Andreichenko'] },
    ],
    quotes: [
      { speaker: 'Alexander Lukashenko', text: 'Some time ago we started from zero and could not imagine how we could trade with Georgia due to the issues with the Russian Federation and other things. However, in a few years, we learned how to trade, and we see prospects,' },
      { speaker: 'Davit Zalkaliani', text: 'boost trade and implement economic projects between the two countries' },
    ],
    reported: [
      { speaker: 'Alexander Lukashenko', from: 'Supporting Georgia’s territorial unity', to: 'affirmed Lukashenko during the meeting.' },
      { speaker: 'Alexander Lukashenko', text: 'Lukashenko emphasized that Belarus holds similar sentiments over other countries.' },
      { speaker: 'Alexander Lukashenko', optional: true, text: '“This could happen to any country and it is out-of-tolerance,“ said the President of Belarus.', note: 'a bare quotation frame (normally only a quote); the quotation itself is closed with “ (U+201C), which gold-lib does not accept as a closing mark, so it is given here' },
      { speaker: 'Mamuka Bakhtadze', optional: true, text: 'This quote from Lukashenko followed the gratitude that Bakhtadze expressed for supporting Georgia, its territorial unity and sovereignty.', note: 'embedded speech act (the gratitude that X expressed)' },
      { speaker: 'Mamuka Bakhtadze', text: 'PM Mamuka Bakhtdze noted, quite rightfully, that Georgian people will never forget Belarusians outspoken support.' },
      { speaker: null, optional: true, text: 'The heads of the two countries also talked about economic prospects and the way the bilateral relationship can be improved.', note: 'collective' },
      { speaker: 'Alexander Lukashenko', from: 'The Belarus President assured', to: 'will be deepened.' },
      { speaker: 'Davit Zalkaliani', from: 'Zalkaliani reported, the trade turnover', to: 'between the two countries”.', mixed: true },
    ],
    contacts: [
      { a: 'Mamuka Bakhtadze', b: 'Alexander Lukashenko', kind: 'meeting', date: '2019-08-23', status: 'held', date_text: 'met in Minsk today, on August 23' },
      { a: 'Mamuka Bakhtadze', b: 'Sergey Rumas', kind: 'meeting', date: null, status: 'held', date_text: 'as a part of his official visit', note: 'no day given for the separate meetings' },
      { a: 'Mamuka Bakhtadze', b: 'Vladimir Andreichenko', kind: 'meeting', date: null, status: 'held', date_text: 'as a part of his official visit' },
    ],
    excluded: [],
  },

  dev072: {
    file: '072_primeministeram_pashinyan_overchuk.txt',
    url: 'https://www.primeminister.am/en/press-release/item/2023/06/14/Nikol-Pashinyan-meeting/',
    outlet: 'Office of the Prime Minister of Armenia (primeminister.am)',
    style: 'government readout, straight double quotes',
    patterns: ['"received" with no day (date null)', 'a third participant (Deputy Prime Minister Mher Grigoryan also participated in the meeting; no final period)', 'the Prime Minister / The Deputy Prime Minister of the Russian Federation / the Russian Deputy Prime Minister (roles)', 'noted that … and stated that … (two verbs, one speaker)', 'a meeting of the Armenian and Russian Prime Ministers in Sochi recently (the Russian PM is not named)', 'the interlocutors referred to / discussed (collective)', 'an earlier meeting of the same pair (Before the meeting with the Prime Minister …)', 'readout cut before the last, unfinished paragraph'],
    actors: [
      { name: 'Nikol Pashinyan', kind: P, role: 'Prime Minister of Armenia', surface: ['PM Pashinyan', 'Prime Minister Nikol Pashinyan', 'The Prime Minister', 'the Prime Minister', 'Nikol Pashinyan'] },
      { name: 'Alexey Overchuk', kind: P, role: 'Deputy Prime Minister of Russia', surface: ['Alexey Overchuk', 'Deputy Prime Minister of the Russian Federation Alexey Overchuk', 'The Deputy Prime Minister of the Russian Federation', 'the Russian Deputy Prime Minister'] },
      { name: 'Mher Grigoryan', kind: P, role: 'Deputy Prime Minister of Armenia', surface: ['Deputy Prime Minister Mher Grigoryan', 'the Deputy Prime Minister of Armenia Mher Grigoryan'] },
      { name: 'Mikhail Mishustin', kind: P, role: 'Prime Minister of Russia', named_in_text: false, surface: ['Russian Prime Ministers'] },
    ],
    quotes: [
      { speaker: 'Nikol Pashinyan', text: 'As you know, we are interested in opening and unblocking all transport and economic communications in the region, based on the sovereignty and jurisdiction of the parties through the territories of which these possible infrastructures pass. I am sure that we will discuss some aspects today, I am happy to meet you on this occasion,' },
    ],
    reported: [
      { speaker: 'Nikol Pashinyan', from: 'The Prime Minister noted that Armenia and Russia', to: 'November 9-10, 2020.' },
      { speaker: 'Alexey Overchuk', from: 'Alexey Overchuk noted that a meaningful meeting', to: 'developing successfully.' },
      { speaker: 'Alexey Overchuk', from: 'The Deputy Prime Minister of the Russian Federation noted', to: 'by 96 percent.' },
      { speaker: null, optional: true, from: 'Next, the interlocutors referred', to: 'in the South Caucasus.', note: 'collective' },
      { speaker: null, optional: true, from: 'In this context, Nikol Pashinyan and Alexey Overchuk discussed', to: 'jurisdiction of the parties.', note: 'collective' },
    ],
    contacts: [
      { a: 'Nikol Pashinyan', b: 'Alexey Overchuk', kind: 'meeting', date: null, status: 'held', date_text: null, evidence: 'Prime Minister Nikol Pashinyan received … Alexey Overchuk' },
      { a: 'Mher Grigoryan', b: 'Alexey Overchuk', kind: 'meeting', date: null, status: 'held', date_text: null, evidence: 'Deputy Prime Minister Mher Grigoryan also participated in the meeting; before it, Overchuk also had a meeting with Grigoryan' },
      { a: 'Nikol Pashinyan', b: 'Mher Grigoryan', kind: 'meeting', date: null, status: 'held', optional: true, note: 'both on the Armenian side of the meeting' },
      { a: 'Nikol Pashinyan', b: 'Mikhail Mishustin', kind: 'meeting', date: null, status: 'held', optional: true, date_text: 'in Sochi recently', note: 'the Russian Prime Minister is not named' },
    ],
    excluded: [],
  },

  dev073: {
    file: '073_reportaz_defense_trilateral_ankara.txt',
    url: 'https://report.az/en/region/turkish-azerbaijani-georgian-defense-ministers-to-convene-in-ankara',
    outlet: 'Report.az',
    style: 'Azerbaijani agency relaying a Georgian ministry announcement',
    patterns: ['tag line, section and time stamp dropped', 'planned trilateral meeting with no day (every pair)', 'according to the Georgian Ministry of Defense, Report informs via local media (ministry as speaker through two layers)', '"…," the ministry said (ministry as speaker)', 'It was also noted that … (agentless; the ministry)', 'counterparts-Yasar Guler and Zakir Hasanov (names after a hyphen, no space)', 'planned bilateral meetings of the same pairs', 'a future statement (will issue a statement) is not a statement'],
    actors: [
      { name: 'Irakli Chikovani', kind: P, role: 'Minister of Defence of Georgia', surface: ["Georgia's Defense Minister Irakli Chikovani"] },
      { name: 'Yaşar Güler', kind: P, role: 'Minister of National Defence of Turkey', surface: ['Yasar Guler'] },
      { name: 'Zakir Hasanov', kind: P, role: 'Minister of Defence of Azerbaijan', surface: ['Zakir Hasanov'] },
      { name: 'Ministry of Defence of Georgia', kind: O, role: null, surface: ['the Georgian Ministry of Defense', 'the ministry'] },
      { name: 'Report', kind: O, role: 'news agency', media: true, surface: ['Report'] },
    ],
    quotes: [
      { speaker: 'Ministry of Defence of Georgia', text: 'The defense ministers of these countries will discuss strategic partnership issues and plans to enhance cooperation in a trilateral format. The next meeting is scheduled to take place in Azerbaijan next year,' },
    ],
    reported: [
      { speaker: 'Ministry of Defence of Georgia', from: 'A trilateral meeting of the defense ministers', to: 'via local media.' },
      { speaker: 'Ministry of Defence of Georgia', optional: true, from: 'It was also noted that', to: 'Zakir Hasanov.', note: 'agentless "It was also noted" (the ministry’s announcement)' },
    ],
    contacts: [
      ...pairs(['Irakli Chikovani', 'Yaşar Güler', 'Zakir Hasanov'], { kind: 'meeting', date: null, status: 'planned', date_text: 'will be held in Ankara', note: 'trilateral meeting and (for Chikovani) bilateral meetings; no day in the text' }),
    ],
    excluded: [],
  },

  dev074: {
    file: '074_silkway_bayramov_abdollahian.txt',
    url: 'https://www.silkway.news/what-were-bayramov-and-abdollahian-in-80803/',
    outlet: 'Silk Way News',
    style: 'aggregator (machine-like translation of an Azerbaijani readout); the page gives no date, the file date is the meeting day',
    patterns: ['garbled headline', 'four spellings of one minister: Jahun / Jaykhun / Minister Bayramov (Jeyhun Bayramov), and Abdollahian / Abdolchian for Amir-Abdollahian', '"On Monday, July 4" with an explicit date', 'expressed gratitude … for invitation and hospitality (speech act without content)', 'it was emphasized that … / was emphasized (agentless)', 'The ministers noted … and announced … (collective)', 'meetings between the presidents of the two countries (unnamed; no contact annotated)', 'project names in quotation marks (excluded)', 'last paragraph (the Iranian minister’s reply) cut because the stored page stops mid-sentence'],
    actors: [
      { name: 'Jeyhun Bayramov', kind: P, role: 'Foreign Minister of Azerbaijan', surface: ['Minister of Foreign Affairs Jahun Bayramov', 'Jaykhun Bayramov', 'Minister Bayramov', 'Bayramov'] },
      { name: 'Hossein Amir-Abdollahian', kind: P, role: 'Foreign Minister of Iran', surface: ['the Foreign Minister of Iran Hossein Amir Abdollahian', 'Abdollahian', 'his colleague', 'Abdolchian'] },
    ],
    quotes: [],
    reported: [
      { speaker: 'Jeyhun Bayramov', optional: true, text: 'At the meeting, Jaykhun Bayramov expressed gratitude to his colleague for invitation and hospitality.', note: 'thanks: a speech act without content' },
      { speaker: null, optional: true, from: 'During the meeting, it was emphasized that', to: 'between Azerbaijan and Iran.', note: 'agentless' },
      { speaker: 'Jeyhun Bayramov', from: 'Minister Bayramov noted that over the past year', to: 'development in this area.' },
      { speaker: null, optional: true, from: 'The importance of cooperation between Azerbaijan and Iran', to: 'was emphasized.', note: 'agentless passive' },
      { speaker: null, optional: true, from: 'The ministers noted that there are effective', to: 'bridge across Astarachai.', note: 'collective "The ministers"' },
      { speaker: 'Jeyhun Bayramov', from: 'Speaking about the restoration', to: 'companies in this process.' },
      { speaker: 'Jeyhun Bayramov', from: 'Jaykhun Bayramov informed Abdolchian', to: 'principles of international law.' },
    ],
    contacts: [
      { a: 'Jeyhun Bayramov', b: 'Hossein Amir-Abdollahian', kind: 'meeting', date: '2022-07-04', status: 'held', date_text: 'On Monday, July 4' },
    ],
    excluded: [
      { text: 'Khudaferin', reason: 'project name in quotation marks' },
      { text: 'Gyz Galasa', reason: 'project name in quotation marks' },
    ],
  },

  dev075: {
    file: '075_anews_trilateral_postponed.txt',
    url: 'https://www.anews.com.tr/world/2021/02/18/turkey-azerbaijan-georgia-trilateral-meeting-postponed',
    outlet: 'A News (aNews, Turkey)',
    style: 'Turkish English-language press, postponed meeting; no quotations',
    patterns: ['no headline in the stored page', 'postponed (cancelled) trilateral meeting "on Friday" in a Thursday article', 'Azerbaijani minister not named (the pairs with him are optional)', 'according to Turkish diplomatic sources (anonymous)', 'a postponed two-day visit to a capital (no named host)', 'According to Georgian authorities (government as speaker)', 'the country’s premier = Gakharia (role before the name)', 'announced his resignation, citing … (speech act with content)', 'Criticizing …, X said that … (participle opening)'],
    actors: [
      { name: 'Mevlüt Çavuşoğlu', kind: P, role: 'Foreign Minister of Turkey', surface: ['Turkish Foreign Minister Mevlüt Çavuşoğlu'] },
      { name: 'David Zalkaliani', kind: P, role: 'Deputy Prime Minister, Foreign Minister of Georgia', surface: ["Georgia's Deputy Prime Minister and Foreign Minister David Zalkaliani"] },
      { name: 'Jeyhun Bayramov', kind: P, role: 'Foreign Minister of Azerbaijan', named_in_text: false, surface: ['foreign ministers of Turkey, Azerbaijan and Georgia'] },
      { name: 'Giorgi Gakharia', kind: P, role: 'Prime Minister of Georgia', surface: ['Georgian Prime Minister Giorgi Gakharia', 'Gakharia', "the country's premier"] },
      { name: 'Nika Melia', kind: P, role: 'Chairman of the United National Movement', surface: ['Nika Melia, the head of the main opposition United National Movement', 'the opposition leader'] },
      { name: 'Government of Georgia', kind: O, role: null, surface: ['Georgian authorities'] },
    ],
    quotes: [],
    reported: [
      { speaker: null, anonymous: true, optional: true, from: 'The trilateral meeting of foreign ministers', to: 'Turkish diplomatic sources Thursday.', note: 'anonymous diplomatic sources' },
      { speaker: null, anonymous: true, optional: true, text: "Turkish Foreign Minister Mevlüt Çavuşoğlu's two-day visit to Azerbaijan's capital Baku for official talks has been postponed as well.", note: 'continues the report of the anonymous sources (no verb of saying)' },
      { speaker: 'Government of Georgia', from: 'According to Georgian authorities', to: 'amid the political turmoil.' },
      { speaker: 'Giorgi Gakharia', from: 'Early Thursday, Georgian Prime Minister Giorgi Gakharia announced', to: 'United National Movement.' },
      { speaker: 'Giorgi Gakharia', from: 'Criticizing the decision to arrest', to: 'prevailing in the country.' },
    ],
    contacts: [
      { a: 'Mevlüt Çavuşoğlu', b: 'David Zalkaliani', kind: 'meeting', date: '2021-02-19', status: 'cancelled', date_text: 'previously scheduled to be held on Friday' },
      ...cross(['Jeyhun Bayramov'], ['Mevlüt Çavuşoğlu', 'David Zalkaliani'], { kind: 'meeting', date: '2021-02-19', status: 'cancelled', optional: true, note: 'the Azerbaijani foreign minister (host in Baku) is not named' }),
    ],
    excluded: [],
  },

  dev076: {
    file: '076_agendage_garibashvili_mirziyoyev.txt',
    url: 'https://agenda.ge/en/news/2022/2754',
    outlet: 'Agenda.ge',
    style: 'Georgian English-language agency built on a government press release',
    patterns: ['photo caption dropped; the agency line "Agenda.ge, 19 Jul 2022 - 15:21, Tbilisi,Georgia" kept as dateline paragraph', 'agentless passive (were discussed on Tuesday in a meeting between A and B)', 'meeting "on Tuesday" in a Tuesday article (same day)', 'invited him to an official visit (planned contact from an invitation)', '…, the Georgian Government Administration said (speaker via the administration)', 'several short quoted fragments, one a single word (“friend”)', 'his = Mirziyoyev, He = Garibashvili'],
    actors: [
      { name: 'Irakli Garibashvili', kind: P, role: 'Prime Minister of Georgia', surface: ['the Georgian Prime Minister Irakli Garibashvili', 'Garibashvili', 'He'] },
      { name: 'Shavkat Mirziyoyev', kind: P, role: 'President of Uzbekistan', surface: ['the President of Uzbekistan Shavkat Mirziyoyev', 'Mirziyoyev', 'him', 'his'] },
      { name: 'Administration of the Government of Georgia', kind: O, role: null, surface: ['the Georgian Government Administration'] },
      { name: 'Agenda.ge', kind: O, role: 'news agency', media: true, surface: ['Agenda.ge'] },
    ],
    quotes: [
      { speaker: 'Irakli Garibashvili', via: 'Administration of the Government of Georgia', text: 'warm welcome' },
      { speaker: 'Irakli Garibashvili', text: 'important and reliable' },
      { speaker: 'Irakli Garibashvili', text: 'friend', optional: true, note: 'one-word quotation' },
    ],
    reported: [
      { speaker: null, optional: true, from: 'Cooperation between Georgia and Uzbekistan', to: 'Shavkat Mirziyoyev.', note: 'agentless passive "were discussed"' },
      { speaker: 'Irakli Garibashvili', via: 'Administration of the Government of Georgia', from: 'Garibashvili extended his gratitude', to: 'Government Administration said.', mixed: true },
      { speaker: 'Irakli Garibashvili', from: 'He also stressed Georgia considered', to: 'its “friend”.', mixed: true },
    ],
    contacts: [
      { a: 'Irakli Garibashvili', b: 'Shavkat Mirziyoyev', kind: 'meeting', date: '2022-07-19', status: 'held', date_text: 'on Tuesday' },
      { a: 'Irakli Garibashvili', b: 'Shavkat Mirziyoyev', kind: 'meeting', date: null, status: 'planned', optional: true, date_text: 'invited him to an official visit to Georgia', note: 'an invitation, not a scheduled visit; same pair' },
    ],
    excluded: [],
  },

  dev077: {
    file: '077_1tv_kobakhidze_uzbekistan.txt',
    url: 'https://1tv.ge/lang/en/news/georgian-pm-departs-for-uzbekistan-with-official-visit/',
    outlet: 'First Channel (1tv.ge, Georgian Public Broadcaster)',
    style: 'public broadcaster, departure note with a programme of meetings; no statements',
    patterns: ['headline repeated in the stored page (kept once)', 'planned meetings with four officials, two of them named only by office (Speaker of the Legislative Chamber, Chairman of the Senate)', 'patronymic in a name: Abdulla Nigmatovich Aripov', 'Uzbekistani PM (role abbreviation)', 'a long delegation list (no contact of its own)', 'title garbled in the source: First Vice Speaker/ Minister of Economy (First Vice Prime Minister)', 'no day for the planned meetings; the page gives no date (visit began on 4 March 2025)'],
    actors: [
      { name: 'Irakli Kobakhidze', kind: P, role: 'Prime Minister of Georgia', surface: ['Georgian Prime Minister Irakli Kobakhidze', 'Georgian PM', 'the PM', 'his'] },
      { name: 'Shavkat Mirziyoyev', kind: P, role: 'President of Uzbekistan', surface: ['President of Uzbekistan Shavkat Mirziyoyev'] },
      { name: 'Abdulla Aripov', kind: P, role: 'Prime Minister of Uzbekistan', surface: ['Uzbekistani PM Abdulla Nigmatovich Aripov'] },
      { name: 'Nuriddin Ismoilov', kind: P, role: 'Speaker of the Legislative Chamber of the Oliy Majlis of Uzbekistan', named_in_text: false, surface: ['Speaker of the Legislative Chamber'] },
      { name: 'Tanzila Narbaeva', kind: P, role: 'Chairman of the Senate of the Oliy Majlis of Uzbekistan', named_in_text: false, surface: ['Chairman of the Senate'] },
      { name: 'Levan Davitashvili', kind: P, role: 'First Deputy Prime Minister, Minister of Economy and Sustainable Development of Georgia', surface: ['First Vice Speaker/ Minister of Economy and Sustainable Development Levan Davitashvili'] },
      { name: 'Maka Botchorishvili', kind: P, role: 'Foreign Minister of Georgia', surface: ['Minister of Foreign Affairs Maka Botchorishvili'] },
      { name: 'Irakli Karseladze', kind: P, role: 'Minister of Regional Development and Infrastructure of Georgia', surface: ['Minister of Regional Development and Infrastructure Irakli Karseladze'] },
      { name: 'Davit Songhulashvili', kind: P, role: 'Minister of Environment Protection and Agriculture of Georgia', surface: ['Minister of Environment Protection and Agriculture Davit Songhulashvili'] },
      { name: 'Shalva Gogoladze', kind: P, role: 'Minister of Sport of Georgia', surface: ['Sports Minister Shalva Gogoladze'] },
      { name: 'Levan Zhorzholiani', kind: P, role: 'Head of the Administration of the Government of Georgia', surface: ['Government Administration Head Levan Zhorzholiani'] },
    ],
    quotes: [],
    reported: [],
    contacts: [
      { a: 'Irakli Kobakhidze', b: 'Shavkat Mirziyoyev', kind: 'meeting', date: null, status: 'planned', date_text: 'Within the framework of his visit, the PM will meet' },
      { a: 'Irakli Kobakhidze', b: 'Abdulla Aripov', kind: 'meeting', date: null, status: 'planned', date_text: 'Within the framework of his visit, the PM will meet' },
      { a: 'Irakli Kobakhidze', b: 'Nuriddin Ismoilov', kind: 'meeting', date: null, status: 'planned', optional: true, note: 'named only by office' },
      { a: 'Irakli Kobakhidze', b: 'Tanzila Narbaeva', kind: 'meeting', date: null, status: 'planned', optional: true, note: 'named only by office' },
    ],
    excluded: [],
  },

  dev078: {
    file: '078_wam_ghobash_mirzoyan.txt',
    url: 'https://www.wam.ae/en/details/1395303194560',
    outlet: 'WAM (Emirates News Agency)',
    style: 'Gulf state agency readout of a parliamentary meeting',
    patterns: ['no headline in the stored page; dateline "ABU DHABI, 7th September, 2023 (WAM) --" (the meeting day is given only by the dateline)', 'name, title in apposition: Saqr Ghobash, Speaker of the Federal National Council (FNC)', 'welcomed … congratulating … (speech acts without content)', 'He also conveyed his hopes …, lauding … (participle chain)', 'affirmed …, noting that … / pointing out … (one speaker per sentence)', 'his = Ghobash in one sentence, Mirzoyan in the next'],
    actors: [
      { name: 'Saqr Ghobash', kind: P, role: 'Speaker of the Federal National Council of the UAE', surface: ['Saqr Ghobash, Speaker of the Federal National Council (FNC)', 'Ghobash', 'He'] },
      { name: 'Ararat Mirzoyan', kind: P, role: 'Foreign Minister of Armenia', surface: ['Ararat Mirzoyan, Minister of Foreign Affairs of Armenia', 'Mirzoyan'] },
      { name: 'WAM', kind: O, role: 'news agency', media: true, surface: ['WAM'] },
    ],
    quotes: [],
    reported: [
      { speaker: 'Saqr Ghobash', optional: true, from: 'During the meeting, Ghobash welcomed', to: 'on 21st September.', note: 'welcome and congratulations: speech acts without content' },
      { speaker: 'Saqr Ghobash', from: 'He also conveyed his hopes', to: '25th June, 1998.' },
      { speaker: 'Saqr Ghobash', from: 'He then highlighted', to: 'developmental agendas.' },
      { speaker: 'Saqr Ghobash', from: 'Ghobash affirmed the importance', to: 'threatens all countries.' },
      { speaker: 'Ararat Mirzoyan', from: 'Mirzoyan affirmed the importance', to: 'bonds of friendship.' },
    ],
    contacts: [
      { a: 'Saqr Ghobash', b: 'Ararat Mirzoyan', kind: 'meeting', date: '2023-09-07', status: 'held', date_text: 'dateline ABU DHABI, 7th September, 2023 (received … at the FNC’s headquarters)' },
    ],
    excluded: [],
  },

  dev079: {
    file: '079_pacsto_csto_yerevan.txt',
    url: 'https://pacsto.org/events/lidery-stran-odkb-vstretilis-v-erevane',
    outlet: 'CSTO Parliamentary Assembly (pacsto.org)',
    style: 'organisation website (English version) on a summit; the page gives no date, the file date is the summit day',
    patterns: ['no headline in the stored page', 'six-leader summit "in Yerevan on November 23" (every pair)', 'name, title, name, title … list in one sentence', 'each leader’s statement in its own sentence, name with apposition as subject', 'a sentence that continues a statement with no verb of saying (Participants are effectively cooperating …)', 'He noted … “…” (mixed, quoted fragment at the end)', 'The Tajik leader drew attention … to (speech act)', 'It was also declared that (agentless)', 'According to the Kremlin website (institution as source)', 'Aleksandr spelling for Lukashenko', 'named persons who are not in a contact (Tasmagambetov, Manturov)'],
    actors: [
      { name: 'Vladimir Putin', kind: P, role: 'President of Russia', surface: ['Vladimir Putin, President of Russia', 'Vladimir Putin'] },
      { name: 'Nikol Pashinyan', kind: P, role: 'Prime Minister of Armenia', surface: ['Nikol Pashinyan, Prime Minister of Armenia', 'Nikol Pashinyan', 'the host of the summit'] },
      { name: 'Alexander Lukashenko', kind: P, role: 'President of Belarus', surface: ['Aleksandr Lukashenko, President of Belarus', 'Aleksandr Lukashenko'] },
      { name: 'Kassym-Jomart Tokayev', kind: P, role: 'President of Kazakhstan', surface: ['Kassym-Jomart Tokayev, President of Kazakhstan', 'Kassym-Jomart Tokayev'] },
      { name: 'Sadyr Japarov', kind: P, role: 'President of Kyrgyzstan', surface: ['Sadyr Japarov, President of Kyrgyzstan', 'Sadyr Japarov, Kyrgyz leader', 'Sadyr Japarov', 'He'] },
      { name: 'Emomali Rahmon', kind: P, role: 'President of Tajikistan', surface: ['Emomali Rahmon, President of Tajikistan', 'Emomali Rahmon', 'The Tajik leader'] },
      { name: 'Imangali Tasmagambetov', kind: P, role: 'CSTO Secretary General from 2023', surface: ['Imangali Tasmagambetov, representative of Kazakhstan'] },
      { name: 'Denis Manturov', kind: P, role: 'Deputy Prime Minister of Russia', surface: ['Denis Manturov, Russian deputy Prime Minister'] },
      { name: 'Government of Russia', kind: O, role: null, surface: ['the Kremlin'] },
    ],
    quotes: [
      { speaker: 'Sadyr Japarov', text: 'for a timely response to the changing situation.' },
    ],
    reported: [
      { speaker: 'Nikol Pashinyan', from: 'Nikol Pashinyan, Prime Minister of Armenia and the host', to: 'Secretary General in 2023.' },
      { speaker: 'Alexander Lukashenko', from: 'During the meeting, Aleksandr Lukashenko named', to: 'maximum mutual support.' },
      { speaker: 'Vladimir Putin', from: 'Vladimir Putin, President of Russia, stressed', to: 'considerably more dynamic.' },
      { speaker: 'Vladimir Putin', optional: true, text: 'Participants are effectively cooperating through joint mechanisms through the Foreign and Defence Ministries, Security Councils and Parliaments.', note: 'continues Putin’s statement, or the website’s own comment' },
      { speaker: 'Kassym-Jomart Tokayev', from: 'Kassym-Jomart Tokayev, President of Kazakhstan, at the summit', to: 'Armenian-Azerbaijani conflict.' },
      { speaker: 'Sadyr Japarov', text: 'Sadyr Japarov, Kyrgyz leader, called for stronger anti-terrorist work.' },
      { speaker: 'Sadyr Japarov', text: 'He noted the particular importance of cooperation “for a timely response to the changing situation.”', mixed: true },
      { speaker: 'Emomali Rahmon', from: 'The Tajik leader drew attention', to: 'territorial security.' },
      { speaker: null, optional: true, from: 'It was also declared that Denis Manturov', to: 'military and technical cooperation.', note: 'agentless "It was also declared"' },
      { speaker: 'Government of Russia', text: 'According to the Kremlin website, at the end of the summit the CSTO leaders signed a number of documents.' },
    ],
    contacts: pairs(['Vladimir Putin', 'Nikol Pashinyan', 'Alexander Lukashenko', 'Kassym-Jomart Tokayev', 'Sadyr Japarov', 'Emomali Rahmon'], { kind: 'meeting', date: '2022-11-23', status: 'held', date_text: 'CSTO leaders met in Yerevan on November 23' }),
    excluded: [],
  },

  dev080: {
    file: '080_newsaz_montenegro_consultations.txt',
    url: 'https://news.az/news/azerbaijan-montenegro-hold-political-consultations',
    outlet: 'News.az',
    style: 'Azerbaijani agency built on a foreign-ministry readout of political consultations',
    patterns: ['font-size widget dropped; the subheading kept as headline', 'consultations "in Baku on September 25" in a September 26 article', '…, the Azerbaijani Foreign Ministry told News.az (ministry as speaker)', 'X from A’s side and Y from B’s side took part (delegation heads)', 'every sentence one speaker: hailed, expressed hope, expressed confidence, agreed … noting, said … stressing, added, said he hopes, informed, underlined', 'inverted frame: "…, Jankovic said, stressing that …"', 'He = Jankovic, then He = Khalafov (pronouns resolved by the previous sentence)', 'typo in the source: Montegenro', 'a planned visit of an unnamed prime minister (optional contact)', 'Jankovic without diacritics (Janković); cut before the unfinished last paragraph'],
    actors: [
      { name: 'Khalaf Khalafov', kind: P, role: 'Deputy Foreign Minister of Azerbaijan', surface: ['Deputy Foreign Minister Khalaf Khalafov', 'Khalafov', 'his counterpart'] },
      { name: 'Zoran Janković', kind: P, role: 'State Secretary for Political Affairs, Ministry of Foreign Affairs of Montenegro', surface: ['Secretary of State for Political Affairs at the Ministry of Foreign Affairs Zoran Jankovic', 'Jankovic', 'his interlocutor'] },
      { name: 'Ministry of Foreign Affairs of Azerbaijan', kind: O, role: null, surface: ['the Azerbaijani Foreign Ministry'] },
      { name: 'Duško Marković', kind: P, role: 'Prime Minister of Montenegro', named_in_text: false, surface: ['Montenegro’s prime minister'] },
      { name: 'Government of Azerbaijan', kind: O, role: null, surface: ['Azerbaijan'] },
      { name: 'News.az', kind: O, role: 'news agency', media: true, surface: ['News.az'] },
    ],
    quotes: [],
    reported: [
      { speaker: 'Ministry of Foreign Affairs of Azerbaijan', from: 'Political consultations between the foreign ministries', to: 'told News.az.' },
      { speaker: 'Khalaf Khalafov', from: 'Khalafov hailed the holding', to: 'impetus to bilateral relations.' },
      { speaker: 'Khalaf Khalafov', from: 'Praising the high-level of dialogue', to: 'boosting bilateral ties.' },
      { speaker: 'Zoran Janković', from: 'Jankovic, in his turn, agreed', to: 'bodies are intensified.' },
      { speaker: 'Zoran Janković', from: 'Montegenro is interested', to: 'diplomatic representation in Baku.' },
      { speaker: 'Zoran Janković', text: 'He added that appropriate work is underway for the planned visit of Montenegro’s prime minister to Azerbaijan.' },
      { speaker: 'Zoran Janković', text: 'Jankovic said he hopes this visit will further promote bilateral ties.' },
      { speaker: 'Khalaf Khalafov', from: 'Later on, Khalafov thoroughly informed', to: 'participation of Azerbaijan.' },
      { speaker: 'Khalaf Khalafov', text: 'He underlined that the signing of a convention on the legal status of the Caspian Sea will contribute to further expanding cooperation in the region.' },
    ],
    contacts: [
      { a: 'Khalaf Khalafov', b: 'Zoran Janković', kind: 'meeting', date: '2018-09-25', status: 'held', date_text: 'held in Baku on September 25' },
      { a: 'Duško Marković', b: 'Government of Azerbaijan', kind: 'meeting', date: null, status: 'planned', optional: true, date_text: 'the planned visit of Montenegro’s prime minister to Azerbaijan', note: 'unnamed visitor, no named host' },
    ],
    excluded: [],
  },

  dev081: {
    file: '081_jamnews_chisinau_five.txt',
    url: 'https://jam-news.net/pashinyan-aliyev-michel-meeting-in-extended-format-macron-and-scholz-did-not-help/',
    outlet: 'JAMnews',
    style: 'regional press, five-party summit talks with background',
    patterns: ['headline chaining five surnames with misspellings (Aliev, Makron)', 'typo splitting a name: "President of AzerbaijanI lham Aliyev"', 'five-party meeting whose last two parties are named only by office (the President of France, the Chancellor of Germany): every pair', '“…,” said the head of the European Council, thus announcing … (frame with a paraphrase)', 'editorial bracket inside a quotation: [that is, with the participation of …]', 'planned meetings: July 21 in Brussels (trilateral) and October 5 in Spain (five-party), same pairs as the Chisinau meeting', 'an earlier meeting "the May meeting of leaders in Brussels" / "A few weeks ago" (no day)', 'a frame that ends with a colon before a one-paragraph quotation (the frame sentence cannot be a reported span)', 'quoted definition of the EPC with no speaker (optional)', 'subheading "Before and after the Chisinau talks"'],
    actors: [
      { name: 'Ilham Aliyev', kind: P, role: 'President of Azerbaijan', surface: ['lham Aliyev', 'Aliev'] },
      { name: 'Nikol Pashinyan', kind: P, role: 'Prime Minister of Armenia', surface: ['Prime Minister of Armenia Nikol Pashinyan', 'Pashinyan'] },
      { name: 'Charles Michel', kind: P, role: 'President of the European Council', surface: ['the head of the European Council, Charles Michel', 'The head of the European Council, Charles Michel', 'the head of the European Council', 'Charles Michel', 'Michel', 'he'] },
      { name: 'Emmanuel Macron', kind: P, role: 'President of France', surface: ['the President of France', 'Makron', 'Emmanuel Macron'] },
      { name: 'Olaf Scholz', kind: P, role: 'Chancellor of Germany', surface: ['the Chancellor of Germany', 'Scholz', 'Olaf Scholz'] },
    ],
    quotes: [
      { speaker: null, optional: true, text: 'for political and strategic discussions about the future of Europe.', note: 'quoted purpose of the European Political Community; no speaker given' },
      { speaker: 'Charles Michel', text: 'Today’s talks were very productive and were a good preparation for the July 21 meeting in Brussels,' },
      { speaker: 'Charles Michel', text: 'the parties are working intensively to normalize relations and plan to repeat the meeting in this format [that is, with the participation of Emmanuel Macron and Olaf Scholz] in Spain.' },
      { speaker: 'Charles Michel', text: 'A few weeks ago I had the opportunity to meet with the leaders of Azerbaijan and Armenia in Brussels. We have made some progress, and I hope that this meeting will be an opportunity to reaffirm the common political will to normalize relations between the two countries.', note: 'the frame is the previous paragraph, ending with a colon' },
    ],
    reported: [
      { speaker: 'Charles Michel', optional: true, from: '“Today’s talks were very productive', to: 'the date of the next talks.', mixed: true, note: 'bare frame plus a paraphrase (thus announcing the date of the next talks)' },
      { speaker: 'Charles Michel', from: 'Charles Michel also said that', to: 'in Spain.”', mixed: true },
    ],
    contacts: [
      ...pairs(['Ilham Aliyev', 'Nikol Pashinyan', 'Charles Michel', 'Emmanuel Macron', 'Olaf Scholz'], { kind: 'meeting', date: '2023-06-01', status: 'held', date_text: 'took place in Chisinau (Today’s talks)' }),
      ...pairs(['Ilham Aliyev', 'Nikol Pashinyan', 'Charles Michel'], { kind: 'meeting', date: '2023-07-21', status: 'planned', date_text: 'the July 21 meeting in Brussels', note: 'same pairs as the Chisinau meeting (the scorer keeps one contact per pair)' }),
      ...pairs(['Ilham Aliyev', 'Nikol Pashinyan', 'Charles Michel', 'Emmanuel Macron', 'Olaf Scholz'], { kind: 'meeting', date: '2023-10-05', status: 'planned', date_text: 'repeat the meeting in this format … in Spain … on October 5', note: 'same pairs as the Chisinau meeting' }),
      ...pairs(['Ilham Aliyev', 'Nikol Pashinyan', 'Charles Michel'], { kind: 'meeting', date: null, status: 'held', date_text: 'the May meeting of leaders in Brussels / A few weeks ago', note: 'same pairs as the Chisinau meeting' }),
    ],
    excluded: [],
  },
};
