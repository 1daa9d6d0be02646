// Hand annotation of held-out set 6, articles 001-016 (South Caucasus diplomacy). Items are anchored by their
// exact text (or by their first and last words, `from`/`to`); build-gold.mjs computes and verifies the offsets.
const P = 'person';
const O = 'org';

export default {
  ho6001: {
    file: '001_civilge_zurabishvili_macron_paris.txt',
    url: 'https://civil.ge/archives/627153',
    outlet: 'Civil.ge',
    style: 'regional press',
    patterns: ['no headline: body on the date line', 'quote from a Facebook post inside a sentence about something else', 'four meetings with officials named by office and surname only (German President Steinmeier)', 'The President (role for the subject)', 'transliteration Zurabishvili vs dictionary Zourabichvili'],
    actors: [
      { name: 'Salome Zourabichvili', kind: P, role: 'President of Georgia', surface: ['Georgian President Salome Zurabishvili', 'The President', 'Zurabishvili', 'President Zurabishvili'] },
      { name: 'Emmanuel Macron', kind: P, role: 'President of France', surface: ['her French counterpart Emmanuel Macron', 'Emmanuel Macron'] },
      { name: 'Frank-Walter Steinmeier', kind: P, role: 'President of Germany', surface: ['German President Steinmeier'] },
      { name: 'Andrzej Duda', kind: P, role: 'President of Poland', surface: ['Polish President Duda'] },
      { name: 'Charles Michel', kind: P, role: 'President of the European Council', surface: ['European Council President Michel'] },
      { name: 'Ursula von der Leyen', kind: P, role: 'President of the European Commission', surface: ['European Commission President von der Leyen'] },
    ],
    quotes: [
      { speaker: 'Emmanuel Macron', text: 'France welcomes the European and democratic aspirations of the Georgian people. We hope that the elections on October 26 will allow Georgia to resume its European path.' },
    ],
    reported: [
      { speaker: 'Emmanuel Macron', from: 'The meeting between the two presidents', to: 'its European path.”', mixed: true, optional: true, note: 'the sentence is about the missing press release; Macron’s post is attached with "saying"' },
    ],
    contacts: [
      { a: 'Salome Zourabichvili', b: 'Emmanuel Macron', kind: 'meeting', date: '2024-10-03', status: 'held', date_text: 'On October 3', evidence: 'met with her French counterpart Emmanuel Macron in Paris' },
      { a: 'Salome Zourabichvili', b: 'Frank-Walter Steinmeier', kind: 'meeting', date: null, status: 'held', evidence: 'met with several high-ranking officials, including German President Steinmeier' },
      { a: 'Salome Zourabichvili', b: 'Andrzej Duda', kind: 'meeting', date: null, status: 'held', evidence: 'Polish President Duda' },
      { a: 'Salome Zourabichvili', b: 'Charles Michel', kind: 'meeting', date: null, status: 'held', evidence: 'European Council President Michel' },
      { a: 'Salome Zourabichvili', b: 'Ursula von der Leyen', kind: 'meeting', date: null, status: 'held', evidence: 'European Commission President von der Leyen' },
    ],
    excluded: [],
  },

  ho6002: {
    file: '002_civilge_zurabishvili_paris_guterres.txt',
    url: 'https://civil.ge/archives/430347',
    outlet: 'Civil.ge',
    style: 'regional press',
    patterns: ['no headline: body on the date line', 'two meetings on two days (June 30, July 1)', 'her French counterpart, The Georgian President, the UN Secretary-General (roles)', 'organisation as speaker (Presidential Administration reported)', 'name of a dialogue format in quotes', 'tweet as a bare frame with inverted verb (tweeted the Georgian President)'],
    actors: [
      { name: 'Salome Zourabichvili', kind: P, role: 'President of Georgia', surface: ['Georgian President Salome Zurabishvili', 'she', 'President Zurabishvili', 'The Georgian President', 'the Georgian President'] },
      { name: 'Emmanuel Macron', kind: P, role: 'President of France', surface: ['French President Emmanuel Macron', 'her French counterpart', 'President Macron'] },
      { name: 'António Guterres', kind: P, role: 'Secretary-General of the United Nations', surface: ['United Nations Secretary-General António Guterres', 'the UN Secretary-General'] },
      { name: 'Zaza Gakheladze', kind: P, role: 'Georgian citizen detained in Tskhinvali', surface: ['Zaza Gakheladze'] },
      { name: 'Administration of the President of Georgia', kind: O, role: null, surface: ['Georgia’s Presidential Administration'] },
    ],
    quotes: [
      { speaker: 'Salome Zourabichvili', text: 'grave humanitarian situation', optional: true, note: 'fragment inside a paraphrase; may be the Administration’s wording' },
      { speaker: 'Salome Zourabichvili', text: 'I fully hope the international community will get involved in helping with his speedy release,' },
    ],
    reported: [
      { speaker: 'Administration of the President of Georgia', from: 'At the July 1 meeting with her French counterpart', to: 'Presidential Administration reported.' },
      { speaker: 'Salome Zourabichvili', text: 'The two officials also discussed continuing with the Franco-Georgian “Amilakhvari Dialogue,” launched in 2019.', optional: true, note: 'collective subject' },
      { speaker: 'Salome Zourabichvili', from: 'The Georgian President also talked with President Macron', to: 'along the occupation line.', mixed: true },
      { speaker: null, from: 'Detentions of Georgian citizens', to: 'in Tskhinvali prison.', optional: true, note: 'agentless passive (were also discussed)' },
    ],
    contacts: [
      { a: 'Salome Zourabichvili', b: 'Emmanuel Macron', kind: 'meeting', date: '2021-07-01', status: 'held', date_text: 'At the July 1 meeting', evidence: 'At the July 1 meeting with her French counterpart' },
      { a: 'Salome Zourabichvili', b: 'António Guterres', kind: 'meeting', date: '2021-06-30', status: 'held', date_text: 'June 30 meeting', evidence: 'June 30 meeting with the UN Secretary-General' },
    ],
    excluded: [{ text: 'Amilakhvari Dialogue,', reason: 'name of a dialogue format' }],
  },

  ho6003: {
    file: '003_civilge_zurabishvili_michel_macron_calls.txt',
    url: 'https://civil.ge/archives/475538',
    outlet: 'Civil.ge',
    style: 'regional press',
    patterns: ['no headline: body on the date line', 'two calls on one day ("today")', 'the EU leader, her French counterpart, the French President (roles)', 'a tweet reporting the other side’s words (speaker is the tweeter)', 'organisation as speaker (President Macron’s administration, The press release)', 'third call mentioned by the other side (Macron–Sandu)', 'invitations to visit next week (planned)'],
    actors: [
      { name: 'Salome Zourabichvili', kind: P, role: 'President of Georgia', surface: ['President of Georgia, Salome Zurabishvili', 'President Zurabishvili', 'the Georgian President', 'she', 'Georgia’s Zurabishvili'] },
      { name: 'Charles Michel', kind: P, role: 'President of the European Council', surface: ['European Council President Charles Michel', 'the EU leader'] },
      { name: 'Emmanuel Macron', kind: P, role: 'President of France', surface: ['French counterpart Emmanuel Macron', 'her French counterpart', 'President Macron', 'the French President'] },
      { name: 'Maia Sandu', kind: P, role: 'President of Moldova', surface: ['Moldovan President Maia Sandu'] },
      { name: 'Presidency of France', kind: O, role: null, surface: ['President Macron’s administration', 'The press release'] },
    ],
    quotes: [
      { speaker: 'Salome Zourabichvili', text: 'developments in Ukraine, Georgia and Europe.' },
      { speaker: 'Salome Zourabichvili', text: 'President Macron underlined again France’s support to Georgia’s territorial integrity,', note: 'her tweet reports Macron; the words are hers' },
      { speaker: 'Presidency of France', text: 'an opportunity to take stock of developments in Ukraine and the international community’s responses to Russia’s aggression.' },
      { speaker: 'Presidency of France', text: 'reaffirmed his determination to support our partners in the European Union’s Eastern Neighborhood against any attempt at tension and destabilization.' },
    ],
    reported: [
      { speaker: 'Salome Zourabichvili', from: 'In the conversation with the EU leader', to: 'Georgia and Europe.”', mixed: true },
      { speaker: 'Salome Zourabichvili', text: 'Meanwhile, the Georgian President noted she and her French counterpart shared views and full support to Ukraine.' },
      { speaker: 'Salome Zourabichvili', text: 'President Zurabishvili said that the officials invited her to visit Brussels and Paris, respectively, next week.' },
      { speaker: 'Presidency of France', from: 'President Macron’s administration stated today', to: 'to Russia’s aggression.”', mixed: true },
      { speaker: 'Presidency of France', from: 'The press release said that', to: 'tension and destabilization.”', mixed: true },
    ],
    contacts: [
      { a: 'Salome Zourabichvili', b: 'Charles Michel', kind: 'call', date: '2022-02-26', status: 'held', date_text: 'today', evidence: 'today spoke over the phone with European Council President Charles Michel' },
      { a: 'Salome Zourabichvili', b: 'Emmanuel Macron', kind: 'call', date: '2022-02-26', status: 'held', date_text: 'today', evidence: 'and French counterpart Emmanuel Macron' },
      { a: 'Emmanuel Macron', b: 'Maia Sandu', kind: 'call', date: null, status: 'held', evidence: 'as well as with Moldovan President Maia Sandu' },
      { a: 'Salome Zourabichvili', b: 'Charles Michel', kind: 'meeting', date: null, status: 'planned', optional: true, date_text: 'next week', evidence: 'invited her to visit Brussels', note: 'invitation' },
      { a: 'Salome Zourabichvili', b: 'Emmanuel Macron', kind: 'meeting', date: null, status: 'planned', optional: true, date_text: 'next week', evidence: 'and Paris, respectively, next week', note: 'invitation' },
    ],
    excluded: [],
  },

  ho6004: {
    file: '004_newsaz_abdullayeva_fms_meeting.txt',
    url: 'https://news.az/news/baku-does-not-rule-out-possible-meeting-of-azerbaijani-armenian-fms',
    outlet: 'News.Az',
    style: 'agency',
    patterns: ['spokesperson as speaker, then The spokesperson / she', 'straight double quotation marks', 'X said on Thursday, News.Az reports (two frames)', 'bracketed editorial insertion', 'possible meeting (not ruled out) and an earlier one mentioned in a quote'],
    actors: [
      { name: 'Jeyhun Bayramov', kind: P, role: 'Foreign Minister of Azerbaijan', surface: ['Azerbaijani Foreign Minister Jeyhun Bayramov'] },
      { name: 'Ararat Mirzoyan', kind: P, role: 'Foreign Minister of Armenia', surface: ['his Armenian counterpart Ararat Mirzoyan'] },
      { name: 'Leyla Abdullayeva', kind: P, role: 'Spokesperson of the Ministry of Foreign Affairs of Azerbaijan', surface: ['Leyla Abdullayeva', 'Abdullayeva', 'The spokesperson', 'she', 'the spokesperson'] },
      { name: 'News.Az', kind: O, role: 'news agency', media: true, surface: ['News.Az'] },
    ],
    quotes: [
      { speaker: 'Leyla Abdullayeva', text: 'We consider it useful to discuss the issues of normalizing relations between Azerbaijan and Armenia in the post-conflict period. Earlier a meeting of the foreign ministers of the two countries took place, and we don’t exclude the possibility of holding such meetings in the future,' },
      { speaker: 'Leyla Abdullayeva', text: 'As it’s known, in this context, some issues remain to be addressed. We believe that the start of negotiations on the opening of communications, border delimitation can create a healthy basis for constructive progress in restoring sustainable peace in the region,' },
      { speaker: 'Leyla Abdullayeva', text: 'Azerbaijan has repeatedly expressed its readiness to negotiate with Armenia at the post-conflict stage,' },
    ],
    reported: [
      { speaker: 'Leyla Abdullayeva', from: 'A possible new meeting between', to: 'News.Az reports.' },
      { speaker: 'Leyla Abdullayeva', from: 'The spokesperson said the Azerbaijani side', to: '11 January 2021].' },
      { speaker: 'Leyla Abdullayeva', text: 'Abdullayeva stressed that the Azerbaijani side is always open to dialogue and prefers to settle differences through negotiations.' },
    ],
    contacts: [
      { a: 'Jeyhun Bayramov', b: 'Ararat Mirzoyan', kind: 'meeting', date: null, status: 'planned', optional: true, evidence: 'A possible new meeting between Azerbaijani Foreign Minister Jeyhun Bayramov and his Armenian counterpart Ararat Mirzoyan is not ruled out', note: 'only "not ruled out"' },
      { a: 'Jeyhun Bayramov', b: 'Ararat Mirzoyan', kind: 'meeting', date: null, status: 'held', optional: true, evidence: 'Earlier a meeting of the foreign ministers of the two countries took place', note: 'past meeting named by office inside a quote' },
    ],
    excluded: [],
  },

  ho6005: {
    file: '005_azvision_mfa_milan_meeting.txt',
    url: 'https://en.azvision.az/news/96107/mfa-comments-on-reports-of-possible-meeting-between-azerbaijani,-armenian-fms.html',
    outlet: 'AzVision',
    style: 'regional press',
    patterns: ['ministry as speaker (the ministry said in a statement, said the statement)', 'inverted frame (said the statement)', 'planned meeting on the sidelines of a council in a month without a day', 'his Armenian counterpart'],
    actors: [
      { name: 'Ministry of Foreign Affairs of Azerbaijan', kind: O, role: null, surface: ['Azerbaijan’s Ministry of Foreign Affairs', 'the ministry', 'the statement'] },
      { name: 'Elmar Mammadyarov', kind: P, role: 'Foreign Minister of Azerbaijan', surface: ['Azerbaijani Foreign Minister Elmar Mammadyarov'] },
      { name: 'Zohrab Mnatsakanyan', kind: P, role: 'Foreign Minister of Armenia', surface: ['his Armenian counterpart Zohrab Mnatsakanyan'] },
    ],
    quotes: [
      { speaker: 'Ministry of Foreign Affairs of Azerbaijan', text: 'The Azerbaijani side has always declared its readiness to hold a meeting with the Armenian foreign minister for the purpose of substantive and resultative negotiations, not only within international events, but also outside their format,' },
      { speaker: 'Ministry of Foreign Affairs of Azerbaijan', text: 'The OSCE Minsk Group co-chairs are working to organize such meetings. Azerbaijan supports the proposal of the Minsk Group co-chairs to promote peace talks and invite Armenia to take a constructive position in this process,' },
    ],
    reported: [
      { speaker: 'Ministry of Foreign Affairs of Azerbaijan', from: 'Azerbaijan’s Ministry of Foreign Affairs has commented', to: 'in December 2018.', optional: true, note: 'commented on reports: speech act, content given only in the next paragraphs' },
    ],
    contacts: [
      { a: 'Elmar Mammadyarov', b: 'Zohrab Mnatsakanyan', kind: 'meeting', date: null, status: 'planned', date_text: 'in December 2018', evidence: 'a possible meeting of Azerbaijani Foreign Minister Elmar Mammadyarov with his Armenian counterpart Zohrab Mnatsakanyan on the sidelines of the OSCE Ministerial Council to be held in Milan' },
    ],
    excluded: [],
  },

  ho6006: {
    file: '006_azatutyun_erdogan_pashinian_call.txt',
    url: 'https://azatutyun.am/amp/32480766.html',
    outlet: 'Azatutyun (RFE/RL Armenian Service)',
    style: 'regional press',
    patterns: ['phone call "on Wednesday"', 'According to a Turkish readout ..., Erdogan told Pashinian that … “…” (mixed)', 'His press office said', 'The Turkish leader, he (role and pronoun)', 'second call without a day (Erdogan–Aliyev)', 'unnamed group as speaker (Armenian opposition leaders)', 'a meeting in February without a day', 'Pashinian spelling vs dictionary Pashinyan'],
    actors: [
      { name: 'Recep Tayyip Erdoğan', kind: P, role: 'President of Turkey', surface: ['Turkish President Recep Tayyip Erdogan', 'Erdogan', 'The Turkish leader', 'he'] },
      { name: 'Nikol Pashinyan', kind: P, role: 'Prime Minister of Armenia', surface: ['Armenian Prime Minister Nikol Pashinian', 'Pashinian'] },
      { name: 'Ilham Aliyev', kind: P, role: 'President of Azerbaijan', surface: ['Azerbaijani President Ilham Aliyev'] },
      { name: 'Ararat Mirzoyan', kind: P, role: 'Foreign Minister of Armenia', surface: ['Foreign Minister Ararat Mirzoyan', 'Mirzoyan'] },
      { name: 'Mevlüt Çavuşoğlu', kind: P, role: 'former Foreign Minister of Turkey', surface: ['his then Turkish counterpart Mevlut Cavusoglu'] },
      { name: 'Office of the Prime Minister of Armenia', kind: O, role: null, surface: ['His press office'] },
      { name: 'Anadolu Agency', kind: O, role: 'news agency', media: true, surface: ['the Anatolia news agency'] },
    ],
    quotes: [
      { speaker: 'Recep Tayyip Erdoğan', text: 'confidence-building measures.' },
    ],
    reported: [
      { speaker: 'Recep Tayyip Erdoğan', from: 'Turkish President Recep Tayyip Erdogan and Armenian', to: 'in a phone call on Wednesday.', optional: true, note: 'collective subject (X and Y discussed)' },
      { speaker: 'Nikol Pashinyan', text: 'Pashinian was reported to congratulate Erdogan on the Eid al-Adha Muslim holiday.', optional: true, note: 'congratulations, no content' },
      { speaker: 'Office of the Prime Minister of Armenia', text: 'His press office said the two leaders discussed the implementation of an agreement to open the Turkish-Armenian border to citizens of third countries.' },
      { speaker: 'Recep Tayyip Erdoğan', from: 'According to a Turkish readout', to: '“confidence-building measures.”', mixed: true },
      { speaker: 'Recep Tayyip Erdoğan', text: 'Following that trip, he praised Pashinian for attending his recent inauguration ceremony in Ankara.' },
      { speaker: null, text: 'Armenian opposition leaders condemned Pashinian’s presence at the ceremony held after Erdogan’s reelection.', optional: true, anonymous: true },
      { speaker: null, from: 'They argue that Ankara continues', to: 'Baku’s key demands.', optional: true, anonymous: true },
      { speaker: 'Ararat Mirzoyan', text: 'Mirzoyan said afterwards that Yerevan and Ankara agreed speed up the normalization efforts.' },
    ],
    contacts: [
      { a: 'Recep Tayyip Erdoğan', b: 'Nikol Pashinyan', kind: 'call', date: '2023-06-28', status: 'held', date_text: 'on Wednesday', evidence: 'in a phone call on Wednesday' },
      { a: 'Recep Tayyip Erdoğan', b: 'Ilham Aliyev', kind: 'call', date: null, status: 'held', evidence: 'Erdogan also spoke with Azerbaijani President Ilham Aliyev by phone' },
      { a: 'Recep Tayyip Erdoğan', b: 'Ilham Aliyev', kind: 'meeting', date: null, status: 'held', optional: true, evidence: 'The Turkish leader visited Baku earlier this month', note: 'visit implies a meeting the text does not state' },
      { a: 'Nikol Pashinyan', b: 'Recep Tayyip Erdoğan', kind: 'meeting', date: null, status: 'held', optional: true, evidence: 'attending his recent inauguration ceremony in Ankara' },
      { a: 'Ararat Mirzoyan', b: 'Mevlüt Çavuşoğlu', kind: 'meeting', date: null, status: 'held', date_text: 'in February', evidence: 'met with his then Turkish counterpart Mevlut Cavusoglu in February' },
    ],
    excluded: [],
  },

  ho6007: {
    file: '007_californiacourier_pashinyan_erdogan_call.txt',
    url: 'https://www.thecaliforniacourier.com/pashinyan-erdogan-hold-telephone-conversation/',
    outlet: 'The California Courier',
    style: 'diaspora weekly',
    patterns: ['call "on Tuesday" in a Thursday weekly (date inferred from the call, see README)', 'office as speaker (Pashinyan’s office said, added the statement from Pashinyan’s office)', 'topic phrase before a quote (Regarding …, “…,” X said)', 'scare quote (“corridor”)', 'quoted slogan attributed to unnamed officials including Erdogan'],
    actors: [
      { name: 'Nikol Pashinyan', kind: P, role: 'Prime Minister of Armenia', surface: ['Prime Minister Nikol Pashinyan', 'Pashinyan'] },
      { name: 'Recep Tayyip Erdoğan', kind: P, role: 'President of Turkey', surface: ['President Recep Tayyip Erdogan of Turkey', 'Erdogan'] },
      { name: 'Office of the Prime Minister of Armenia', kind: O, role: null, surface: ['Pashinyan’s office', 'the statement from Pashinyan’s office'] },
    ],
    quotes: [
      { speaker: 'Office of the Prime Minister of Armenia', text: 'to fully normalize relations between Armenia and Turkey without preconditions.' },
      { speaker: 'Office of the Prime Minister of Armenia', text: 'the leaders noted the importance of the continuation of meetings between the Special representatives of both countries and reconfirmed the agreements reached so far,' },
      { speaker: 'Recep Tayyip Erdoğan', text: 'without preconditions,', optional: true, note: 'slogan attributed to "Turkish officials, including Erdogan"' },
      { speaker: 'Office of the Prime Minister of Armenia', text: 'The leaders also noted with satisfaction the ongoing dialogue between high level officials of Armenia and Turkey. They also discussed recent developments in the region and international agenda,' },
    ],
    reported: [
      { speaker: 'Office of the Prime Minister of Armenia', from: 'An official readout from Pashinyan’s office said', to: 'without preconditions.”', mixed: true },
      { speaker: 'Office of the Prime Minister of Armenia', from: 'Regarding the normalization of relations,', to: 'said in a statement.', mixed: true, optional: true, note: 'only a topic phrase outside the marks' },
      { speaker: 'Recep Tayyip Erdoğan', from: 'Despite emphasizing that the normalization', to: 'through Armenia to Nakhichevan.', mixed: true, optional: true, note: 'unnamed officials including Erdogan; stance rather than a statement' },
    ],
    contacts: [
      { a: 'Nikol Pashinyan', b: 'Recep Tayyip Erdoğan', kind: 'call', date: '2024-06-18', status: 'held', date_text: 'on Tuesday', evidence: 'held a telephone conversation with President Recep Tayyip Erdogan of Turkey on Tuesday' },
    ],
    excluded: [{ text: 'corridor', reason: 'scare quote' }],
  },

  ho6008: {
    file: '008_menafn_bayramov_lavrov_call.txt',
    url: 'https://menafn.com/1107322910/Azerbaijani-Russian-Fms-Hold-Phone-Talk',
    outlet: 'MENAFN (AzerNews)',
    style: 'agency (syndicated readout)',
    patterns: ['syndication dateline "(MENAFN- AzerNews)"', 'his Russian counterpart', 'call without a day', 'only collective and agentless readout sentences'],
    actors: [
      { name: 'Jeyhun Bayramov', kind: P, role: 'Foreign Minister of Azerbaijan', surface: ['Minister of Foreign Affairs of Azerbaijan Jeyhun Bayramov'] },
      { name: 'Sergey Lavrov', kind: P, role: 'Foreign Minister of Russia', surface: ['his Russian counterpart Sergey Lavrov'] },
      { name: 'AzerNews', kind: O, role: 'newspaper', media: true, surface: ['AzerNews', 'Azernews'] },
    ],
    quotes: [],
    reported: [
      { speaker: 'Jeyhun Bayramov', from: 'During the conversation, the ministers discussed', to: 'situation in the region.', optional: true, note: 'collective subject' },
      { speaker: null, from: 'The importance of normalizing relations', to: 'was emphasized.', optional: true, note: 'agentless passive' },
      { speaker: 'Jeyhun Bayramov', text: 'The sides exchanged views on other issues of mutual interest as well.', optional: true },
    ],
    contacts: [
      { a: 'Jeyhun Bayramov', b: 'Sergey Lavrov', kind: 'call', date: null, status: 'held', evidence: 'has held a telephone conversation with his Russian counterpart Sergey Lavrov' },
    ],
    excluded: [],
  },

  ho6009: {
    file: '009_mfaam_mirzoyan_hogan_call.txt',
    url: 'https://www.mfa.am/en/press-releases/2023/04/12/fm_mirzoyan_derexkhogan/11968',
    outlet: 'Ministry of Foreign Affairs of Armenia',
    style: 'ministry readout',
    patterns: ['headline names both by office only', 'person absent from the dictionary (Derek Hogan)', 'participle clause (noting that …)', 'The interlocutors (collective)', 'agentless Views were exchanged'],
    actors: [
      { name: 'Ararat Mirzoyan', kind: P, role: 'Foreign Minister of Armenia', surface: ['Minister of Foreign Affairs of the Republic of Armenia Ararat Mirzoyan', 'Minister Mirzoyan', 'Ararat Mirzoyan', 'the Foreign Minister of Armenia'] },
      { name: 'Derek Hogan', kind: P, role: 'acting U.S. Assistant Secretary of State for European and Eurasian Affairs', surface: ['US acting Assistant Secretary of State for European and Eurasian Affairs Derek Hogan', 'the U.S. acting Assistant Secretary of State for European and Eurasian Affairs'] },
    ],
    quotes: [],
    reported: [
      { speaker: 'Ararat Mirzoyan', text: 'The interlocutors touched upon regional security issues.', optional: true, note: 'collective subject' },
      { speaker: 'Ararat Mirzoyan', from: 'Minister Mirzoyan presented the details', to: 'continue the peace negotiations.' },
      { speaker: null, text: 'Views were exchanged on the humanitarian crisis in Nagorno-Karabakh and on issues of normalization of relations between Armenia and Azerbaijan.', optional: true },
      { speaker: 'Ararat Mirzoyan', text: "Ararat Mirzoyan reaffirmed Armenia's commitment to the peace process and presented the approaches of the Armenian side to the settlement of existing problems." },
    ],
    contacts: [
      { a: 'Ararat Mirzoyan', b: 'Derek Hogan', kind: 'call', date: '2023-04-12', status: 'held', date_text: 'On April 12', evidence: 'had a telephone conversation with US acting Assistant Secretary of State' },
    ],
    excluded: [],
  },

  ho6010: {
    file: '010_azvision_bono_visit.txt',
    url: 'https://en.azvision.az/news/177676/louis-bono-to-visit-azerbaijan.html',
    outlet: 'AzVision',
    style: 'regional press',
    patterns: ['embassy as speaker (the US embassy in Baku told reporters, said the embassy)', 'planned visit this week with unnamed officials', 'inverted frame (said the embassy)'],
    actors: [
      { name: 'Louis Bono', kind: P, role: 'U.S. Senior Advisor for Caucasus Negotiations', surface: ['US State Department’s Senior Advisor for Caucasus Negotiations Louis Bono', 'Bono'] },
      { name: 'U.S. Embassy in Azerbaijan', kind: O, role: null, surface: ['the US embassy in Baku', 'the embassy'] },
      { name: 'Government of Azerbaijan', kind: O, role: null, surface: ['senior Azerbaijani officials'] },
    ],
    quotes: [
      { speaker: 'U.S. Embassy in Azerbaijan', text: 'During his travel to the region this week, Senior Advisor for Caucasus Negotiations Louis Bono will meet with senior Azerbaijani officials to discuss efforts to achieve a durable peace agreement between Azerbaijan and Armenia,' },
    ],
    reported: [
      { speaker: 'U.S. Embassy in Azerbaijan', from: 'US State Department’s Senior Advisor', to: 'told reporters.' },
    ],
    contacts: [
      { a: 'Louis Bono', b: 'Government of Azerbaijan', kind: 'meeting', date: null, status: 'planned', optional: true, date_text: 'this week', evidence: 'will meet with senior Azerbaijani officials', note: 'unnamed officials' },
    ],
    excluded: [],
  },

  ho6011: {
    file: '011_urdupoint_bono_appointment.txt',
    url: 'https://www.urdupoint.com/en/world/blinken-says-appointing-louis-bono-as-us-advi-1635443.html',
    outlet: 'UrduPoint',
    style: 'international press (wire rewrite)',
    patterns: ['lead sentence without final punctuation (not annotated)', 'the statement said / added for the Secretary’s statement (speaker Blinken)', 'straight quotation marks', 'no contact'],
    actors: [
      { name: 'Antony Blinken', kind: P, role: 'U.S. Secretary of State', surface: ['US Secretary of State Antony Blinken', 'Blinken'] },
      { name: 'Louis Bono', kind: P, role: 'U.S. Senior Advisor for Caucasus Negotiations', surface: ['Louis Bono', 'Mr. Bono', 'Bono'] },
    ],
    quotes: [
      { speaker: 'Antony Blinken', text: "In this capacity, Mr. Bono will work with regional leaders to advance the peace process between Armenia and Azerbaijan and to address Russia's ongoing occupation of sovereign Georgian territory," },
    ],
    reported: [
      { speaker: 'Antony Blinken', from: 'Bono will engage bilaterally', to: 'the statement said.' },
      { speaker: 'Antony Blinken', from: 'Bono has worked as Acting Representative', to: 'the statement said.' },
      { speaker: 'Antony Blinken', from: 'Bono also served in the US Army Reserves', to: 'the statement added.' },
    ],
    contacts: [],
    excluded: [],
  },

  ho6012: {
    file: '012_dppa_gid_44th_round.txt',
    url: 'https://dppa.un.org/en/press-communique-of-co-chairs-of-geneva-international-discussions-1',
    outlet: 'UN Department of Political and Peacebuilding Affairs',
    style: 'communiqué',
    patterns: ['co-chairs as speaker throughout', 'participial clause (with the Co-Chairs emphasising …)', 'agentless passives (was reiterated, were encouraged)', 'unnamed participants (collective, optional)', 'persons named only as victims', 'next round planned with unnamed parties (no contact)'],
    actors: [
      { name: 'Co-Chairs of the Geneva International Discussions', kind: O, role: null, surface: ['the Co-Chairs', 'The Co-Chairs'] },
      { name: 'Archil Tatunashvili', kind: P, role: 'Georgian citizen who died in Tskhinvali custody', surface: ['Archil Tatunashvili'] },
      { name: 'Giga Otkhozoria', kind: P, role: 'Georgian citizen killed in 2016', surface: ['Giga Otkhozoria'] },
    ],
    quotes: [],
    reported: [
      { speaker: null, text: 'In Working Group I, the participants reviewed the security situation on the ground, which they assessed as relatively calm and stable.', optional: true, note: 'unnamed participants' },
      { speaker: 'Co-Chairs of the Geneva International Discussions', from: 'The need to conduct a proper investigation', to: 'perception of impunity.' },
      { speaker: 'Co-Chairs of the Geneva International Discussions', from: 'The participants were encouraged', to: 'Response Mechanisms.', optional: true, note: 'agentless passive; the encouragement is the co-chairs’' },
      { speaker: 'Co-Chairs of the Geneva International Discussions', from: 'Given the divergent positions', to: 'on that matter.' },
      { speaker: null, from: 'In Working Group II, the participants discussed', to: 'environmental concerns.', optional: true },
      { speaker: 'Co-Chairs of the Geneva International Discussions', from: 'In light of the exchanges', to: 'on all agenda items.' },
      { speaker: 'Co-Chairs of the Geneva International Discussions', text: 'The Co-Chairs informed the participants about their ongoing efforts aimed at making the Geneva format more effective and productive.' },
      { speaker: 'Co-Chairs of the Geneva International Discussions', text: 'They appreciated the views expressed by the participants in this regard.', optional: true },
      { speaker: null, from: 'The participants reiterated their commitment', to: '9-10 October 2018.', optional: true },
    ],
    contacts: [],
    excluded: [],
  },

  ho6013: {
    file: '013_einpresswire_aliyev_pezeshkian_khankendi.txt',
    url: 'https://www.einpresswire.com/article/828475933/ilham-aliyev-met-with-iranian-president-masoud-pezeshkian-in-khankendi',
    outlet: 'EIN Presswire (President of Azerbaijan readout)',
    style: 'presidential readout',
    patterns: ['dateline "AZERBAIJAN, July 4 -"', 'name, role appositions (Ilham Aliyev, President of …)', 'collective heads of state', 'participle first (Highlighting the fact that …, X said)', 'earlier visit in April without a day'],
    actors: [
      { name: 'Ilham Aliyev', kind: P, role: 'President of Azerbaijan', surface: ['Ilham Aliyev, President of the Republic of Azerbaijan', 'President Ilham Aliyev', 'He'] },
      { name: 'Masoud Pezeshkian', kind: P, role: 'President of Iran', surface: ['Masoud Pezeshkian, President of the Islamic Republic of Iran', 'President Masoud Pezeshkian'] },
    ],
    quotes: [],
    reported: [
      { speaker: 'Ilham Aliyev', from: 'During the conversation, the heads of state emphasized', to: 'between the two nations.', optional: true, note: 'collective subject' },
      { speaker: 'Ilham Aliyev', from: 'President Ilham Aliyev thanked President Masoud Pezeshkian', to: 'within the framework of the ECO.' },
      { speaker: 'Ilham Aliyev', text: 'President Ilham Aliyev noted that President Masoud Pezeshkian’s official visit to Azerbaijan in April of this year opened a new chapter in bilateral relations.' },
      { speaker: 'Ilham Aliyev', from: 'He emphasized that the topics discussed', to: 'relevant state institutions.' },
      { speaker: 'Ilham Aliyev', from: 'President Ilham Aliyev once again extended condolences', to: 'state and people of Iran.' },
      { speaker: 'Ilham Aliyev', from: 'President Ilham Aliyev also stressed that', to: 'Azerbaijan’s foreign policy.' },
      { speaker: 'Ilham Aliyev', from: 'Highlighting the fact that the ECO Summit', to: 'in the Islamic world.' },
    ],
    contacts: [
      { a: 'Ilham Aliyev', b: 'Masoud Pezeshkian', kind: 'meeting', date: '2025-07-04', status: 'held', date_text: 'on July 4', evidence: 'met with Masoud Pezeshkian, President of the Islamic Republic of Iran, in Khankendi on July 4' },
      { a: 'Ilham Aliyev', b: 'Masoud Pezeshkian', kind: 'meeting', date: null, status: 'held', optional: true, date_text: 'in April of this year', evidence: 'official visit to Azerbaijan in April of this year' },
    ],
    excluded: [],
  },

  ho6014: {
    file: '014_trend_aliyev_zarif.txt',
    url: 'https://en.trend.az/azerbaijan/politics/3429305.html',
    outlet: 'Trend',
    style: 'agency',
    patterns: ['dateline and agency credit on their own lines', 'reported sentence with a participle contact (said receiving …)', 'multi-sentence quotes with "President Aliyev said" and "the head of state said"', 'a third leader named inside the quote (Rouhani)', 'meeting dated only by the dateline (date null)'],
    actors: [
      { name: 'Ilham Aliyev', kind: P, role: 'President of Azerbaijan', surface: ['President of the Republic of Azerbaijan Ilham Aliyev', 'President Aliyev', 'the head of state'] },
      { name: 'Mohammad Javad Zarif', kind: P, role: 'Foreign Minister of Iran', surface: ['Minister of Foreign Affairs of the Islamic Republic of Iran Mohammad Javad Zarif'] },
      { name: 'Hassan Rouhani', kind: P, role: 'President of Iran', surface: ['President Rouhani'] },
      { name: 'Trend', kind: O, role: 'news agency', media: true, surface: ['Trend'] },
    ],
    quotes: [
      { speaker: 'Ilham Aliyev', text: "All the initiatives and decisions put forward by President Rouhani and myself have been implemented. We are very pleased with the level of cooperation during President Rouhani's presidency, and this period is coming to an end. Please convey my greetings and gratitude for the partnership and cooperation," },
      { speaker: 'Ilham Aliyev', from: 'We have made great progress in all areas.', to: 'Welcome again!' },
    ],
    reported: [
      { speaker: 'Ilham Aliyev', from: 'The relations between Azerbaijan and Iran are perhaps', to: 'Trend reports.' },
    ],
    contacts: [
      { a: 'Ilham Aliyev', b: 'Mohammad Javad Zarif', kind: 'meeting', date: null, status: 'held', evidence: 'said receiving Minister of Foreign Affairs of the Islamic Republic of Iran Mohammad Javad Zarif', note: 'only the dateline gives May 25' },
    ],
    excluded: [],
  },

  ho6015: {
    file: '015_ocmedia_mirzoyan_new_delhi.txt',
    url: 'https://oc-media.org/armenia-and-india-deepen-ties-during-state-visit-in-new-delhi',
    outlet: 'OC Media',
    style: 'regional press',
    patterns: ['curly single quotation marks', 'quoted fragments inside paraphrase (stated that a ‘…’)', 'He (pronoun for the subject)', '"Later that same day" (relative to "on Monday")', 'one-word quote (‘convinced’)', 'his Indian counterpart'],
    actors: [
      { name: 'Ararat Mirzoyan', kind: P, role: 'Foreign Minister of Armenia', surface: ['Armenian Foreign Minister Ararat Mirzoyan', 'Mirzoyan', 'He'] },
      { name: 'Subrahmanyam Jaishankar', kind: P, role: 'External Affairs Minister of India', surface: ['his Indian counterpart Subrahmanyam Jaishankar'] },
    ],
    quotes: [
      { speaker: 'Ararat Mirzoyan', text: 'comprehensive deepening of our partnership with India constitutes a foreign policy priority for Armenia' },
      { speaker: 'Ararat Mirzoyan', text: 'Through joint efforts and determined commitment, we have achieved very concrete results in many areas of mutual interest, including economy, security and defense, information technology, education, and culture' },
      { speaker: 'Ararat Mirzoyan', text: 'convinced', optional: true, note: 'one word' },
      { speaker: 'Ararat Mirzoyan', text: 'an important step towards the development of deeper cooperation' },
      { speaker: 'Ararat Mirzoyan', text: 'significantly increase bilateral trade volumes in the coming years' },
      { speaker: 'Ararat Mirzoyan', text: 'deeply interested in promoting dialogue and cooperation within the framework of the North-South International Transport Corridor project and the Chabahar Port Development Initiative' },
    ],
    reported: [
      { speaker: 'Ararat Mirzoyan', from: 'During his state visit in New Delhi on Monday', to: 'priority for Armenia’.', mixed: true },
      { speaker: 'Ararat Mirzoyan', text: 'In particular, Mirzoyan highlighted that bilateral cooperation in the field of security and defence has been continuously expanding.' },
      { speaker: 'Ararat Mirzoyan', from: 'He noted that Armenia welcomes', to: 'in this field.', mixed: true },
      { speaker: 'Ararat Mirzoyan', from: 'Mirzoyan also stated that Armenia aims', to: 'business ties with India.', mixed: true },
      { speaker: 'Ararat Mirzoyan', from: 'He also stated that Armenia was', to: 'trilateral cooperation format.', mixed: true },
    ],
    contacts: [
      { a: 'Ararat Mirzoyan', b: 'Subrahmanyam Jaishankar', kind: 'meeting', date: '2025-03-10', status: 'held', date_text: 'Later that same day', evidence: 'Mirzoyan and his Indian counterpart Subrahmanyam Jaishankar signed two cooperation agreements' },
    ],
    excluded: [],
  },

  ho6016: {
    file: '016_tasnim_pezeshkian_yerevan.txt',
    url: 'https://kaaf.at/en/news/2025/08/19/3379483/iran-s-pezeshkian-in-armenia-for-bilateral-agreements',
    outlet: 'Tasnim (republished by kaaf.at)',
    style: 'agency',
    patterns: ['dateline "TEHRAN (Tasnim) –"', 'welcomed "on Tuesday" (passive contact)', 'Before his departure, X said', 'he said, The president, He (pronouns and roles)', 'quote split in two with the frame between', 'capital as viewer, not speaker (what Tehran sees)'],
    actors: [
      { name: 'Masoud Pezeshkian', kind: P, role: 'President of Iran', surface: ['Iranian President Masoud Pezeshkian', 'Pezeshkian', 'he', 'The president', 'He'] },
      { name: 'Nikol Pashinyan', kind: P, role: 'Prime Minister of Armenia', surface: ['Armenian Prime Minister Nikol Pashinyan', 'Pashinyan'] },
      { name: 'Tasnim News Agency', kind: O, role: 'news agency', media: true, surface: ['Tasnim'] },
    ],
    quotes: [
      { speaker: 'Masoud Pezeshkian', from: 'During this visit, important memoranda', to: 'advancement of our dear nation,' },
      { speaker: 'Masoud Pezeshkian', text: 'Past experience showed that some of these companies have carried out unexpected and undesirable actions under the guise of commercial activities,' },
      { speaker: 'Masoud Pezeshkian', text: 'For this reason, we will have serious discussions regarding the concerns and challenges related to this issue.' },
    ],
    reported: [
      { speaker: 'Masoud Pezeshkian', text: 'Before his departure, Pezeshkian said strengthening ties with neighbors and allies is among Iran’s top priorities.' },
      { speaker: 'Masoud Pezeshkian', from: 'The president stressed that Iran seeks', to: 'particularly Armenia.' },
      { speaker: 'Masoud Pezeshkian', text: 'He said discussions will also cover the North-South transport corridor, which he described as an important opportunity for enhancing bilateral cooperation.' },
      { speaker: 'Masoud Pezeshkian', text: 'Pezeshkian voiced concern about the activities of American companies in the region.' },
    ],
    contacts: [
      { a: 'Masoud Pezeshkian', b: 'Nikol Pashinyan', kind: 'meeting', date: '2025-08-19', status: 'held', date_text: 'on Tuesday', evidence: 'Pezeshkian was formally welcomed in Yerevan on Tuesday by Armenian Prime Minister Nikol Pashinyan' },
    ],
    excluded: [],
  },
};
