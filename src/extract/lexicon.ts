// Word lists the sieves share. Kept in one place so that a new cue verb or title is one line.
import { WORLD_COUNTRIES, WORLD_DEMONYMS } from './worldCountries.js';

const words = (s: string): string[] => s.trim().split(/\s+/);

/**
 * Verbs that report speech, as they appear in the past (and present) tense. Multi-word cues are
 * written with single spaces and matched with any whitespace.
 */
export const SPEECH_VERBS = words(`
  said says told tells added adds stressed stresses underscored underscores underlined noted notes
  emphasized emphasised emphasizes highlighted highlights urged urges warned warns welcomed welcomes
  condemned condemns deplored deplores rejected rejects reaffirmed reaffirms reiterated reiterates
  expressed expresses presented presents briefed briefs insisted insists announced announces stated
  states declared declares explained explains argued argues claimed claims accused accuses denied
  denies praised praises criticized criticised criticizes proposed proposes suggested suggests
  assured assures confirmed confirms informed informs voiced voices conveyed conveys hailed hails
  asserted asserts acknowledged acknowledges admitted admits recalled recalls reminded reminds
  demanded demands wrote writes tweeted tweets commented comments replied replies responded responds
  cautioned cautions vowed vows pledged pledges promised promises outlined outlines described
  describes dismissed dismisses blamed blames slammed slams lambasted lambastes discussed discusses
  raised raises thanked thanks appealed appeals objected objects protested protests predicted
  predicts mentioned mentions observed observes reported pointed expressed spoke defended defends
  reaffirmed urged countered retorted reads read encouraged encourages regret regrets regretted
  clarified clarifies instructed instructs assessed assesses commended commends affirmed affirms revealed
  reveals hail echoed echoes questioned
`).filter((v) => !['reported', 'pointed', 'spoke'].includes(v));
// "shared" is left out on purpose: "Iran and Turkey shared an interest" is no speech.

/** Multi-word cues whose first word alone is not a speech verb. */
export const SPEECH_PHRASES = [
  'called for',
  'calls for',
  'called on',
  'calls on',
  'called upon',
  'touched on',
  'touched upon',
  'touches on',
  'pointed out',
  'points out',
  'pointed to',
  'points to',
  'repeated his call',
  'repeated her call',
  'repeated their call',
  'renewed his call',
  'renewed her call',
  'renewed their call',
  'spoke of',
  'spoke about',
  'referred to',
  'went on to say',
  'made clear',
  'made it clear',
  'took note',
  'drew attention',
  'expressed concern',
  'laid out',
  'spelled out',
  'reported that',
  'reports that',
  'did not rule out',
  'does not rule out',
  'would not rule out',
  'ruled out',
];

/** Participles that open a speech clause after a comma: "…, telling the official that …". */
export const SPEECH_PARTICIPLES = words(`
  telling saying adding calling stressing noting urging warning condemning reaffirming reiterating
  highlighting underscoring underlining emphasizing emphasising describing accusing insisting
  arguing claiming expressing welcoming deploring rejecting praising criticizing criticising
  proposing suggesting assuring confirming informing voicing conveying hailing asserting
  acknowledging recalling reminding demanding pointing explaining cautioning vowing pledging
  promising outlining dismissing blaming slamming thanking appealing declaring announcing
  presenting briefing touching raising stating tweeting posting
`);

/** Verbs after which the next actor is the one spoken to. */
export const ADDRESSEE_VERBS = new Set(
  words(`
  told tells briefed briefs informed informs assured assures urged urges warned warns thanked thanks
  reminded reminds telling briefing informing assuring urging warning thanking reminding
`),
);

/** Passive cues: "it was emphasized that …", "… was noted." — said, without a named agent. */
export const PASSIVE_SPEECH_VERBS = words(`
  emphasized emphasised stressed noted underlined underscored highlighted reaffirmed reiterated
  expressed discussed mentioned voiced conveyed raised agreed pointed announced stated said
`);

/** Nouns for a document that speaks: "said the statement" means whoever issued it. */
export const DOCUMENT_NOUNS = words(`
  statement readout release communique communiqué tweet post note message letter declaration report
  press-release announcement document post
`);

