// Hand annotation of dev3 articles 001-014 (South Caucasus diplomacy, 2018-2026). Annotated blind: from the
// article text alone, as a careful human reader, following test/eval/ANNOTATING.md; the extraction rules
// (src/extract, test/extract, docs/extraction.md) were not read and the extractor was never run. Items are
// anchored by their exact text (or first/last words, `from`/`to`); build-gold.mjs computes and verifies offsets.
//
// Conventions applied (beyond ANNOTATING.md, as in dev/ and dev2/):
// - Headlines and decks without final punctuation are not annotated.
// - "X and Y discussed / agreed …", "the sides …", "the interlocutors …" (collective subjects) are optional,
//   with the first party as speaker; agentless readout sentences are optional with speaker null.
// - A readout sentence sourced to a ministry or office ("…, the ministry said", "According to X, …") is
//   reported speech of the source; it is optional only when it tells nothing but that the call or meeting
//   took place.
// - A contact whose day the text does not give has date null, even when a dateline dates the report.
// - Members of one delegation do not meet each other; guests at a dinner or people "also present" are
//   optional pairs.
// - Sentences of reported speech inside a quoted press release are optional (the quote is the item).
const P = 'person';
const O = 'org';

export default {
  d3001: {
    file: '001_armradio_zakharova_peace_treaty.txt',
    url: 'https://en.armradio.am/2022/04/14/russia-willing-to-contribute-to-the-conclusion-of-a-peace-treaty-between-yerevan-and-baku-zakharova/',
    outlet: 'Public Radio of Armenia',
    style: 'regional press (Armenian public radio), report of a ministry spokesperson’s written comment',
    patterns: ['speaker by office first ("Spokesperson for the Russian Ministry of Foreign Affairs Maria Zakharova"), then she / the diplomat / Zakharova', '“…,” the comment underlines (a document standing for its author)', 'According to the diplomat, … (reported speech with the speaker as a role noun)', 'one sentence naming four contacts: two calls of Putin and a meeting and a call of Lavrov, all "on April 9"', 'X said that “…” (partial quotation inside reported speech)', 'his Armenian counterpart (role pointing back to Lavrov)'],
    actors: [
      { name: 'Maria Zakharova', kind: P, role: 'Spokesperson, Ministry of Foreign Affairs of Russia', surface: ['Spokesperson for the Russian Ministry of Foreign Affairs Maria Zakharova', 'she', 'the diplomat', 'Zakharova'] },
      { name: 'Vladimir Putin', kind: P, role: 'President of Russia', surface: ['Russian President Vladimir Putin'] },
      { name: 'Ilham Aliyev', kind: P, role: 'President of Azerbaijan', surface: ['Azerbaijani President Ilham Aliyev'] },
      { name: 'Nikol Pashinyan', kind: P, role: 'Prime Minister of Armenia', surface: ['Armenian Prime Minister Nikol Pashinyan'] },
      { name: 'Sergey Lavrov', kind: P, role: 'Foreign Minister of Russia', surface: ['Russian Foreign Minister Sergei Lavrov'] },
      { name: 'Ararat Mirzoyan', kind: P, role: 'Foreign Minister of Armenia', surface: ['his Armenian counterpart Ararat Mirzoyan'] },
      { name: 'Jeyhun Bayramov', kind: P, role: 'Foreign Minister of Azerbaijan', surface: ['the Minister of Foreign Affairs of Azerbaijan, Jeyhun Bayramov'] },
    ],
    quotes: [
      { speaker: 'Maria Zakharova', text: 'Basic principles proposed by Baku for establishing interstate relations between Azerbaijan and Armenia and Yerevan’s reaction to them are intended to serve as a basis for the start of Azerbaijani-Armenian negotiations on a peace treaty,' },
      { speaker: 'Maria Zakharova', text: 'Russia is determined to promote the conclusion of a peace treaty between Yerevan and Baku,', note: '“the comment underlines”: the written comment is Zakharova’s' },
      { speaker: 'Maria Zakharova', text: 'from February 24 Washington and Paris curtailed all contacts with Moscow within the co-chairmanship of the OSCE Minsk Group.' },
      { speaker: 'Maria Zakharova', text: 'Meanwhile, the real situation in the South Caucasus does not allow for pauses in the talks. Further consistent steps are required to restore long-term peace and stability in the region, since the US and France have ceased cooperation as co-chairs,' },
    ],
    reported: [
      { speaker: 'Maria Zakharova', from: 'Moscow is willing to promote', to: 'said in a statement.' },
      { speaker: 'Maria Zakharova', from: 'According to the diplomat, the topic', to: 'Jeyhun Bayramov.', note: '"the diplomat" = Zakharova' },
      { speaker: 'Maria Zakharova', from: 'Zakharova said that “from February 24', to: 'OSCE Minsk Group.”', mixed: true },
    ],
    contacts: [
      { a: 'Vladimir Putin', b: 'Ilham Aliyev', kind: 'call', date: '2022-04-09', status: 'held', date_text: 'on April 9', evidence: 'discussed on April 9 by Russian President Vladimir Putin in telephone conversations with Azerbaijani President Ilham Aliyev' },
      { a: 'Vladimir Putin', b: 'Nikol Pashinyan', kind: 'call', date: '2022-04-09', status: 'held', date_text: 'on April 9', evidence: 'telephone conversations with … Armenian Prime Minister Nikol Pashinyan' },
      { a: 'Sergey Lavrov', b: 'Ararat Mirzoyan', kind: 'meeting', date: '2022-04-09', status: 'held', date_text: 'on April 9', evidence: 'as well as by Russian Foreign Minister Sergei Lavrov at talks in Moscow with his Armenian counterpart Ararat Mirzoyan', note: '"was discussed on April 9 by X …, as well as by Y": the date scopes over both by-phrases as written' },
      { a: 'Sergey Lavrov', b: 'Jeyhun Bayramov', kind: 'call', date: '2022-04-09', status: 'held', date_text: 'on April 9', evidence: 'telephone conversation with the Minister of Foreign Affairs of Azerbaijan, Jeyhun Bayramov' },
    ],
    excluded: [],
  },

  d3002: {
    file: '002_anews_erdogan_aliyev_call.txt',
    url: 'https://www.anews.com.tr/world/2023/09/10/erdogan-aliyev-speak-over-phone-to-discuss-karabakh-issue',
    outlet: 'A News',
    style: 'international press (Turkish broadcaster), short wire-style report of a call',
    patterns: ['no headline in the stored page: the body starts on the date line', 'call "on Sunday" in a Sunday article (the article date)', 'his Azerbaijani counterpart (apposition)', 'X and Y exchanged views …, the Directorate said on X (an office as speaker)', 'country as speaker ("Türkiye condemned") with a quoted fragment', 'straight double quotes', 'ministry as speaker of a full quotation'],
    actors: [
      { name: 'Recep Tayyip Erdoğan', kind: P, role: 'President of Turkey', surface: ['Turkish President Recep Tayyip Erdoğan', 'Erdoğan'] },
      { name: 'Ilham Aliyev', kind: P, role: 'President of Azerbaijan', surface: ['his Azerbaijani counterpart Ilham Aliyev', 'Aliyev'] },
      { name: 'Communications Directorate of Turkey', kind: O, role: 'Directorate of Communications of the Presidency of Türkiye', surface: ["Türkiye's Communications Directorate"] },
      { name: 'Government of Turkey', kind: O, role: null, surface: ['Türkiye'] },
      { name: 'Ministry of Foreign Affairs of Turkey', kind: O, role: null, surface: ['the Turkish Foreign Ministry'] },
    ],
    quotes: [
      { speaker: 'Government of Turkey', text: 'under the control of illegal Armenian forces', nth: 0, note: 'fragment of the ministry statement quoted in full below; the sentence gives Türkiye as the one condemning' },
      { speaker: 'Ministry of Foreign Affairs of Turkey', text: 'The elections held in the territories of Karabakh region of Azerbaijan under the control of illegal Armenian forces, is a new manifestation of efforts to unilaterally legitimize the current situation in the region, which is contrary to international law,' },
    ],
    reported: [
      { speaker: 'Communications Directorate of Turkey', from: 'Erdoğan and Aliyev also exchanged views', to: 'Communications Directorate said on X.', note: 'topics of the call, sourced to the directorate' },
      { speaker: 'Government of Turkey', from: 'On Saturday, Türkiye condemned', to: "Karabakh region.", mixed: true },
    ],
    contacts: [
      { a: 'Recep Tayyip Erdoğan', b: 'Ilham Aliyev', kind: 'call', date: '2023-09-10', status: 'held', date_text: 'on Sunday', evidence: 'spoke over the phone on Sunday' },
    ],
    excluded: [],
  },

  d3003: {
    file: '003_panarmenian_peskov_putin_pashinyan.txt',
    url: 'https://panarmenian.net/m/eng/news/311065',
    outlet: 'PanArmenian.Net',
    style: 'regional press (Armenian news site), report of a Kremlin briefing with background',
    patterns: ['the official / he / Peskov for the Kremlin spokesman', 'a call that is not planned ("At the moment, no") is no contact', 'a meeting expected at an informal CIS summit "at the end of December" (planned, no day)', 'quotation of several sentences with a hedge inside dashes', 'capital as speaker ("Yerevan asked", "Yerevan has declared")', 'one sentence with two speakers (Yerevan asked …, and Pashinyan himself informed …)', 'background paragraph with past accusations'],
    actors: [
      { name: 'Dmitry Peskov', kind: P, role: 'Press Secretary of the President of Russia', surface: ['Kremlin spokesman Dmitry Peskov', 'the official', 'he', 'Peskov'] },
      { name: 'Vladimir Putin', kind: P, role: 'President of Russia', surface: ['Russian President Vladimir Putin', 'Putin'] },
      { name: 'Nikol Pashinyan', kind: P, role: 'Prime Minister of Armenia', surface: ['Armenian Prime Minister Nikol Pashinyan', 'Mr. Pashinyan', 'Prime Minister Nikol Pashinyan', 'Pashinyan himself', 'Pashinyan'] },
      { name: 'Alexander Lukashenko', kind: P, role: 'President of Belarus', surface: ['the President of Belarus Alexander Lukashenko'] },
      { name: 'Government of Armenia', kind: O, role: null, surface: ['Yerevan'] },
    ],
    quotes: [
      { speaker: 'Dmitry Peskov', text: 'At the moment, no,', note: '"the official" = Peskov' },
      { speaker: 'Dmitry Peskov', text: 'This will be a working event with a working agenda. And if Mr. Pashinyan attends - and he is expected to just like everyone else - then there will be a great opportunity to talk. Unless the heads of state consider it necessary to do this earlier. It will be their decision in that case,' },
    ],
    reported: [
      { speaker: 'Dmitry Peskov', from: 'Contacts between Russian President', to: 'said Wednesday, November 29.' },
      { speaker: 'Dmitry Peskov', from: '“At the moment, no,” the official said', to: 'between Putin and Pashinyan.', mixed: true, optional: true, note: 'bare frame extended by the question it answers; the content ("no" plans for a call) is only in the quote' },
      { speaker: 'Dmitry Peskov', from: 'At the same time, he recalled that', to: 'take place in St. Petersburg.' },
      { speaker: 'Dmitry Peskov', text: 'Nevertheless, this summit will not be purely festive, Peskov noted.' },
      { speaker: 'Nikol Pashinyan', from: 'Prime Minister Nikol Pashinyan previously accused', to: 'and September 2022.' },
      { speaker: 'Government of Armenia', from: 'Against this background, Yerevan asked', to: 'did not intend to go to Minsk.', note: 'first clause: Yerevan asked the CSTO …' },
      { speaker: 'Nikol Pashinyan', from: 'Against this background, Yerevan asked', to: 'did not intend to go to Minsk.', optional: true, note: 'second clause of the same sentence: Pashinyan informed Lukashenko …' },
      { speaker: 'Government of Armenia', text: 'At the same time, Yerevan has declared it is not going to leave the CSTO.' },
    ],
    contacts: [
      { a: 'Vladimir Putin', b: 'Nikol Pashinyan', kind: 'meeting', date: null, status: 'planned', date_text: 'at the end of December', evidence: 'they will have the opportunity to talk at an informal meeting of CIS leaders at the end of December', note: 'the phone call asked about is not planned and is no contact' },
      { a: 'Nikol Pashinyan', b: 'Alexander Lukashenko', kind: 'other', date: null, status: 'held', optional: true, date_text: null, evidence: 'Pashinyan himself informed the President of Belarus Alexander Lukashenko that he did not intend to go to Minsk', note: 'a message whose medium the text does not give' },
    ],
    excluded: [],
  },

  d3004: {
    file: '004_mfaaz_astana_trilateral.txt',
    url: 'https://losangeles.mfa.gov.az/en/news/3650/trilateral-meeting-in-astana-between-the-minister-of-foreign-affairs-of-azerbaijan-jeyhun-bayramov-the-minister-of-foreign-affairs-of-russia-sergey-lavrov-and-the-minister-of-foreign-affairs-of-armenia-ararat-mirzoyan',
    outlet: 'Ministry of Foreign Affairs of Azerbaijan (consulate site)',
    style: 'ministry readout (Azerbaijani MFA), long sentences',
    patterns: ['trilateral meeting: three pairs', 'long title after each name ("Jeyhun Bayramov, Minister of Foreign Affairs of the Republic of Azerbaijan")', 'participle inside the subject ("Minister Jeyhun Bayramov recalling that …, noted that …")', 'In particular, he said that … (pronoun)', 'past meetings named only by place (Dushanbe, Geneva) inside reported speech', 'agentless "it was emphasized that" after a 60-word participial clause', 'page cut: the third paragraph is incomplete in the stored page and dropped'],
    actors: [
      { name: 'Jeyhun Bayramov', kind: P, role: 'Foreign Minister of Azerbaijan', surface: ['the Minister of Foreign Affairs of Azerbaijan, Jeyhun Bayramov', 'Jeyhun Bayramov', 'Minister Jeyhun Bayramov', 'he'] },
      { name: 'Sergey Lavrov', kind: P, role: 'Foreign Minister of Russia', surface: ['the Minister of Foreign Affairs of Russia, Sergey Lavrov', 'Sergey Lavrov'] },
      { name: 'Ararat Mirzoyan', kind: P, role: 'Foreign Minister of Armenia', surface: ['the Minister of Foreign Affairs of Armenia, Ararat Mirzoyan', 'Ararat Mirzoyan'] },
    ],
    quotes: [],
    reported: [
      { speaker: 'Jeyhun Bayramov', from: 'Minister Jeyhun Bayramov recalling that', to: 'developments after Dushanbe.' },
      { speaker: 'Jeyhun Bayramov', from: 'In particular, he said that', to: 'provide response on the text.' },
      { speaker: 'Jeyhun Bayramov', from: 'Taking into account that the basic principles', to: 'signing of the peace agreement.', optional: true, implicit_speaker: true, note: 'agentless "it was emphasized", in the paragraph of Bayramov’s remarks' },
    ],
    contacts: [
      { a: 'Jeyhun Bayramov', b: 'Sergey Lavrov', kind: 'meeting', date: '2022-10-14', status: 'held', date_text: 'On October 14, 2022', evidence: 'the trilateral meeting between Jeyhun Bayramov, …, Sergey Lavrov, …, and Ararat Mirzoyan' },
      { a: 'Jeyhun Bayramov', b: 'Ararat Mirzoyan', kind: 'meeting', date: '2022-10-14', status: 'held', date_text: 'On October 14, 2022', evidence: 'the trilateral meeting' },
      { a: 'Sergey Lavrov', b: 'Ararat Mirzoyan', kind: 'meeting', date: '2022-10-14', status: 'held', date_text: 'On October 14, 2022', evidence: 'the trilateral meeting' },
      { a: 'Jeyhun Bayramov', b: 'Ararat Mirzoyan', kind: 'meeting', date: '2022-10-02', status: 'held', optional: true, date_text: 'on October 2', evidence: 'a bilateral meeting was held in Geneva on October 2 regarding the peace agreement', note: 'parties implied (Azerbaijan presented … to Armenia), not named in the sentence' },
      { a: 'Jeyhun Bayramov', b: 'Sergey Lavrov', kind: 'meeting', date: null, status: 'held', optional: true, date_text: 'in May of this year', evidence: 'the last meeting in this format was held in Dushanbe', note: 'earlier meeting of the same format; parties implied' },
      { a: 'Jeyhun Bayramov', b: 'Ararat Mirzoyan', kind: 'meeting', date: null, status: 'held', optional: true, date_text: 'in May of this year', evidence: 'the last meeting in this format was held in Dushanbe' },
      { a: 'Sergey Lavrov', b: 'Ararat Mirzoyan', kind: 'meeting', date: null, status: 'held', optional: true, date_text: 'in May of this year', evidence: 'the last meeting in this format was held in Dushanbe' },
    ],
    excluded: [],
  },

  d3005: {
    file: '005_agendage_garibashvili_azerbaijan.txt',
    url: 'https://agenda.ge/en/news/2021/2849',
    outlet: 'Agenda.ge',
    style: 'regional press (Georgian state-run news site), visit preview',
    patterns: ['"Agenda.ge, 29 Sep 2021 - 10:48, Tbilisi,Georgia" dateline on its own line', 'planned meeting "today" and a working dinner "later today" (status planned, date = article date)', 'host and a whole delegation at a dinner (optional pairs)', 'a past meeting in "May 2021" (no day)', 'no statements at all: contacts only', 'photo caption dropped'],
    actors: [
      { name: 'Irakli Garibashvili', kind: P, role: 'Prime Minister of Georgia', surface: ['Georgian PM Garibashvili', 'Georgian Prime Minister Irakli Garibashvili', 'Garibashvili'] },
      { name: 'Ilham Aliyev', kind: P, role: 'President of Azerbaijan', surface: ['Azerbaijani President Ilham Aliyev', 'Aliyev'] },
      { name: 'David Zalkaliani', kind: P, role: 'Foreign Minister of Georgia', surface: ['Foreign Minister David Zalkaliani'] },
      { name: 'Natia Turnava', kind: P, role: 'Minister of Economy of Georgia', surface: ['Economy Minister Natia Turnava'] },
      { name: 'Ilia Darchiashvili', kind: P, role: 'Head of the Administration of the Government of Georgia', surface: ['head of the Administration of the Government of Georgia Ilia Darchiashvili'] },
      { name: 'Agenda.ge', kind: O, role: 'news site', media: true, surface: ['Agenda.ge'] },
    ],
    quotes: [],
    reported: [],
    contacts: [
      { a: 'Irakli Garibashvili', b: 'Ilham Aliyev', kind: 'meeting', date: '2021-09-29', status: 'planned', date_text: 'today', evidence: 'is visiting Azerbaijan today, where he will meet with Azerbaijani President Ilham Aliyev' },
      { a: 'Ilham Aliyev', b: 'David Zalkaliani', kind: 'meeting', date: '2021-09-29', status: 'planned', optional: true, date_text: 'later today', evidence: 'Aliyev is scheduled to host Garibashvili and members of the Georgian delegation at a working dinner later today' },
      { a: 'Ilham Aliyev', b: 'Natia Turnava', kind: 'meeting', date: '2021-09-29', status: 'planned', optional: true, date_text: 'later today', evidence: 'working dinner with members of the Georgian delegation' },
      { a: 'Ilham Aliyev', b: 'Ilia Darchiashvili', kind: 'meeting', date: '2021-09-29', status: 'planned', optional: true, date_text: 'later today', evidence: 'working dinner with members of the Georgian delegation' },
      { a: 'Irakli Garibashvili', b: 'Ilham Aliyev', kind: 'meeting', date: null, status: 'held', date_text: 'back in May 2021', evidence: 'The last meeting between Garibashvili and Aliyev took place in Baku back in May 2021.' },
    ],
    excluded: [],
  },

  d3006: {
    file: '006_anews_aliyev_pashinyan_vienna.txt',
    url: 'https://www.anews.com.tr/world/2019/03/29/azerbaijani-armenian-leaders-talk-karabakh-conflict',
    outlet: 'A News',
    style: 'international press (Turkish broadcaster), report of a summit from a tweet',
    patterns: ['"The leaders of Azerbaijan and Armenia" (roles) before the names', 'a tweet quoted over two paragraphs; the second paragraph is a quote with no frame (speaker in the previous paragraph)', 'bracketed editorial insertions inside quotes', 'meeting joined by mediators (the OSCE Minsk Group co-chairs, an organisation as a party)', 'planned separate meetings with the Austrian leader after the talks', 'a meeting "Thursday" (the day before) of the foreign ministers, according to the ministry', 'his Armenian counterpart (apposition)', 'UN resolutions "refer to" (documents as speakers, optional)'],
    actors: [
      { name: 'Ilham Aliyev', kind: P, role: 'President of Azerbaijan', surface: ['President Ilham Aliyev'] },
      { name: 'Nikol Pashinyan', kind: P, role: 'Prime Minister of Armenia', surface: ['Prime Minister of Armenia Nikol Pashinyan', 'Pashinyan'] },
      { name: 'Hikmet Hajiyev', kind: P, role: 'Assistant to the President of Azerbaijan, Head of the Foreign Policy Affairs Department of the Presidential Administration', surface: ['Hikmet Hajiyev'] },
      { name: 'Sebastian Kurz', kind: P, role: 'Federal Chancellor of Austria', surface: ['Austrian Prime Minister Sebastian Kurz'] },
      { name: 'Elmar Mammadyarov', kind: P, role: 'Foreign Minister of Azerbaijan', surface: ['Azerbaijani Foreign Minister Elmar Mammadyarov'] },
      { name: 'Zohrab Mnatsakanyan', kind: P, role: 'Foreign Minister of Armenia', surface: ['his Armenian counterpart, Zohrab Mnatsakanyan'] },
      { name: 'OSCE Minsk Group', kind: O, role: 'mediators (co-chaired by France, Russia and the U.S.)', surface: ['Organization of Security and Co-operation in Europe (OSCE) Minsk Group', 'OSCE Minsk Group co-chairs', 'Minsk Group'] },
      { name: 'Ministry of Foreign Affairs of Azerbaijan', kind: O, role: null, surface: ["Azerbaijan's Foreign Ministry"] },
    ],
    quotes: [
      { speaker: 'Hikmet Hajiyev', text: '[Azerbaijan] President Ilham Aliyev @presidentaz had tete-a-tete meeting with Prime Minister of Armenia Nikol Pashinyan in Vienna. Now meeting continues with the participation of OSCE Minsk Group co-chairs,' },
      { speaker: 'Hikmet Hajiyev', text: 'Azerbaijan supports negotiated resolution of conflict within existing format based on [UN Security Council Resolution, Helsinki Final Act], principles of international law.', note: 'second part of the tweet; no frame, the speaker is in the previous paragraph' },
    ],
    reported: [
      { speaker: 'Ilham Aliyev', from: 'The leaders of Azerbaijan and Armenia on Friday discussed', to: 'OSCE) Minsk Group.', optional: true, note: 'collective subject, topic only' },
      { speaker: 'Ministry of Foreign Affairs of Azerbaijan', from: 'Azerbaijani Foreign Minister Elmar Mammadyarov met', to: "according to Azerbaijan's Foreign Ministry." },
      { speaker: null, from: 'Three UN Security Council resolutions', to: 'occupied by Armenian forces.', optional: true, note: 'documents "refer to"; no person or organisation speaking' },
    ],
    contacts: [
      { a: 'Ilham Aliyev', b: 'Nikol Pashinyan', kind: 'meeting', date: '2019-03-29', status: 'held', date_text: 'on Friday', evidence: 'had tete-a-tete meeting with Prime Minister of Armenia Nikol Pashinyan in Vienna' },
      { a: 'Ilham Aliyev', b: 'OSCE Minsk Group', kind: 'meeting', date: '2019-03-29', status: 'held', date_text: 'on Friday', evidence: 'Now meeting continues with the participation of OSCE Minsk Group co-chairs' },
      { a: 'Nikol Pashinyan', b: 'OSCE Minsk Group', kind: 'meeting', date: '2019-03-29', status: 'held', date_text: 'on Friday', evidence: 'with the participation of OSCE Minsk Group co-chairs' },
      { a: 'Ilham Aliyev', b: 'Sebastian Kurz', kind: 'meeting', date: '2019-03-29', status: 'planned', date_text: 'After the closed-door meeting', evidence: 'the men will separately meet Austrian Prime Minister Sebastian Kurz' },
      { a: 'Nikol Pashinyan', b: 'Sebastian Kurz', kind: 'meeting', date: '2019-03-29', status: 'planned', date_text: 'After the closed-door meeting', evidence: 'the men will separately meet Austrian Prime Minister Sebastian Kurz' },
      { a: 'Elmar Mammadyarov', b: 'Zohrab Mnatsakanyan', kind: 'meeting', date: '2019-03-28', status: 'held', date_text: 'Thursday', evidence: 'met his Armenian counterpart, Zohrab Mnatsakanyan, Thursday in Vienna' },
      { a: 'Elmar Mammadyarov', b: 'OSCE Minsk Group', kind: 'meeting', date: '2019-03-28', status: 'held', optional: true, date_text: 'Thursday', evidence: 'under Minsk Group mediation' },
      { a: 'Zohrab Mnatsakanyan', b: 'OSCE Minsk Group', kind: 'meeting', date: '2019-03-28', status: 'held', optional: true, date_text: 'Thursday', evidence: 'under Minsk Group mediation' },
    ],
    excluded: [],
  },

  d3007: {
    file: '007_europediplomatic_borrell_sarkissian.txt',
    url: 'https://europediplomatic.com/2020/10/22/nk-borrell-warns-against-xenophobic-rhetoric/',
    outlet: 'Europe Diplomatic',
    style: 'international press (Brussels magazine) quoting an EEAS press release',
    patterns: ['no headline in the stored page: the body starts on the date line with "Brussels 22.10.2020"', 'met today (meeting on the article date)', 'an EEAS press release quoted in two paragraphs, the frame before them ending in a colon', 'organisation as speaker of the quotes (typo "European External Actions Service")', 'reported speech of Borrell inside the quoted release ("The High Representative/Vice-President urged …"), optional', 'closing mark before the final period (”.)', 'embedded tweet dropped'],
    actors: [
      { name: 'Josep Borrell', kind: P, role: 'High Representative of the EU for Foreign Affairs and Security Policy', surface: ['The EU High Representative for Foreign Affairs and Security Policy Josep Borrell', 'The High Representative/Vice-President', 'High Representative/Vice-President Borrell'] },
      { name: 'Armen Sarkissian', kind: P, role: 'President of Armenia', surface: ['the President of the Republic of Armenia, Armen Sarkissian'] },
      { name: 'European External Action Service', kind: O, role: 'EU diplomatic service', surface: ['the European External Actions Service'] },
      { name: 'European Union', kind: O, role: null, surface: ['The European Union'] },
    ],
    quotes: [
      { speaker: 'European External Action Service', text: 'They discussed the situation in and around the Nagorno Karabakh conflict zone. The High Representative/Vice-President referred to the 10 October and 17 October ceasefire agreements, mediated by Russia and France respectively in coordination with the other OSCE Minsk Group Co-Chairs, which were agreed to by both Armenia and Azerbaijan but not respected. The European Union continues to call for an immediate cessation of hostilities and strict respect for the agreed ceasefire by all. Any actions that target civilians or bring about further suffering to the civilian population must stop immediately. The High Representative/Vice-President also stressed that the sides have an obligation to comply fully with international humanitarian law', note: 'the press release issued by the EEAS' },
      { speaker: 'European External Action Service', text: 'The High Representative/Vice-President urged the sides to return to the negotiations on the Nagorno Karabakh conflict settlement under the auspices of the OSCE Minsk Group Co-Chairs, without preconditions and without delay. All actors, including external parties, should refrain from any actions that may result in the continuation of hostilities and further casualties. This includes bringing an end to the dangerous, inflammatory and xenophobic rhetoric. High Representative/Vice-President Borrell reiterated the EU’s supports for the on-going efforts of the Co-Chairs through active high level contacts, as well as via the EU Special Representative for the South Caucasus' },
    ],
    reported: [
      { speaker: 'Josep Borrell', from: 'The High Representative/Vice-President referred to', to: 'but not respected.', optional: true, note: 'inside the quoted release' },
      { speaker: 'European Union', from: 'The European Union continues to call', to: 'agreed ceasefire by all.', optional: true, note: 'inside the quoted release' },
      { speaker: 'Josep Borrell', from: 'The High Representative/Vice-President also stressed', to: 'humanitarian law”.', optional: true, note: 'inside the quoted release' },
      { speaker: 'Josep Borrell', from: '“The High Representative/Vice-President urged', to: 'without delay.', optional: true, note: 'inside the quoted release; the span starts at the opening mark' },
      { speaker: 'Josep Borrell', from: 'High Representative/Vice-President Borrell reiterated', to: 'South Caucasus”.', optional: true, note: 'inside the quoted release' },
    ],
    contacts: [
      { a: 'Josep Borrell', b: 'Armen Sarkissian', kind: 'meeting', date: '2020-10-22', status: 'held', date_text: 'today', evidence: 'met today with the President of the Republic of Armenia, Armen Sarkissian, in Brussels' },
    ],
    excluded: [],
  },

  d3008: {
    file: '008_azernews_bayramov_fidan_call.txt',
    url: 'https://menafn.com/1110711629/Azerbaijani-Turkish-Foreign-Ministers-Discuss-Regional-Security-In-Phone-Call',
    outlet: 'AzerNews (via MENAFN)',
    style: 'regional press (Azerbaijani English daily, syndicated), readout of a call',
    patterns: ['no headline in the stored page: the body starts on the date line; MENAFN byline dropped', 'call on a numeric date ("On 8 February 2026")', 'his Turkish counterpart (apposition)', 'According to AzerNEWS, citing the Ministry’s release (source chain; topics only)', 'collective subjects with a participle ("underlining the importance")', 'analysis sentence that is nobody’s statement ("The call reaffirmed …")'],
    actors: [
      { name: 'Jeyhun Bayramov', kind: P, role: 'Foreign Minister of Azerbaijan', surface: ['the Foreign Minister of Azerbaijan, Jeyhun Bayramov'] },
      { name: 'Hakan Fidan', kind: P, role: 'Foreign Minister of Turkey', surface: ['his Turkish counterpart, Hakan Fidan'] },
      { name: 'Ministry of Foreign Affairs of Azerbaijan', kind: O, role: null, surface: ['the Ministry'] },
      { name: 'AzerNews', kind: O, role: 'newspaper', media: true, surface: ['AzerNEWS'] },
    ],
    quotes: [],
    reported: [
      { speaker: 'Ministry of Foreign Affairs of Azerbaijan', from: 'According to AzerNEWS, citing the Ministry', to: 'multilateral platforms.', note: 'topics of the call, sourced through the agency to the ministry’s release' },
      { speaker: 'Jeyhun Bayramov', from: 'They also exchanged views on the regional security', to: 'between the two countries.', optional: true, note: 'collective' },
      { speaker: null, from: 'The discussion further covered', to: 'normalisation process.', optional: true, note: 'agentless, topics only' },
      { speaker: 'Jeyhun Bayramov', text: 'Both sides shared assessments on these issues and addressed other matters of mutual interest.', optional: true, note: 'collective, no content' },
    ],
    contacts: [
      { a: 'Jeyhun Bayramov', b: 'Hakan Fidan', kind: 'call', date: '2026-02-08', status: 'held', date_text: 'On 8 February 2026', evidence: 'held a telephone conversation with his Turkish counterpart, Hakan Fidan' },
    ],
    excluded: [],
  },

  d3009: {
    file: '009_armradio_mirzoyan_abdollahian_unga.txt',
    url: 'https://en.armradio.am/2021/09/24/armenian-iranian-fms-discuss-challenges-facing-g-cargo-transportation-between-the-two-countries/',
    outlet: 'Public Radio of Armenia',
    style: 'regional press (Armenian public radio), ministry readout reprinted',
    patterns: ['no headline in the stored page: the body starts on the date line', 'meeting on the sidelines of the UN General Assembly with no day (date null)', 'collectives: The Foreign Ministers of the two countries, The interlocutors, The sides', 'his Iranian counterpart (twice: apposition, then object)', 'The Armenian Foreign Minister stressed that …, adding that … (role, then pronoun)', 'agentless passive "were also discussed"'],
    actors: [
      { name: 'Ararat Mirzoyan', kind: P, role: 'Foreign Minister of Armenia', surface: ['Armenian Foreign Minister Ararat Mirzoyan', 'Minister Mirzoyan', 'The Armenian Foreign Minister', 'he'] },
      { name: 'Hossein Amir-Abdollahian', kind: P, role: 'Foreign Minister of Iran', surface: ['his Iranian counterpart Hossein Amir Abdollahian', 'his Iranian counterpart'] },
    ],
    quotes: [],
    reported: [
      { speaker: 'Ararat Mirzoyan', from: 'The Foreign Ministers of the two countries hailed', to: 'high-level contacts.', optional: true, note: 'collective' },
      { speaker: 'Ararat Mirzoyan', from: 'The interlocutors discussed the challenges', to: 'ways to overcome them.', optional: true, note: 'collective, topics only' },
      { speaker: 'Ararat Mirzoyan', from: 'Minister Mirzoyan briefed his Iranian counterpart', to: 'North-South highway.' },
      { speaker: 'Ararat Mirzoyan', from: 'The sides touched upon', to: 'energy sphere.', optional: true, note: 'collective, topic only' },
      { speaker: null, text: 'Issues related to regional peace and stability were also discussed.', optional: true, note: 'agentless passive' },
      { speaker: 'Ararat Mirzoyan', from: 'The Armenian Foreign Minister stressed that', to: 'territorial integrity.' },
    ],
    contacts: [
      { a: 'Ararat Mirzoyan', b: 'Hossein Amir-Abdollahian', kind: 'meeting', date: null, status: 'held', date_text: null, evidence: 'had a meeting with his Iranian counterpart Hossein Amir Abdollahian on the sidelines of the 76th session of the UN General Assembly in New York', note: 'no day in the text' },
    ],
    excluded: [],
  },

  d3010: {
    file: '010_armenpress_mirzoyan_zalkaliani.txt',
    url: 'https://www.armenpress.am/eng/news/1062680/',
    outlet: 'Armenpress',
    style: 'agency (Armenian state news agency), ministry readout',
    patterns: ['no headline in the stored page: "YEREVAN, SEPTEMBER 8, ARMENPRESS." dateline on the date line', 'title after the name with a comma ("David Zalkaliani, Deputy Prime Minister and Minister of Foreign Affairs of Georgia")', 'As ARMENPRESS was informed from the press service of the MFA Armenia, the sides … (source chain)', 'Minister Mirzoyan / he; thanked … for (speech act with content)', 'he added that … (pronoun after a thanks)', 'corridor name in quotation marks (excluded)', 'page cut: the last, incomplete paragraph dropped'],
    actors: [
      { name: 'Ararat Mirzoyan', kind: P, role: 'Foreign Minister of Armenia', surface: ['Foreign Minister of Armenia Ararat Mirzoyan', 'Foreign Minister Ararat Mirzoyan', 'Minister Mirzoyan', 'he'] },
      { name: 'David Zalkaliani', kind: P, role: 'Deputy Prime Minister and Foreign Minister of Georgia', surface: ['David Zalkaliani'] },
      { name: 'Nikol Pashinyan', kind: P, role: 'Prime Minister of Armenia', surface: ['PM Pashinyan'] },
      { name: 'Ministry of Foreign Affairs of Armenia', kind: O, role: null, surface: ['the press service of the MFA Armenia'] },
      { name: 'Armenpress', kind: O, role: 'news agency', media: true, surface: ['ARMENPRESS'] },
    ],
    quotes: [],
    reported: [
      { speaker: 'Ararat Mirzoyan', from: 'The interlocutors discussed issues', to: 'new opportunities within it.', optional: true, note: 'collective, topics only' },
      { speaker: 'Ministry of Foreign Affairs of Armenia', from: 'As ARMENPRESS was informed', to: 'culture, tourism.', note: 'sourced to the MFA press service; the sides expressed readiness …' },
      { speaker: 'Ararat Mirzoyan', from: 'The sides expressed confidence that', to: 'regional security and stability.', optional: true, note: 'collective' },
      { speaker: 'Ararat Mirzoyan', from: 'Foreign Minister Ararat Mirzoyan stressed that', to: 'Commission on Economic Cooperation.' },
      { speaker: 'Ararat Mirzoyan', from: 'In the context of sustainable development', to: 'Armenia-Georgia cooperation.' },
      { speaker: 'Ararat Mirzoyan', from: 'During the meeting, Minister Mirzoyan thanked', to: '15 Armenian prisoners of war.' },
      { speaker: 'Ararat Mirzoyan', from: 'At the same time, he added that', to: 'under a trilateral statement.' },
    ],
    contacts: [
      { a: 'Ararat Mirzoyan', b: 'David Zalkaliani', kind: 'meeting', date: '2021-09-08', status: 'held', date_text: 'on September 8', evidence: 'met on September 8 with David Zalkaliani' },
    ],
    excluded: [{ text: 'Persian Gulf-Black Sea', reason: 'name of a transport corridor' }],
  },

  d3011: {
    file: '011_vestikavkaza_ivanishvili_dunnigan.txt',
    url: 'https://en.vestikavkaza.ru/material/175542',
    outlet: 'Vestnik Kavkaza',
    style: 'regional press (Russian Caucasus news site), short report of an embassy statement',
    patterns: ['no headline in the stored page: the body starts on the date line (time stamp dropped)', 'refused meeting (status cancelled, no day)', 'embassy as speaker ("…, U.S. Embassy in Georgia said"; "According to the U.S. Embassy, …")', 'a wrong surname in the text: "Degnan" (a former ambassador) stands for the current ambassador Dunnigan', 'long title before the name ("The founder and honorary chairman of Georgia’s ruling Georgian Dream party, Bidzina Ivanishvili")', 'sentences continuing the statement without a speech verb (optional)'],
    actors: [
      { name: 'Bidzina Ivanishvili', kind: P, role: 'Honorary Chairman of the Georgian Dream party', surface: ["The founder and honorary chairman of Georgia's ruling Georgian Dream party, Bidzina Ivanishvili", 'Ivanishvili'] },
      { name: 'Robin Dunnigan', kind: P, role: 'U.S. Ambassador to Georgia', surface: ['U.S. Ambassador Robin Dunnigan', 'Degnan', 'Ambassador Dunnigan'], note: '"Degnan" in the second paragraph is an error for Dunnigan (Kelly Degnan was her predecessor)' },
      { name: 'Embassy of the United States in Georgia', kind: O, role: null, surface: ['U.S. Embassy in Georgia', 'the U.S. Embassy'] },
      { name: 'Donald Trump', kind: P, role: 'President of the United States', surface: ['U.S. President Donald Trump'] },
      { name: 'Marco Rubio', kind: P, role: 'U.S. Secretary of State', surface: ['U.S. Secretary of State Rubio'] },
    ],
    quotes: [],
    reported: [
      { speaker: 'Embassy of the United States in Georgia', from: 'The founder and honorary chairman', to: 'U.S. Embassy in Georgia said.' },
      { speaker: 'Embassy of the United States in Georgia', from: 'According to the U.S. Embassy, Degnan', to: "Donald Trump's administration." },
      { speaker: 'Embassy of the United States in Georgia', from: 'Ambassador Dunnigan sought a meeting', to: 'Secretary of State Rubio.', optional: true, implicit_speaker: true, note: 'continues the embassy statement without a speech verb' },
      { speaker: 'Embassy of the United States in Georgia', from: 'The message included specific steps', to: 'relations with the U.S.', optional: true, implicit_speaker: true, note: 'content of the undelivered message, as told by the embassy' },
    ],
    contacts: [
      { a: 'Bidzina Ivanishvili', b: 'Robin Dunnigan', kind: 'meeting', date: null, status: 'cancelled', date_text: null, evidence: 'has rejected a meeting request from U.S. Ambassador Robin Dunnigan' },
    ],
    excluded: [],
  },

  d3012: {
    file: '012_newsaz_mammadyarov_bocharnikov.txt',
    url: 'https://news.az/news/azerbaijani-fm-meets-russian-ambassador',
    outlet: 'News.Az',
    style: 'regional press (Azerbaijani news site), ministry readout of an ambassador’s call',
    patterns: ['no headline in the stored page: the body starts on the date line', 'meeting "on Thursday" in a Thursday article (the article date)', 'ambassador absent from the dictionary (Mikhail Bocharnikov)', 'roles pointing back: The Azerbaijani minister, the Russian diplomat', 'invitation to a meeting "to be held in Moscow on April 5" (with no named counterpart)', 'statement, then "X said, hailing …"', 'club name in quotation marks (excluded)'],
    actors: [
      { name: 'Elmar Mammadyarov', kind: P, role: 'Foreign Minister of Azerbaijan', surface: ['Azerbaijani Foreign Minister Elmar Mammadyarov', 'Minister Mammadyarov', 'The Azerbaijani minister', 'Mammadyarov'] },
      { name: 'Mikhail Bocharnikov', kind: P, role: 'Ambassador of Russia to Azerbaijan', surface: ['Russian Ambassador to the country Mikhail Bocharnikov', 'Ambassador Bocharnikov', 'the Russian diplomat'] },
      { name: 'Ministry of Foreign Affairs of Azerbaijan', kind: O, role: null, surface: ['the Azerbaijani Foreign Ministry'] },
      { name: 'News.Az', kind: O, role: 'news site', media: true, surface: ['News.Az'] },
    ],
    quotes: [],
    reported: [
      { speaker: 'Ministry of Foreign Affairs of Azerbaijan', text: 'The meeting took place at the request of the Russian side, the Azerbaijani Foreign Ministry told News.Az.' },
      { speaker: 'Elmar Mammadyarov', from: 'The sides discussed the agenda', to: 'and other areas.', optional: true, note: 'collective' },
      { speaker: 'Elmar Mammadyarov', text: 'They also exchanged views on the development of successful cooperation in multilateral formats.', optional: true, note: 'collective' },
      { speaker: 'Mikhail Bocharnikov', from: 'Ambassador Bocharnikov invited', to: 'in Moscow on April 5.' },
      { speaker: 'Elmar Mammadyarov', text: 'The Azerbaijani minister, in turn, thanked the Russian diplomat for the invitation.', optional: true, note: 'thanks, no content' },
      { speaker: 'Elmar Mammadyarov', from: 'The relations between Azerbaijan and Russia', to: 'Nagorno-Karabakh conflict.' },
      { speaker: 'Elmar Mammadyarov', from: 'Mammadyarov also expressed', to: 'Azerbaijani territories.' },
      { speaker: 'Elmar Mammadyarov', from: 'The sides also exchanged views on the ongoing', to: 'mutual interest.', optional: true, note: 'collective, no content' },
    ],
    contacts: [
      { a: 'Elmar Mammadyarov', b: 'Mikhail Bocharnikov', kind: 'meeting', date: '2019-03-07', status: 'held', date_text: 'on Thursday', evidence: 'on Thursday met with Russian Ambassador to the country Mikhail Bocharnikov' },
    ],
    excluded: [{ text: 'Lazarev Club', reason: 'name of a club' }],
  },

  d3013: {
    file: '013_trend_mammadov_galuzin.txt',
    url: 'https://en.trend.az/azerbaijan/politics/3788906.html',
    outlet: 'Trend',
    style: 'agency (Azerbaijani news agency), ministry readout of deputy ministers’ talks',
    patterns: ['no headline in the stored page: "BAKU, Azerbaijan, August 25." dateline on the date line', 'deputy ministers (Elnur Mammadov vs dictionary Novruz Mammadov)', 'meeting sourced to the ministry ("Trend reports referring to the Azerbaijani Foreign Ministry"), topic only', 'agentless readout sentences (were discussed, it was also emphasized)', 'X informed Y about … (reported speech, long)', 'machine-like English ("including as the economy")'],
    actors: [
      { name: 'Elnur Mammadov', kind: P, role: 'Deputy Foreign Minister of Azerbaijan', surface: ['Deputy Foreign Minister of Azerbaijan Elnur Mammadov', 'Elnur Mammadov'] },
      { name: 'Mikhail Galuzin', kind: P, role: 'Deputy Foreign Minister of Russia', surface: ['Deputy Foreign Minister of the Russian Federation Mikhail Galuzin', 'Mikhail Galuzin'] },
      { name: 'Ministry of Foreign Affairs of Azerbaijan', kind: O, role: null, surface: ['the Azerbaijani Foreign Ministry'] },
      { name: 'Trend', kind: O, role: 'news agency', media: true, surface: ['Trend'] },
    ],
    quotes: [],
    reported: [
      { speaker: 'Ministry of Foreign Affairs of Azerbaijan', from: 'Deputy Foreign Minister of Azerbaijan Elnur Mammadov met', to: 'referring to the Azerbaijani Foreign Ministry.', optional: true, note: 'the meeting itself, sourced to the ministry; no content' },
      { speaker: null, from: 'During the meeting, the current state', to: 'were discussed.', optional: true, note: 'agentless' },
      { speaker: null, from: 'Within the framework of bilateral and multilateral forums', to: 'mutually beneficial.', optional: true, note: 'readout content with no speech verb' },
      { speaker: 'Elnur Mammadov', from: 'The parties talked about ways', to: 'culture, and humanities.', optional: true, note: 'collective' },
      { speaker: null, from: 'During the discussion, it was also emphasized', to: 'ties to grow.', optional: true, note: 'agentless passive' },
      { speaker: 'Elnur Mammadov', from: 'In addition, Elnur Mammadov informed Mikhail Galuzin', to: 'November 10, 2020.' },
      { speaker: 'Elnur Mammadov', text: 'The sides also exchanged views on other issues of mutual interest.', optional: true, note: 'collective, no content' },
    ],
    contacts: [
      { a: 'Elnur Mammadov', b: 'Mikhail Galuzin', kind: 'meeting', date: '2023-08-25', status: 'held', date_text: 'on August 25, 2023', evidence: 'met with Deputy Foreign Minister of the Russian Federation Mikhail Galuzin within the framework of his visit to Russia on August 25, 2023' },
    ],
    excluded: [],
  },

  d3014: {
    file: '014_armenpress_popov_fm_meeting.txt',
    url: 'https://armenpress.am/eng/amp/940067',
    outlet: 'Armenpress',
    style: 'agency (Armenian state news agency) relaying another agency (APA)',
    patterns: ['"YEREVAN, JULY 6, ARMENPRESS." dateline', 'X said …, APA reports (agency chain)', 'quotation whose frame follows it ("…”, Igor Popov said"), comma outside the closing mark', 'a meeting of "Armenian and Azerbaijani foreign ministers" planned "soon", the ministers not named (optional contact)', 'the Co-Chairs as a collective inside the quote (no statement of theirs)'],
    actors: [
      { name: 'Igor Popov', kind: P, role: 'Russian Co-Chair of the OSCE Minsk Group', surface: ['Russian Co-Chair of the OSCE Minsk Group Igor Popov', 'Igor Popov'] },
      { name: 'Zohrab Mnatsakanyan', kind: P, role: 'Foreign Minister of Armenia', surface: [], note: 'not named: one of the "Armenian and Azerbaijani foreign ministers"' },
      { name: 'Elmar Mammadyarov', kind: P, role: 'Foreign Minister of Azerbaijan', surface: [], note: 'not named: one of the "Armenian and Azerbaijani foreign ministers"' },
      { name: 'APA', kind: O, role: 'news agency', media: true, surface: ['APA'] },
      { name: 'Armenpress', kind: O, role: 'news agency', media: true, surface: ['ARMENPRESS'] },
    ],
    quotes: [
      { speaker: 'Igor Popov', text: 'Given the sensitivity of the Nagorno Karabakh conflict settlement, the OSCE Minsk Group Co-Chairs still avoid making any public statements on this topic. The corresponding statement of the Co-Chairs will be made based on the results of the upcoming meeting of the Armenian and Azerbaijani FMs. We expect that the date of the meeting will be announced soon' },
    ],
    reported: [
      { speaker: 'Igor Popov', from: 'Russian Co-Chair of the OSCE Minsk Group Igor Popov said', to: 'APA reports.' },
    ],
    contacts: [
      { a: 'Zohrab Mnatsakanyan', b: 'Elmar Mammadyarov', kind: 'meeting', date: null, status: 'planned', optional: true, date_text: 'soon', evidence: 'a meeting of Armenian and Azerbaijani foreign ministers is planned to be held soon', note: 'the ministers are named only by office' },
    ],
    excluded: [],
  },
};
