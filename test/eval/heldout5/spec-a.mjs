// Hand annotation of heldout5 articles 001-019 (real news, diplomacy of the South Caucasus and its neighbours,
// 2018-2025). Items are anchored by their exact text (or by their first and last words, `from`/`to`);
// build-gold.mjs computes and verifies the offsets.
//
// Conventions applied throughout (beyond ANNOTATING.md):
// - "Source said that <person> said/pledged/confirmed …": the speaker is the person, `via` the source; when the
//   embedded speakers are coordinated ("Aliyev and Pashinyan agreed"), the item is optional with the first party.
// - "Source said that <event> (met, discussed, agreed)": the speaker is the source.
// - A sentence "X stated that “<whole quotation>”" with no paraphrase outside the marks is a quote; its reported
//   item is optional (mixed). A sentence with paraphrase outside the marks is reported (mixed) and required.
// - Headlines, decks and sub-headings without final punctuation are not annotated.
// - A contact whose day the text does not give has date null, even when the dateline dates the report.
// - Members of one delegation or one side do not meet each other.
const P = 'person';
const O = 'org';

export default {
  ho5001: {
    file: '001_civilge_bayramov_tbilisi.txt',
    url: 'https://civil.ge/archives/614401',
    outlet: 'Civil.ge',
    style: 'regional press (Georgian), visit report',
    patterns: ['no headline in the stored page (body on the date line)', 'According to him (him = the Georgian FM, named in the previous paragraph)', 'typo "sad" for "said" kept', 'short quotes in "describing it as “…” and “…”"', 'a meeting already held and one still scheduled on the same day', 'his counterpart = the Azerbaijani FM'],
    actors: [
      { name: 'Jeyhun Bayramov', kind: P, role: 'Foreign Minister of Azerbaijan', surface: ['Jeyhun Bayramov', 'FM Jeyhun Bayramov', 'FM Bayramov', 'his counterpart'] },
      { name: 'Ilia Darchiashvili', kind: P, role: 'Foreign Minister of Georgia', surface: ['Georgian Foreign Minister Ilia Darchiashvili', 'FM Darchiashvili', 'Darchiashvili', 'him'] },
      { name: 'Shalva Papuashvili', kind: P, role: 'Speaker of the Parliament of Georgia', surface: ['Parliament Speaker Shalva Papuashvili'] },
      { name: 'Irakli Kobakhidze', kind: P, role: 'Prime Minister of Georgia', surface: ['Prime Minister Irakli Kobakhidze'] },
    ],
    quotes: [
      { speaker: 'Jeyhun Bayramov', text: 'Profound friendship between Azerbaijani and Georgia, and eagerness to build together a better future for our people will last forever,' },
      { speaker: 'Ilia Darchiashvili', text: 'very important' },
      { speaker: 'Ilia Darchiashvili', text: 'timely', optional: true, note: 'one word' },
      { speaker: 'Ilia Darchiashvili', text: 'constructive communication' },
    ],
    reported: [
      { speaker: 'Ilia Darchiashvili', text: 'During the press conference, FM Darchiashvili welcomed FM Bayramov’s visit to Georgia, describing it as “very important” and “timely”.', mixed: true },
      { speaker: 'Ilia Darchiashvili', text: 'According to him, the sides discussed the agenda of bilateral relations as well as regional and global events.' },
      { speaker: 'Ilia Darchiashvili', text: 'They also discussed economic relations between the two countries.', optional: true, note: 'continues According to him; collective subject' },
      { speaker: 'Ilia Darchiashvili', from: 'FM Darchiashvili sad he briefed', to: 'territorial integrity of Georgia.' },
      { speaker: 'Ilia Darchiashvili', from: 'Speaking about the regional processes', to: 'mutually beneficial steps in cooperation.', mixed: true },
      { speaker: 'Ilia Darchiashvili', from: 'According to Darchiashvili, in the regional context', to: 'between Georgia, Azerbaijan and Turkey.' },
    ],
    contacts: [
      { a: 'Jeyhun Bayramov', b: 'Ilia Darchiashvili', kind: 'meeting', date: '2024-06-27', status: 'held', date_text: 'today, June 27 / has already met', evidence: 'he has already met with Georgian Foreign Minister Ilia Darchiashvili' },
      { a: 'Jeyhun Bayramov', b: 'Shalva Papuashvili', kind: 'meeting', date: '2024-06-27', status: 'held', date_text: 'today, June 27 / has already met', evidence: 'and Parliament Speaker Shalva Papuashvili' },
      { a: 'Jeyhun Bayramov', b: 'Irakli Kobakhidze', kind: 'meeting', date: '2024-06-27', status: 'planned', date_text: 'during the visit today', evidence: 'Another meeting is scheduled with Prime Minister Irakli Kobakhidze.' },
    ],
    excluded: [],
  },

  ho5002: {
    file: '002_trend_bayramov_zurabishvili.txt',
    url: 'https://en.trend.az/azerbaijan/politics/3304789.html',
    outlet: 'Trend',
    style: 'agency (Azerbaijani), ministry readout relay',
    patterns: ['dateline alone on the date line', 'Trend reports citing the Foreign Ministry (organisation as speaker of a meeting report)', 'She / The Minister / In his turn', 'greetings conveyed (speech acts without content)', 'agentless It was stated / It was stressed (optional)', 'the President of the Republic of Azerbaijan not named (no actor)'],
    actors: [
      { name: 'Jeyhun Bayramov', kind: P, role: 'Foreign Minister of Azerbaijan', surface: ['Minister of Foreign Affairs of the Republic of Azerbaijan Jeyhun Bayramov', 'Minister Jeyhun Bayramov', 'The Minister'] },
      { name: 'Salome Zourabichvili', kind: P, role: 'President of Georgia', surface: ['President of Georgia Salome Zurabishvili', 'Georgian President Salome Zurabishvili', 'President Salome Zurabishvili', 'She'] },
      { name: 'Ministry of Foreign Affairs of Azerbaijan', kind: O, role: null, surface: ['Azerbaijani Foreign Ministry'] },
      { name: 'Trend', kind: O, role: 'news agency', media: true, surface: ['Trend'] },
    ],
    quotes: [],
    reported: [
      { speaker: 'Ministry of Foreign Affairs of Azerbaijan', via: 'Trend', from: 'On September 24, 2020, Minister', to: 'citing Azerbaijani Foreign Ministry.' },
      { speaker: 'Salome Zourabichvili', from: 'Georgian President Salome Zurabishvili congratulated', to: 'sincere wishes to him.' },
      { speaker: 'Salome Zourabichvili', from: 'She also expressed hope', to: 'during his tenure.' },
      { speaker: 'Salome Zourabichvili', from: 'President Salome Zurabishvili requested', to: 'President of the Republic of Azerbaijan.' },
      { speaker: 'Jeyhun Bayramov', from: 'In his turn, Minister Jeyhun Bayramov conveyed', to: 'to the President of Georgia.' },
      { speaker: 'Jeyhun Bayramov', from: 'The Minister noted that very useful discussions', to: 'held during the visit.' },
      { speaker: null, from: 'It was stated that the two countries', to: 'political, economic and humanitarian.', optional: true, note: 'agentless' },
      { speaker: 'Jeyhun Bayramov', from: 'Touching upon the existing protracted conflicts', to: 'in resolving these conflicts.', optional: true, note: 'collective subject the sides' },
      { speaker: null, from: 'It was stressed that our countries', to: 'independence and territorial integrity.', optional: true, note: 'agentless' },
      { speaker: null, from: 'It was stressed that along with bilateral formats', to: 'within international organizations as well.', optional: true, note: 'agentless' },
    ],
    contacts: [
      { a: 'Jeyhun Bayramov', b: 'Salome Zourabichvili', kind: 'meeting', date: '2020-09-24', status: 'held', date_text: 'On September 24, 2020', evidence: 'Jeyhun Bayramov met with President of Georgia Salome Zurabishvili' },
    ],
    excluded: [],
  },

  ho5003: {
    file: '003_asbarez_putin_briefs_pashinyan.txt',
    url: 'https://www.asbarez.com/putin-briefs-pashinyan-on-talks-with-aliyev',
    outlet: 'Asbarez',
    style: 'regional press (Armenian diaspora), readouts of both sides',
    patterns: ['on Friday (article date) and Monday (earlier this week)', 'statement from the press office, then the Kremlin as speaker', 'According to the Kremlin, X and Y discussed (source as speaker)', 'the Kremlin said that Putin reiterated (person via organisation)', 'planned meeting on an upcoming appropriate occasion (no day)', 'call to brief about a third-party meeting'],
    actors: [
      { name: 'Vladimir Putin', kind: P, role: 'President of Russia', surface: ['President Vladimir Putin of Russia', 'President Putin', 'Putin', 'The President of Russia'] },
      { name: 'Nikol Pashinyan', kind: P, role: 'Prime Minister of Armenia', surface: ['Prime Minister Nikol Pashinyan', 'Prime Minister Pashinyan', 'Pashinyan', 'the Prime Minister of Armenia'] },
      { name: 'Ilham Aliyev', kind: P, role: 'President of Azerbaijan', surface: ['Azerbaijan’s president, Ilham Aliyev', 'President Aliyev', 'Aliyev'] },
      { name: 'Office of the Prime Minister of Armenia', kind: O, role: 'press office', surface: ['Pashinyan’s press office', 'the statement'] },
      { name: 'Government of Russia', kind: O, role: 'the Kremlin', surface: ['the Kremlin', 'the Kremlin statement'] },
    ],
    quotes: [
      { speaker: 'Office of the Prime Minister of Armenia', text: 'The President of Russia informed the Prime Minister of Armenia on his impressions about his Azerbaijan visit last week, for which Prime Minister Pashinyan thanked President Putin,' },
      { speaker: 'Government of Russia', text: 'The Russian side expressed readiness to further support Armenia and Azerbaijan in advancing the development of the peace treaty, border delimitation and demarcation, as well as unblocking of transport-logistic connections,' },
      { speaker: 'Government of Russia', text: 'The positive dynamics of the trade-economic partnership was highlighted during an exchange of views about the bilateral agenda. An agreement to continue contacts was made,' },
    ],
    reported: [
      { speaker: 'Vladimir Putin', from: 'President Vladimir Putin of Russia on Friday called', to: 'earlier this week in Baku.', optional: true, note: 'a call made to brief: speech act, content only named' },
      { speaker: 'Office of the Prime Minister of Armenia', from: 'Pashinyan and Putin agreed to meet', to: 'the statement added.' },
      { speaker: 'Vladimir Putin', from: 'Putin announced Monday after meeting', to: 'between Armenia and Azerbaijan.' },
      { speaker: 'Vladimir Putin', via: 'Government of Russia', text: 'In the readout of the telephone conversation with Pashinyan, the Kremlin said that Putin reiterated the statements he made in Baku.' },
      { speaker: 'Government of Russia', from: 'According to the Kremlin, Pashinyan and Putin discussed', to: 'where he met with President Aliyev.' },
    ],
    contacts: [
      { a: 'Vladimir Putin', b: 'Nikol Pashinyan', kind: 'call', date: '2024-08-23', status: 'held', date_text: 'on Friday', evidence: 'President Vladimir Putin of Russia on Friday called Prime Minister Nikol Pashinyan' },
      { a: 'Vladimir Putin', b: 'Ilham Aliyev', kind: 'meeting', date: '2024-08-19', status: 'held', date_text: 'Monday / earlier this week in Baku', evidence: 'Putin announced Monday after meeting with Aliyev in Baku' },
      { a: 'Vladimir Putin', b: 'Nikol Pashinyan', kind: 'meeting', date: null, status: 'planned', date_text: 'on an upcoming appropriate occasion', evidence: 'Pashinyan and Putin agreed to meet on an upcoming appropriate occasion' },
    ],
    excluded: [],
  },

  ho5004: {
    file: '004_tass_working_group_coming_days.txt',
    url: 'https://hyetert.org/2021/12/02/yerevan-moscow-baku-to-continue-work-on-regional-communications-in-coming-days/',
    outlet: 'TASS (reposted by Hyetert)',
    style: 'wire (Russian agency)',
    patterns: ['deck without final punctuation (not annotated)', '/TASS/ dateline', 'office of a deputy prime minister as speaker', 'three-party working group: three pairs held (December 1) and three planned (in the coming days)', 'trilateral leaders’ meetings (Sochi, November 26; Moscow, January 11) give three pairs each', 'the leaders of Russia, Armenia and Azerbaijan = persons named earlier'],
    actors: [
      { name: 'Mher Grigoryan', kind: P, role: 'Deputy Prime Minister of Armenia', surface: ['Mher Grigoryan'] },
      { name: 'Alexei Overchuk', kind: P, role: 'Deputy Prime Minister of Russia', surface: ['Alexei Overchuk'] },
      { name: 'Shahin Mustafayev', kind: P, role: 'Deputy Prime Minister of Azerbaijan', surface: ['Shahin Mustafayev'] },
      { name: 'Office of the Deputy Prime Minister of Armenia', kind: O, role: 'office of Mher Grigoryan', surface: ['the office of Armenia’s deputy prime minister', 'Grigoryan’s office'] },
      { name: 'Vladimir Putin', kind: P, role: 'President of Russia', surface: ['Russian President Vladimir Putin'] },
      { name: 'Ilham Aliyev', kind: P, role: 'President of Azerbaijan', surface: ['Azeri President Ilham Aliyev'] },
      { name: 'Nikol Pashinyan', kind: P, role: 'Prime Minister of Armenia', surface: ['Armenian Prime Minister Nikol Pashinyan'] },
      { name: 'TASS', kind: O, role: 'news agency', media: true, surface: ['TASS'] },
    ],
    quotes: [
      { speaker: 'Office of the Deputy Prime Minister of Armenia', text: 'The meeting of the trilateral working group co-chaired by the Deputy Prime Ministers of Armenia, Russia, and Azerbaijan will be continued in the coming days. It will be possible to speak about the outcome following the meeting,' },
    ],
    reported: [
      { speaker: 'Office of the Deputy Prime Minister of Armenia', from: 'A trilateral working group with the participation', to: 'reported on Thursday.' },
      { speaker: 'Vladimir Putin', text: 'Russian President Vladimir Putin praised the talks as productive and constructive and hoped for compliance with the agreements.' },
    ],
    contacts: [
      { a: 'Mher Grigoryan', b: 'Alexei Overchuk', kind: 'meeting', date: '2021-12-01', status: 'held', date_text: 'on December 1', evidence: 'The trilateral working group held a meeting on December 1 in Moscow' },
      { a: 'Mher Grigoryan', b: 'Shahin Mustafayev', kind: 'meeting', date: '2021-12-01', status: 'held', date_text: 'on December 1', evidence: 'The trilateral working group held a meeting on December 1 in Moscow' },
      { a: 'Alexei Overchuk', b: 'Shahin Mustafayev', kind: 'meeting', date: '2021-12-01', status: 'held', date_text: 'on December 1', evidence: 'The trilateral working group held a meeting on December 1 in Moscow' },
      { a: 'Mher Grigoryan', b: 'Alexei Overchuk', kind: 'meeting', date: null, status: 'planned', date_text: 'in the coming days', evidence: 'will continue its efforts on opening regional communications in the coming days' },
      { a: 'Mher Grigoryan', b: 'Shahin Mustafayev', kind: 'meeting', date: null, status: 'planned', date_text: 'in the coming days', evidence: 'will continue its efforts on opening regional communications in the coming days' },
      { a: 'Alexei Overchuk', b: 'Shahin Mustafayev', kind: 'meeting', date: null, status: 'planned', date_text: 'in the coming days', evidence: 'will continue its efforts on opening regional communications in the coming days' },
      { a: 'Vladimir Putin', b: 'Ilham Aliyev', kind: 'meeting', date: '2021-11-26', status: 'held', date_text: 'On November 26, 2021, in Sochi', evidence: 'trilateral negotiations between Russian President Vladimir Putin, Azeri President Ilham Aliyev and Armenian Prime Minister Nikol Pashinyan were held' },
      { a: 'Vladimir Putin', b: 'Nikol Pashinyan', kind: 'meeting', date: '2021-11-26', status: 'held', date_text: 'On November 26, 2021, in Sochi', evidence: 'trilateral negotiations … were held' },
      { a: 'Ilham Aliyev', b: 'Nikol Pashinyan', kind: 'meeting', date: '2021-11-26', status: 'held', date_text: 'On November 26, 2021, in Sochi', evidence: 'trilateral negotiations … were held' },
      { a: 'Vladimir Putin', b: 'Ilham Aliyev', kind: 'meeting', date: '2021-01-11', status: 'held', date_text: 'On January 11, during a meeting in Moscow', evidence: 'the leaders of Russia, Armenia and Azerbaijan made a decision' },
      { a: 'Vladimir Putin', b: 'Nikol Pashinyan', kind: 'meeting', date: '2021-01-11', status: 'held', date_text: 'On January 11', evidence: 'during a meeting in Moscow, the leaders of Russia, Armenia and Azerbaijan' },
      { a: 'Ilham Aliyev', b: 'Nikol Pashinyan', kind: 'meeting', date: '2021-01-11', status: 'held', date_text: 'On January 11', evidence: 'during a meeting in Moscow, the leaders of Russia, Armenia and Azerbaijan' },
    ],
    excluded: [],
  },

  ho5005: {
    file: '005_frontierpost_overchuk_videoconference.txt',
    url: 'https://thefrontierpost.com/trilateral-working-group-meeting-on-nagorno-karabakh-will-be-held-today/',
    outlet: 'The Frontier Post',
    style: 'international press (Pakistani daily), wire rewrite',
    patterns: ['hyphenation artefacts kept (Dep-uty, Ru-ssia, wo-rking)', '“MOSCOW:” dateline', 'he stated that “…” / he further added that “…” (quotation introduced by that)', 'According to the Deputy Prime Minister (role)', '“also underlined added that” (garbled verb pair)', 'a meeting of unnamed members (no contact pairs)'],
    actors: [
      { name: 'Alexei Overchuk', kind: P, role: 'Deputy Prime Minister of Russia', surface: ['Alexey Overchuk', 'Overchuk', 'the Deputy Prime Minister', 'he'] },
      { name: 'Vladimir Putin', kind: P, role: 'President of Russia', surface: ['Vladimir Putin'] },
      { name: 'Ilham Aliyev', kind: P, role: 'President of Azerbaijan', surface: ['Ilham Aliyev'] },
      { name: 'Nikol Pashinyan', kind: P, role: 'Prime Minister of Armenia', surface: ['Nikol Pashinyan'] },
    ],
    quotes: [
      { speaker: 'Alexei Overchuk', text: 'The parties agreed to hold the next meeting of the working group via a videoconference on March 1, 2021.' },
      { speaker: 'Alexei Overchuk', from: 'At the meeting, the guidelines of joint work', to: 'of January 11, 2021 were considered.', text: undefined },
      { speaker: 'Alexei Overchuk', from: 'The parties discussed the reports of the expert subgroups', to: 'phytosanitary and other types of control.', text: undefined },
    ],
    reported: [
      { speaker: 'Alexei Overchuk', from: 'Russia’s Dep-uty Prime Minister', to: 'in a video conference mode.' },
      { speaker: 'Alexei Overchuk', text: 'Mentioning the date, he stated that “The parties agreed to hold the next meeting of the working group via a videoconference on March 1, 2021.”', mixed: true, optional: true, note: 'whole quotation introduced by that' },
      { speaker: 'Alexei Overchuk', from: 'According to the Deputy Prime Minister, during the meeting', to: 'concluded with third countries.' },
      { speaker: 'Alexei Overchuk', from: 'Overchuk noted, that the working group', to: 'statement of January 11, 2021.' },
      { speaker: 'Alexei Overchuk', from: 'It should be noted that in the recent meeting', to: 'of January 11, 2021 were considered.”', mixed: true },
      { speaker: 'Alexei Overchuk', from: 'While giving out more details', to: 'and other types of control.”', mixed: true, optional: true, note: 'whole quotation introduced by that' },
    ],
    contacts: [],
    excluded: [],
  },

  ho5006: {
    file: '006_azatutyun_deputy_pms_resume.txt',
    url: 'https://azatutyun.am/amp/31416324.html',
    outlet: 'Azatutyun (RFE/RL Armenian Service)',
    style: 'regional press (RFE/RL report)',
    patterns: ['stored page starts without headline', 'According to the report (the Russian government press service) + quotation', 'three-party meeting of deputy prime ministers, day not given (info released late on August 17)', 'countries and capitals as speakers (Armenia says, Baku insisted, Azerbaijan has confirmed)', 'spelling variants Grigoryan / Grigorian', 'stated then that “…” (earlier statement)'],
    actors: [
      { name: 'Mher Grigoryan', kind: P, role: 'Deputy Prime Minister of Armenia', surface: ['Mher Grigoryan', 'Armenian Deputy Prime Minister Grigorian'] },
      { name: 'Shahin Mustafayev', kind: P, role: 'Deputy Prime Minister of Azerbaijan', surface: ['Shahin Mustafayev'] },
      { name: 'Alexei Overchuk', kind: P, role: 'Deputy Prime Minister of Russia', surface: ['Alexey Overchuk'] },
      { name: 'Government of Russia', kind: O, role: 'press service of the Russian government', surface: ['the press service of the Russian government', 'the report'] },
      { name: 'Government of Armenia', kind: O, role: null, surface: ['Armenia', 'Yerevan'] },
      { name: 'Government of Azerbaijan', kind: O, role: null, surface: ['Baku', 'Azerbaijan'] },
    ],
    quotes: [
      { speaker: 'Government of Russia', from: 'prospects of restoring transport links', to: 'from January 11, 2021.', text: undefined },
      { speaker: 'Mher Grigoryan', text: 'such a situation does not create a favorable atmosphere for the continuation of negotiations.' },
    ],
    reported: [
      { speaker: 'Government of Russia', from: 'The information on another meeting', to: 'late on August 17.', optional: true, note: 'information disseminated, content in the next paragraph' },
      { speaker: 'Government of Russia', from: 'According to the report, during their meeting', to: 'from January 11, 2021.”', mixed: true },
      { speaker: 'Government of Armenia', from: 'The trilateral group held no meetings since May', to: 'Syunik and Gegharkunik provinces.', optional: true, note: 'accusation embedded in a time clause' },
      { speaker: 'Government of Azerbaijan', from: 'Baku insisted that its troops', to: 'two former Soviet republics.' },
      { speaker: 'Mher Grigoryan', from: 'Armenian Deputy Prime Minister Grigorian stated then', to: 'continuation of negotiations.”', mixed: true, optional: true, note: 'whole quotation introduced by that' },
      { speaker: 'Government of Armenia', from: 'Armenia says at least five', to: 'since late July.' },
      { speaker: 'Government of Azerbaijan', from: 'Azerbaijan has confirmed at least one', to: 'during the same period.' },
    ],
    contacts: [
      { a: 'Mher Grigoryan', b: 'Shahin Mustafayev', kind: 'meeting', date: null, status: 'held', date_text: 'no day (report disseminated late on August 17)', evidence: 'during their meeting Deputy Prime Ministers Mher Grigoryan of Armenia, Shahin Mustafayev of Azerbaijan, and Alexey Overchuk of Russia' },
      { a: 'Mher Grigoryan', b: 'Alexei Overchuk', kind: 'meeting', date: null, status: 'held', date_text: 'no day', evidence: 'during their meeting Deputy Prime Ministers …' },
      { a: 'Shahin Mustafayev', b: 'Alexei Overchuk', kind: 'meeting', date: null, status: 'held', date_text: 'no day', evidence: 'during their meeting Deputy Prime Ministers …' },
    ],
    excluded: [],
  },

  ho5007: {
    file: '007_armenpress_mnatsakanyan_lavrov.txt',
    url: 'https://armenpress.am/eng/news/959648/',
    outlet: 'Armenpress',
    style: 'agency (Armenian)',
    patterns: ['caretaker foreign minister', 'ministry press release quoted', 'meeting today (dateline date)', 'The Armenian FM (role)'],
    actors: [
      { name: 'Zohrab Mnatsakanyan', kind: P, role: 'Foreign Minister of Armenia (caretaker)', surface: ['Armenia’s caretaker foreign minister Zohrab Mnatsakanyan', 'Mnatsakanyan', 'The Armenian FM'] },
      { name: 'Sergey Lavrov', kind: P, role: 'Foreign Minister of Russia', surface: ['Russia’s foreign minister Sergei Lavrov', 'Lavrov'] },
      { name: 'Ministry of Foreign Affairs of Armenia', kind: O, role: null, surface: ['the Armenian foreign ministry'] },
      { name: 'Armenpress', kind: O, role: 'news agency', media: true, surface: ['ARMENPRESS'] },
    ],
    quotes: [
      { speaker: 'Ministry of Foreign Affairs of Armenia', text: 'During the meeting the foreign ministers discussed a broad range of issues concerning the allied relations’ agenda between Armenia and Russia,' },
    ],
    reported: [],
    contacts: [
      { a: 'Zohrab Mnatsakanyan', b: 'Sergey Lavrov', kind: 'meeting', date: '2018-12-27', status: 'held', date_text: 'today (DECEMBER 27)', evidence: 'held a meeting today in Moscow, Russia' },
    ],
    excluded: [],
  },

  ho5008: {
    file: '008_presidentaz_aliyev_garibashvili_speca.txt',
    url: 'https://president.az./en/articles/view/62326',
    outlet: 'President.az (Office of the President of Azerbaijan)',
    style: 'presidential readout',
    patterns: ['no headline in the stored page', 'The head of state / The Georgian Prime Minister (roles)', 'thanked, hailed, recalled (speech acts)', 'collective they commended / The sides lauded (optional)', 'meeting with no day in the text (has met)'],
    actors: [
      { name: 'Ilham Aliyev', kind: P, role: 'President of Azerbaijan', surface: ['President of the Republic of Azerbaijan Ilham Aliyev', 'President Ilham Aliyev', 'The head of state'] },
      { name: 'Irakli Garibashvili', kind: P, role: 'Prime Minister of Georgia', surface: ['Prime Minister of Georgia Irakli Garibashvili', 'Prime Minister Irakli Garibashvili', 'The Georgian Prime Minister'] },
    ],
    quotes: [],
    reported: [
      { speaker: 'Irakli Garibashvili', from: 'Prime Minister Irakli Garibashvili thanked', to: 'the 25th anniversary of SPECA.' },
      { speaker: 'Irakli Garibashvili', from: 'The Georgian Prime Minister hailed', to: 'Azerbaijan’s chairmanship of SPECA.' },
      { speaker: 'Ilham Aliyev', text: 'The head of state recalled his visit to Georgia and the discussions conducted during the trip.' },
      { speaker: 'Ilham Aliyev', from: 'During the conversation, they commended', to: 'Baku-Tbilisi-Kars railway capacity.', optional: true, note: 'collective subject' },
      { speaker: 'Ilham Aliyev', text: 'The sides lauded the surge in Azerbaijan-Georgia trade turnover.', optional: true, note: 'collective subject' },
    ],
    contacts: [
      { a: 'Ilham Aliyev', b: 'Irakli Garibashvili', kind: 'meeting', date: null, status: 'held', date_text: 'has met (no day in the text)', evidence: 'Ilham Aliyev has met with Prime Minister of Georgia Irakli Garibashvili' },
    ],
    excluded: [],
  },

  ho5009: {
    file: '009_a1plus_klaar_armenia_visit.txt',
    url: 'https://a1plus.am/en/article/399121',
    outlet: 'A1plus',
    style: 'regional press (Armenian), EU delegation release relay',
    patterns: ['visit over a date range (April 13-15): meetings without a day', 'the EUSR (abbreviated title)', 'one person meets three officials (three pairs)', 'unnamed governor (no actor)'],
    actors: [
      { name: 'Toivo Klaar', kind: P, role: 'EU Special Representative for the South Caucasus and the crisis in Georgia', surface: ['EU Special Representative for the South Caucasus and the crisis in Georgia Toivo Klaar', 'the EUSR', 'He'] },
      { name: 'Nikol Pashinyan', kind: P, role: 'Prime Minister of Armenia', surface: ['Prime Minister Nikol Pashinyan'] },
      { name: 'Mher Grigoryan', kind: P, role: 'Deputy Prime Minister of Armenia', surface: ['Deputy Prime Minister Mher Grigoryan'] },
      { name: 'Ara Ayvazian', kind: P, role: 'Foreign Minister of Armenia', surface: ['Minister of Foreign Affairs Ara Aivazian'] },
    ],
    quotes: [],
    reported: [],
    contacts: [
      { a: 'Toivo Klaar', b: 'Nikol Pashinyan', kind: 'meeting', date: null, status: 'held', date_text: 'On April 13-15 (no day)', evidence: 'the EUSR had a series of meetings and consultations, in particular with Prime Minister Nikol Pashinyan' },
      { a: 'Toivo Klaar', b: 'Mher Grigoryan', kind: 'meeting', date: null, status: 'held', date_text: 'On April 13-15 (no day)', evidence: 'Deputy Prime Minister Mher Grigoryan' },
      { a: 'Toivo Klaar', b: 'Ara Ayvazian', kind: 'meeting', date: null, status: 'held', date_text: 'On April 13-15 (no day)', evidence: 'Minister of Foreign Affairs Ara Aivazian' },
    ],
    excluded: [],
  },

  ho5010: {
    file: '010_euneighbours_klaar_regional_visit.txt',
    url: 'https://euneighbourseast.eu/news/latest-news/toivo/',
    outlet: 'EU Neighbours East',
    style: 'EU programme news (EEAS release relay)',
    patterns: ['date of the meetings given in the previous sentence (On 21 October he visited Yerevan)', 'three officials of one side (no pairs among them)', 'meetings in Baku and Tbilisi with no named party'],
    actors: [
      { name: 'Toivo Klaar', kind: P, role: 'EU Special Representative for the South Caucasus and the crisis in Georgia', surface: ['The European Union Special Representative for South Caucasus and the crisis in Georgia Toivo Klaar', 'Toivo Klaar', 'he'] },
      { name: 'Nikol Pashinyan', kind: P, role: 'Prime Minister of Armenia', surface: ['Prime Minister Nikol Pashinyan'] },
      { name: 'Ararat Mirzoyan', kind: P, role: 'Foreign Minister of Armenia', surface: ['Foreign Minister Ararat Mirzoyan'] },
      { name: 'Arshak Karapetyan', kind: P, role: 'Defence Minister of Armenia', surface: ['Defence Minister Arshak Karapetyan'] },
    ],
    quotes: [],
    reported: [],
    contacts: [
      { a: 'Toivo Klaar', b: 'Nikol Pashinyan', kind: 'meeting', date: '2021-10-21', status: 'held', date_text: 'On 21 October he visited Yerevan', evidence: 'Toivo Klaar met with Prime Minister Nikol Pashinyan' },
      { a: 'Toivo Klaar', b: 'Ararat Mirzoyan', kind: 'meeting', date: '2021-10-21', status: 'held', date_text: 'On 21 October', evidence: 'Foreign Minister Ararat Mirzoyan' },
      { a: 'Toivo Klaar', b: 'Arshak Karapetyan', kind: 'meeting', date: '2021-10-21', status: 'held', date_text: 'On 21 October', evidence: 'Defence Minister Arshak Karapetyan' },
    ],
    excluded: [],
  },

  ho5011: {
    file: '011_caucasuswatch_abashidze_karasin_prague.txt',
    url: 'https://caucasuswatch.de/en/news/abashidze-karasin-meeting-held-in-prague.html',
    outlet: 'Caucasus Watch',
    style: 'regional press (German-based analysis site)',
    patterns: ['quotation opening with an ellipsis and bracketed insertions', 'straight and curly double marks in one article', '“…,” he stressed / he said (pronoun after a paragraph naming the speaker)', 'says that (present tense) contradicting the other side', 'government press service as speaker'],
    actors: [
      { name: 'Zurab Abashidze', kind: P, role: 'Special Representative of the Prime Minister of Georgia for Relations with Russia', surface: ['Zurab Abashidze', 'Abashidze', 'the representative of Georgian side Zurab Abashidze', 'he'] },
      { name: 'Grigory Karasin', kind: P, role: 'member of the Federation Council of Russia (former Deputy Foreign Minister)', surface: ['Grigory Karasin', 'Karasin'] },
      { name: 'Government of Georgia', kind: O, role: 'press service', surface: ['The Georgian government’s press service'] },
      { name: 'Vazha Gaprindashvili', kind: P, role: 'Georgian doctor detained in Tskhinvali', surface: ['Georgian Doctor Vazha Gaprindashvili'] },
      { name: 'Caucasus Watch', kind: O, role: 'news site', media: true, surface: ['Caucasus Watch'] },
    ],
    quotes: [
      { speaker: 'Grigory Karasin', text: 'There is no doubt that the Center of Russian Language and Culture, which opens in Tbilisi in mid-December, will play an important role in the development of relations between Russia and Georgia,' },
      { speaker: 'Zurab Abashidze', from: '… Grigory Karasin [brought up the issue]', to: 'technically, the flights will resume,', text: undefined },
      { speaker: 'Zurab Abashidze', from: 'Unfortunately, Georgia and Russia are far', to: 'No way out of this impasse can be seen,', text: undefined },
    ],
    reported: [
      { speaker: 'Government of Georgia', from: 'The Georgian government’s press service reported', to: 'amongst the discussed topics.' },
      { speaker: 'Grigory Karasin', text: 'Karasin announced the opening of a Russian language and culture center in Tbilisi in mid-December.' },
      { speaker: 'Zurab Abashidze', from: 'However, the representative of Georgian side', to: 'culture center in Tbilisi.' },
      { speaker: 'Zurab Abashidze', from: 'Abashidze said that the issue relating to the reinstatement', to: 'brought up Karasin during the meeting.' },
      { speaker: 'Zurab Abashidze', text: 'Abashidze also noted that the Georgian-Russian relations still remain in a deadlock.' },
    ],
    contacts: [
      { a: 'Zurab Abashidze', b: 'Grigory Karasin', kind: 'meeting', date: '2019-11-28', status: 'held', date_text: 'On 28 November', evidence: 'the meeting between Zurab Abashidze … and Grigory Karasin … took place' },
    ],
    excluded: [],
  },

  ho5012: {
    file: '012_panorama_kilic_proposes_yerevan_meeting.txt',
    url: 'https://hyetert.org/2024/03/01/turkish-envoy-proposes-historic-meeting-in-yerevan-next-week/',
    outlet: 'Panorama.am (reposted by Hyetert)',
    style: 'regional press (Armenian), forum report',
    patterns: ['his Armenian counterpart', 'the Turkish diplomat (role as speaker of the quote)', 'one-word quote in a reported sentence', 'planned meeting next week (no day)', 'on Friday = article date', 'spelling Kilic for Kılıç'],
    actors: [
      { name: 'Serdar Kılıç', kind: P, role: 'Special Envoy of Turkey for normalization with Armenia', surface: ['Serdar Kilic', 'the Turkish diplomat', 'Kilic'] },
      { name: 'Ruben Rubinyan', kind: P, role: 'Deputy Speaker of the National Assembly of Armenia, special envoy', surface: ['his Armenian counterpart Ruben Rubinyan', 'Rubinyan', 'Mr. Rubinyan'] },
    ],
    quotes: [
      { speaker: 'Serdar Kılıç', text: 'historic', nth: 1, optional: true, note: 'one word (the headline has it in single marks, not annotated)' },
      { speaker: 'Serdar Kılıç', text: 'I propose Mr. Rubinyan to meet next week in Yerevan and make it a historic event,' },
    ],
    reported: [
      { speaker: 'Serdar Kılıç', from: 'Serdar Kilic, Turkey’s special envoy', to: 'meeting in Yerevan next week.', mixed: true },
      { speaker: 'Ruben Rubinyan', text: 'Rubinyan responded that he would discuss the date and place of the meeting with Kilic later.' },
    ],
    contacts: [
      { a: 'Serdar Kılıç', b: 'Ruben Rubinyan', kind: 'meeting', date: null, status: 'planned', date_text: 'next week', evidence: 'to hold a “historic” meeting in Yerevan next week' },
      { a: 'Serdar Kılıç', b: 'Ruben Rubinyan', kind: 'meeting', date: '2024-03-01', status: 'held', optional: true, date_text: 'on Friday (Antalya Diplomacy Forum)', note: 'exchange on a forum panel' },
    ],
    excluded: [],
  },

  ho5013: {
    file: '013_newsam_kilic_visit_no_agreement.txt',
    url: 'https://hyetert.org/2024/04/17/newspaper-when-will-turkey-special-representative-for-normalization-of-relations-visit-armenia/',
    outlet: 'News.am (reposted by Hyetert)',
    style: 'regional press (Armenian), newspaper review',
    patterns: ['newspaper relaying a ministry answer (speaker via newspaper)', 'first-person “We had asked” of the newspaper', 'bracketed insertions [Armenian]', 'upcoming meeting without agreement (planned, no day)', 'Let’s remind that … had announced'],
    actors: [
      { name: 'Serdar Kılıç', kind: P, role: 'Special Envoy of Turkey for normalization with Armenia', surface: ['Serdar Kilic'] },
      { name: 'Ruben Rubinyan', kind: P, role: 'Deputy Speaker of the National Assembly of Armenia, special envoy', surface: ['Ruben Rubinyan'] },
      { name: 'Ministry of Foreign Affairs of Armenia', kind: O, role: null, surface: ['the [Armenian] MFA'] },
      { name: 'Hraparak', kind: O, role: 'daily newspaper', media: true, surface: ['Hraparak daily of Armenia'] },
    ],
    quotes: [
      { speaker: 'Ministry of Foreign Affairs of Armenia', from: 'Armenia continues to have a constructive engagement', to: 'on holding a meeting,', text: undefined },
    ],
    reported: [
      { speaker: 'Ministry of Foreign Affairs of Armenia', via: 'Hraparak', from: 'Hraparak daily of Armenia writes', to: 'in response to Hraparak’s question.' },
      { speaker: 'Hraparak', from: 'We had asked when', to: 'special envoy of Turkey.', optional: true, note: 'the newspaper’s question' },
      { speaker: 'Ruben Rubinyan', from: 'Let’s remind that earlier Ruben Rubinyan', to: 'Antalya Diplomacy Forum.' },
    ],
    contacts: [
      { a: 'Serdar Kılıç', b: 'Ruben Rubinyan', kind: 'meeting', date: null, status: 'planned', date_text: 'upcoming (no agreed date)', evidence: 'the upcoming Serdar Kilic-Ruben Rubinyan meeting' },
    ],
    excluded: [],
  },

  ho5014: {
    file: '014_mirrorspectator_envoys_named.txt',
    url: 'https://mirrorspectator.com/2021/12/21/envoys-named-by-armenia-and-turkey-no-meeting-date-set-yet/',
    outlet: 'The Armenian Mirror-Spectator',
    style: 'regional press (Armenian diaspora weekly), combined sources',
    patterns: ['dateline “ANKARA/YEREVAN (Combined Sources) —”', 'a country as speaker (Turkey announced)', 'quoted tweet after a colon', 'quotation with an ellipsis inside', 'the Turkish foreign minister (role) in a later sentence', 'spokesperson statement: reported, then quoted', 'spelling Çavusoglu / Cavusoglu', 'meeting of special representatives without a named Armenian envoy (no pair)'],
    actors: [
      { name: 'Government of Turkey', kind: O, role: null, surface: ['Turkey'] },
      { name: 'Serdar Kılıç', kind: P, role: 'Special Envoy of Turkey for normalization with Armenia', surface: ['Serdar Kilic', 'Kilic'] },
      { name: 'Donald Trump', kind: P, role: 'former President of the United States', surface: ['then-President Trump'] },
      { name: 'Mevlüt Çavuşoğlu', kind: P, role: 'Foreign Minister of Turkey', surface: ['Turkish Foreign Minister Mevlut Çavusoglu', 'Cavusoglu', 'the Turkish foreign minister'] },
      { name: 'Recep Tayyip Erdoğan', kind: P, role: 'President of Turkey', surface: ['President Recep Tayyip Erdogan'] },
      { name: 'Vahan Hunanyan', kind: P, role: 'Spokesperson, Ministry of Foreign Affairs of Armenia', surface: ['the spokesperson for the Armenian Ministry of Foreign Affairs Vahan Hunanyan', 'Hunanyan'] },
    ],
    quotes: [
      { speaker: 'Serdar Kılıç', from: 'President Trump’s statement is based', to: 'Let historians decide on historical events.', text: undefined },
      { speaker: 'Mevlüt Çavuşoğlu', from: 'We consult with Azerbaijan on every issue', to: 'will benefit us all,', text: undefined },
      { speaker: 'Vahan Hunanyan', from: 'In case of an agreement on the dates', to: 'informed in due time,', text: undefined },
    ],
    reported: [
      { speaker: 'Government of Turkey', from: 'Turkey announced this week the appointment', to: 'normalization of ties with Armenia.' },
      { speaker: 'Mevlüt Çavuşoğlu', from: 'Speaking to reporters in the United Arab Emirates', to: 'confidence-building measures.' },
      { speaker: 'Mevlüt Çavuşoğlu', text: 'Kilic’s appointment has been made with the approval of President Recep Tayyip Erdogan, the Turkish foreign minister said.' },
      { speaker: 'Vahan Hunanyan', from: 'The date of a meeting between the special representatives', to: 'Vahan Hunanyan announced this week.' },
    ],
    contacts: [],
    excluded: [],
  },

  ho5015: {
    file: '015_caliber_kobakhidze_thanks_aliyev.txt',
    url: 'https://caliber.az/en/post/georgia-s-pm-thanks-azerbaijani-president-for-support-and-strengthening-bilateral-ties',
    outlet: 'Caliber.Az',
    style: 'regional press (Azerbaijani)',
    patterns: ['gratitude as reported speech', 'Caliber.Az informs, citing the Georgian government (via)', 'the prime minister (role) as quote speaker', 'meetings implied by thanks for the reception (no day)', 'delegation members named (no contacts among one side)'],
    actors: [
      { name: 'Irakli Kobakhidze', kind: P, role: 'Prime Minister of Georgia', surface: ['Georgia’s Prime Minister Irakli Kobakhidze', 'Kobakhidze', 'the prime minister', 'He'] },
      { name: 'Ilham Aliyev', kind: P, role: 'President of Azerbaijan', surface: ['Azerbaijani President Ilham Aliyev', 'President Aliyev'] },
      { name: 'Ali Asadov', kind: P, role: 'Prime Minister of Azerbaijan', surface: ['Prime Minister Ali Asadov'] },
      { name: 'Government of Georgia', kind: O, role: null, surface: ['the Georgian government'] },
      { name: 'Levan Davitashvili', kind: P, role: 'First Deputy Prime Minister, Minister of Economy of Georgia', surface: ['First Deputy Prime Minister and Minister of Economy and Sustainable Development Levan Davitashvili'] },
      { name: 'David Songulashvili', kind: P, role: 'Minister of Environment and Agriculture of Georgia', surface: ['Minister of Environment and Agriculture David Songulashvili'] },
      { name: 'Tinatin Rukhadze', kind: P, role: 'Minister of Culture of Georgia', surface: ['Minister of Culture Tinatin Rukhadze'] },
      { name: 'Levan Jorjoliani', kind: P, role: 'Head of the Government Administration of Georgia', surface: ['Head of Government Administration Levan Jorjoliani'] },
      { name: 'Caliber', kind: O, role: 'news site', media: true, surface: ['Caliber.Az'] },
    ],
    quotes: [
      { speaker: 'Irakli Kobakhidze', from: 'It is crucial for us to deepen this friendship', to: 'strengthening the Georgia-Azerbaijan relations,', text: undefined },
    ],
    reported: [
      { speaker: 'Irakli Kobakhidze', from: 'Georgia’s Prime Minister Irakli Kobakhidze has expressed gratitude', to: 'Georgia and its people.' },
      { speaker: 'Irakli Kobakhidze', via: 'Government of Georgia', from: 'Kobakhidze also thanked President Aliyev', to: 'citing the Georgian government.' },
      { speaker: 'Irakli Kobakhidze', from: 'Kobakhidze said that Georgia is interested', to: 'enhancing regional cooperation.' },
      { speaker: 'Irakli Kobakhidze', from: 'He noted that the country has proposed', to: 'between the two countries.' },
    ],
    contacts: [
      { a: 'Irakli Kobakhidze', b: 'Ilham Aliyev', kind: 'meeting', date: null, status: 'held', date_text: 'during the visit begun on January 17 (no day)', evidence: 'thanked President Aliyev and Prime Minister Ali Asadov for the warm reception and hospitality' },
      { a: 'Irakli Kobakhidze', b: 'Ali Asadov', kind: 'meeting', date: null, status: 'held', date_text: 'during the visit (no day)', evidence: 'thanked … Prime Minister Ali Asadov for the warm reception' },
    ],
    excluded: [],
  },

  ho5016: {
    file: '016_panorama_zakharova_fms_meeting.txt',
    url: 'https://panorama.am/en/news/2018/06/28/Զախարովա-հանդիպում/1971342',
    outlet: 'Panorama.am',
    style: 'regional press (Armenian), briefing report',
    patterns: ['Russia wants …, spokesperson told a briefing on Thursday (speaker is the spokesperson)', 'opening straight mark closed by a curly mark', '“…,” she said (pronoun)', 'possible meeting (planned, no day)', 'said on June 18 (earlier statement)'],
    actors: [
      { name: 'Maria Zakharova', kind: P, role: 'Spokesperson, Ministry of Foreign Affairs of Russia', surface: ['Foreign Ministry Spokesperson Maria Zakharova', 'she', 'Zakharova'] },
      { name: 'Zohrab Mnatsakanyan', kind: P, role: 'Foreign Minister of Armenia', surface: ['Zohrab Mnatsakanyan'] },
      { name: 'Elmar Mammadyarov', kind: P, role: 'Foreign Minister of Azerbaijan', surface: ['Elmar Mammadyarov'] },
      { name: 'Tigran Balayan', kind: P, role: 'Spokesman, Ministry of Foreign Affairs of Armenia', surface: ['Armenian Foreign Ministry Spokesman Tigran Balayan'] },
    ],
    quotes: [
      { speaker: 'Maria Zakharova', text: 'If such a meeting is agreed and held, we really want it to be effective held in a good atmosphere,' },
      { speaker: 'Maria Zakharova', text: 'We believe at the moment that meeting is especially necessary to address the problems that are on the agenda, including those between the two states,' },
    ],
    reported: [
      { speaker: 'Maria Zakharova', from: 'Russia wants the possible meeting', to: 'told a news briefing on Thursday.' },
      { speaker: 'Tigran Balayan', from: 'Armenian Foreign Ministry Spokesman Tigran Balayan said', to: 'is agreed yet.' },
    ],
    contacts: [
      { a: 'Zohrab Mnatsakanyan', b: 'Elmar Mammadyarov', kind: 'meeting', date: null, status: 'planned', date_text: 'possible meeting (no day)', evidence: 'the possible meeting between Foreign Ministers of Armenia and Azerbaijan' },
    ],
    excluded: [],
  },

  ho5017: {
    file: '017_massispost_macron_pashinyan_call.txt',
    url: 'https://massispost.com/2022/03/pm-pashinyan-and-president-macron-discuss-karabakh-and-international-developments/',
    outlet: 'Massis Post',
    style: 'regional press (Armenian diaspora)',
    patterns: ['three calls on three days: on Tuesday (article date), on Monday, on Saturday', 'reported by the office / the statement added (organisation as speaker)', 'X and Y further “…,” the statement added (mixed)', 'event name in quotes (excluded)', 'condemned (reported speech without that)', 'the Kremlin said they continued to discuss “…” (mixed)', 'upcoming visit to Paris (optional planned)'],
    actors: [
      { name: 'Emmanuel Macron', kind: P, role: 'President of France', surface: ['French President Emmanuel Macron', 'Macron', 'He'] },
      { name: 'Nikol Pashinyan', kind: P, role: 'Prime Minister of Armenia', surface: ['Armenian Prime Minister Nikol Pashinyan', 'Pashinyan'] },
      { name: 'Office of the Prime Minister of Armenia', kind: O, role: 'government press office', surface: ['the Armenian government’s press office', 'the office', 'the statement'] },
      { name: 'Vladimir Putin', kind: P, role: 'President of Russia', surface: ['Russian President Vladimir Putin', 'Putin'] },
      { name: 'Government of Russia', kind: O, role: 'the Kremlin', surface: ['The Kremlin'] },
    ],
    quotes: [
      { speaker: 'Office of the Prime Minister of Armenia', text: 'The sides touched upon the situation around Nagorno-Karabakh and the strengthening of security and stability in the South Caucasus region,' },
      { speaker: 'Office of the Prime Minister of Armenia', text: 'exchanged views on processes taking place in the international arena,' },
      { speaker: 'Government of Russia', text: 'practical aspects' },
    ],
    reported: [
      { speaker: 'Office of the Prime Minister of Armenia', from: 'A statement released by the office said', to: 'to be held there.' },
      { speaker: 'Office of the Prime Minister of Armenia', from: 'Macron and Pashinyan further', to: 'escalating war in Ukraine.', mixed: true },
      { speaker: 'Emmanuel Macron', from: 'Like other Western leaders, Macron has strongly condemned', to: 'sanctions against Moscow.' },
      { speaker: 'Government of Russia', from: 'The Kremlin said they continued', to: 'the 2020 war in Nagorno-Karabakh.', mixed: true },
    ],
    contacts: [
      { a: 'Emmanuel Macron', b: 'Nikol Pashinyan', kind: 'call', date: '2022-03-01', status: 'held', date_text: 'on Tuesday', evidence: 'discussed the situation … in a phone call on Tuesday' },
      { a: 'Emmanuel Macron', b: 'Vladimir Putin', kind: 'call', date: '2022-02-28', status: 'held', date_text: 'on Monday', evidence: 'He phoned Russian President Vladimir Putin on Monday' },
      { a: 'Nikol Pashinyan', b: 'Vladimir Putin', kind: 'call', date: '2022-02-26', status: 'held', date_text: 'on Saturday', evidence: 'Pashinyan spoke with Putin by phone on Saturday' },
      { a: 'Nikol Pashinyan', b: 'Emmanuel Macron', kind: 'meeting', date: null, status: 'planned', optional: true, date_text: 'upcoming visit', note: 'visit to Paris; a meeting with Macron is implied, not stated' },
    ],
    excluded: [
      { text: 'French-Armenian cooperation forum', reason: 'name of an event' },
    ],
  },

  ho5018: {
    file: '018_commonspace_macron_pashinyan_vaccines.txt',
    url: 'https://karabakhspace.commonspace.eu/news/macron-and-pashinyan-hold-phone-conversation',
    outlet: 'CommonSpace.eu',
    style: 'international press (analysis site), readouts of both sides',
    patterns: ['yesterday (3 August)', 'reportedly + the Armenian readout reports that … “…”, accusing it of “…” (person via readout)', 'According to the Armenian account, Macron reportedly urged …, which Pashinyan agreed with', 'the French President / The Armenian prime minister (roles)', 'paragraph-long sentence chains'],
    actors: [
      { name: 'Emmanuel Macron', kind: P, role: 'President of France', surface: ['The president of France, Emmanuel Macron', 'Macron', 'the French President'] },
      { name: 'Nikol Pashinyan', kind: P, role: 'Prime Minister of Armenia', surface: ['the prime minister of Armenia, Nikol Pashinyan', 'Pashinyan', 'The Armenian prime minister'] },
      { name: 'Office of the Prime Minister of Armenia', kind: O, role: 'Armenian readout', surface: ['The Armenian readout', 'the Armenian account'] },
    ],
    quotes: [
      { speaker: 'Nikol Pashinyan', text: 'recent border provocations by Azerbaijan' },
      { speaker: 'Nikol Pashinyan', text: 'aggressive rhetoric' },
    ],
    reported: [
      { speaker: 'Emmanuel Macron', from: 'Macron reportedly began by congratulating', to: 'democratic processes in the country.' },
      { speaker: 'Emmanuel Macron', from: 'During the call, the French President announced', to: 'its European partners.' },
      { speaker: 'Nikol Pashinyan', via: 'Office of the Prime Minister of Armenia', from: 'The Armenian readout reports that Pashinyan', to: 'Armenian detainees in Azerbaijan.', mixed: true },
      { speaker: 'Emmanuel Macron', from: 'Macron recalled France’s commitment', to: 'stability to the region.' },
      { speaker: 'Emmanuel Macron', via: 'Office of the Prime Minister of Armenia', from: 'According to the Armenian account, Macron reportedly urged', to: 'Nagorno-Karabakh conflict in any way.' },
      { speaker: 'Nikol Pashinyan', from: 'The Armenian prime minister reiterated', to: 'OSCE Minsk Group co-chairing countries.' },
    ],
    contacts: [
      { a: 'Emmanuel Macron', b: 'Nikol Pashinyan', kind: 'call', date: '2021-08-03', status: 'held', date_text: 'yesterday (3 August)', evidence: 'held a phone conversation yesterday (3 August)' },
    ],
    excluded: [],
  },

  ho5019: {
    file: '019_massispost_michel_pashinyan_putin.txt',
    url: 'https://massispost.com/2022/04/eu-head-discusses-karabakh-with-putin-pashinyan/',
    outlet: 'Massis Post',
    style: 'regional press (Armenian diaspora), after RFE/RL',
    patterns: ['five contacts with relative days: on Friday, earlier on Friday, on Wednesday, April 6, “in four days” (no day)', 'a three-party meeting recalled (three pairs)', 'he wrote on his Twitter page', 'the EU’s top official (role)', 'Moscow as speaker (Government of Russia)', 'bracketed insertion [European Union] in a quote'],
    actors: [
      { name: 'Charles Michel', kind: P, role: 'President of the European Council', surface: ['European Council President Charles Michel', 'Michel', 'he', 'the EU’s top official'] },
      { name: 'Nikol Pashinyan', kind: P, role: 'Prime Minister of Armenia', surface: ['Prime Minister Nikol Pashinyan', 'Pashinyan'] },
      { name: 'Vladimir Putin', kind: P, role: 'President of Russia', surface: ['Russian President Vladimir Putin', 'Putin'] },
      { name: 'Ilham Aliyev', kind: P, role: 'President of Azerbaijan', surface: ['Azerbaijani President Ilham Aliyev', 'Aliyev'] },
      { name: 'Office of the Prime Minister of Armenia', kind: O, role: 'government press office', surface: ['The Armenian government’s press office'] },
      { name: 'Government of Russia', kind: O, role: 'the Kremlin', surface: ['the Kremlin', 'Moscow'] },
    ],
    quotes: [
      { speaker: 'Charles Michel', text: 'prospects for further work towards advancing a stable, peaceful and prosperous future for the South Caucasus.' },
      { speaker: 'Charles Michel', text: 'The [European Union] remains committed to supporting Armenia and Azerbaijan in their dialogue,' },
      { speaker: 'Vladimir Putin', via: 'Government of Russia', from: 'implement projects to restore economic', to: 'peace treaty between the two countries.', text: undefined },
    ],
    reported: [
      { speaker: 'Charles Michel', from: 'Michel said that he and Pashinyan spoke', to: 'future for the South Caucasus.”', mixed: true },
      { speaker: 'Office of the Prime Minister of Armenia', from: 'The Armenian government’s press office said', to: 'held in Brussels on April 6.' },
      { speaker: 'Vladimir Putin', via: 'Government of Russia', from: 'A statement released by the Kremlin said', to: 'peace treaty between the two countries.”', mixed: true },
      { speaker: 'Government of Russia', from: 'On Thursday, Moscow again accused', to: 'standoff with Russia over Ukraine.' },
      { speaker: 'Government of Russia', from: 'It first voiced such accusations', to: 'meeting with Pashinyan and Aliyev.', optional: true, note: 'no content' },
    ],
    contacts: [
      { a: 'Charles Michel', b: 'Nikol Pashinyan', kind: 'call', date: '2022-04-22', status: 'held', date_text: 'on Friday', evidence: 'Charles Michel phoned Prime Minister Nikol Pashinyan on Friday' },
      { a: 'Charles Michel', b: 'Vladimir Putin', kind: 'call', date: '2022-04-22', status: 'held', date_text: 'earlier on Friday', evidence: 'Michel spoke with Putin by phone earlier on Friday.' },
      { a: 'Charles Michel', b: 'Nikol Pashinyan', kind: 'meeting', date: '2022-04-06', status: 'held', date_text: 'on April 6', evidence: 'Michel’s trilateral meeting with Pashinyan and Azerbaijani President Ilham Aliyev held in Brussels on April 6' },
      { a: 'Charles Michel', b: 'Ilham Aliyev', kind: 'meeting', date: '2022-04-06', status: 'held', date_text: 'on April 6', evidence: 'trilateral meeting … on April 6' },
      { a: 'Nikol Pashinyan', b: 'Ilham Aliyev', kind: 'meeting', date: '2022-04-06', status: 'held', date_text: 'on April 6', evidence: 'trilateral meeting … on April 6' },
      { a: 'Charles Michel', b: 'Nikol Pashinyan', kind: 'call', date: null, status: 'held', date_text: 'on the eve of Pashinyan’s official visit to Russia (no day)', evidence: 'Their previous conversation took place on the eve of Pashinyan’s official visit to Russia.' },
      { a: 'Nikol Pashinyan', b: 'Vladimir Putin', kind: 'meeting', date: '2022-04-20', status: 'held', date_text: 'on Wednesday', evidence: 'his talks with Putin held on Wednesday' },
    ],
    excluded: [],
  },
};
