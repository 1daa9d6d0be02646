// Hand annotation of dev4 articles 015 onwards; same conventions as spec-a.mjs (annotated blind, from the text alone).
const P = 'person';
const O = 'org';

export default {
  d4015: {
    file: '015_armenianclub_stano_border_statement.txt',
    url: 'https://armenianclub.com/2021/05/30/eu-says-developments-on-armenian-azerbaijani-border-worrying-calls-for-release-of-pows/amp',
    outlet: 'Armenian News (armenianclub.com)',
    style: 'reprint of an EU spokesperson’s statement',
    patterns: ['no headline in the stored page: the body starts on the date line', 'X said in a statement, adding that … (reported, speaker named mid-sentence)', 'the Spokesperson / he (role and pronoun for the speaker)', '“…,” he concluded (bare frame)', 'a four-sentence quotation whose subject is "The European Union"', 'no contact'],
    actors: [
      { name: 'Peter Stano', kind: P, role: 'Lead Spokesperson for Foreign Affairs and Security Policy, European Union', surface: ['Peter Stano, lead Spokesperson for Foreign Affairs and Security Policy', 'the Spokesperson'] },
    ],
    quotes: [
      { speaker: 'Peter Stano', text: 'The European Union urges both sides to refrain from any further military deployment and actions. All forces should pull back to positions held before 12 May and both sides should engage in negotiations on border delimitation and demarcation. We continue to call on Azerbaijan to release all prisoners of war and detainees without delay. We welcome all efforts aimed at decreasing tensions, including proposals for a possible international observation mission,' },
      { speaker: 'Peter Stano', text: 'The EU is ready to provide expertise and help on border delimitation and demarcation, as well as to support much needed confidence building measures, in order to move towards sustainable peace and prosperity for the South Caucasus,', note: 'he = the Spokesperson' },
    ],
    reported: [
      { speaker: 'Peter Stano', from: 'Recent developments on the Armenia/Azerbaijan border', to: 'immediate de-escalation is needed.', note: 'on the date line; the speaker follows the content' },
    ],
    contacts: [],
    excluded: [],
  },

  d4016: {
    file: '016_jamnews_washington_talks_postponed.txt',
    url: 'https://armenianclub.com/2023/06/10/why-were-the-armenian-azerbaijani-talks-postponed-opinions',
    outlet: 'JAMnews (reprinted by armenianclub.com)',
    style: 'regional press (JAMnews), news with opinions',
    patterns: ['outlet/city tags and related-links lines dropped; cut before a quotation the stored page breaks off', '"According to an official statement from …, … “…”" (ministry as speaker, mixed)', '"According to X, …" with a quoted fragment', 'a capital as speaker (Baku did not comment: negated)', 'the Deputy Prime Minister (nominal frame for a long quote after a paragraph that names him)', 'X, announcing …, assured that … (participle)', 'talks "postponed" (cancelled contact between governments, the host optional)', 'people absent from the dictionary (an analyst, a deputy prime minister)'],
    actors: [
      { name: 'Ministry of Foreign Affairs of Armenia', kind: O, role: null, surface: ['the Armenian Foreign Ministry'] },
      { name: 'Government of Azerbaijan', kind: O, role: null, surface: ['Baku', 'the Azerbaijani side', 'Azerbaijan'] },
      { name: 'Government of Armenia', kind: O, role: null, surface: ['the Armenian government'] },
      { name: 'Government of the United States', kind: O, role: null, surface: ['the Americans'] },
      { name: 'Olesya Vardanyan', kind: P, role: 'Senior Analyst for the South Caucasus, International Crisis Group', surface: ['Olesya Vardanyan, senior analyst at the International Crisis Group for the South Caucasus'] },
      { name: 'Tigran Khachatryan', kind: P, role: 'Deputy Prime Minister of Armenia', surface: ['Deputy Prime Minister of Armenia Tigran Khachatryan', 'the Deputy Prime Minister'] },
      { name: 'Ani Badalyan', kind: P, role: 'Spokesperson, Ministry of Foreign Affairs of Armenia', surface: ['Press Secretary of the Armenian Foreign Ministry Ani Badalyan'] },
    ],
    quotes: [
      { speaker: 'Ministry of Foreign Affairs of Armenia', text: 'at the request of the Azerbaijani side.' },
      { speaker: 'Olesya Vardanyan', text: 'has not yet made up its mind on a number of key issues' },
      { speaker: 'Tigran Khachatryan', text: 'If at some stage we made a proposal regarding which we still do not know the position of the Azerbaijani side or vice versa, these are all normal processes. There is no need to look for something special behind it. It is important that recently the parties have noticed a convergence of points of view in the course of discussions and negotiations,' },
    ],
    reported: [
      { speaker: 'Ministry of Foreign Affairs of Armenia', from: 'According to an official statement from the Armenian Foreign Ministry', to: 'request of the Azerbaijani side.”', mixed: true },
      { speaker: 'Government of Azerbaijan', from: 'Baku did not comment on the reasons', to: 'negotiations is planned for.', optional: true, note: 'negated speech acts (Baku, the Americans)' },
      { speaker: 'Olesya Vardanyan', from: 'According to Olesya Vardanyan', to: 'related to the peace treaty.', mixed: true },
      { speaker: 'Tigran Khachatryan', from: 'Deputy Prime Minister of Armenia Tigran Khachatryan told journalists', to: 'on the draft peace treaty.', note: '"told journalists about this" (the postponement), then negated acts' },
      { speaker: 'Ani Badalyan', from: 'Press Secretary of the Armenian Foreign Ministry Ani Badalyan', to: 'the terms were agreed.' },
    ],
    contacts: [
      { a: 'Government of Armenia', b: 'Government of Azerbaijan', kind: 'meeting', date: '2023-06-12', status: 'cancelled', date_text: 'scheduled for June 12', evidence: 'the Armenian-Azerbaijani talks scheduled for June 12 in Washington were postponed' },
      { a: 'Government of Armenia', b: 'Government of the United States', kind: 'meeting', date: '2023-06-12', status: 'cancelled', date_text: 'scheduled for June 12', optional: true, evidence: 'talks … in Washington', note: 'the host of the postponed talks' },
      { a: 'Government of Azerbaijan', b: 'Government of the United States', kind: 'meeting', date: '2023-06-12', status: 'cancelled', date_text: 'scheduled for June 12', optional: true, evidence: 'talks … in Washington', note: 'the host of the postponed talks' },
    ],
    excluded: [],
  },

  d4017: {
    file: '017_hetq_ayvazyan_committees.txt',
    url: 'https://hetq.am/en/article/125021',
    outlet: 'Hetq',
    style: 'regional press (Armenia), investigative outlet’s news story',
    patterns: ['page furniture and byline dropped', 'the speaker named by office only ("Armenian Foreign Minister") before the quote and by surname only after it', 'a three-sentence quotation whose frame adds "reading a prepared text"', 'He emphasized … and urged … (He = the minister)', 'X, who attended the meeting, told Hetq that … (outlet as addressee)', '“…,” he said (he = the MP, previous paragraph)', 'a meeting "today" with parliamentary committees (organisation as a party)', 'an opposition MP sharing a surname with the dictionary’s Alen Simonyan'],
    actors: [
      { name: 'Ara Ayvazian', kind: P, role: 'Foreign Minister of Armenia', surface: ['Armenian Foreign Minister', 'Ayvazyan'] },
      { name: 'Karen Simonyan', kind: P, role: 'Member of the National Assembly of Armenia (Bright Armenia)', surface: ['Bright Armenian MP Karen Simonyan', 'Simonyan'] },
      { name: 'Nikol Pashinyan', kind: P, role: 'Prime Minister of Armenia', surface: ['Nikol Pashinyan'] },
      { name: 'National Assembly of Armenia', kind: O, role: 'Standing Committees on European Integration and Foreign Affairs', surface: ['the National Assembly’s Standing Committees on European Integration and Foreign Affairs'] },
      { name: 'Hetq', kind: O, role: 'news outlet', media: true, surface: ['Hetq'] },
    ],
    quotes: [
      { speaker: 'Ara Ayvazian', text: 'The foreign ministry is one of the pillars of sovereignty and statehood. Being an apolitical structure, it has one goal - to protect the interests of the Armenian people, Armenia, through daily work. Any attempt to discredit that structure is a blow to the state, especially at this stage, when after the end of hostilities, all the burden and responsibility is transferred to diplomacy,' },
      { speaker: 'Karen Simonyan', text: 'I am convinced that the current government, represented by Nikol Pashinyan, will not be able to solve these problems,', note: 'he = Simonyan (previous paragraph)' },
    ],
    reported: [
      { speaker: 'Ara Ayvazian', from: 'Following a closed-door meeting today', to: 'Karabakh ceasefire deal.', note: 'refused to answer … and issued a veiled threat (speech acts); the minister named by office only' },
      { speaker: 'Ara Ayvazian', from: 'Ayvazyan said that the current political situation', to: 'in the recent war.' },
      { speaker: 'Ara Ayvazian', from: 'He emphasized that history has examples', to: 'believe in Armenian diplomacy.', note: 'He = Ayvazyan' },
      { speaker: 'Karen Simonyan', from: 'Bright Armenian MP Karen Simonyan, who attended the meeting', to: 'whether a solution is possible.' },
      { speaker: 'Karen Simonyan', from: 'Simonyan said that everything depends', to: 'will be able to work.' },
    ],
    contacts: [
      { a: 'Ara Ayvazian', b: 'National Assembly of Armenia', kind: 'meeting', date: '2020-12-04', status: 'held', date_text: 'today', evidence: 'a closed-door meeting today with members of the National Assembly’s Standing Committees' },
      { a: 'Ara Ayvazian', b: 'Karen Simonyan', kind: 'meeting', date: '2020-12-04', status: 'held', date_text: 'today', optional: true, evidence: 'Karen Simonyan, who attended the meeting', note: 'a committee member present at the meeting' },
    ],
    excluded: [],
  },

  d4018: {
    file: '018_arka_ayvazyan_new_minister.txt',
    url: 'https://arka.am/en/news/politics/armenia_s_new_foreign_minister_struggle_for_artsakh_shifts_from_battlefield_to_diplomatic_one_/',
    outlet: 'ARKA',
    style: 'agency (Armenia)',
    patterns: ['"YEREVAN, November 19. /ARKA/." dateline; the duplicated summary and headline of the page dropped, double spaces kept', 'X said today that \' … \' with straight single quotation marks (not a mark the gold counts; the sentence is reported)', 'Recalling …, X noted that “…” (mixed)', 'an address inside a quotation ("Mr. Prime Minister")', 'a visit to a ministry "on Thursday" (no contact between two parties)', 'Ayvazyan (dictionary: Ara Ayvazian)'],
    actors: [
      { name: 'Ara Ayvazian', kind: P, role: 'Foreign Minister of Armenia', surface: ["Armenia's new foreign minister Ara Ayvazyan", 'Ara Ayvazyan', 'Ayvazyan', 'the newly appointed Minister Ara Ayvazyan'] },
      { name: 'Zohrab Mnatsakanyan', kind: P, role: 'former Foreign Minister of Armenia', surface: ['his former chief Zohrab Mnatsakanyan'] },
      { name: 'Nikol Pashinyan', kind: P, role: 'Prime Minister of Armenia', surface: ['Prime Minister Nikol Pashinyan'] },
    ],
    quotes: [
      { speaker: 'Ara Ayvazian', text: 'The ministry and our diplomatic missions abroad will continue to maximize our potential, the 30 years of professional experience, dedication and determination to confront these  challenges and pave the way for dignified and effective solutions,' },
      { speaker: 'Ara Ayvazian', text: 'yesterday, today and tomorrow we have done and are doing everything possible' },
      { speaker: 'Ara Ayvazian', text: 'I am sure that at this stage we will try to do the impossible. Mr. Prime Minister, I want to assure you, our people, citizens of Armenia, Artsakh, our sisters and brothers in the Diaspora that everyone here understands that the present and future of our country depends on them,' },
    ],
    reported: [
      { speaker: 'Ara Ayvazian', from: "Armenia's new foreign minister Ara Ayvazyan said today", to: 'people and history.', mixed: true, note: 'fragments in straight single quotes (the first never closed)' },
      { speaker: 'Ara Ayvazian', from: 'Recalling the well-known axiom', to: 'everything possible”.', mixed: true },
    ],
    contacts: [],
    excluded: [],
  },

  d4019: {
    file: '019_newsam_mnatsakanyan_we_dont_avoid.txt',
    url: 'https://news.am/eng/news/554869.html',
    outlet: 'News.am',
    style: 'regional press (Armenia), remarks to journalists',
    patterns: ['"YEREVAN. –" dateline', 'content first, speaker in the next sentence ("… said this")', 'two quotations in one paragraph with one frame between them', 'the FM replied: “…" (mixed curly/straight marks)', 'bracketed insertions and "(...)" inside quotations', 'journalists as unnamed askers', 'X urged to … (reported)', 'a meeting "today" with a parliamentary faction; a meeting with an unnamed counterpart asked about (no contact)'],
    actors: [
      { name: 'Zohrab Mnatsakanyan', kind: P, role: 'Foreign Minister of Armenia', surface: ['Armenia’s Foreign Minister Zohrab Mnatsakanyan', 'Mnatsakanyan', 'the FM'] },
      { name: 'My Step Alliance', kind: O, role: 'parliamentary majority faction, National Assembly of Armenia', surface: ['the majority My Step faction'] },
    ],
    quotes: [
      { speaker: 'Zohrab Mnatsakanyan', text: 'You know, parliamentary diplomacy is a very important and active direction, and our cooperation and contacts are very important,' },
      { speaker: 'Zohrab Mnatsakanyan', text: 'Of course, we (...) carry out this function (...) in order to further strengthen, further enhance the effectiveness of the work.' },
      { speaker: 'Zohrab Mnatsakanyan', text: 'It is very sensitive for me, and I feel bad for this situation we have. But still, unfortunately, I have nothing to say at this time.' },
      { speaker: 'Zohrab Mnatsakanyan', text: 'We do not avoid [it],' },
      { speaker: 'Zohrab Mnatsakanyan', text: 'The normal negotiation process must be continued; you need to be always engaged and working.' },
    ],
    reported: [
      { speaker: 'Zohrab Mnatsakanyan', text: 'The parliamentary platform has been and remains a very important platform.', note: 'after the dateline; attributed by the next sentence ("said this")' },
      { speaker: 'Zohrab Mnatsakanyan', from: 'Armenia’s Foreign Minister Zohrab Mnatsakanyan said this', to: 'My Step faction in parliament.' },
      { speaker: 'Zohrab Mnatsakanyan', from: 'Asked if there was anything new', to: 'nothing to say at this time."', optional: true, note: 'frame "Asked …, the FM replied: “…”": the quote is required' },
      { speaker: null, text: 'The journalists also inquired whether another meeting with the Azerbaijani FM was planned in the near future.', optional: true, anonymous: true, note: 'unnamed journalists asking' },
      { speaker: 'Zohrab Mnatsakanyan', text: 'In response, Mnatsakanyan urged to respect the tradition that a meeting is announced simultaneously.' },
    ],
    contacts: [
      { a: 'Zohrab Mnatsakanyan', b: 'My Step Alliance', kind: 'meeting', date: '2020-01-16', status: 'held', date_text: 'today', evidence: 'his closed meeting today with members of the majority My Step faction in parliament' },
    ],
    excluded: [],
  },

  d4020: {
    file: '020_mfaam_mnatsakanyan_briefing_2018.txt',
    url: 'http://www.mfa.am/en/press-conference/item/2018/05/25/fm_briefing_na/',
    outlet: 'Ministry of Foreign Affairs of Armenia (mfa.am)',
    style: 'ministry transcript of a briefing (question / answer)',
    patterns: ['calendar widget dropped; a question split over two lines rejoined; cut before a question the stored page breaks off', 'answers labelled "Zohrab Mnatsakanyan:" with no quotation marks (transcript quotes)', 'a journalist’s question that reports another leader’s words ("Trump, while congratulating Aliyev, noted that …")', 'unnamed counterparts ("the Foreign Minister of Russia", "Foreign Minister of France"): no contacts with them', 'Co-Chairs as a collective'],
    actors: [
      { name: 'Zohrab Mnatsakanyan', kind: P, role: 'Foreign Minister of Armenia', surface: ['Foreign Minister Zohrab Mnatsakanyan', 'Zohrab Mnatsakanyan'] },
      { name: 'Donald Trump', kind: P, role: 'President of the United States', surface: ['Trump'] },
      { name: 'Ilham Aliyev', kind: P, role: 'President of Azerbaijan', surface: ['Aliyev'] },
      { name: 'Elmar Mammadyarov', kind: P, role: 'Foreign Minister of Azerbaijan', surface: ['Mammadyarov'] },
      { name: 'OSCE Minsk Group', kind: O, role: 'Co-Chairs', surface: ['the Co-Chairs', 'Minsk Group'] },
    ],
    quotes: [
      { speaker: 'Zohrab Mnatsakanyan', nomarks: true, text: 'I will confine myself to noting that currently our ultimate goal is to re-engage in negotiations, exclusively within the framework of the Minsk Group co-chairmanship.' },
      { speaker: 'Zohrab Mnatsakanyan', nomarks: true, text: 'All of us hope that the settlement will happen very soon, but the settlement should reflect our interests, our aspirations, our goals. We are, certainly, talking about a compromise, but at the heart of it is, first of all, the expression of our interests and goals. I would repeat, the basis is the right of the people of Artsakh to a free self-determination and the security of the people of Artsakh.' },
      { speaker: 'Zohrab Mnatsakanyan', nomarks: true, text: 'As I noted, currently the most important issue is to maintain the dynamics of negotiations. You know that we are constantly in contact with the Co-Chairs and there will be new occasions, as it has been this week, at the end of the week and it will be at the beginning of the next week. We have already had a phone conversation with the Foreign Minister of Russia. Other contacts will also take place. Foreign Minister of France will arrive to Armenia, as well as a representative of the United States.' },
      { speaker: 'Zohrab Mnatsakanyan', nomarks: true, text: 'This is not a question of possibility, this is the essence of negotiations.' },
    ],
    reported: [
      { speaker: 'Donald Trump', text: 'Trump, while congratulating Aliyev, noted that the coming months could be an opportunity for the settlement of the conflict.', note: 'a journalist’s question reporting Trump’s message' },
    ],
    contacts: [
      { a: 'Donald Trump', b: 'Ilham Aliyev', kind: 'letter', date: null, status: 'held', date_text: null, optional: true, evidence: 'Trump, while congratulating Aliyev', note: 'a congratulatory message; its form is not stated' },
      { a: 'Zohrab Mnatsakanyan', b: 'OSCE Minsk Group', kind: 'other', date: null, status: 'held', date_text: null, optional: true, evidence: 'we are constantly in contact with the Co-Chairs', note: 'ongoing contacts, no single event' },
    ],
    excluded: [],
  },

  d4021: {
    file: '021_todayaz_aliyev_ashrafkhanov.txt',
    url: 'http://www.today.az/news/politics/196415.html',
    outlet: 'Today.az (Azernews)',
    style: 'regional press (Azerbaijan) retelling a presidential readout',
    patterns: ['no headline in the stored page: the body starts on the date line (bylines dropped; the last, cut paragraph dropped)', 'content first ("has said that …"), occasion in the next sentence ("made the remark while receiving the credentials …")', 'Noting that …, X stressed that … / Emphasizing …, the president said that … (participle openers)', 'the Uzbek leader (nominal) for a president named earlier', 'a past summit (October 2019, no day) and a postponed visit', 'an ambassador absent from the dictionary'],
    actors: [
      { name: 'Ilham Aliyev', kind: P, role: 'President of Azerbaijan', surface: ['President Ilham Aliyev', 'Aliyev', 'the president'] },
      { name: 'Bahrom Ashrafkhanov', kind: P, role: 'Ambassador of Uzbekistan to Azerbaijan', surface: ['the newly appointed Uzbek Ambassador Bahrom Ashrafkhanov'] },
      { name: 'Shavkat Mirziyoyev', kind: P, role: 'President of Uzbekistan', surface: ['President of Uzbekistan Shavkat Mirziyoyev', 'the Uzbek leader'] },
    ],
    quotes: [],
    reported: [
      { speaker: 'Ilham Aliyev', from: 'President Ilham Aliyev has said that', to: 'logistics and other areas.' },
      { speaker: 'Ilham Aliyev', text: 'Aliyev made the remark while receiving the credentials of the newly appointed Uzbek Ambassador Bahrom Ashrafkhanov on August 18.', optional: true, note: 'refers back to the remark' },
      { speaker: 'Ilham Aliyev', from: 'Noting that the cooperation between the two countries', to: 'Uzbekistan in all areas.' },
      { speaker: 'Ilham Aliyev', text: 'Aliyev expressed satisfaction with the level of bilateral relations and cooperation between Azerbaijan and Uzbekistan.' },
      { speaker: 'Ilham Aliyev', from: 'Emphasizing the active political dialogue', to: '(Turkic Council).' },
      { speaker: 'Ilham Aliyev', from: 'Aliyev pointed out that the participation', to: 'between the two countries.' },
      { speaker: 'Ilham Aliyev', from: 'He also emphasized that fruitful discussions', to: 'during the visit.' },
      { speaker: 'Ilham Aliyev', from: 'Noting that his visit to Uzbekistan was postponed', to: 'epidemiological situation allows.' },
    ],
    contacts: [
      { a: 'Ilham Aliyev', b: 'Bahrom Ashrafkhanov', kind: 'meeting', date: '2020-08-18', status: 'held', date_text: 'on August 18', evidence: 'receiving the credentials of the newly appointed Uzbek Ambassador Bahrom Ashrafkhanov on August 18' },
      { a: 'Ilham Aliyev', b: 'Shavkat Mirziyoyev', kind: 'meeting', date: null, status: 'held', date_text: null, evidence: 'fruitful discussions were held with the Uzbek leader … during the visit (the Turkic Council summit in Baku in October 2019)' },
      { a: 'Ilham Aliyev', b: 'Shavkat Mirziyoyev', kind: 'meeting', date: null, status: 'planned', date_text: null, optional: true, evidence: 'his visit to Uzbekistan was postponed … he would visit Uzbekistan when the epidemiological situation allows', note: 'a visit to the country; the host is implied' },
    ],
    excluded: [],
  },

  d4022: {
    file: '022_gazetauz_aliyev_state_visit_planned.txt',
    url: 'https://www.gazeta.uz/en/2024/08/21/azerbaijan/',
    outlet: 'Gazeta.uz',
    style: 'regional press (Uzbekistan), announcement of a visit',
    patterns: ['no headline in the stored page: the body starts on the date line', 'a press service as speaker at the end of the sentence', 'future-tense continuation without a speech verb (the announcement goes on)', 'a planned meeting over a two-day visit (no single day)', 'typos kept ("wil lalso")'],
    actors: [
      { name: 'Ilham Aliyev', kind: P, role: 'President of Azerbaijan', surface: ['President of Azerbaijan Ilham Aliyev'] },
      { name: 'Shavkat Mirziyoyev', kind: P, role: 'President of Uzbekistan', surface: ['president of Uzbekistan Shavkat Mirziyoyev'] },
      { name: 'Press Service of the President of Uzbekistan', kind: O, role: null, surface: ['press service of the president of Uzbekistan'] },
    ],
    quotes: [],
    reported: [
      { speaker: 'Press Service of the President of Uzbekistan', from: 'President of Azerbaijan Ilham Aliyev will pay', to: 'president of Uzbekistan announced.' },
      { speaker: 'Press Service of the President of Uzbekistan', text: 'In Tashkent, he will hold talks with president of Uzbekistan Shavkat Mirziyoyev.', optional: true, note: 'the announcement continues without a verb of speech' },
    ],
    contacts: [
      { a: 'Ilham Aliyev', b: 'Shavkat Mirziyoyev', kind: 'meeting', date: null, status: 'planned', date_text: 'on 22−23 August', evidence: 'In Tashkent, he will hold talks with president of Uzbekistan Shavkat Mirziyoyev', note: 'a two-day visit; the day of the talks is not given' },
    ],
    excluded: [],
  },

  d4023: {
    file: '023_newsaz_mammadyarov_li_xiaolin.txt',
    url: 'https://news.az/news/azerbaijans-foreign-minister-meets-chinese-official',
    outlet: 'News.Az',
    style: 'regional press (Azerbaijan) citing the ministry',
    patterns: ['no headline in the stored page: the body starts on the date line (widget and signature dropped)', 'X said that …, ministry told News.Az (the guest’s words relayed by the host ministry)', 'the sides (collective) with content', 'project title in quotes (excluded)', 'a foreign official absent from the dictionary', 'meeting with no day in the text'],
    actors: [
      { name: 'Elmar Mammadyarov', kind: P, role: 'Foreign Minister of Azerbaijan', surface: ['Foreign Minister Elmar Mammadyarov', 'Minister Elmar Mammadyarov'] },
      { name: 'Li Xiaolin', kind: P, role: "Party Secretary and Chairperson of the Chinese People's Association for Friendship with Foreign Countries", surface: ['Li Xiaolin'] },
      { name: 'Ministry of Foreign Affairs of Azerbaijan', kind: O, role: null, surface: ["Azerbaijan's Foreign Ministry"] },
      { name: 'News.Az', kind: O, role: 'news outlet', media: true, surface: ['News.Az'] },
    ],
    quotes: [],
    reported: [
      { speaker: 'Li Xiaolin', from: 'Li Xiaolin said that she is pleased', to: 'Foreign Ministry told News.Az.', note: 'relayed by the ministry' },
      { speaker: 'Elmar Mammadyarov', from: 'At the meeting the sides expressed their satisfaction', to: 'humanitarian and cultural cooperation.', optional: true, note: 'collective subject' },
      { speaker: 'Elmar Mammadyarov', from: 'The sides also highlighted that projects', to: 'people-to-people contacts.', optional: true, note: 'collective subject' },
      { speaker: 'Elmar Mammadyarov', from: 'Minister Elmar Mammadyarov underlined that', to: 'internationally recognized borders.' },
      { speaker: 'Elmar Mammadyarov', from: 'Minister Elmar Mammadyarov also noted that', to: 'growth of trade turnover.' },
      { speaker: 'Elmar Mammadyarov', text: 'At the meeting the sides also exchanged their views on the issues of mutual interest.', optional: true, note: 'collective, no content' },
    ],
    contacts: [
      { a: 'Elmar Mammadyarov', b: 'Li Xiaolin', kind: 'meeting', date: null, status: 'held', date_text: null, evidence: 'Foreign Minister Elmar Mammadyarov met with Li Xiaolin' },
    ],
    excluded: [{ text: 'One Belt, One Way', reason: 'name of an initiative in quotes' }],
  },

  d4024: {
    file: '024_azertac_heping_hasanov.txt',
    url: 'https://azertag.az/en/xeber/Xinhua_delegation_meets_with_Azerbaijani_Presidents_Assistant-1195573',
    outlet: 'AZERTAC',
    style: 'state agency (Azerbaijan)',
    patterns: ['dateline alone on the date line ("Baku, September 18, AZERTAC")', 'a person named "He Ping": the pronoun "He" and the name begin sentences alike', 'He = Ali Hasanov in one paragraph, He = He Ping in the next', 'a verbless sentence ("Ali Hasanov highlighting …")', '“…,” he added (he = He Ping)', 'news agencies as parties and topics (Xinhua, AZERTAC)', 'past meetings of two presidents mentioned (held, no day)', 'backquote apostrophes'],
    actors: [
      { name: 'He Ping', kind: P, role: 'Editor-in-Chief of Xinhua News Agency', surface: ['Editor-in-Chief of Xinhua News Agency He Ping', 'He Ping'] },
      { name: 'Ali Hasanov', kind: P, role: 'Assistant to the President of Azerbaijan for Public and Political Affairs', surface: ['the Azerbaijani President`s Assistant for Public and Political Affairs Ali Hasanov', 'Ali Hasanov'] },
      { name: 'Ilham Aliyev', kind: P, role: 'President of Azerbaijan', surface: ['Ilham Aliyev', "President Ilham Aliyev's"] },
      { name: 'Xi Jinping', kind: P, role: 'President of China', surface: ['Xi Jinping'] },
      { name: 'Xinhua', kind: O, role: 'news agency', media: true, surface: ['Xinhua News Agency', 'Xinhua'] },
      { name: 'AZERTAC', kind: O, role: 'news agency', media: true, surface: ['AZERTAC'] },
    ],
    quotes: [
      { speaker: 'He Ping', text: 'We are convinced that this cooperation will give impetus to the development of relations between the two countries,' },
    ],
    reported: [
      { speaker: 'He Ping', from: 'The sides discussed a wide range of issues', to: 'promotion of both countries through media.', optional: true, note: 'collective subject, topics only' },
      { speaker: 'He Ping', from: 'They hailed the role of national news agencies', to: 'Baku-Tbilisi-Kars railway project.', optional: true, note: 'collective subject' },
      { speaker: 'Ali Hasanov', from: 'Ali Hasanov highlighting', to: 'internal and foreign policy.', optional: true, note: 'no finite verb' },
      { speaker: 'Ali Hasanov', from: 'He also referred to the Azerbaijani President`s last visit', to: 'Ilham Aliyev and Xi Jinping.', note: 'He = Ali Hasanov' },
      { speaker: 'He Ping', text: 'He Ping thanked for the high hospitality shown to him and his delegation in Azerbaijan.', optional: true, note: 'thanks' },
      { speaker: 'He Ping', text: 'He expressed his confidence that this visit will contribute to the development of China-Azerbaijan relations in the field of information.', note: 'He = He Ping' },
      { speaker: 'He Ping', text: "He said relations between the two countries have gained momentum since President Ilham Aliyev's last visit to China." },
      { speaker: 'He Ping', text: 'He hailed the two countries` sharing common interests in international issues.' },
      { speaker: 'He Ping', text: 'He Ping noted that Xinhua attaches great importance to cooperation with AZERTAC.' },
      { speaker: 'He Ping', text: 'He Ping also highlighted the activities of Xinhua News Agency.', optional: true, note: 'topic only' },
    ],
    contacts: [
      { a: 'He Ping', b: 'Ali Hasanov', kind: 'meeting', date: null, status: 'held', date_text: null, evidence: 'A delegation led by … He Ping … has held a meeting with … Ali Hasanov', note: 'the dateline (September 18) dates the report only' },
      { a: 'Ilham Aliyev', b: 'Xi Jinping', kind: 'meeting', date: null, status: 'held', date_text: null, evidence: 'meetings between presidents Ilham Aliyev and Xi Jinping' },
    ],
    excluded: [],
  },

  d4025: {
    file: '025_trend_xi_aliyev_samarkand.txt',
    url: 'https://en.trend.az/azerbaijan/politics/3645062.html',
    outlet: 'Trend',
    style: 'agency (Azerbaijan)',
    patterns: ['"BAKU, Azerbaijan, September 15." dateline', 'content first, "X said during a meeting with Y …, Trend reports" (inversion, agency tag)', '"The head of state" meaning the foreign (Chinese) president in an Azerbaijani agency', 'the same statement twice (paraphrase, then quote)', 'congratulations (optional)', 'meeting day not in the text (dateline only)'],
    actors: [
      { name: 'Xi Jinping', kind: P, role: 'President of China', surface: ["President of the People's Republic of China Xi Jinping", 'President Xi Jinping', 'Xi Jinping', 'The head of state'] },
      { name: 'Ilham Aliyev', kind: P, role: 'President of Azerbaijan', surface: ['President of the Republic of Azerbaijan Ilham Aliyev', 'President Ilham Aliyev'] },
      { name: 'Trend', kind: O, role: 'news agency', media: true, surface: ['Trend'] },
    ],
    quotes: [
      { speaker: 'Xi Jinping', text: 'We highly appreciate the importance you are attaching to the development of relations between Azerbaijan and China. We support the comprehensive development of our relations at the strategic level,' },
    ],
    reported: [
      { speaker: 'Xi Jinping', from: 'The relations between Azerbaijan and China are of the nature', to: 'in Samarkand, Trend reports.' },
      { speaker: 'Xi Jinping', from: 'During the meeting, President Xi Jinping conveyed', to: 'New Azerbaijan Party.', optional: true, note: 'congratulations' },
      { speaker: 'Xi Jinping', from: 'The head of state said that', to: 'developing at a high level.', note: 'the head of state = Xi Jinping' },
    ],
    contacts: [
      { a: 'Xi Jinping', b: 'Ilham Aliyev', kind: 'meeting', date: null, status: 'held', date_text: null, evidence: 'during a meeting with President of the Republic of Azerbaijan Ilham Aliyev in Samarkand', note: 'the dateline (September 15) dates the report' },
    ],
    excluded: [],
  },

  d4026: {
    file: '026_todayaz_hasanov_onal_consultations.txt',
    url: 'http://www.today.az/news/politics/179518.html',
    outlet: 'Today.az (Trend)',
    style: 'regional press reprinting an agency item citing the ministry',
    patterns: ['no headline in the stored page: the body starts on the date line (byline dropped)', 'political consultations between ministries, led by deputy ministers (named in the next paragraph)', 'agency and ministry as the source of an event (optional)', 'the parties (collective) and agentless passives', 'deputy ministers absent from the dictionary (one sharing a surname with the dictionary’s Zakir Hasanov)'],
    actors: [
      { name: 'Ramiz Hasanov', kind: P, role: 'Deputy Foreign Minister of Azerbaijan', surface: ['Deputy Foreign Minister Ramiz Hasanov', 'Hasanov'] },
      { name: 'Sedat Önal', kind: P, role: 'Deputy Foreign Minister of Turkey', surface: ['Deputy Foreign Minister Sedat Onal', 'Onal'] },
      { name: 'Ministry of Foreign Affairs of Azerbaijan', kind: O, role: null, surface: ['the Azerbaijani Foreign Ministry'] },
      { name: 'Trend', kind: O, role: 'news agency', media: true, surface: ['Trend'] },
    ],
    quotes: [],
    reported: [
      { speaker: 'Ministry of Foreign Affairs of Azerbaijan', from: 'The next stage of political consultations', to: 'referring to the Azerbaijani Foreign Ministry.', optional: true, note: 'the event itself, sourced to the ministry' },
      { speaker: 'Ramiz Hasanov', from: 'Hasanov expressed satisfaction', to: 'level of a strategic alliance.' },
      { speaker: 'Sedat Önal', text: 'Onal praised the current state of cooperative relations between Turkey and Azerbaijan.' },
      { speaker: 'Ramiz Hasanov', text: 'The parties particularly stressed the activities of diplomatic missions in the development of relations in this regard.', optional: true, note: 'collective subject' },
      { speaker: 'Ramiz Hasanov', from: 'At the same time, the parties touched upon', to: 'held at various levels.', optional: true, note: 'collective subject' },
      { speaker: null, from: 'Matters of cooperation within international', to: 'mutual support was emphasized.', optional: true, note: 'agentless passives' },
      { speaker: 'Ramiz Hasanov', from: 'Hasanov gave detailed information', to: 'just settlement of the conflict.' },
    ],
    contacts: [
      { a: 'Ramiz Hasanov', b: 'Sedat Önal', kind: 'meeting', date: '2019-02-23', status: 'held', date_text: 'on February 23, 2019', evidence: 'political consultations … held in Baku on February 23, 2019 … headed by Deputy Foreign Minister Ramiz Hasanov … Sedat Onal' },
    ],
    excluded: [],
  },

  d4027: {
    file: '027_azernews_abdullayeva_tea.txt',
    url: 'https://www.azernews.az/karabakh/159640.html',
    outlet: 'Azernews (Trend)',
    style: 'regional press reprinting an agency interview with a spokesperson',
    patterns: ['no headline in the stored page: the body starts on the date line (byline and footer dropped)', 'content first, "X told Trend on Dec. 13" at the end', 'an unnamed spokesperson of the other ministry ("the spokesperson of the Armenian Foreign Ministry, who said that … “…”") resolved to the office holder', 'a speaker referred to by office only in a frame ("Azerbaijan’s Foreign Ministry spokesperson added")', 'two quotations around one frame in a paragraph', 'bracketed insertions inside quotations; a nested quote in straight single marks', 'unnamed foreign minister (the Armenian counterpart): no actor', 'background paragraphs without statements'],
    actors: [
      { name: 'Leyla Abdullayeva', kind: P, role: 'Spokesperson, Ministry of Foreign Affairs of Azerbaijan', surface: ['Azerbaijan’s Foreign Ministry spokesperson Leyla Abdullayeva', 'Abdullayeva', 'Azerbaijan’s Foreign Ministry spokesperson'] },
      { name: 'Anna Naghdalyan', kind: P, role: 'Spokesperson, Ministry of Foreign Affairs of Armenia', surface: ['the spokesperson of the Armenian Foreign Ministry'] },
      { name: 'Elmar Mammadyarov', kind: P, role: 'Foreign Minister of Azerbaijan', surface: ['Azerbaijani Foreign Minister Elmar Mammadyarov', 'Mammadyarov', 'Elmar Mammadyarov', 'Minister Elmar Mammadyarov', 'the Azerbaijani foreign minister'] },
      { name: 'Trend', kind: O, role: 'news agency', media: true, surface: ['Trend'] },
    ],
    quotes: [
      { speaker: 'Anna Naghdalyan', text: 'no document is being discussed at this stage', note: 'the Armenian ministry’s spokesperson, not named in the text' },
      { speaker: 'Leyla Abdullayeva', text: 'It turns out that the Armenian counterpart of Elmar Mammadyarov has been coming to meetings with the Azerbaijani foreign minister and [OSCE Minsk Group] co-chairs for a year and a half to drink tea,' },
      { speaker: 'Leyla Abdullayeva', text: 'This is at least not serious,' },
      { speaker: 'Leyla Abdullayeva', text: "It’s clear that the Armenian foreign minister is very afraid of the negative domestic political reaction, as he may be demanded explanations regarding what Minister Elmar Mammadyarov said in this interview. In fact, the interview should be considered in the context of the call of the [OSCE Minsk Group] co-chairs on 'preparing the populations for peace'." },
    ],
    reported: [
      { speaker: 'Leyla Abdullayeva', from: 'Yerevan’s reaction to the interview', to: 'told Trend on Dec. 13.' },
      { speaker: 'Anna Naghdalyan', from: 'Abdullayeva was commenting on the words', to: 'interview to CBC TV channel.', mixed: true, note: 'the sentence reports what the Armenian spokesperson said (Abdullayeva’s commenting has no content of its own)' },
    ],
    contacts: [],
    excluded: [],
  },

  d4028: {
    file: '028_report_mfaaz_provocation_condemned.txt',
    url: 'https://eng.az24saat.org/2021/10/14/armenias-provocation-serves-to-increase-regional-tension-official-baku/',
    outlet: 'Report (reprinted by az24saat)',
    style: 'agency item on a ministry statement',
    patterns: ['ministry as the only speaker: The Azerbaijani Foreign Ministry / The Foreign Ministry / the ministry', '"Report informs, citing the Foreign Ministry"', '“…,” the ministry says (present tense frame)', 'a meeting of unnamed foreign ministers "during" which an incident took place (government pair, optional)', '"today" in the body'],
    actors: [
      { name: 'Ministry of Foreign Affairs of Azerbaijan', kind: O, role: null, surface: ['The Azerbaijani Foreign Ministry', 'the Foreign Ministry', 'The Foreign Ministry', 'the ministry', 'The ministry'] },
      { name: 'Government of Azerbaijan', kind: O, role: null, surface: ['official Baku'] },
      { name: 'Government of Armenia', kind: O, role: null, surface: ['Armenia'] },
      { name: 'Report', kind: O, role: 'news agency', media: true, surface: ['Report'] },
    ],
    quotes: [
      { speaker: 'Ministry of Foreign Affairs of Azerbaijan', text: 'The provocation of Armenia serves to increase tension in the region,' },
    ],
    reported: [
      { speaker: 'Ministry of Foreign Affairs of Azerbaijan', from: 'The Azerbaijani Foreign Ministry has sharply condemned', to: 'citing the Foreign Ministry.' },
      { speaker: 'Ministry of Foreign Affairs of Azerbaijan', from: 'The Foreign Ministry stressed that', to: 'November 10, 2020.' },
      { speaker: 'Ministry of Foreign Affairs of Azerbaijan', from: 'The ministry added that the provocation', to: 'of the Russian peacekeepers.' },
    ],
    contacts: [
      { a: 'Government of Azerbaijan', b: 'Government of Armenia', kind: 'meeting', date: '2021-10-14', status: 'held', date_text: 'today … during the meeting', optional: true, evidence: 'the provocation committed during the meeting of the foreign ministers of Azerbaijan and Armenia', note: 'the ministers are not named' },
    ],
    excluded: [],
  },

  d4029: {
    file: '029_tasnim_zarif_zalkaliani_call.txt',
    url: 'http://www.tasnimnews.com/en/news/2021/01/28/2441702/top-diplomats-discuss-iran-georgia-ties-regional-issues/amp',
    outlet: 'Tasnim',
    style: 'agency (Iran)',
    patterns: ['"TEHRAN (Tasnim) –" dateline', '"on Thursday" in a Thursday article (the same day)', 'his Georgian counterpart (named only in the next paragraph)', 'the top Iranian diplomat / The Iranian foreign minister', 'a call instead of a meeting (quarantine): the in-person meeting did not take place (optional, cancelled)', 'unnamed "other Georgian officials": no contacts', 'no direct statements (collective and courtesy only)'],
    actors: [
      { name: 'Mohammad Javad Zarif', kind: P, role: 'Foreign Minister of Iran', surface: ['Iranian Foreign Minister Mohammad Javad Zarif', 'Zarif', 'the top Iranian diplomat', 'The Iranian foreign minister'] },
      { name: 'David Zalkaliani', kind: P, role: 'Foreign Minister of Georgia', surface: ['his Georgian counterpart', 'Foreign Minister of Georgia David Zalkaliani', 'the foreign minister of Georgia'] },
      { name: 'Tasnim', kind: O, role: 'news agency', media: true, surface: ['Tasnim'] },
    ],
    quotes: [],
    reported: [
      { speaker: 'Mohammad Javad Zarif', from: 'Iranian Foreign Minister Mohammad Javad Zarif and his Georgian counterpart held talks', to: 'regional developments on Thursday.', optional: true, note: 'collective subject, topics only' },
      { speaker: 'Mohammad Javad Zarif', from: 'In a telephone conversation, the top Iranian diplomat', to: 'and regional issues.', optional: true, note: 'collective subject' },
      { speaker: 'Mohammad Javad Zarif', text: 'Zarif also wished his Georgian counterpart a full recovery from the coronavirus.', optional: true, note: 'wishes' },
    ],
    contacts: [
      { a: 'Mohammad Javad Zarif', b: 'David Zalkaliani', kind: 'call', date: '2021-01-28', status: 'held', date_text: 'on Thursday', evidence: 'In a telephone conversation, the top Iranian diplomat and Foreign Minister of Georgia David Zalkaliani discussed' },
      { a: 'Mohammad Javad Zarif', b: 'David Zalkaliani', kind: 'meeting', date: null, status: 'cancelled', date_text: null, optional: true, evidence: 'spoke by telephone because the foreign minister of Georgia has been kept in quarantine', note: 'implied: no face-to-face meeting during the visit' },
    ],
    excluded: [],
  },

  d4030: {
    file: '030_aravot_mirzoyan_klaar_call.txt',
    url: 'https://en.aravot.am/2022/12/23/316644',
    outlet: 'Aravot',
    style: 'regional press reprinting a ministry readout',
    patterns: ['explicit date "On December 23"', 'agentless passive ("were touched upon")', 'a single substantive statement', '"Read also" and tag lines dropped'],
    actors: [
      { name: 'Ararat Mirzoyan', kind: P, role: 'Foreign Minister of Armenia', surface: ['the Foreign Minister of Armenia Ararat Mirzoyan', 'Foreign Minister of Armenia Ararat Mirzoyan'] },
      { name: 'Toivo Klaar', kind: P, role: 'EU Special Representative for the South Caucasus and the crisis in Georgia', surface: ['Toivo Klaar, the EU Special Representative for the South Caucasus and the crisis in Georgia'] },
    ],
    quotes: [],
    reported: [
      { speaker: null, text: 'During the phone conversation the regional security and stability issues were touched upon.', optional: true, note: 'agentless passive, topic only' },
      { speaker: 'Ararat Mirzoyan', from: 'Foreign Minister of Armenia Ararat Mirzoyan presented', to: 'people of Nagorno-Karabakh.' },
    ],
    contacts: [
      { a: 'Ararat Mirzoyan', b: 'Toivo Klaar', kind: 'call', date: '2022-12-23', status: 'held', date_text: 'On December 23', evidence: 'had a phone conversation with Toivo Klaar' },
    ],
    excluded: [],
  },

  d4031: {
    file: '031_armenianweekly_babayan_capitol.txt',
    url: 'https://armenianweekly.com/2022/09/20/artsakh-foreign-minister-delivers-keynote-address-at-congressional-salute-to-artsakh/',
    outlet: 'The Armenian Weekly',
    style: 'diaspora press, event report relayed from an advocacy group',
    patterns: ['"WASHINGTON, DC –" dateline; cut before a paragraph the stored page breaks off', 'content first, "reported the Armenian National Committee of America (ANCA)" at the end (the advocacy group relays, the minister speaks)', '“…,” stated X, who characterized … as “…” (bare frame plus a relative clause with a fragment: mixed)', 'quotes without a frame following a framed quote (same speaker)', 'inverted frames ("stated Babayan", "remarked Babayan")', 'Juxtaposing …, X stated, “…” (participle with paraphrase: mixed)', 'X went on to stress that, “…”', 'bracketed insertion inside a quote', 'people absent from the dictionary (a de facto minister, an advocacy director)', 'visits without a named counterpart (no contact)'],
    actors: [
      { name: 'David Babayan', kind: P, role: 'Foreign Minister of the de facto Nagorno-Karabakh Republic', surface: ['Artsakh Foreign Minister David Babayan', 'Babayan', 'Foreign Minister Babayan'] },
      { name: 'Aram Hamparian', kind: P, role: 'Executive Director, Armenian National Committee of America', surface: ['ANCA executive director and master of ceremonies for the evening Aram Hamparian', 'Hamparian'] },
      { name: 'Ilham Aliyev', kind: P, role: 'President of Azerbaijan', surface: ['President Aliyev'] },
      { name: 'Nancy Pelosi', kind: P, role: 'Speaker of the US House of Representatives', surface: ['US House Speaker Nancy Pelosi', 'Speaker Pelosi'] },
      { name: 'Armenian National Committee of America', kind: O, role: 'advocacy organisation', surface: ['Armenian National Committee of America', 'ANCA'] },
    ],
    quotes: [
      { speaker: 'David Babayan', text: 'We face existential threats. Any minute, the enemy can launch large-scale attacks – a genocide. Every minute,' },
      { speaker: 'David Babayan', text: 'an attack on civilization – on international norms and laws.' },
      { speaker: 'David Babayan', text: 'Artsakh will never be part of Azerbaijan – I would like to restate that,' },
      { speaker: 'David Babayan', text: 'We are going to continue our struggle because we are struggling not only for our future – we are struggling for our past; we are struggling for our present and future. We are struggling for humanity.', note: 'no frame: the speaker of the previous quote' },
      { speaker: 'Aram Hamparian', text: 'momentous occasion – a pivotal moment of our history.' },
      { speaker: 'Aram Hamparian', text: 'These two visits bookend a very important moment, and they demonstrate that the Armenian American community has the back of Artsakh, has the back of Armenia – that the people of Armenia are not alone.' },
      { speaker: 'Aram Hamparian', text: 'we would like to see [Babayan’s] visit and Speaker Pelosi’s visit translated into policy – not a penny of US military aid to Azerbaijan; robust US assistance to Artsakh; the return of our prisoners; and investigations of Azerbaijani war crimes.' },
    ],
    reported: [
      { speaker: 'David Babayan', from: 'Artsakh Foreign Minister David Babayan affirmed', to: 'Committee of America (ANCA).', note: 'after the dateline; the group relays the minister’s remarks' },
      { speaker: 'David Babayan', from: '“We face existential threats.', to: 'international norms and laws.”', mixed: true },
      { speaker: 'David Babayan', text: 'Babayan reaffirmed Artsakh’s commitment to self-determination and freedom.' },
      { speaker: 'Aram Hamparian', from: 'ANCA executive director and master of ceremonies', to: 'moment of our history.”', mixed: true },
      { speaker: 'Aram Hamparian', from: 'Juxtaposing US House Speaker Nancy Pelosi’s', to: 'people of Armenia are not alone.”', mixed: true },
      { speaker: 'Aram Hamparian', from: 'Hamparian went on to stress that', to: 'Azerbaijani war crimes.”', mixed: true },
    ],
    contacts: [],
    excluded: [],
  },

  d4032: {
    file: '032_armenpress_khandanyan_rome_statute.txt',
    url: 'https://www.armenianclub.com/category/2023/page/344',
    outlet: 'Armenpress (reprinted by armenianclub.com)',
    style: 'state agency (Armenia), remarks to reporters',
    patterns: ['"YEREVAN, SEPTEMBER 7, ARMENPRESS." dateline; timestamp dropped; cut before a paragraph the stored page breaks off', 'X has said that … (reported), X, the Chair …, said that … (apposition between name and verb)', '“…,” X told reporters (bare frame)', 'He dismissed Moscow’s concerns (speech act; capital for a government in a possessive)', 'a four-sentence quotation', 'In 2022, the Pashinyan Administration explained that … (government as speaker, named by its head)', 'no contact'],
    actors: [
      { name: 'Sargis Khandanyan', kind: P, role: 'Chair of the Standing Committee on Foreign Relations, National Assembly of Armenia', surface: ['Member of Parliament Sargis Khandanyan', 'Khandanyan'] },
      { name: 'Government of Armenia', kind: O, role: null, surface: ['The Armenian government', 'the Pashinyan Administration'] },
      { name: 'Government of Russia', kind: O, role: null, surface: ['Moscow'] },
      { name: 'Vladimir Putin', kind: P, role: 'President of Russia', surface: ['Vladimir Putin'] },
      { name: 'Armenpress', kind: O, role: 'news agency', media: true, surface: ['ARMENPRESS'] },
    ],
    quotes: [
      { speaker: 'Sargis Khandanyan', text: 'As of this moment, there are no reservations in the version sent to parliament. I believe that,indeed, it must be ratified,' },
      { speaker: 'Sargis Khandanyan', text: 'I don’t know what kind of questions they’ve asked Armenia and I don’t know whether or not they’ve already received the answers. Nonetheless, I reiterate that joining such treaties is the sovereign right of Armenia and there’s no need to make clarifications. If you read the Statute, you’d see it addressing a number of war crimes, such as the ones taking place during the Azerbaijani aggressions in the territory of Armenia during the past two years. Besides, the Statute addresses genocide as a crime, and I think that Armenia, as a country of descendants of genocide, is morally bound to join this mechanism,' },
    ],
    reported: [
      { speaker: 'Sargis Khandanyan', from: 'Member of Parliament Sargis Khandanyan', to: 'International Criminal Court (ICC).' },
      { speaker: 'Sargis Khandanyan', from: 'Khandanyan, the Chair of the Parliamentary Committee', to: 'within defined timeframes.' },
      { speaker: 'Sargis Khandanyan', text: 'He dismissed Moscow’s concerns and request to clarify the move.', note: 'He = Khandanyan; Moscow’s concerns and request are nominal' },
      { speaker: 'Government of Armenia', from: 'In 2022, the Pashinyan Administration explained', to: 'aggressions against Armenia.' },
    ],
    contacts: [],
    excluded: [],
  },

  d4033: {
    file: '033_wiredgov_michel_macron_virtual_meeting.txt',
    url: 'https://www.wired-gov.net/wg/news.nsf/articles/statement+of+european+council+president+charles+michel+and+french+president+emmanuel+macron+following+the+meeting+with+president+of+the+republic+of+azerbaijan+ilham+aliyev+and+prime+minister+of+the+republic+of+armenia+nikol+pashinyan+07022022152500?open',
    outlet: 'Wired-Gov (reprint of a European Council statement)',
    style: 'joint statement of two leaders (EU readout)',
    patterns: ['a four-party virtual meeting with an explicit date ("on the 4th of February 2022"): six pairs', 'statement written in the third person by its authors: every sentence a collective ("President Michel and President Macron reaffirmed", "They", "The heads of State and Government agreed")', 'organisation and country as subjects ("The EU and France remain committed")', 'long titles before each name'],
    actors: [
      { name: 'Charles Michel', kind: P, role: 'President of the European Council', surface: ['European Council President Charles Michel', 'President of the European Council Charles Michel', 'President Michel'] },
      { name: 'Emmanuel Macron', kind: P, role: 'President of France', surface: ['French President Emmanuel Macron', 'President of the French Republic Emmanuel Macron', 'President Macron'] },
      { name: 'Ilham Aliyev', kind: P, role: 'President of Azerbaijan', surface: ['President of the Republic of Azerbaijan Ilham Aliyev'] },
      { name: 'Nikol Pashinyan', kind: P, role: 'Prime Minister of Armenia', surface: ['Prime Minister of the Republic of Armenia Nikol Pashinyan'] },
    ],
    quotes: [],
    reported: [
      { speaker: 'Charles Michel', from: 'President Michel and President Macron reaffirmed', to: 'building trust in the region.', optional: true, note: 'coordinated subject (the statement’s two authors)' },
      { speaker: 'Charles Michel', from: 'They took stock of progress', to: 'restoration of railways tracks.', optional: true, note: 'They = Michel and Macron (or all four)' },
      { speaker: 'Charles Michel', from: 'The heads of State and Government agreed', to: 'a wide range of issues.', optional: true, note: 'collective (all four)' },
      { speaker: 'Charles Michel', from: 'The EU and France remain committed', to: 'stable South Caucasus.', optional: true, note: 'the statement’s own position, no verb of speech' },
    ],
    contacts: [
      { a: 'Charles Michel', b: 'Emmanuel Macron', kind: 'meeting', date: '2022-02-04', status: 'held', date_text: 'on the 4th of February 2022', evidence: 'have met virtually on the 4th of February 2022' },
      { a: 'Charles Michel', b: 'Ilham Aliyev', kind: 'meeting', date: '2022-02-04', status: 'held', date_text: 'on the 4th of February 2022', evidence: 'have met virtually' },
      { a: 'Charles Michel', b: 'Nikol Pashinyan', kind: 'meeting', date: '2022-02-04', status: 'held', date_text: 'on the 4th of February 2022', evidence: 'have met virtually' },
      { a: 'Emmanuel Macron', b: 'Ilham Aliyev', kind: 'meeting', date: '2022-02-04', status: 'held', date_text: 'on the 4th of February 2022', evidence: 'have met virtually' },
      { a: 'Emmanuel Macron', b: 'Nikol Pashinyan', kind: 'meeting', date: '2022-02-04', status: 'held', date_text: 'on the 4th of February 2022', evidence: 'have met virtually' },
      { a: 'Ilham Aliyev', b: 'Nikol Pashinyan', kind: 'meeting', date: '2022-02-04', status: 'held', date_text: 'on the 4th of February 2022', evidence: 'have met virtually' },
    ],
    excluded: [],
  },

  d4034: {
    file: '034_azernews_bayramov_moscow_meetings.txt',
    url: 'https://www.azernews.az/nation/168374.html',
    outlet: 'Azernews',
    style: 'regional press (Azerbaijan) retelling a ministry readout',
    patterns: ['no headline in the stored page: the body starts on the date line (byline dropped; cut before a paragraph the stored page breaks off)', 'several meetings in one day ("on August 26"), one earlier meeting without a day ("After meeting his Russian counterpart")', 'institutions as parties (the Federation Council, the Cabinet of Ministers)', 'press service as the speaker at the end of a collective sentence', 'They / They sides (collective, with a typo)', 'agentless passives', 'a medal title in quotes (excluded)', 'Ceyhun for Jeyhun'],
    actors: [
      { name: 'Jeyhun Bayramov', kind: P, role: 'Foreign Minister of Azerbaijan', surface: ['Azerbaijan’s Foreign Minister Ceyhun Bayramov', 'Bayramov'] },
      { name: 'Sergey Lavrov', kind: P, role: 'Foreign Minister of Russia', surface: ['his Russian counterpart Sergey Lavrov'] },
      { name: 'Ilyas Umakhanov', kind: P, role: 'Deputy Chairman of the Federation Council of Russia', surface: ['Deputy Chairman of the Federation Council of the Russian Federal Assembly Ilyas Umakhanov'] },
      { name: 'Federation Council of Russia', kind: O, role: null, surface: ['the Federation Council'] },
      { name: 'Government of Russia', kind: O, role: null, surface: ['the Cabinet of Ministers of Russia'] },
      { name: 'Ministry of Foreign Affairs of Azerbaijan', kind: O, role: null, surface: ['Azerbaijani Foreign Ministry’s press service'] },
    ],
    quotes: [],
    reported: [
      { speaker: 'Ministry of Foreign Affairs of Azerbaijan', from: 'During the meeting, the sides noted', to: 'press service has reported.' },
      { speaker: 'Jeyhun Bayramov', from: 'They pointed out that mutual trust', to: 'strengthening of bilateral relations.', optional: true, note: 'collective subject' },
      { speaker: null, text: 'The results of the official visit of the Azerbaijani First Vice President to Russia last year were also underlined.', optional: true, note: 'agentless passive' },
      { speaker: 'Jeyhun Bayramov', text: 'They sides also discussed boosting ties within the Parliamentary Assemblies of the OSCE, CIS, and other organizations.', optional: true, note: 'collective subject' },
      { speaker: null, from: 'Referring to the legal framework', to: '1997 and 2008 years were highlighted.', optional: true, note: 'agentless passive' },
      { speaker: null, text: 'Cooperation to evacuate citizens stranded in both countries due to COVID-19 was also discussed.', optional: true, note: 'agentless passive' },
    ],
    contacts: [
      { a: 'Jeyhun Bayramov', b: 'Sergey Lavrov', kind: 'meeting', date: null, status: 'held', date_text: null, evidence: 'After meeting his Russian counterpart Sergey Lavrov', note: 'before the August 26 meetings; no day given' },
      { a: 'Jeyhun Bayramov', b: 'Ilyas Umakhanov', kind: 'meeting', date: '2020-08-26', status: 'held', date_text: 'on August 26', evidence: 'Bayramov met Deputy Chairman of the Federation Council … Ilyas Umakhanov' },
      { a: 'Jeyhun Bayramov', b: 'Federation Council of Russia', kind: 'meeting', date: '2020-08-26', status: 'held', date_text: 'on August 26', optional: true, evidence: 'held meetings at the Federation Council', note: 'the same meeting as with its deputy chairman' },
      { a: 'Jeyhun Bayramov', b: 'Government of Russia', kind: 'meeting', date: '2020-08-26', status: 'held', date_text: 'on August 26', evidence: 'held meetings at … the Cabinet of Ministers of Russia on August 26' },
    ],
    excluded: [{ text: '75 Years of Victory in the Great Patriotic War of 1941–1945 years', reason: 'title of a medal' }],
  },

  d4035: {
    file: '035_hurriyet_tbilisi_trilateral_2019.txt',
    url: 'http://www.hurriyetdailynews.com/turkey-azerbaijan-georgia-sign-tbilisi-statement-150220',
    outlet: 'Hürriyet Daily News (Anadolu Agency)',
    style: 'international press (Turkey) carrying a wire story',
    patterns: ['"ANKARA-Anadolu Agency" dateline alone; timestamp and repeated headline dropped; cut before a paragraph the stored page breaks off', 'a trilateral meeting of foreign ministers with a date ("on Dec. 23"): three pairs', 'his Azerbaijani and Georgian counterparts X and Y (two roles distributed over two names)', 'Signing …, X said … (participle opener)', '"…," he said (he = Çavuşoğlu)', 'collective first sentence ("The foreign ministers … assessed … and discussed")'],
    actors: [
      { name: 'Mevlüt Çavuşoğlu', kind: P, role: 'Foreign Minister of Turkey', surface: ['Turkish Foreign Minister Mevlüt Çavuşoğlu', 'Çavuşoğlu'] },
      { name: 'Elmar Mammadyarov', kind: P, role: 'Foreign Minister of Azerbaijan', surface: ['Elmar Mammadyarov'] },
      { name: 'David Zalkaliani', kind: P, role: 'Foreign Minister of Georgia', surface: ['David Zalkaliani'] },
      { name: 'Anadolu Agency', kind: O, role: 'news agency', media: true, surface: ['Anadolu Agency'] },
    ],
    quotes: [
      { speaker: 'Mevlüt Çavuşoğlu', text: 'We believe that such mechanisms provide an effective platform to discuss bilateral and regional issues. Our mechanisms of cooperation lay the ground for building sustainable peace, stability, and prosperity in our region,' },
      { speaker: 'Mevlüt Çavuşoğlu', text: 'These projects ensure energy security and resource diversification of the region and Europe,', note: 'he = Çavuşoğlu' },
    ],
    reported: [
      { speaker: 'Mevlüt Çavuşoğlu', from: 'The foreign ministers of Turkey, Azerbaijan and Georgia assessed', to: 'Tbilisi on Dec. 23.', optional: true, note: 'collective subject' },
      { speaker: 'Mevlüt Çavuşoğlu', from: 'Signing a joint declaration', to: 'other countries in the region.' },
      { speaker: 'Mevlüt Çavuşoğlu', from: 'He underlined that the trilateral sectoral cooperation action plan', to: 'environment and culture.' },
      { speaker: 'Mevlüt Çavuşoğlu', from: 'Çavuşoğlu also said that the countries discussed', to: 'Trans-Adriatic Pipeline (TAP).' },
      { speaker: 'Mevlüt Çavuşoğlu', text: 'Çavuşoğlu also stressed that Turkey would always support the sovereignty and territorial integrity of Azerbaijan and Georgia.' },
    ],
    contacts: [
      { a: 'Mevlüt Çavuşoğlu', b: 'Elmar Mammadyarov', kind: 'meeting', date: '2019-12-23', status: 'held', date_text: 'on Dec. 23', evidence: 'attended the eighth Trilateral Meeting of Foreign Ministers' },
      { a: 'Mevlüt Çavuşoğlu', b: 'David Zalkaliani', kind: 'meeting', date: '2019-12-23', status: 'held', date_text: 'on Dec. 23', evidence: 'attended the eighth Trilateral Meeting of Foreign Ministers' },
      { a: 'Elmar Mammadyarov', b: 'David Zalkaliani', kind: 'meeting', date: '2019-12-23', status: 'held', date_text: 'on Dec. 23', evidence: 'attended the eighth Trilateral Meeting of Foreign Ministers' },
    ],
    excluded: [],
  },

  d4036: {
    file: '036_trend_zalkaliani_cavusoglu_bucharest.txt',
    url: 'https://en.trend.az/business/economy/3413602.html',
    outlet: 'Trend',
    style: 'agency (Azerbaijan) relaying Georgian media',
    patterns: ['dateline alone on the date line ("BAKU, Azerbaijan, April 23"); byline dropped', 'a bilateral meeting on the sidelines of another trilateral meeting whose ministers are not named', '“…,” X tweeted (post as quote)', 'X hopes … (reported)', 'agentless "were in focus"', 'meeting day not in the text (dateline only)'],
    actors: [
      { name: 'David Zalkaliani', kind: P, role: 'Foreign Minister of Georgia', surface: ['Georgian Foreign Minister David Zalkaliani', 'Zalkaliani'] },
      { name: 'Mevlüt Çavuşoğlu', kind: P, role: 'Foreign Minister of Turkey', surface: ['his Turkish counterpart Mevlut Cavusoglu', 'Mevlut Cavusoglu'] },
      { name: 'Trend', kind: O, role: 'news agency', media: true, surface: ['Trend'] },
    ],
    quotes: [
      { speaker: 'David Zalkaliani', text: 'Good meeting with my colleague Mevlut Cavusoglu. Turkey’s support towards Georgia’s integration into NATO is crucial for us. Discussed the significance of enhancing our strategic partnership for the region,' },
    ],
    reported: [
      { speaker: null, from: 'The 3+3 format cooperation mechanism', to: 'were in focus.', optional: true, note: 'agentless, topics only' },
      { speaker: 'David Zalkaliani', text: 'The parties also addressed the upcoming 2021 Brussels Summit.', optional: true, note: 'collective subject' },
      { speaker: 'David Zalkaliani', text: 'Zalkaliani hopes Turkey would back Georgia in terms of NATO’s open-door policy.' },
    ],
    contacts: [
      { a: 'David Zalkaliani', b: 'Mevlüt Çavuşoğlu', kind: 'meeting', date: null, status: 'held', date_text: null, evidence: 'met with his Turkish counterpart Mevlut Cavusoglu at the trilateral Foreign Ministers’ meeting in Bucharest', note: 'the dateline (April 23) dates the report' },
    ],
    excluded: [],
  },

  d4037: {
    file: '037_georgiatoday_pompeo_tbilisi.txt',
    url: 'http://gtarchive.georgiatoday.ge/news/23077/US-Secretary-of-State-Meets-with-Georgian-President%2C-PM-',
    outlet: 'Georgia Today',
    style: 'regional press (Georgia), live news of a visit',
    patterns: ['byline and timestamp dropped', 'He reaffirmed …, reads the information released by the US Embassy (the embassy relays the principal’s words)', '“…”, reads the information (a document as frame; the embassy speaks)', 'the Secretary / the US Secretary of State / Secretary Pompeo / the PM / the President', 'a meeting in progress ("is currently holding a meeting") and one to follow ("after which he will meet"), on the article’s day', 'two Georgian officials on one side of one meeting (no pair between them)', 'a tweet before a meeting ("Look forward to …")', '"yesterday" / "today" for arrival and departure (no contact)', 'Zurabishvili (dictionary: Zourabichvili); Orbeliani / Orbelliani'],
    actors: [
      { name: 'Mike Pompeo', kind: P, role: 'U.S. Secretary of State', surface: ['US Secretary of State Mike Pompeo', 'Pompeo', 'Secretary Pompeo', 'the Secretary', 'the US Secretary of State', 'Mike Pompeo'] },
      { name: 'Salome Zourabichvili', kind: P, role: 'President of Georgia', surface: ['Georgian President Salome Zurabishvili', 'President Zurabishvili', 'the President'] },
      { name: 'Giorgi Gakharia', kind: P, role: 'Prime Minister of Georgia', surface: ['Prime Minister of Georgia Giorgi Gakharia', 'the PM'] },
      { name: 'David Zalkaliani', kind: P, role: 'Foreign Minister of Georgia', surface: ['Minister of Foreign Affairs of Georgia David Zalkaliani'] },
      { name: 'Ilia II', kind: P, role: 'Catholicos-Patriarch of All Georgia', surface: ['Catholicos-Patriarch of All Georgia Ilia II'] },
      { name: 'Embassy of the United States in Georgia', kind: O, role: null, surface: ['the US Embassy to Georgia'] },
    ],
    quotes: [
      { speaker: 'Embassy of the United States in Georgia', text: 'Secretary Pompeo was pleased to meet President Zurabishvili at the historic Orbelliani Palace, which once housed the US Embassy. At the meeting, the Secretary reaffirmed the United States’ commitment to Georgia’s sovereignty and territorial integrity and commended the country for its significant contributions to the fight against global terrorism', note: 'the embassy’s readout' },
      { speaker: 'Giorgi Gakharia', text: 'Look forward to discussing the US-Georgia strategic partnership and our Euro-Atlantic agenda with Secretary Pompeo. His visit is yet another demonstration of the strength of our bilateral relations', note: 'the PM tweeted' },
    ],
    reported: [
      { speaker: 'Mike Pompeo', via: 'Embassy of the United States in Georgia', from: 'He reaffirmed the United States’ commitment', to: 'US Embassy to Georgia.', note: 'He = Pompeo; relayed by the embassy' },
      { speaker: 'Giorgi Gakharia', from: 'Prior to the meeting, Prime Minister of Georgia Giorgi Gakharia responded', to: 'on his Twitter page.', optional: true, note: 'a response whose content is the next paragraph’s quote' },
    ],
    contacts: [
      { a: 'Mike Pompeo', b: 'Salome Zourabichvili', kind: 'meeting', date: '2020-11-18', status: 'held', date_text: null, evidence: 'Mike Pompeo has met with Georgian President Salome Zurabishvili at the Orbeliani Palace', note: 'no day in the sentence; the visit’s day (arrived yesterday, leaves today) is the article’s' },
      { a: 'Mike Pompeo', b: 'Giorgi Gakharia', kind: 'meeting', date: '2020-11-18', status: 'held', date_text: 'is currently holding a meeting', evidence: 'Pompeo is currently holding a meeting with Prime Minister of Georgia Giorgi Gakharia' },
      { a: 'Mike Pompeo', b: 'David Zalkaliani', kind: 'meeting', date: '2020-11-18', status: 'held', date_text: 'is currently holding a meeting', evidence: 'and Minister of Foreign Affairs of Georgia David Zalkaliani' },
      { a: 'Mike Pompeo', b: 'Ilia II', kind: 'meeting', date: '2020-11-18', status: 'planned', date_text: 'after which', evidence: 'after which he will meet with Catholicos-Patriarch of All Georgia Ilia II' },
    ],
    excluded: [],
  },

  d4038: {
    file: '038_govge_bakhtadze_pompeo.txt',
    url: 'http://gov.ge/index.php?lang_id=ENG&sec_id=497&info_id=67975',
    outlet: 'Government of Georgia (gov.ge)',
    style: 'government readout (Prime Minister’s Press Office)',
    patterns: ['headline in capitals; page furniture, print link and credit line dropped', 'topics first, "discussed by X and Y today" at the end (passive)', 'Head of the Government of Georgia (nominal for the prime minister)', 'agentless passives ("Focus was made", "Discussions were also related")', 'people who "attended" the meeting (optional pairs)', 'an ambassador absent from the dictionary'],
    actors: [
      { name: 'Mamuka Bakhtadze', kind: P, role: 'Prime Minister of Georgia', surface: ['Mamuka Bakhtadze', 'Head of the Government of Georgia'] },
      { name: 'Mike Pompeo', kind: P, role: 'U.S. Secretary of State', surface: ['Michael R. Pompeo', 'the US Secretary of State'] },
      { name: 'David Zalkaliani', kind: P, role: 'Foreign Minister of Georgia', surface: ['David Zalkaliani'] },
      { name: 'David Bakradze', kind: P, role: 'Ambassador of Georgia to the United States', surface: ['H.E. David Bakradze'] },
    ],
    quotes: [],
    reported: [
      { speaker: 'Mamuka Bakhtadze', from: 'Development of cooperation in the areas of defense', to: 'US Secretary of State today.', optional: true, note: 'topics of a meeting (passive)' },
      { speaker: null, text: 'Focus was made on the prospects of progressing to a higher level of trade and economic cooperation between the USA and Georgia.', optional: true, note: 'agentless' },
      { speaker: null, from: 'Discussions were also related to', to: 'occupied territories of the country.', optional: true, note: 'agentless' },
      { speaker: 'Mamuka Bakhtadze', from: 'Head of the Government of Georgia expressed his gratitude', to: 'sovereignty of the country.' },
      { speaker: 'Mamuka Bakhtadze', text: 'Parties also reviewed the current situation in the region, along with the regional role of Georgia.', optional: true, note: 'collective subject' },
    ],
    contacts: [
      { a: 'Mamuka Bakhtadze', b: 'Mike Pompeo', kind: 'meeting', date: '2018-09-20', status: 'held', date_text: 'today', evidence: 'discussed by Mamuka Bakhtadze, Prime Minister of Georgia and Michael R. Pompeo, US Secretary of State today' },
      { a: 'David Zalkaliani', b: 'Mike Pompeo', kind: 'meeting', date: '2018-09-20', status: 'held', date_text: 'today', optional: true, evidence: 'It was attended by David Zalkaliani', note: 'attended the meeting' },
      { a: 'David Bakradze', b: 'Mike Pompeo', kind: 'meeting', date: '2018-09-20', status: 'held', date_text: 'today', optional: true, evidence: 'and H.E. David Bakradze', note: 'attended the meeting' },
    ],
    excluded: [],
  },

  d4039: {
    file: '039_armenpress_grigoryan_brussels_interview.txt',
    url: 'https://armenpress.am/eng/news/1083802/',
    outlet: 'Armenpress',
    style: 'state agency (Armenia), short interview (question / answer)',
    patterns: ['"YEREVAN, MAY 21, ARMENPRESS." dateline; page furniture dropped; cut before a question whose answer the stored page breaks off', 'content first, speaker last ("…, the Secretary of the Security Council of Armenia Armen Grigoryan said in response to a query from ARMENPRESS")', 'transcript answer with a "Grigoryan:" label and no marks', 'a question by the agency ("ARMENPRESS:") that states a plan (no speaker)', 'a planned trilateral meeting "May 22" (three pairs, planned)', 'Grigoryan: the dictionary has Armen and Mher Grigoryan'],
    actors: [
      { name: 'Armen Grigoryan', kind: P, role: 'Secretary of the Security Council of Armenia', surface: ['the Secretary of the Security Council of Armenia Armen Grigoryan', 'Grigoryan'] },
      { name: 'Nikol Pashinyan', kind: P, role: 'Prime Minister of Armenia', surface: ['Armenian Prime Minister Nikol Pashinyan', 'the Armenian Prime Minister'] },
      { name: 'Ilham Aliyev', kind: P, role: 'President of Azerbaijan', surface: ['Azerbaijani President Ilham Aliyev', 'the President of Azerbaijan'] },
      { name: 'Charles Michel', kind: P, role: 'President of the European Council', surface: ['President of the European Council Charles Michel', 'President of the European Council'] },
      { name: 'Armenpress', kind: O, role: 'news agency', media: true, surface: ['ARMENPRESS'] },
    ],
    quotes: [
      { speaker: 'Armen Grigoryan', nomarks: true, text: 'That’s to say the least a strange criticism because the current agenda of our discussions with Azerbaijan is well known. These are: the points presented by us and by Azerbaijan for the normalization of relations or launch of peace talks, which are also disclosed and include the topic of the NK conflict settlement, issues of return of captives and revealing the fate of those missing, issues relating to opening of regional connections, delimitation and demarcation of borders, as well as issues relating to the launch of the work of the trilateral commission dealing with border security. This is the same agenda that was discussed during the previous meetings.' },
    ],
    reported: [
      { speaker: 'Armen Grigoryan', from: 'Armenian Prime Minister Nikol Pashinyan, Azerbaijani President', to: 'in response to a query from ARMENPRESS.' },
      { speaker: 'Armen Grigoryan', text: 'Grigoryan also addressed the criticism on the agenda of the meeting being kept secret.', optional: true, note: 'a topic, the content follows as a transcript answer' },
    ],
    contacts: [
      { a: 'Nikol Pashinyan', b: 'Ilham Aliyev', kind: 'meeting', date: '2022-05-22', status: 'planned', date_text: 'May 22', evidence: 'The trilateral meeting … is planned to take place May 22 in Brussels' },
      { a: 'Nikol Pashinyan', b: 'Charles Michel', kind: 'meeting', date: '2022-05-22', status: 'planned', date_text: 'May 22', evidence: 'their upcoming trilateral meeting in Brussels' },
      { a: 'Ilham Aliyev', b: 'Charles Michel', kind: 'meeting', date: '2022-05-22', status: 'planned', date_text: 'May 22', evidence: 'their upcoming trilateral meeting in Brussels' },
    ],
    excluded: [],
  },
};
