// Hand annotation of held-out set 6, articles 017-031 (South Caucasus diplomacy and neighbours). Items are anchored
// by their exact text (or by their first and last words, `from`/`to`); build-gold.mjs computes and verifies the offsets.
const P = 'person';
const O = 'org';

export default {
  ho6017: {
    file: '017_caliber_kallas_calls.txt',
    url: 'https://caliber.az/en/post/eu-congratulates-azerbaijan-armenia-on-washington-breakthrough',
    outlet: 'Caliber.Az',
    style: 'regional press (updated story)',
    patterns: ['two calls on one day, the second story part repeating the first call', 'third-person EEAS wording quoted as Kallas’s words (The HR/VP offered …)', 'straight quotation marks', 'collective Both sides', 'leaders named only by country (the Azerbaijani and Armenian leaders), no contact annotated'],
    actors: [
      { name: 'Jeyhun Bayramov', kind: P, role: 'Foreign Minister of Azerbaijan', surface: ['Azerbaijan’s Foreign Minister Jeyhun Bayramov', 'Azerbaijani Foreign Minister Jeyhun Bayramov'] },
      { name: 'Kaja Kallas', kind: P, role: 'EU High Representative for Foreign Affairs and Security Policy', surface: ['Kaja Kallas', 'Kallas', 'The HR/VP'] },
      { name: 'Ararat Mirzoyan', kind: P, role: 'Foreign Minister of Armenia', surface: ['Armenian Foreign Minister Ararat Mirzoyan'] },
      { name: 'Caliber.Az', kind: O, role: 'news site', media: true, surface: ['Caliber.Az'] },
    ],
    quotes: [
      { speaker: 'Kaja Kallas', text: 'The HR/VP offered the EU’s support for the implementation of the agreement, investments in connectivity, on full-fledged normalisation between Armenia and Azerbaijan,' },
    ],
    reported: [
      { speaker: 'Kaja Kallas', from: 'Kallas congratulated Azerbaijan on several', to: 'Azerbaijani and Armenian leaders.' },
      { speaker: 'Jeyhun Bayramov', text: 'Both sides underlined the significance of these agreements for ensuring peace and stability in the region.', optional: true, note: 'collective subject' },
      { speaker: 'Kaja Kallas', text: 'Kallas reaffirmed the EU’s consistent willingness to support progress in the peace process.' },
      { speaker: null, from: 'The conversation also covered', to: 'security matters.', optional: true },
      { speaker: 'Kaja Kallas', from: 'Kallas congratulated both ministers', to: 'Caliber.Az reports.' },
    ],
    contacts: [
      { a: 'Jeyhun Bayramov', b: 'Kaja Kallas', kind: 'call', date: '2025-08-11', status: 'held', date_text: 'On August 11', evidence: 'held a telephone conversation with Kaja Kallas' },
      { a: 'Ararat Mirzoyan', b: 'Kaja Kallas', kind: 'call', date: '2025-08-11', status: 'held', date_text: 'On August 11', evidence: 'held separate telephone conversations with Armenian Foreign Minister Ararat Mirzoyan' },
    ],
    excluded: [],
  },

  ho6018: {
    file: '018_trend_bayramov_kallas_baku.txt',
    url: 'https://en.trend.az/azerbaijan/politics/4035806.html',
    outlet: 'Trend',
    style: 'agency',
    patterns: ['dateline sentence "BAKU, Azerbaijan, April 25."', 'long role apposition before the name', 'one-on-one and extended meetings (collective the sides)', 'only one attributed statement'],
    actors: [
      { name: 'Jeyhun Bayramov', kind: P, role: 'Foreign Minister of Azerbaijan', surface: ['Foreign Minister of the Republic of Azerbaijan Jeyhun Bayramov', 'Jeyhun Bayramov'] },
      { name: 'Kaja Kallas', kind: P, role: 'EU High Representative for Foreign Affairs and Security Policy', surface: ['High Representative of the European Union for Foreign Affairs and Security Policy, Vice President of the European Commission Kaja Kallas'] },
    ],
    quotes: [],
    reported: [
      { speaker: 'Jeyhun Bayramov', from: 'During the one-on-one and extended meetings', to: 'between Azerbaijan and Armenia.', optional: true, note: 'collective subject' },
      { speaker: 'Jeyhun Bayramov', from: 'In addition, in the course of the meeting', to: 'the existing realities.', optional: true, note: 'collective subject' },
      { speaker: 'Jeyhun Bayramov', from: 'Jeyhun Bayramov noted that Azerbaijan', to: 'taken into account and respected.' },
    ],
    contacts: [
      { a: 'Jeyhun Bayramov', b: 'Kaja Kallas', kind: 'meeting', date: '2025-04-25', status: 'held', date_text: 'on April 25', evidence: 'met with High Representative of the European Union' },
    ],
    excluded: [],
  },

  ho6019: {
    file: '019_turan_baku_trilateral_transport.txt',
    url: 'https://turan.az/en/politics/azerbaijan-kazakhstan-and-turkey-agreed-on-development-of-transport-communications',
    outlet: 'Turan',
    style: 'agency',
    patterns: ['trilateral meeting "ended Monday" (Kazakh ministers unnamed)', 'spelling variants (Ceyhun Bayramov; Cavusoglu and Çavuşoğlu)', 'statement continued over sentences without a verb (Thus, …; Besides, …)', 'He, he continued, the Turkish Foreign Minister', 'straight quotation marks'],
    actors: [
      { name: 'Jeyhun Bayramov', kind: P, role: 'Foreign Minister of Azerbaijan', surface: ['Foreign Minister Ceyhun Bayramov', 'Bayramov'] },
      { name: 'Mevlüt Çavuşoğlu', kind: P, role: 'Foreign Minister of Turkey', surface: ['Turkish Foreign Minister Mevlut Cavusoglu', 'Çavuşoğlu', 'He', 'he', 'the Turkish Foreign Minister'] },
    ],
    quotes: [
      { speaker: 'Mevlüt Çavuşoğlu', text: 'We support the normalization of relations with Armenia and the opening of the Zangezur corridor,' },
      { speaker: 'Mevlüt Çavuşoğlu', text: 'We have to increase our potential. Projects like TANAP, Baku-Tbilisi-Kars have caused changes in our region. Now there is a need to develop the Middle Corridor,' },
      { speaker: 'Mevlüt Çavuşoğlu', text: 'I hope that other Turkic states will also make a great contribution to activities in this direction,' },
    ],
    reported: [
      { speaker: 'Jeyhun Bayramov', text: 'Foreign Minister Ceyhun Bayramov stated that this format was designed to strengthen regional ties on a mutually beneficial basis.' },
      { speaker: 'Jeyhun Bayramov', text: 'Thus, it is planned to expand the Baku-Tbilisi-Kars railway corridor (BTC) within the cooperation framework.', optional: true, implicit_speaker: true, note: 'continues Bayramov’s statement without a verb' },
      { speaker: 'Jeyhun Bayramov', from: 'Besides, after the liberation', to: 'emerged in the region.', optional: true, implicit_speaker: true },
      { speaker: 'Jeyhun Bayramov', from: 'To this effect, the creation of Zangezur corridor', to: 'Bayramov said.' },
      { speaker: 'Mevlüt Çavuşoğlu', text: 'Turkish Foreign Minister Mevlut Cavusoglu also stressed the importance of the Zangezur Corridor.' },
      { speaker: 'Mevlüt Çavuşoğlu', text: 'He said that the three countries are cooperating within the framework of the Organization of Turkic States and on international platforms.' },
      { speaker: 'Mevlüt Çavuşoğlu', from: 'Note that the transit across the Caspian Sea', to: 'communication links.' },
    ],
    contacts: [
      { a: 'Jeyhun Bayramov', b: 'Mevlüt Çavuşoğlu', kind: 'meeting', date: '2022-06-27', status: 'held', date_text: 'ended Monday', evidence: 'The trilateral meeting of the Foreign and Transport Ministers of Azerbaijan, Turkey and Kazakhstan ended Monday' },
    ],
    excluded: [],
  },

  ho6020: {
    file: '020_kazinform_aktau_ministers.txt',
    url: 'https://en.inform.kz/news/fms-of-azerbaijan-kazakhstan-t-rkiye-and-georgia-meet-in-aktau_a4006151/',
    outlet: 'Kazinform',
    style: 'agency',
    patterns: ['no headline: body on the date line', 'meeting of three ministers in progress (is playing host): three pairs', 'earlier meeting "on June 27" of "the FM of the three countries" (names resolved from the previous paragraph)', 'unnamed Georgian delegation', 'guillemets around a corridor name'],
    actors: [
      { name: 'Jeyhun Bayramov', kind: P, role: 'Foreign Minister of Azerbaijan', surface: ['Jeyhun Bayramov'] },
      { name: 'Mevlüt Çavuşoğlu', kind: P, role: 'Foreign Minister of Turkey', surface: ['Mevlüt Çavuşoğlu'] },
      { name: 'Mukhtar Tileuberdi', kind: P, role: 'Foreign Minister of Kazakhstan', surface: ['Mukhtar Tileuberdi'] },
      { name: 'Kazinform', kind: O, role: 'news agency', media: true, surface: ['KAZINFORM', 'Kazinform'] },
    ],
    quotes: [],
    reported: [],
    contacts: [
      { a: 'Jeyhun Bayramov', b: 'Mevlüt Çavuşoğlu', kind: 'meeting', date: '2022-11-25', status: 'held', date_text: 'is playing host', evidence: 'Attending the meeting are Foreign Ministers Jeyhun Bayramov of Azerbaijan, Mevlüt Çavuşoğlu of Türkiye', note: 'present tense: the article’s day' },
      { a: 'Jeyhun Bayramov', b: 'Mukhtar Tileuberdi', kind: 'meeting', date: '2022-11-25', status: 'held', date_text: 'is playing host', evidence: 'and Mukhtar Tileuberdi of Kazakhstan' },
      { a: 'Mevlüt Çavuşoğlu', b: 'Mukhtar Tileuberdi', kind: 'meeting', date: '2022-11-25', status: 'held', date_text: 'is playing host', evidence: 'Attending the meeting are Foreign Ministers' },
      { a: 'Jeyhun Bayramov', b: 'Mevlüt Çavuşoğlu', kind: 'meeting', date: '2022-06-27', status: 'held', optional: true, date_text: 'on June 27', evidence: 'The first meeting of the FM of the three countries took place on June 27 in Baku', note: 'names resolved from the previous paragraph' },
      { a: 'Jeyhun Bayramov', b: 'Mukhtar Tileuberdi', kind: 'meeting', date: '2022-06-27', status: 'held', optional: true, date_text: 'on June 27', evidence: 'The first meeting of the FM of the three countries' },
      { a: 'Mevlüt Çavuşoğlu', b: 'Mukhtar Tileuberdi', kind: 'meeting', date: '2022-06-27', status: 'held', optional: true, date_text: 'on June 27', evidence: 'The first meeting of the FM of the three countries' },
    ],
    excluded: [{ text: 'East-West', reason: 'name of a route' }],
  },

  ho6021: {
    file: '021_dailysabah_tokayev_aliyev_astana.txt',
    url: 'https://www.dailysabah.com/business/transportation/astana-baku-agree-on-effective-use-of-trans-caspian-trade-route',
    outlet: 'Daily Sabah',
    style: 'international press (Turkish daily)',
    patterns: ['no headline: body on the date line', 'meeting "Monday" without "on"', 'Noting that …, X said: “…” (mixed)', 'presidency as speaker (read a statement by the Kazakh presidency)', 'opening curly and closing straight mark', 'his Azerbaijani counterpart'],
    actors: [
      { name: 'Kassym-Jomart Tokayev', kind: P, role: 'President of Kazakhstan', surface: ['Kazakh President Kassym-Jomart Tokayev', 'Tokayev'] },
      { name: 'Ilham Aliyev', kind: P, role: 'President of Azerbaijan', surface: ['his Azerbaijani counterpart Ilham Aliyev', 'Aliyev'] },
      { name: 'Office of the President of Kazakhstan', kind: O, role: null, surface: ['the Kazakh presidency'] },
    ],
    quotes: [
      { speaker: 'Kassym-Jomart Tokayev', text: 'The effective implementation of the Middle Corridor Development Road Map for the period 2022-2027 is also of great importance. We agreed it was important to take full advantage of it and involve third countries in infrastructure development.' },
      { speaker: 'Office of the President of Kazakhstan', text: 'the parties discussed in detail the key issues of the Kazakh-Azerbaijani strategic partnership and alliance, paying special attention to strengthening political, trade, economic, transport, transit, cultural and humanitarian cooperation,' },
    ],
    reported: [
      { speaker: 'Kassym-Jomart Tokayev', from: 'Kazakh President Kassym-Jomart Tokayev and his Azerbaijani counterpart', to: 'through Central Asia to China.', optional: true, note: 'collective subject (agreed)' },
      { speaker: 'Kassym-Jomart Tokayev', from: 'The two leaders discussed bilateral relations', to: 'full capacity of the route.', optional: true, note: 'collective subject' },
      { speaker: 'Kassym-Jomart Tokayev', from: 'Noting that it is important to fully utilize', to: 'infrastructure development.”', mixed: true },
      { speaker: 'Office of the President of Kazakhstan', from: 'During, Tokayev’s meeting with Aliyev,', to: 'by the Kazakh presidency.', mixed: true, optional: true, note: 'only a time phrase outside the marks' },
    ],
    contacts: [
      { a: 'Kassym-Jomart Tokayev', b: 'Ilham Aliyev', kind: 'meeting', date: '2023-04-10', status: 'held', date_text: 'Monday', evidence: 'Tokayev’s meeting with Aliyev' },
    ],
    excluded: [],
  },

  ho6022: {
    file: '022_civilge_degnan_credentials.txt',
    url: 'https://oldwp.civil.ge/archives/336988/amp',
    outlet: 'Civil.ge',
    style: 'regional press',
    patterns: ['credentials presented to two officials (two meetings)', 'quoted fragments inside paraphrase (said the U.S. is “…”; said he had “…” with X)', 'On his part, Minister …; he tweeted', 'the Georgian President, the President (roles)', 'dictionary spelling David vs text Davit Zalkaliani'],
    actors: [
      { name: 'Kelly Degnan', kind: P, role: 'U.S. Ambassador to Georgia', surface: ['New United States Ambassador Kelly Degnan', 'Ambassador Degnan', 'Kelly Degnan', 'Degnan', 'she', 'the new U.S. Ambassador'] },
      { name: 'David Zalkaliani', kind: P, role: 'Foreign Minister of Georgia', surface: ['Foreign Minister Davit Zalkaliani', 'FM Zalkaliani', 'Minister Zalkaliani', 'he'] },
      { name: 'Salome Zourabichvili', kind: P, role: 'President of Georgia', surface: ['President Salome Zurabishvili', 'the Georgian President', 'the President'] },
    ],
    quotes: [
      { speaker: 'Kelly Degnan', text: 'looking forward to helping Georgia continue its efforts to integrate with the West, to try and combat some of the destabilizing activities of Russia in trying to upset the progress that Georgia has made through such hard work over the years, and of course to strengthen Georgia’s relationship with the United States.' },
      { speaker: 'David Zalkaliani', text: 'an excellent meeting' },
      { speaker: 'David Zalkaliani', text: 'The U.S. is a stalwart supporter of Georgia’s territorial integrity and remains fully committed to its Euro-Atlantic aspirations. Looking forward to working closely with the new U.S. Ambassador to upgrade our partnership to a new level,' },
      { speaker: 'Kelly Degnan', text: 'had a lovely discussion about many of the concerns that we are working on together.' },
      { speaker: 'Kelly Degnan', text: 'on number of our important priorities,' },
      { speaker: 'Kelly Degnan', text: 'combatting, wherever we can, efforts to undermine the progress that Georgia has made, by Russia and other maline actors.' },
    ],
    reported: [
      { speaker: 'Kelly Degnan', from: 'In her remarks following the meeting with FM Zalkaliani', to: 'with the United States.”', mixed: true },
      { speaker: 'David Zalkaliani', text: 'On his part, Minister Zalkaliani said he had “an excellent meeting” with Kelly Degnan.', mixed: true },
      { speaker: 'Kelly Degnan', from: 'Following the meeting with the Georgian President', to: 'working on together.”', mixed: true },
      { speaker: 'Kelly Degnan', from: 'Degnan said that she is looking forward', to: 'other maline actors.”', mixed: true },
    ],
    contacts: [
      { a: 'Kelly Degnan', b: 'David Zalkaliani', kind: 'meeting', date: '2020-01-31', status: 'held', date_text: 'on January 31', evidence: 'presented her credentials to Foreign Minister Davit Zalkaliani' },
      { a: 'Kelly Degnan', b: 'Salome Zourabichvili', kind: 'meeting', date: '2020-01-31', status: 'held', date_text: 'on January 31', evidence: 'and President Salome Zurabishvili' },
    ],
    excluded: [],
  },

  ho6023: {
    file: '023_vestnikkavkaza_kobakhidze_chollet.txt',
    url: 'https://en.vestikavkaza.ru/material/168023',
    outlet: 'Vestnik Kavkaza',
    style: 'regional press',
    patterns: ['no headline: body on the date line (timestamp line dropped)', 'quote and its frame in separate paragraphs ("…", ¶ the Georgian Prime Minister said.)', 'the Head of government, the Georgian Prime Minister, the Prime Minister, He (roles)', 'A message posted on his page … says that (speaker is the page owner)', 'a former ambassador (person) and an adviser named by role and later by name', 'conversation without a day'],
    actors: [
      { name: 'Irakli Kobakhidze', kind: P, role: 'Prime Minister of Georgia', surface: ['Prime Minister of Georgia Irakli Kobakhidze', 'the Head of government', 'the Georgian Prime Minister', 'Kobakhidze', 'He', 'the Prime Minister', 'Irakli Kobakhidze'] },
      { name: 'Kelly Degnan', kind: P, role: 'former U.S. Ambassador to Georgia', surface: ['former US Ambassador Kelly Degnan', 'the former US ambassador'] },
      { name: 'Derek Chollet', kind: P, role: 'Counselor of the U.S. Department of State', surface: ['the State Department adviser', 'Derek Chollet', 'Mr. Chollet'] },
    ],
    quotes: [
      { speaker: 'Irakli Kobakhidze', text: 'I spoke with Derek Chollet and expressed my sincere disappointment with the two revolutionary attempts in 2020-2023 supported by the former US ambassador and NGOs financed from external sources' },
      { speaker: 'Irakli Kobakhidze', text: 'I have clarified to Mr. Chollet that it requires a special effort to restart relations against this background, which is impossible without a fair and honest approach' },
    ],
    reported: [
      { speaker: 'Irakli Kobakhidze', from: 'Prime Minister of Georgia Irakli Kobakhidze condemned', to: 'processes in the republic.' },
      { speaker: 'Irakli Kobakhidze', from: 'A message posted on his page', to: 'the State Department adviser.' },
      { speaker: 'Irakli Kobakhidze', from: 'During the conversation, Kobakhidze also focused', to: 'ambassador in 2020-2023.' },
      { speaker: 'Irakli Kobakhidze', from: 'He stressed that those statements', to: 'revolutionary processes.' },
      { speaker: 'Irakli Kobakhidze', from: "Speaking about today's relations", to: 'efforts to reset them.' },
    ],
    contacts: [
      { a: 'Irakli Kobakhidze', b: 'Derek Chollet', kind: 'call', date: null, status: 'held', evidence: 'I spoke with Derek Chollet', note: '"spoke with", "the conversation": no place given' },
    ],
    excluded: [],
  },

  ho6024: {
    file: '024_vestnikkavkaza_kobakhidze_chen_zhou.txt',
    url: 'https://en.vestikavkaza.ru/material/167711',
    outlet: 'Vestnik Kavkaza',
    style: 'regional press',
    patterns: ['no headline: body on the date line (timestamp line dropped)', 'agentless first sentence with a scare-quoted adjective', 'press office as speaker (…, the Georgian Government’s press office said; the statement reads)', 'nested attribution (which the officials said)', 'person absent from the dictionary (Chen Zhou)', 'meeting "on April 15" in an April 16 article'],
    actors: [
      { name: 'Irakli Kobakhidze', kind: P, role: 'Prime Minister of Georgia', surface: ['the Georgian Prime Minister Irakli Kobakhidze', 'The Georgian Prime Minister'] },
      { name: 'Chen Zhou', kind: P, role: 'Vice Minister of the International Department of the CPC Central Committee', surface: ['Chen Zhou'] },
      { name: 'Administration of the Government of Georgia', kind: O, role: null, surface: ['the Georgian Government’s press office', 'the statement'] },
    ],
    quotes: [
      { speaker: 'Administration of the Government of Georgia', text: 'fruitful', optional: true, note: 'one-word scare quote' },
      { speaker: 'Administration of the Government of Georgia', text: 'The sides also reviewed prospects for further deepening partnership in trade, tourism and economy, as well as people-to-people ties,' },
      { speaker: 'Irakli Kobakhidze', text: 'great importance' },
    ],
    reported: [
      { speaker: null, from: 'The “fruitful” political and economic', to: 'ruling party of China.', optional: true, note: 'agentless passive (was discussed)' },
      { speaker: 'Administration of the Government of Georgia', from: 'The meeting held in Tbilisi focused', to: 'press office said.' },
      { speaker: 'Irakli Kobakhidze', from: 'The Georgian Prime Minister noted the visa-free', to: 'for citizens of Georgia.', mixed: true },
    ],
    contacts: [
      { a: 'Irakli Kobakhidze', b: 'Chen Zhou', kind: 'meeting', date: '2024-04-15', status: 'held', date_text: 'on April 15', evidence: 'in a meeting between the Georgian Prime Minister Irakli Kobakhidze and a Chinese delegation headed by Chen Zhou' },
    ],
    excluded: [],
  },

  ho6025: {
    file: '025_todayaz_mousavi_zarif_visit.txt',
    url: 'http://www.today.az/news/politics/183004.html',
    outlet: 'Today.az (Trend)',
    style: 'agency',
    patterns: ['spokesperson of another country’s ministry (the country’s foreign ministry spokesperson)', 'inverted frames (said the spokesperson, said Mousavi)', 'straight opening and curly closing mark', 'planned visit with no day and no named host'],
    actors: [
      { name: 'Mohammad Javad Zarif', kind: P, role: 'Foreign Minister of Iran', surface: ["Iran's Foreign Minister Mohammad Javad Zarif"] },
      { name: 'Abbas Mousavi', kind: P, role: 'Spokesperson of the Ministry of Foreign Affairs of Iran', surface: ["the country's foreign ministry spokesperson Sayyed Abbas Mousavi", 'the spokesperson', 'He', 'Mousavi'] },
      { name: 'Trend', kind: O, role: 'news agency', media: true, surface: ['Trend'] },
      { name: 'Government of Azerbaijan', kind: O, role: null, surface: ['Azerbaijan'] },
    ],
    quotes: [
      { speaker: 'Abbas Mousavi', text: "The foreign minister's visit to Baku is on the agenda. The exact date of the visit hasn't been set yet. Probably, the trip will take place in the coming weeks," },
      { speaker: 'Abbas Mousavi', from: 'This is the new initiative of the Islamic Republic', to: "to set up a foreign minister's visit," },
    ],
    reported: [
      { speaker: 'Abbas Mousavi', from: "Iran's Foreign Minister Mohammad Javad Zarif will visit", to: 'told Trend.' },
      { speaker: 'Abbas Mousavi', text: 'He said that the purpose of the trip is to discuss bilateral and regional issues.' },
    ],
    contacts: [
      { a: 'Mohammad Javad Zarif', b: 'Government of Azerbaijan', kind: 'meeting', date: null, status: 'planned', optional: true, date_text: 'in coming weeks', evidence: 'will visit Azerbaijan in coming weeks', note: 'visit to a country, no named host' },
    ],
    excluded: [],
  },

  ho6026: {
    file: '026_hurriyet_pashinyan_leave_csto.txt',
    url: 'https://hurriyetdailynews.com/amp/armenian-plans-to-leave-key-security-alliance-197419',
    outlet: 'Hürriyet Daily News (AP)',
    style: 'wire (AP via Hürriyet)',
    patterns: ['dateline on its own line', 'The leader of Armenia (role before the name)', 'quote split by the frame (“…,” X said. “…”)', 'the prime minister inside another speaker’s quote', 'capital as speaker (Baku … announced)', 'agreement between two leaders without a day'],
    actors: [
      { name: 'Nikol Pashinyan', kind: P, role: 'Prime Minister of Armenia', surface: ['The leader of Armenia', 'Armenian Prime Minister Nikol Pashinyan', 'Pashinyan', 'He', 'the prime minister'] },
      { name: 'Ararat Mirzoyan', kind: P, role: 'Foreign Minister of Armenia', surface: ["Armenia's Foreign Minister Ararat Mirzoyan", 'Mirzoyan'] },
      { name: 'Vladimir Putin', kind: P, role: 'President of Russia', surface: ['Russian President Vladimir Putin'] },
      { name: 'Ilham Aliyev', kind: P, role: 'President of Azerbaijan', surface: ['his Azerbaijani counterpart İlham Aliyev'] },
      { name: 'Government of Azerbaijan', kind: O, role: null, surface: ['Baku'] },
    ],
    quotes: [
      { speaker: 'Nikol Pashinyan', text: 'We will leave,' },
      { speaker: 'Nikol Pashinyan', text: "We will decide when to leave. We won't come back, there is no other way." },
      { speaker: 'Ararat Mirzoyan', text: 'Those who assert that the prime minister said that Armenia is withdrawing from the CSTO are mistaken,' },
    ],
    reported: [
      { speaker: 'Nikol Pashinyan', from: 'The leader of Armenia has declared', to: 'between the two allies.' },
      { speaker: 'Nikol Pashinyan', from: 'Armenian Prime Minister Nikol Pashinyan said his government', to: 'Kyrgyzstan and Tajikistan.' },
      { speaker: 'Nikol Pashinyan', text: 'Pashinyan said on June 12 for the first time that Armenia will leave CSTO altogether.' },
      { speaker: 'Nikol Pashinyan', from: 'He spoke during a question-and-answer session', to: 'make the final move.' },
      { speaker: 'Ararat Mirzoyan', from: 'Shortly after, in an apparent attempt', to: 'full withdrawal yet.' },
      { speaker: 'Government of Azerbaijan', text: 'Baku on June 12 announced that Russian peacekeepers completed their withdrawal from the Nagorno-Karabakh region.' },
    ],
    contacts: [
      { a: 'Vladimir Putin', b: 'Ilham Aliyev', kind: 'other', date: null, status: 'held', optional: true, evidence: 'has been agreed between Russian President Vladimir Putin and his Azerbaijani counterpart İlham Aliyev', note: 'an agreement, no contact described' },
    ],
    excluded: [],
  },

  ho6027: {
    file: '027_ccbsnews_pashinyan_csto_mission.txt',
    url: 'https://www.ccbsnews.info/en/news/detail/6059',
    outlet: 'CCBS News',
    style: 'regional press',
    patterns: ['content sentence first, speaker in the next sentence (… told this reporters)', 'weekday without "on" (Thursday)', 'the Armenian PM, the premier, the PM (roles)', 'According to the premier', 'answered: "…" and the PM said: "…" after a question or topic', 'straight quotation marks', 'no contact'],
    actors: [
      { name: 'Nikol Pashinyan', kind: P, role: 'Prime Minister of Armenia', surface: ['Prime Minister Nikol Pashinyan', 'the Armenian PM', 'Pashinyan', 'the premier', 'the PM'] },
    ],
    quotes: [
      { speaker: 'Nikol Pashinyan', from: 'We have drawn the scope of our concerns.', to: 'We continue discussions in that regard,' },
      { speaker: 'Nikol Pashinyan', from: "Let's distinguish between the CSTO", to: 'events in Kazakhstan in 2022,' },
      { speaker: 'Nikol Pashinyan', text: 'The EU mission is a long-term mission; actually, it has been deployed for two months. By the way, it has not been fully deployed yet; it is in the process, we will see the progress.' },
      { speaker: 'Nikol Pashinyan', from: 'The EU statement, where there was no emotional assessment', to: 'state border was recorded.' },
    ],
    reported: [
      { speaker: 'Nikol Pashinyan', text: 'Not only Russia, but also Armenia is ready for a CSTO mission to be deployed in Armenia.', note: 'the speaker comes in the next sentence' },
      { speaker: 'Nikol Pashinyan', from: 'Prime Minister Nikol Pashinyan told this reporters', to: 'to the borders of Armenia.' },
      { speaker: 'Nikol Pashinyan', from: 'Pashinyan, making a comparison', to: 'as that of the CSTO.' },
      { speaker: 'Nikol Pashinyan', text: "Therefore, according to the premier, Armenia's expectations from the CSTO should be much higher than those from the EU mission." },
      { speaker: 'Nikol Pashinyan', from: 'When asked whether he is satisfied', to: 'we will see the progress."', mixed: true, optional: true, note: 'only the question outside the marks' },
      { speaker: 'Nikol Pashinyan', from: 'And as for the EU statement regarding', to: 'state border was recorded."', mixed: true, optional: true, note: 'only the topic outside the marks' },
    ],
    contacts: [],
    excluded: [],
  },

  ho6028: {
    file: '028_tass_putin_mirziyoyev_call.txt',
    url: 'https://tass.com/politics/1829435',
    outlet: 'TASS',
    style: 'agency',
    patterns: ['no headline: body on the date line', 'dateline "MOSCOW, August 15. /TASS/."', 'Kremlin press service as speaker (the statement reads, added, notes; According to the Kremlin)', 'call dated only by the dateline (null) and an earlier call on July 24', 'capital as initiator (initiated by Tashkent)'],
    actors: [
      { name: 'Vladimir Putin', kind: P, role: 'President of Russia', surface: ['President Vladimir Putin of Russia', 'Putin'] },
      { name: 'Shavkat Mirziyoyev', kind: P, role: 'President of Uzbekistan', surface: ['President Shavkat Mirziyoyev of Uzbekistan', 'Mirziyoyev'] },
      { name: 'Press Service of the President of Russia', kind: O, role: null, surface: ['the Kremlin press service', 'the statement', 'the Kremlin'] },
    ],
    quotes: [
      { speaker: 'Press Service of the President of Russia', text: 'The parties touched upon the key aspects of cooperation between the two countries, which is rapidly developing in various areas,' },
      { speaker: 'Press Service of the President of Russia', text: 'Both parties reaffirmed their determination to continue strengthening allied relations and strategic partnership,' },
      { speaker: 'Press Service of the President of Russia', text: 'pressing issues on the international and regional agenda, particularly in light of Russia’s current presidency of the BRICS group,' },
    ],
    reported: [
      { speaker: 'Press Service of the President of Russia', from: 'President Vladimir Putin of Russia and President Shavkat', to: 'said in a statement.' },
      { speaker: 'Press Service of the President of Russia', from: 'The two leaders also discussed', to: 'the statement notes.', mixed: true },
      { speaker: 'Press Service of the President of Russia', text: 'According to the Kremlin, Putin and Mirziyoyev agreed to maintain contact.' },
      { speaker: 'Vladimir Putin', text: 'They confirmed plans to boost strategic partnership between Moscow and Tashkent.', optional: true, note: 'collective subject' },
    ],
    contacts: [
      { a: 'Vladimir Putin', b: 'Shavkat Mirziyoyev', kind: 'call', date: null, status: 'held', evidence: 'have discussed bilateral cooperation in a phone call initiated by Tashkent', note: 'only the dateline gives August 15' },
      { a: 'Vladimir Putin', b: 'Shavkat Mirziyoyev', kind: 'call', date: '2024-07-24', status: 'held', date_text: 'on July 24', evidence: 'The two leaders previously held a conversation on July 24' },
    ],
    excluded: [],
  },

  ho6029: {
    file: '029_mediamax_pashinyan_kobakhidze.txt',
    url: 'https://mediamax.am/en/news/region/59116/',
    outlet: 'Mediamax',
    style: 'agency',
    patterns: ['no headline: body on the date line', 'dateline "Yerevan /Mediamax/."', 'meeting "in the evening of October 21" in an October 22 article', 'press office reports that X thanked his Armenian counterpart (roles)', 'cut before a quotation that runs over three paragraphs without reopening marks'],
    actors: [
      { name: 'Nikol Pashinyan', kind: P, role: 'Prime Minister of Armenia', surface: ['Nikol Pashinyan', 'his Armenian counterpart'] },
      { name: 'Irakli Kobakhidze', kind: P, role: 'Prime Minister of Georgia', surface: ['Irakli Kobakhidze', 'the Georgian Prime Minister'] },
      { name: 'Office of the Prime Minister of Armenia', kind: O, role: null, surface: ['Government’s press office'] },
      { name: 'Mediamax', kind: O, role: 'news agency', media: true, surface: ['Mediamax'] },
    ],
    quotes: [],
    reported: [
      { speaker: 'Office of the Prime Minister of Armenia', from: 'Government’s press office reports that', to: 'scheduled for October 22.' },
    ],
    contacts: [
      { a: 'Nikol Pashinyan', b: 'Irakli Kobakhidze', kind: 'meeting', date: '2025-10-21', status: 'held', date_text: 'in the evening of October 21', evidence: 'A private meeting between the Prime Ministers of Armenia and Georgia' },
    ],
    excluded: [],
  },

  ho6030: {
    file: '030_turan_zakharova_khovaev.txt',
    url: 'https://turan.az/en/politics/zakharova-demarcation-of-the-armenian-azerbaijani-border-is-an-important-area-of-russias-efforts',
    outlet: 'Turan',
    style: 'agency',
    patterns: ['no headline: body on the date line', 'dateline "Baku/02.08.22/Turan:"', 'two sentences of reported content before the speaker is named (at the end of the third)', 'envoy’s consultations in two capitals on two dates (unnamed counterparts)', 'cut before a paragraph quoted without an opening mark'],
    actors: [
      { name: 'Maria Zakharova', kind: P, role: 'Spokesperson of the Ministry of Foreign Affairs of Russia', surface: ['the representative of the Russian Foreign Ministry Maria Zakharova'] },
      { name: 'Igor Khovaev', kind: P, role: 'Special Representative of the Russian Foreign Minister for Armenia–Azerbaijan normalisation', surface: ['Special Representative of the Russian Foreign Minister Igor Khovaev'] },
      { name: 'Government of Azerbaijan', kind: O, role: null, surface: ['Baku'] },
      { name: 'Government of Armenia', kind: O, role: null, surface: ['Yerevan'] },
    ],
    quotes: [],
    reported: [
      { speaker: 'Maria Zakharova', text: 'Russia is making efforts to prepare a peace treaty between Azerbaijan and Armenia.', note: 'speaker named two sentences later' },
      { speaker: 'Maria Zakharova', from: 'Special Representative of the Russian Foreign Minister', to: 'parameters of a peace agreement.' },
      { speaker: 'Maria Zakharova', from: 'Such contacts took place', to: 'at a briefing on August 2.' },
    ],
    contacts: [
      { a: 'Igor Khovaev', b: 'Government of Azerbaijan', kind: 'meeting', date: '2022-07-21', status: 'held', optional: true, date_text: 'on July 21', evidence: 'Such contacts took place on July 21 in Baku', note: 'consultations with unnamed officials' },
      { a: 'Igor Khovaev', b: 'Government of Armenia', kind: 'meeting', date: '2022-07-28', status: 'held', optional: true, date_text: 'on July 28', evidence: 'and on July 28 in Yerevan', note: 'consultations with unnamed officials' },
    ],
    excluded: [],
  },

  ho6031: {
    file: '031_menafn_bayramov_darchiashvili_call.txt',
    url: 'https://menafn.com/1107832484/Azerbaijani-And-Georgian-Fms-Hold-Telephone-Conversation',
    outlet: 'MENAFN (AzerNews)',
    style: 'agency (syndicated readout)',
    patterns: ['call without a day', 'his colleague (role for the counterpart)', 'congratulations and wishes (speech act without content)', 'collective the sides / the ministers'],
    actors: [
      { name: 'Jeyhun Bayramov', kind: P, role: 'Foreign Minister of Azerbaijan', surface: ["Azerbaijan's Foreign Minister Jeyhun Bayramov", 'Minister Jeyhun Bayramov'] },
      { name: 'Ilia Darchiashvili', kind: P, role: 'Foreign Minister of Georgia', surface: ['newly appointed Georgian Foreign Minister Ilia Darchiashvili', 'his colleague'] },
      { name: 'AzerNews', kind: O, role: 'newspaper', media: true, surface: ['Azernews'] },
    ],
    quotes: [],
    reported: [
      { speaker: 'Jeyhun Bayramov', from: 'Minister Jeyhun Bayramov congratulated', to: 'this honourable position.', optional: true, note: 'congratulations, no content' },
      { speaker: 'Jeyhun Bayramov', from: 'The sides discussed the current state', to: 'relations in the future.', optional: true, note: 'collective subject' },
      { speaker: 'Jeyhun Bayramov', from: 'The ministers also exchanged views', to: 'international organisations.', optional: true, note: 'collective subject' },
    ],
    contacts: [
      { a: 'Jeyhun Bayramov', b: 'Ilia Darchiashvili', kind: 'call', date: null, status: 'held', evidence: 'held a telephone conversation' },
    ],
    excluded: [],
  },

  ho6032: {
    file: '032_dailysabah_awaza_trilateral_summit.txt',
    url: 'https://www.dailysabah.com/politics/diplomacy/erdogan-attends-tripartite-summit-with-azerbaijan-turkmenistan/amp',
    outlet: 'Daily Sabah',
    style: 'international press (Turkish daily)',
    patterns: ['three-leader summit "on Wednesday": three pairs', 'his counterparts from Azerbaijan and Turkmenistan (roles before names)', 'father and son with the same surname (Serdar and Gurbanguly Berdimuhamedov)', 'foreign minister quoted at a news conference with unnamed counterparts (no contact annotated)', '"Earlier" bilateral meeting the same day', 'straight quotation marks'],
    actors: [
      { name: 'Recep Tayyip Erdoğan', kind: P, role: 'President of Turkey', surface: ['President Recep Tayyip Erdoğan', 'Erdoğan'] },
      { name: 'Ilham Aliyev', kind: P, role: 'President of Azerbaijan', surface: ['Azerbaijani President Ilham Aliyev'] },
      { name: 'Serdar Berdimuhamedov', kind: P, role: 'President of Turkmenistan', surface: ['Turkmen leader Serdar Berdimuhamedov', 'his Turkmen counterpart Serdar Berdimuhamedov'] },
      { name: 'Gurbanguly Berdimuhamedov', kind: P, role: 'Chairman of the People’s Council of Turkmenistan', surface: ['Gurbanguly Berdimuhamedov'] },
      { name: 'Mevlüt Çavuşoğlu', kind: P, role: 'Foreign Minister of Turkey', surface: ['Turkish Foreign Minister Mevlüt Çavuşoğlu'] },
    ],
    quotes: [
      { speaker: 'Mevlüt Çavuşoğlu', text: 'With the joint declaration adopted at the summit, our heads of state emphasized our will to develop our cooperation at the highest level. We have just signed five documents in the fields of energy, trade and economy, customs, transportation, science, education and culture,' },
    ],
    reported: [],
    contacts: [
      { a: 'Recep Tayyip Erdoğan', b: 'Ilham Aliyev', kind: 'meeting', date: '2022-12-14', status: 'held', date_text: 'on Wednesday', evidence: 'Erdoğan, Azerbaijani President Ilham Aliyev and Turkmen leader Serdar Berdimuhamedov met in the western Turkmen city of Awaza' },
      { a: 'Recep Tayyip Erdoğan', b: 'Serdar Berdimuhamedov', kind: 'meeting', date: '2022-12-14', status: 'held', date_text: 'on Wednesday', evidence: 'and Turkmen leader Serdar Berdimuhamedov met', note: 'also a bilateral meeting "Earlier"' },
      { a: 'Ilham Aliyev', b: 'Serdar Berdimuhamedov', kind: 'meeting', date: '2022-12-14', status: 'held', date_text: 'on Wednesday', evidence: 'Azerbaijani President Ilham Aliyev and Turkmen leader Serdar Berdimuhamedov met' },
      { a: 'Recep Tayyip Erdoğan', b: 'Gurbanguly Berdimuhamedov', kind: 'meeting', date: null, status: 'held', evidence: 'Erdoğan also held talks with Gurbanguly Berdimuhamedov' },
    ],
    excluded: [],
  },

  ho6033: {
    file: '033_hyetert_grigoryan_tomat.txt',
    url: 'https://hyetert.org/2023/02/21/armenian-security-chief-hosts-eu-delegation/',
    outlet: 'Hyetert (Panorama.am)',
    style: 'regional press',
    patterns: ['meeting "on Tuesday"', 'Welcoming …, X expressed confidence …, the Security Council said (organisation frame over a person’s words)', 'the statement quotes the guest in the third person', 'EU as speaker: It said that … “…” (pronoun for an organisation)', 'announcement "on Monday"', 'person absent from the dictionary (Stefano Tomat)'],
    actors: [
      { name: 'Armen Grigoryan', kind: P, role: 'Secretary of the Security Council of Armenia', surface: ['Secretary of Armenia’s Security Council Armen Grigoryan', 'Grigoryan'] },
      { name: 'Stefano Tomat', kind: P, role: 'EEAS Civilian Operations Commander', surface: ['Stefano Tomat'] },
      { name: 'Security Council of Armenia', kind: O, role: null, surface: ['the Security Council', 'the statement'] },
      { name: 'European Union', kind: O, role: null, surface: ['The European Union', 'It'] },
    ],
    quotes: [
      { speaker: 'Security Council of Armenia', text: 'Stefano Tomat thanked the Armenian side for the support provided to the EU mission and presented the work to be carried out in Armenia,' },
      { speaker: 'European Union', text: 'contribute to stability in the border areas of Armenia, build confidence and human security in conflict affected areas, and ensure an environment conducive to the normalization efforts between Armenia and Azerbaijan.' },
    ],
    reported: [
      { speaker: 'Security Council of Armenia', from: 'Welcoming the launch of a new civilian EU monitoring mission', to: 'readout of the meeting.', note: 'Grigoryan’s words in the Council’s readout' },
      { speaker: 'Armen Grigoryan', text: 'They also discussed other issues related to further cooperation.', optional: true, note: 'collective subject' },
      { speaker: 'European Union', text: 'The European Union announced the launch of a new and more long-term monitoring mission to Armenia’s border with Azerbaijan on Monday.' },
      { speaker: 'European Union', from: 'It said that the EU monitors', to: 'between Armenia and Azerbaijan.”', mixed: true },
    ],
    contacts: [
      { a: 'Armen Grigoryan', b: 'Stefano Tomat', kind: 'meeting', date: '2023-02-21', status: 'held', date_text: 'on Tuesday', evidence: 'on Tuesday held a meeting with the delegation led by Stefano Tomat' },
    ],
    excluded: [],
  },

  ho6034: {
    file: '034_vestnikkavkaza_pashinyan_tomat.txt',
    url: 'https://en.vestikavkaza.ru/material/166571',
    outlet: 'Vestnik Kavkaza',
    style: 'regional press',
    patterns: ['no headline: body on the date line (timestamp line dropped)', 'The Armenian Prime Minister (office first, name only in "the press service of Nikol Pashinyan")', 'quote and frame in separate paragraphs', 'The report notes that (organisation)', 'parties, politicians, negotiators (collectives)', 'frame inside the sentence: "…", said the representative of the Azerbaijani President, has …', 'meeting without a day'],
    actors: [
      { name: 'Nikol Pashinyan', kind: P, role: 'Prime Minister of Armenia', surface: ['The Armenian Prime Minister', 'Nikol Pashinyan', 'The Prime Minister'] },
      { name: 'Stefano Tomat', kind: P, role: 'EEAS Civilian Operations Commander', surface: ['the Commander of Civilian Operations of the EU External Action Service, Stefano Tomat', 'Mr. Tomat'] },
      { name: 'Office of the Prime Minister of Armenia', kind: O, role: null, surface: ['the press service of Nikol Pashinyan', "the statement from the Prime Minister's press service", 'The report'] },
      { name: 'Elchin Amirbayov', kind: P, role: 'Representative of the President of Azerbaijan for Special Assignments', surface: ['the Azerbaijani Presidential Representative for Special Assignments Elchin Amirbayov', 'He', 'the representative of the Azerbaijani President'] },
    ],
    quotes: [
      { speaker: 'Office of the Prime Minister of Armenia', text: "The Prime Minister welcomed Mr. Tomat's visit to Armenia and noted the importance of the activities of the EU civilian mission on the Armenian-Azerbaijani border. Nikol Pashinyan noted that the effective activities of the mission contributed to ensuring peace and stability in the region" },
      { speaker: 'Elchin Amirbayov', text: 'Binocular diplomacy' },
    ],
    reported: [
      { speaker: 'Office of the Prime Minister of Armenia', from: 'The Armenian Prime Minister held a meeting', to: 'Nikol Pashinyan reported.', optional: true, note: 'the report is of the meeting itself' },
      { speaker: 'Office of the Prime Minister of Armenia', text: 'The report notes that the parties discussed the results of the work of the European observer mission.' },
      { speaker: 'Office of the Prime Minister of Armenia', text: "In addition to this, politicians raised the topic of the mission's future activities in Armenia.", optional: true, implicit_speaker: true },
      { speaker: 'Nikol Pashinyan', from: 'The negotiators also stated the importance', to: 'in many areas.', optional: true, note: 'collective subject' },
      { speaker: 'Elchin Amirbayov', from: 'Let us recall that earlier the work', to: 'Elchin Amirbayov.', optional: true, note: 'commented on, no content' },
      { speaker: 'Elchin Amirbayov', from: 'He stated that, judging by', to: 'reduce tension.' },
      { speaker: 'Elchin Amirbayov', text: '"Binocular diplomacy", said the representative of the Azerbaijani President, has rather opposite effect.', mixed: true },
    ],
    contacts: [
      { a: 'Nikol Pashinyan', b: 'Stefano Tomat', kind: 'meeting', date: null, status: 'held', evidence: 'held a meeting with the Commander of Civilian Operations of the EU External Action Service, Stefano Tomat' },
    ],
    excluded: [],
  },
};