/** Title words that may stand before a name ("Deputy Foreign Minister Lusine Karapetyan"). */
export const TITLE_WORDS = new Set(
  words(`
  President Vice Prime Minister Foreign Deputy First Secretary Assistant Under Undersecretary
  Ambassador Spokesman Spokeswoman Spokesperson Press Chancellor Chairman Chairwoman Chairperson
  Chair Speaker Envoy Special Representative Senior Adviser Advisor General Commissioner High Chief
  Head Director Commander Defense Defence Interior Justice Economy Finance Energy State Security
  National Presidential Mr Mr. Mrs Mrs. Ms Ms. Dr Dr. Prof Prof. King Queen Emir Sheikh Pope
  Patriarch Catholicos Senator Sen. Congressman Congresswoman Representative Rep. Governor Mayor
  Colonel Col. Lieutenant Lt. Gen. Admiral Marshal Major Maj. Captain Capt. Sergeant Ombudsman
  Ombudswoman Premier Executive Permanent Acting Former Lord Sir Dame Baroness Archbishop Bishop
  Co-Chair Co-Chairman Spokespersons Coordinator Administrator Official Officer Negotiator Mediator
  Affairs European Eurasian Caucasus South Regional Political Military Parliamentary Parliament
  Council Committee Office Ministry Department Commission Security-Council Majority Minority Leader
  Opposition Party Member MP Attorney Prosecutor Judge Justice Ambassador-at-Large Consul
  Consul-General Charge Chargé d'Affaires Delegate Delegation Secretary-General Secretary-Designate
  Minister-Designate Foreign-Policy Aide Counselor Counsellor Attaché FM FMs PM Honourable Honorable Hon.
  Prince Princess Shri Smt. Excellency President-elect Prime-Minister-designate Extraordinary Plenipotentiary
  Defender Rapporteur Ombudsperson Sultan Crown Sheikha Mufti Imam Rabbi Lawmaker Legislator Brigadier Staff Emeritus
`),
);

/** Heads of organisation names: a run of capitalised words containing one is an organisation. */
export const ORG_WORDS = new Set(
  words(`
  Ministry Department Council Bureau Office Commission Committee Group Union Organization Organisation
  Government Parliament Assembly Agency Service Mission Embassy Forces Army Navy Corps Party
  Administration Cabinet Court Bank Fund Institute Center Centre Foundation Association Alliance
  League Congress Senate Duma Majlis Milli Mejlis Rada Secretariat Delegation Directorate Authority
  Police Guard Guards Troops Contingent Presidium Presidency Kremlin Pentagon Treaty Organization
  Company Corporation Agency News Times Post Press Television TV Radio Network Initiative Program
  Programme Platform Forum Summit Conference Format Process Monitoring University Academy Church
  Republic Federation Kingdom Emirates States Nations Community Partnership Movement Front Coalition
  Bloc Caucus Watch Rights International Amnesty Crisis Red Cross Crescent Council House Palace
  Airport Station Square Avenue Bridge Highway Hotel Stadium Cathedral Mosque Monastery Museum Memorial
  Prize Award Doctrine Route Corridor Pipeline Novosti Sputnik Xinhua Anadolu Armenpress Azertac Interfax
  Reuters Kyodo Yonhap Bernama Jazeera Arabiya Knot Daily Gazette Herald Tribune Journal Telegraph Guardian
  Observer Kommersant Izvestia Vedomosti Hurriyet Yomiuri Asahi Nikkei Bloomberg Politico Axios Euronews Eurasianet
  Asbarez Azatutyun Road Street Boulevard Contract Gazeta Pravda Vesti Meduza Society Witness Day Festival Games
  Olympics Championship Cup Expo Anniversary
`),
);

/**
 * Places a news article names without meaning a person. Not exhaustive: a name only becomes a
 * discovered person when its context says so (a title, a role, a speech verb), and these are
 * vetoed even then.
 */
export const PLACES = new Set(
  words(`
  Armenia Azerbaijan Georgia Russia Turkey Türkiye Turkiye Iran Ukraine Belarus Moldova Kazakhstan
  Uzbekistan Turkmenistan Kyrgyzstan Tajikistan China India Pakistan Israel Syria Iraq Lebanon Egypt
  Qatar Saudi Arabia Emirates Jordan Afghanistan France Germany Italy Spain Poland Greece Cyprus
  Britain England Scotland Ireland Netherlands Belgium Austria Switzerland Sweden Norway Finland
  Denmark Estonia Latvia Lithuania Romania Bulgaria Hungary Serbia Croatia Slovakia Slovenia Czechia
  Albania Kosovo Bosnia Montenegro Macedonia Portugal Canada Mexico Brazil Japan Korea America
  Europe Asia Africa Caucasus Eurasia Karabakh Nagorno Nagorno-Karabakh Artsakh Nakhchivan Nakhichevan
  Syunik Zangezur Lachin Shusha Shushi Stepanakert Khankendi Khankendi Aghdam Kalbajar Kelbajar
  Jermuk Tavush Gegharkunik Vardenis Goris Kapan Meghri Sotk Parukh Farukh Hadrut Fizuli Jabrayil
  Zangilan Gubadli Ganja Tartar Barda Sumgait Yerevan Baku Tbilisi Moscow Ankara Istanbul Tehran
  Washington Paris Brussels Berlin London Vienna Geneva Minsk Kyiv Kiev Sochi Astana Almaty Prague
  Granada Munich Davos Strasbourg Luxembourg Dhabi Dubai Doha Riyadh Beijing Tokyo Delhi Rome
  Madrid Warsaw Bucharest Budapest Sofia Athens Chisinau Tashkent Bishkek Dushanbe Ashgabat Sukhumi
  Tskhinvali Abkhazia Ossetia Batumi Kutaisi Gyumri Vanadzor Lori Ararat Armavir Kars Igdir Van
  Crimea Donbas Donetsk Luhansk Kherson Zaporizhzhia Kharkiv Mariupol Odesa Odessa Gaza Jerusalem
  Kremlin Elysee Élysée Downing Capitol Balkans Middle East West Black Sea Caspian Mediterranean
  Anatolia Siberia Tbilisi Akhalkalaki Javakheti Samtskhe Kvemo Kartli Adjara Zugdidi Dagestan
  Chechnya Ingushetia Krasnodar Rostov Stavropol Arabia Gulf Persian States Kingdom Republic
  Lisbon Helsinki Stockholm Oslo Copenhagen Dublin Tallinn Riga Vilnius Bratislava Ljubljana Zagreb
  Belgrade Sarajevo Skopje Tirana Podgorica Nicosia Valletta Reykjavik Ottawa Bern Hague
  Lanka Rica Faso Leone Kong Guinea Verde Marino Bissau Lumpur Aires Janeiro Aviv Ababa Penh Salaam
`),
);

/** Adjectives of nationality, with the country they point to. */
// Null-prototype lookups: a word such as "constructor" in an article must not find Object's.
const lookup = (entries: Record<string, string>): Readonly<Record<string, string | undefined>> =>
  Object.assign(Object.create(null) as Record<string, string>, entries);

export const DEMONYMS = lookup({
  Armenian: 'Armenia',
  Azerbaijani: 'Azerbaijan',
  Azeri: 'Azerbaijan',
  Georgian: 'Georgia',
  Russian: 'Russia',
  Turkish: 'Turkey',
  Iranian: 'Iran',
  American: 'United States',
  US: 'United States',
  'U.S.': 'United States',
  French: 'France',
  European: 'European Union',
  EU: 'European Union',
  German: 'Germany',
  British: 'United Kingdom',
  Ukrainian: 'Ukraine',
  Belarusian: 'Belarus',
  Kazakh: 'Kazakhstan',
  Chinese: 'China',
  Indian: 'India',
  Israeli: 'Israel',
  Italian: 'Italy',
  Spanish: 'Spain',
  Polish: 'Poland',
  Greek: 'Greece',
  Swiss: 'Switzerland',
  Swedish: 'Sweden',
  Finnish: 'Finland',
  Dutch: 'Netherlands',
  Belgian: 'Belgium',
  Austrian: 'Austria',
  Canadian: 'Canada',
  Japanese: 'Japan',
  Emirati: 'United Arab Emirates',
  Qatari: 'Qatar',
  Saudi: 'Saudi Arabia',
  Pakistani: 'Pakistan',
  Syrian: 'Syria',
  Iraqi: 'Iraq',
  Egyptian: 'Egypt',
  Moldovan: 'Moldova',
  Romanian: 'Romania',
  Lithuanian: 'Lithuania',
  Latvian: 'Latvia',
  Estonian: 'Estonia',
  Czech: 'Czechia',
  Hungarian: 'Hungary',
  Slovak: 'Slovakia',
  Bulgarian: 'Bulgaria',
  Serbian: 'Serbia',
  Croatian: 'Croatia',
  Norwegian: 'Norway',
  Danish: 'Denmark',
  Irish: 'Ireland',
  Portuguese: 'Portugal',
  Uzbek: 'Uzbekistan',
  Turkmen: 'Turkmenistan',
  Kyrgyz: 'Kyrgyzstan',
  Tajik: 'Tajikistan',
  Abkhaz: 'Georgia',
  Ossetian: 'Georgia',
  // beyond Europe and the Caucasus (issue #9: news of other regions names offices by them too)
  ...WORLD_DEMONYMS,
});

/** Country names as written, with the canonical country (for "the Armenian side", "Armenia's"). */
export const COUNTRY_NAMES = lookup({
  Armenia: 'Armenia',
  Azerbaijan: 'Azerbaijan',
  Georgia: 'Georgia',
  Russia: 'Russia',
  'Russian Federation': 'Russia',
  Turkey: 'Turkey',
  Türkiye: 'Turkey',
  Turkiye: 'Turkey',
  Iran: 'Iran',
  'United States': 'United States',
  America: 'United States',
  US: 'United States',
  'U.S.': 'United States',
  USA: 'United States',
  France: 'France',
  'European Union': 'European Union',
  EU: 'European Union',
  Germany: 'Germany',
  Ukraine: 'Ukraine',
  Switzerland: 'Switzerland',
  Italy: 'Italy',
  Poland: 'Poland',
  Greece: 'Greece',
  Israel: 'Israel',
  India: 'India',
  Japan: 'Japan',
  Canada: 'Canada',
  Moldova: 'Moldova',
  'United Kingdom': 'United Kingdom',
  UK: 'United Kingdom',
  Britain: 'United Kingdom',
  China: 'China',
  Kazakhstan: 'Kazakhstan',
  Belarus: 'Belarus',
  ...WORLD_COUNTRIES,
});

/**
 * Capitalised words that are also surnames in the dictionary ("Price", "Power", "May"): as a lone
 * word they name the person only when the article has already given the full name.
 */
export const COMMON_WORD_SURNAMES = new Set(
  words(`
  Price Power Rice Burns Bruce Miller White Young Brown Green Black Stone Hill Rose King Bush May
  Grant Hope Ward Bell Cook Long Little Lord Mark Frank Will Hunt Wolf Fox Wood Moon Chase Page Rich
  Strong Love Noble Swift Best Sharp Wise Case Law Cash Hall Ball Short Small Gray Grey Reeves Baker
  Cole Walker Parker Carter Turner Hunter Major Marshal Costa Pope Bishop Abbott Austin
  Day Nash Fields Banks Lane Street Church Dean Pierce Mills Rivers Woods Frost Snow Winter Summer
  Spring Sterling Goodman Freeman Singer Fisher Gardner Weaver Mason Potter Hope Faith Joy Grace
  Johnson Cooper Bennett Payne Haley Trump Monday Tuesday Wednesday Thursday Friday Saturday Sunday
`),
);

/** Words that never start a person's name even when capitalised at the start of a sentence. */
export const NOT_NAME_WORDS = new Set(
  words(`
  The A An This That These Those It Its He She His Her They Their Them We Our Us I You Your In On At
  By For From With Without Within Into Onto Upon Of To As And But Or Nor Yet So If When While Where
  Whether Which Who Whom Whose What Why How After Before During Since Until Although Though Because
  According Meanwhile However Moreover Furthermore Also Both Either Neither Each Every All Some Any
  No Not Many Much More Most Other Another Such Only Even Just Still Then There Here Now Today
  Yesterday Tomorrow Earlier Later Last Next First Second Third New Former Late Early Several Few
  Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July
  August September October November December Mr Mrs Ms Dr Sir Madam Please Thank Thanks Let Despite
  Among Amid Against Between Through Throughout Over Under Above Below Following Under Regarding
  Speaking Asked Answering Responding Commenting Addressing Earlier Instead Nevertheless Nonetheless
  Therefore Thus Hence Indeed Overall Once Again Ahead Along Around Beyond Toward Towards Via Per
  Such Unlike Like Given Following Including Excluding Except Besides Alongside Nearly Almost About
  Prime Foreign Deputy Secretary President Minister Ambassador Spokesman Spokeswoman Spokesperson
  Agreement Treaty Accord Accords Convention Declaration Charter Islands Island Forum Asian African
  Pacific Atlantic Arab Nordic Baltic Balkan Free Trade Saint St Santa Fort Mount Lake Cape Port Bayram Eid Nowruz Ramadan
  Christmas Easter Hanukkah Diwali
  Global Civil Democratic Open Western Eastern Northern Southern Public Independent Central Human Liberal Social
  Socialist Conservative Republican Progressive Patriotic Popular United Royal Supreme Constitutional Federal Islamic
  Orthodox Apostolic Catholic Holy
`),
);

export const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
export const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
