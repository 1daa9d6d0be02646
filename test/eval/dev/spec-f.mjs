// Hand annotation of dev articles 082-096 (international and wire outlets on the South Caucasus, 2018-2026:
// AFP, AP, RFE/RL, Hürriyet, TASS, Xinhua, Anadolu, TRT World, OC Media, Cumhuriyet). Items are anchored by
// their exact text (or by their first and last words, `from`/`to`); build-gold.mjs computes and verifies the offsets.
//
// Conventions applied (beyond ANNOTATING.md, as in spec-a/spec-c):
// - Headlines, decks and crossheads without final punctuation are not annotated; a quotation in such a headline
//   is an optional quote.
// - Leaders present at a summit or a meeting only by office ("his Belarusian, Kazakh and Kyrgyz counterparts",
//   "deputy premiers of Russia, Armenia and Azerbaijan") are actors with the office phrase as surface form.
// - Members of one delegation (same side of the table) do not "meet" each other: their pairs are optional.
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

const KREMLIN = 'Government of Russia';

export default {
  dev082: {
    file: '082_afp_pashinyan_putin_sochi.txt',
    url: 'https://www.expatica.com/ru/uncategorized/russia-armenia-politics-diplomacy-54564/',
    outlet: 'AFP (via Expatica)',
    style: 'wire (AFP), leaders’ remarks at a first meeting',
    patterns: ['"on Monday" in a Monday article (same day)', 'new premier named by descriptions: New Armenian premier, The 42-year-old former newspaper editor', 'quotes framed by "he told Putin" / "he said" / "he added" with the pronoun switching speaker between paragraphs', 'Acknowledging … as “…,” X wished …, saying he hoped … “…” (two quoted fragments in one mixed sentence)', 'summit leaders only by office: "his Belarusian, Kazakh and Kyrgyz counterparts" (every pair of the five)', 'congratulate (speech act without content)', 'the article continues past the cut'],
    actors: [
      { name: 'Nikol Pashinyan', kind: P, role: 'Prime Minister of Armenia', surface: ['New Armenian premier Nikol Pashinyan', 'Pashinyan', 'The 42-year-old former newspaper editor', 'the Armenian prime minister, Nikol Pashinyan', 'he'] },
      { name: 'Vladimir Putin', kind: P, role: 'President of Russia', surface: ['Russia’s Vladimir Putin', 'the Russian president', 'Putin', 'He'] },
      { name: 'Alexander Lukashenko', kind: P, role: 'President of Belarus', surface: ['his Belarusian, Kazakh and Kyrgyz counterparts'] },
      { name: 'Nursultan Nazarbayev', kind: P, role: 'President of Kazakhstan', surface: ['his Belarusian, Kazakh and Kyrgyz counterparts'] },
      { name: 'Sooronbay Jeenbekov', kind: P, role: 'President of Kyrgyzstan', surface: ['his Belarusian, Kazakh and Kyrgyz counterparts'] },
    ],
    quotes: [
      { speaker: 'Nikol Pashinyan', text: 'I can assure you that on this issue (of relations with Russia), there is consensus in Armenia, and nobody has or will question the strategic importance of Russian-Armenian relations,' },
      { speaker: 'Nikol Pashinyan', text: 'balanced position', note: 'Pashinyan’s words inside a paraphrase' },
      { speaker: 'Nikol Pashinyan', text: 'This was highly appreciated not only by our government, but by Armenian society as a whole,' },
      { speaker: 'Vladimir Putin', text: 'our closest partner in the region,' },
      { speaker: 'Vladimir Putin', text: 'develop as steadily as they did until now.' },
      { speaker: 'Vladimir Putin', text: 'We will be just as active in the international arena, starting from the UN where Armenia and Russia always support each other,', note: '"he added" after "He said" (Putin)' },
      { speaker: 'Vladimir Putin', text: 'I would like to first of all congratulate the Armenian prime minister, Nikol Pashinyan. I congratulate you again on your election to this post,' },
    ],
    reported: [
      { speaker: 'Nikol Pashinyan', from: 'New Armenian premier Nikol Pashinyan on Monday assured', to: 'mass anti-government protests.' },
      { speaker: 'Nikol Pashinyan', from: 'The 42-year-old former newspaper editor also thanked', to: 'civil disobedience campaigns.', mixed: true },
      { speaker: 'Vladimir Putin', from: 'Acknowledging Armenia as', to: 'as they did until now.”', mixed: true },
      { speaker: 'Vladimir Putin', text: 'He said Moscow’s policies regarding Armenia would remain unchanged.' },
      { speaker: 'Vladimir Putin', from: 'Putin went on to congratulate Pashinyan', to: 'while opening the summit.', optional: true, note: 'congratulating: speech act without content' },
      { speaker: 'Nikol Pashinyan', from: 'Pashinyan has repeatedly stressed', to: 'the protest movement he started.' },
    ],
    contacts: [
      { a: 'Vladimir Putin', b: 'Nikol Pashinyan', kind: 'meeting', date: '2018-05-14', status: 'held', date_text: 'on Monday', evidence: 'Pashinyan met the Russian president on the sidelines of the Eurasian Economic Summit in Sochi' },
      ...cross(['Vladimir Putin', 'Nikol Pashinyan'], ['Alexander Lukashenko', 'Nursultan Nazarbayev', 'Sooronbay Jeenbekov'], { kind: 'meeting', date: '2018-05-14', status: 'held', date_text: 'on Monday', evidence: 'in front of his Belarusian, Kazakh and Kyrgyz counterparts while opening the summit', note: 'Eurasian Economic Union summit; the other leaders only by office' }),
      ...pairs(['Alexander Lukashenko', 'Nursultan Nazarbayev', 'Sooronbay Jeenbekov'], { kind: 'meeting', date: '2018-05-14', status: 'held', date_text: 'on Monday', evidence: 'his Belarusian, Kazakh and Kyrgyz counterparts … the summit', note: 'summit participants named only by office' }),
    ],
    excluded: [],
  },

  dev083: {
    file: '083_azatutyun_pashinian_aliyev_davos.txt',
    url: 'https://azatutyun.am/a/29724981.html',
    outlet: 'Azatutyun (RFE/RL Armenian Service)',
    style: 'international press (RFE/RL), report of leaders’ talks with background contacts',
    patterns: ['met … on Tuesday (article date)', 'for what they described as “informal” talks (collective, quoted word)', 'office as speaker (Pashinian’s office / Aliyev’s press service)', 'issued a virtually identical statement cited by the Trend news agency (speech act without content)', 'two earlier encounters with month only ("in September", "in early December"): date null', 'quoted Aliyev as saying … “useful.” (via a news agency)', 'foreign ministers only by office ("the Armenian and Azerbaijani foreign ministers"), a dated meeting (Paris on January 16) and a summary of four meetings', 'Pashinian spelling (RFE/RL)', 'page cut before an unfinished paragraph'],
    actors: [
      { name: 'Nikol Pashinyan', kind: P, role: 'Prime Minister of Armenia', surface: ['Armenia’s Prime Minister Nikol Pashinian', 'Pashinian', 'the Armenian leader'] },
      { name: 'Ilham Aliyev', kind: P, role: 'President of Azerbaijan', surface: ['Azerbaijan’s President Ilham Aliyev', 'Aliyev'] },
      { name: 'Office of the Prime Minister of Armenia', kind: O, role: null, surface: ['Pashinian’s office'] },
      { name: 'Press Service of the President of Azerbaijan', kind: O, role: null, surface: ['Aliyev’s press service'] },
      { name: 'Zohrab Mnatsakanyan', kind: P, role: 'Foreign Minister of Armenia', surface: ['the Armenian and Azerbaijani foreign ministers'] },
      { name: 'Elmar Mammadyarov', kind: P, role: 'Foreign Minister of Azerbaijan', surface: ['the Armenian and Azerbaijani foreign ministers'] },
      { name: 'Trend', kind: O, role: 'news agency', media: true, surface: ['the Trend news agency'] },
      { name: 'RIA Novosti', kind: O, role: 'news agency', media: true, surface: ['The Russian RIA Novosti news agency'] },
    ],
    quotes: [
      { speaker: 'Nikol Pashinyan', text: 'informal', optional: true, note: '"what they described as" (both leaders); one word' },
      { speaker: 'Office of the Prime Minister of Armenia', text: 'exchanged views' },
      { speaker: 'Office of the Prime Minister of Armenia', text: 'further discussions.' },
      { speaker: 'Ilham Aliyev', text: 'new impetus' },
      { speaker: 'Ilham Aliyev', via: 'RIA Novosti', text: 'useful.', optional: true, note: 'one word' },
    ],
    reported: [
      { speaker: 'Nikol Pashinyan', from: 'Armenia’s Prime Minister Nikol Pashinian and', to: 'on the Nagorno-Karabakh conflict.', mixed: true, optional: true, note: 'collective "they described"' },
      { speaker: 'Office of the Prime Minister of Armenia', from: 'A short statement by Pashinian’s office said', to: '“further discussions.”', mixed: true },
      { speaker: 'Nikol Pashinyan', from: 'In a separate Facebook post, the Armenian leader said', to: 'lasted for about 90 minutes.' },
      { speaker: 'Press Service of the President of Azerbaijan', text: 'Aliyev’s press service issued a virtually identical statement cited by the Trend news agency.', optional: true, note: 'statement without content of its own' },
      { speaker: 'Ilham Aliyev', from: 'Aliyev said afterwards that', to: 'to the Karabakh peace process.', mixed: true },
      { speaker: 'Ilham Aliyev', via: 'RIA Novosti', from: 'The Russian RIA Novosti news agency quoted Aliyev', to: 'were “useful.”', mixed: true },
    ],
    contacts: [
      { a: 'Nikol Pashinyan', b: 'Ilham Aliyev', kind: 'meeting', date: '2019-01-22', status: 'held', date_text: 'on Tuesday', evidence: 'met in Davos, Switzerland on Tuesday' },
      { a: 'Nikol Pashinyan', b: 'Ilham Aliyev', kind: 'meeting', date: null, status: 'held', date_text: 'in September', evidence: 'spoke to each other for the first time on the sidelines of a summit of former Soviet republics held in Tajikistan in September', note: 'month only' },
      { a: 'Nikol Pashinyan', b: 'Ilham Aliyev', kind: 'meeting', date: null, status: 'held', date_text: 'in early December', evidence: 'The two leaders talked again during another ex-Soviet summit that took place in Russia in early December' },
      { a: 'Zohrab Mnatsakanyan', b: 'Elmar Mammadyarov', kind: 'meeting', date: '2019-01-16', status: 'held', date_text: 'on January 16', evidence: 'the most recent of those meetings which took place in Paris on January 16', note: 'ministers only by office' },
      { a: 'Zohrab Mnatsakanyan', b: 'Elmar Mammadyarov', kind: 'meeting', date: null, status: 'held', optional: true, date_text: 'in the last six months', note: 'four meetings, summarised' },
    ],
    excluded: [],
  },

  dev084: {
    file: '084_ap_putin_hosts_leaders_kremlin.txt',
    url: 'https://www.thewyco.com/news/armenian-azerbaijani-leaders-in-russia-for-talks-11-01-2021',
    outlet: 'AP (via thewyco.com)',
    style: 'wire (AP), summit report with background',
    patterns: ['"MOSCOW (AP) — " dateline', 'hosted his counterparts from Armenia and Azerbaijan (parties by office, named in a later sentence)', 'trilateral meeting "on Monday" (article date): every pair', 'Greeting A and B …, X said that …, “…” (mixed, participial frame naming the other parties)', 'long background with no statement', 'paragraph with an unfinished sentence dropped at the cut'],
    actors: [
      { name: 'Vladimir Putin', kind: P, role: 'President of Russia', surface: ['Russian President Vladimir Putin', 'Putin'] },
      { name: 'Ilham Aliyev', kind: P, role: 'President of Azerbaijan', surface: ['his counterparts from Armenia and Azerbaijan', 'Azerbaijani President Ilham Aliyev'] },
      { name: 'Nikol Pashinyan', kind: P, role: 'Prime Minister of Armenia', surface: ['his counterparts from Armenia and Azerbaijan', 'Armenian Prime Minister Nikol Pashinyan'] },
    ],
    quotes: [
      { speaker: 'Vladimir Putin', text: 'creating the necessary basis for a long-term and full-format settlement of the old conflict.' },
    ],
    reported: [
      { speaker: 'Vladimir Putin', from: 'Greeting Azerbaijani President Ilham Aliyev', to: 'settlement of the old conflict.”', mixed: true },
    ],
    contacts: [
      ...pairs(['Vladimir Putin', 'Ilham Aliyev', 'Nikol Pashinyan'], { kind: 'meeting', date: '2021-01-11', status: 'held', date_text: 'on Monday', evidence: 'Russian President Vladimir Putin on Monday hosted his counterparts from Armenia and Azerbaijan', note: 'trilateral talks in the Kremlin' }),
    ],
    excluded: [],
  },

  dev085: {
    file: '085_afp_putin_to_host_sochi.txt',
    url: 'https://www.themoscowtimes.com/2021/11/23/putin-to-host-armenia-azerbaijan-leaders-as-fighting-renews-a75649',
    outlet: 'AFP (via The Moscow Times)',
    style: 'wire (AFP), announcement of a summit',
    patterns: ['the Kremlin said Tuesday (weekday in the article date)', 'planned trilateral talks "on Friday" (three days after a Tuesday article): every pair', 'leaders by office in the lead ("the leaders of Armenia and Azerbaijan"), named in the next sentence', 'The trio will meet (collective)', 'X said … "…" (two mixed sentences with quoted fragments)', 'both sides reporting casualties and blaming each other (collective)', 'negotiating a ceasefire with unnamed parties (no contact)', 'last met in January (month only, earlier meeting)'],
    actors: [
      { name: 'Vladimir Putin', kind: P, role: 'President of Russia', surface: ['Russian President Vladimir Putin', 'Putin'] },
      { name: 'Nikol Pashinyan', kind: P, role: 'Prime Minister of Armenia', surface: ['the leaders of Armenia and Azerbaijan', "Armenia's Prime Minister Nikol Pashinyan", 'Pashinyan'] },
      { name: 'Ilham Aliyev', kind: P, role: 'President of Azerbaijan', surface: ['the leaders of Armenia and Azerbaijan', "Azerbaijan's Ilham Aliyev", 'Aliyev'] },
      { name: KREMLIN, kind: O, role: 'the Kremlin', surface: ['the Kremlin', 'The Kremlin'] },
      { name: 'Sergei Shoigu', kind: P, role: 'Defense Minister of Russia', surface: ["Moscow's Defense Minister Sergei Shoigu"] },
    ],
    quotes: [
      { speaker: KREMLIN, text: 'timed to coincide' },
      { speaker: KREMLIN, text: 'outlining further steps to strengthen stability and establish peace in the region.' },
    ],
    reported: [
      { speaker: KREMLIN, from: 'Russian President Vladimir Putin will host', to: 'the Kremlin said Tuesday.' },
      { speaker: KREMLIN, from: 'Putin will hold talks with', to: 'Sochi on Friday.', optional: true, note: 'continuation of the Kremlin announcement without a speech verb' },
      { speaker: KREMLIN, text: "The trio will meet on Putin's initiative, the Kremlin said in a statement." },
      { speaker: KREMLIN, from: 'The Kremlin said the talks are', to: 'the long-disputed Nagorno-Karabakh.', mixed: true },
      { speaker: KREMLIN, from: 'The Kremlin said the leaders will discuss', to: 'peace in the region."', mixed: true },
      { speaker: null, from: 'Earlier this month, clashes broke out', to: 'blaming each other for the fighting.', optional: true, note: 'collective "both sides reporting … and blaming"' },
    ],
    contacts: [
      ...pairs(['Vladimir Putin', 'Nikol Pashinyan', 'Ilham Aliyev'], { kind: 'meeting', date: '2021-11-26', status: 'planned', date_text: 'on Friday', evidence: 'Putin will hold talks with Armenia\'s Prime Minister Nikol Pashinyan and Azerbaijan\'s Ilham Aliyev in Russia\'s Black Sea resort of Sochi on Friday', note: 'trilateral; Friday after a Tuesday article' }),
      { a: 'Nikol Pashinyan', b: 'Ilham Aliyev', kind: 'meeting', date: null, status: 'held', date_text: 'in January', evidence: 'Pashinyan and Aliyev last met in January in the Russian capital', note: 'month only' },
    ],
    excluded: [],
  },

  dev086: {
    file: '086_ap_putin_sochi_bilateral.txt',
    url: 'https://wtmj.com/national/2021/11/26/putin-to-host-leaders-of-armenia-azerbaijan-for-talks-2/',
    outlet: 'AP (via WTMJ)',
    style: 'wire (AP), running report of a summit day',
    patterns: ['no headline in the stored page: the body starts on the date line with the "MOSCOW (AP) — " dateline', 'was on Friday hosting (in progress, article date)', 'held a bilateral meeting with A, spokesman told reporters; After that, … was to meet A and B together, and then … with B (held and planned pairs on one day)', 'the Russian president / the Russian leader (roles)', 'defended it as … (reported speech without "said")', 'X acknowledged that … “…,” the Russian leader said (reported, then a quote in the same paragraph)', 'the next paragraph is cut mid-quotation (dropped)'],
    actors: [
      { name: 'Vladimir Putin', kind: P, role: 'President of Russia', surface: ['Russian President Vladimir Putin', 'Putin', 'the Russian president', 'the Russian leader'] },
      { name: 'Ilham Aliyev', kind: P, role: 'President of Azerbaijan', surface: ['the leaders of Armenia and Azerbaijan', 'Azerbaijan’s President Ilham Aliyev', 'Aliyev'] },
      { name: 'Nikol Pashinyan', kind: P, role: 'Prime Minister of Armenia', surface: ['the leaders of Armenia and Azerbaijan', 'Armenia’s Prime Minister Nikol Pashinyan', 'Pashinyan'] },
      { name: 'Dmitry Peskov', kind: P, role: 'Press Secretary of the President of Russia', surface: ['Kremlin spokesman Dmitry Peskov'] },
    ],
    quotes: [
      { speaker: 'Vladimir Putin', text: 'Unfortunately, there are problems, there are incidents. Unfortunately, they are still not without casualties,' },
    ],
    reported: [
      { speaker: 'Dmitry Peskov', from: 'In the southern city of Sochi, Putin held', to: 'Dmitry Peskov told reporters.' },
      { speaker: 'Dmitry Peskov', from: 'After that, the Russian president was to meet', to: 'bilateral meeting with Pashinyan.', optional: true, note: 'continuation of Peskov’s briefing without a speech verb' },
      { speaker: 'Nikol Pashinyan', from: 'Pashinyan defended it as', to: 'the entire Nagorno-Karabakh region.' },
      { speaker: 'Vladimir Putin', text: 'During a meeting with Aliyev on Friday, Putin acknowledged that problems in the region still exist.' },
    ],
    contacts: [
      { a: 'Vladimir Putin', b: 'Ilham Aliyev', kind: 'meeting', date: '2021-11-26', status: 'held', date_text: 'on Friday', evidence: 'Putin held a bilateral meeting with Azerbaijan’s President Ilham Aliyev' },
      { a: 'Vladimir Putin', b: 'Nikol Pashinyan', kind: 'meeting', date: '2021-11-26', status: 'planned', date_text: 'on Friday', evidence: 'was to meet with Aliyev and Armenia’s Prime Minister Nikol Pashinyan together, and then have a separate bilateral meeting with Pashinyan', note: 'trilateral and bilateral later the same day' },
      { a: 'Ilham Aliyev', b: 'Nikol Pashinyan', kind: 'meeting', date: '2021-11-26', status: 'planned', date_text: 'on Friday', evidence: 'was to meet with Aliyev and … Pashinyan together' },
    ],
    excluded: [],
  },

  dev087: {
    file: '087_hurriyet_cavusoglu_mirzoyan_antalya.txt',
    url: 'https://www.hurriyetdailynews.com/meeting-between-turkish-armenian-ministers-constructive-172157',
    outlet: 'Hürriyet Daily News',
    style: 'regional/international press (Turkish daily in English), press remarks after a meeting',
    patterns: ['quoted word in the headline (optional quote)', 'dateline alone on a line ("ANTALYA")', 'his Armenian counterpart, Ararat Mirzoyan (apposition)', 'spelling variants in one article: Çavuşoglu / Çavuşoğlu', 'Recalling that …, X said, “…” (mixed)', 'multi-sentence quotes with "the minister said" / "he added"', 'The Armenian foreign minister said he “…” (mixed, partial quote)', '“…,” he said, adding … “…” (mixed; the sentence starts inside the quotation)', 'Mr. Ararat (first name with title inside a quote)', 'special envoys: two earlier rounds with dates (Jan. 14, Feb. 24)'],
    actors: [
      { name: 'Mevlüt Çavuşoğlu', kind: P, role: 'Foreign Minister of Türkiye', surface: ['Turkish Foreign Minister Mevlüt Çavuşoglu', 'Çavuşoğlu', 'the minister'] },
      { name: 'Ararat Mirzoyan', kind: P, role: 'Foreign Minister of Armenia', surface: ['his Armenian counterpart, Ararat Mirzoyan', 'Mirzoyan', 'Mr. Ararat', 'The Armenian foreign minister'] },
      { name: 'Serdar Kılıç', kind: P, role: 'Special Envoy of Türkiye for normalization with Armenia', surface: ['Turkey’s special envoy Ambassador Serdar Kılıç'] },
      { name: 'Ruben Rubinyan', kind: P, role: 'Deputy Speaker of the National Assembly of Armenia, Special Envoy for normalization with Türkiye', surface: ['Armenia’s special envoy, Deputy Parliament Speaker Ruben Rubinyan'] },
    ],
    quotes: [
      { speaker: 'Mevlüt Çavuşoğlu', text: 'constructive', nth: 0, optional: true, note: 'in the headline' },
      { speaker: 'Mevlüt Çavuşoğlu', text: 'I can say that it was a very productive and constructive meeting,' },
      { speaker: 'Mevlüt Çavuşoğlu', text: 'Today, we went over and evaluated this.' },
      { speaker: 'Mevlüt Çavuşoğlu', text: 'We strive for stability and peace in the South Caucasus. And we receive support from all sides for our efforts in this direction. Azerbaijan is also pleased with the steps taken and the normalization process between Turkey and Armenia,' },
      { speaker: 'Mevlüt Çavuşoğlu', text: 'Azerbaijan also supports this process. Stability and peace in the region are for the benefit of all of us. We will continue to take steps in this direction. We have agreed with Mr. Ararat on this issue,' },
      { speaker: 'Ararat Mirzoyan', text: 'positively accepted' },
      { speaker: 'Ararat Mirzoyan', text: 'We will continue this process of normalization without preconditions. Our representatives make efforts in this direction,' },
      { speaker: 'Ararat Mirzoyan', text: 'peace and harmony' },
    ],
    reported: [
      { speaker: 'Mevlüt Çavuşoğlu', from: 'Recalling that Ankara and Yerevan', to: 'we went over and evaluated this.”', mixed: true },
      { speaker: 'Ararat Mirzoyan', from: 'The Armenian foreign minister said he', to: 'to the Antalya Diplomacy Forum.', mixed: true },
      { speaker: 'Ararat Mirzoyan', from: '“We will continue this process', to: '“peace and harmony” in the region.', mixed: true },
    ],
    contacts: [
      { a: 'Mevlüt Çavuşoğlu', b: 'Ararat Mirzoyan', kind: 'meeting', date: '2022-03-12', status: 'held', date_text: 'on March 12', evidence: 'Turkish Foreign Minister Mevlüt Çavuşoglu and his Armenian counterpart, Ararat Mirzoyan, met on March 12' },
      { a: 'Serdar Kılıç', b: 'Ruben Rubinyan', kind: 'meeting', date: '2022-01-14', status: 'held', date_text: 'on Jan. 14', evidence: 'held the first round of normalization talks in Moscow on Jan. 14' },
      { a: 'Serdar Kılıç', b: 'Ruben Rubinyan', kind: 'meeting', date: '2022-02-24', status: 'held', date_text: 'on Feb. 24', evidence: 'had their second meeting on Feb. 24 in Vienna' },
    ],
    excluded: [],
  },

  dev088: {
    file: '088_azatutyun_donfried_calls.txt',
    url: 'https://azatutyun.am/amp/31948720.html',
    outlet: 'Azatutyun (RFE/RL Armenian Service)',
    style: 'international press (RFE/RL), calls after a ministers’ meeting',
    patterns: ['"A senior U.S. official telephoned A and his Azerbaijani counterpart B on Sunday" (caller named only in a later paragraph)', 'two calls on Sunday, a meeting on Saturday (resolved against a Monday article)', 'meeting facilitated by a government (optional host pairs)', 'X reported no … (collective)', 'hail it as a “…” / “…,” tweeted X', 'reportedly called for (reported speech)', 'According to the official Azerbaijani readout of the call, X presented … (via a readout)', 'made no mention … / It mentioned only … (ministry)', '“A emphasized that …,” added the statement (third-person readout quoted; the ministry speaks)', 'capital as speaker (Baku has repeatedly questioned)', 'paragraph cut mid-quotation dropped'],
    actors: [
      { name: 'Karen Donfried', kind: P, role: 'U.S. Assistant Secretary of State for European and Eurasian Affairs', surface: ['A senior U.S. official', 'U.S. Assistant Secretary of State Karen Donfried', 'Donfried'] },
      { name: 'Ararat Mirzoyan', kind: P, role: 'Foreign Minister of Armenia', surface: ['Foreign Minister Ararat Mirzoyan', 'Mirzoyan', 'Ararat Mirzoyan'] },
      { name: 'Jeyhun Bayramov', kind: P, role: 'Foreign Minister of Azerbaijan', surface: ['his Azerbaijani counterpart Jeyhun Bayramov', 'Bayramov'] },
      { name: 'Antony Blinken', kind: P, role: 'U.S. Secretary of State', surface: ['U.S. Secretary of State Antony Blinken', 'Blinken'] },
      { name: 'Government of Georgia', kind: O, role: null, surface: ['the Georgian government'] },
      { name: 'Ministry of Foreign Affairs of Armenia', kind: O, role: null, surface: ['The Armenian Foreign Ministry', 'the statement'] },
      { name: 'Ministry of Foreign Affairs of Azerbaijan', kind: O, role: null, surface: ['the official Azerbaijani readout of the call'] },
      { name: 'Government of Azerbaijan', kind: O, role: null, surface: ['Baku'] },
    ],
    quotes: [
      { speaker: 'Antony Blinken', text: 'positive step.' },
      { speaker: 'Antony Blinken', text: 'Direct dialogue is the surest path to resolving Azerbaijani and Armenian differences,' },
      { speaker: 'Ministry of Foreign Affairs of Armenia', text: 'Ararat Mirzoyan emphasized that the Armenian side continues to attach importance to the role of the co-chairmanship and the co-chair countries of the OSCE Minsk Group in the peaceful resolution of the Nagorno-Karabakh conflict,', note: 'the ministry’s statement about the minister (third person)' },
    ],
    reported: [
      { speaker: 'Ararat Mirzoyan', text: 'Mirzoyan and Bayramov reported no concrete agreements after the meeting facilitated by the Georgian government.', optional: true, note: 'coordinated subjects' },
      { speaker: 'Antony Blinken', text: 'U.S. Secretary of State Antony Blinken was quick to hail it as a “positive step.”', mixed: true },
      { speaker: 'Karen Donfried', from: 'U.S. Assistant Secretary of State Karen Donfried reportedly called', to: 'phone conversation with Bayramov.' },
      { speaker: 'Jeyhun Bayramov', via: 'Ministry of Foreign Affairs of Azerbaijan', from: 'According to the official Azerbaijani readout', to: 'the two South Caucasus states.' },
      { speaker: 'Ministry of Foreign Affairs of Armenia', from: 'The Armenian Foreign Ministry made no mention', to: 'separate call with Donfried.', optional: true, note: 'what the statement did not say' },
      { speaker: 'Ministry of Foreign Affairs of Armenia', text: 'It mentioned only the border demarcation and Armenian-Azerbaijani transport links.' },
      { speaker: 'Government of Azerbaijan', text: 'Baku has repeatedly questioned the need for the mediating group co-headed by the United States, France and Russia.' },
    ],
    contacts: [
      { a: 'Karen Donfried', b: 'Ararat Mirzoyan', kind: 'call', date: '2022-07-17', status: 'held', date_text: 'on Sunday', evidence: 'A senior U.S. official telephoned Foreign Minister Ararat Mirzoyan … on Sunday; Mirzoyan’s separate call with Donfried' },
      { a: 'Karen Donfried', b: 'Jeyhun Bayramov', kind: 'call', date: '2022-07-17', status: 'held', date_text: 'on Sunday', evidence: 'and his Azerbaijani counterpart Jeyhun Bayramov on Sunday; her phone conversation with Bayramov' },
      { a: 'Ararat Mirzoyan', b: 'Jeyhun Bayramov', kind: 'meeting', date: '2022-07-16', status: 'held', date_text: 'on Saturday', evidence: 'their face-to-face meeting held in Tbilisi on Saturday' },
      ...cross(['Government of Georgia'], ['Ararat Mirzoyan', 'Jeyhun Bayramov'], { kind: 'meeting', date: '2022-07-16', status: 'held', optional: true, note: 'the meeting facilitated by the Georgian government (host)' }),
    ],
    excluded: [],
  },

  dev089: {
    file: '089_tass_overchuk_working_group.txt',
    url: 'https://tass.com/politics/1672617',
    outlet: 'TASS',
    style: 'wire (TASS), official’s remarks to reporters',
    patterns: ['no headline in the stored page: the body starts on the date line with the TASS dateline', '…, X told reporters on the sidelines of … (long lead, reported)', '"…," he said, responding to … / "…," he assured reporters (bare frames)', 'According to X, deputy premiers of Russia, Armenia and Azerbaijan will meet again … when conditions are ripe (planned, no day; co-chairs only by office)', 'The senior Russian official said earlier (role)', 'the latest meeting of the working group (held, no day; optional pairs)', 'background: three leaders signed a joint statement (Nov. 9, 2020) and agreed (Jan. 11, 2021)'],
    actors: [
      { name: 'Alexey Overchuk', kind: P, role: 'Deputy Prime Minister of Russia', surface: ['Russian Deputy Prime Minister Alexey Overchuk', 'Overchuk', 'The senior Russian official', 'he'] },
      { name: 'Mher Grigoryan', kind: P, role: 'Deputy Prime Minister of Armenia', surface: ['deputy premiers of Russia, Armenia and Azerbaijan'] },
      { name: 'Shahin Mustafayev', kind: P, role: 'Deputy Prime Minister of Azerbaijan', surface: ['deputy premiers of Russia, Armenia and Azerbaijan'] },
      { name: 'Vladimir Putin', kind: P, role: 'President of Russia', surface: ['Russian President Vladimir Putin'] },
      { name: 'Ilham Aliyev', kind: P, role: 'President of Azerbaijan', surface: ['Azerbaijani President Ilham Aliyev'] },
      { name: 'Nikol Pashinyan', kind: P, role: 'Prime Minister of Armenia', surface: ['Armenian Prime Minister Nikol Pashinyan'] },
    ],
    quotes: [
      { speaker: 'Alexey Overchuk', text: 'Certainly, any escalation of tensions always negatively affects our work, by stranding and delaying us; and time elapses before we can return and sit down to the negotiating table again,' },
      { speaker: 'Alexey Overchuk', text: 'The negotiations are ongoing,' },
    ],
    reported: [
      { speaker: 'Alexey Overchuk', from: 'Negotiations between participants in a trilateral working group', to: 'in Russia’s Far East.', note: 'starts after the TASS dateline "/TASS/. "' },
      { speaker: 'Alexey Overchuk', from: 'According to Overchuk, deputy premiers', to: 'ripe for such talks.' },
      { speaker: 'Alexey Overchuk', from: 'The senior Russian official said earlier', to: 'between Azerbaijan and Armenia.' },
    ],
    contacts: [
      ...pairs(['Alexey Overchuk', 'Mher Grigoryan', 'Shahin Mustafayev'], { kind: 'meeting', date: null, status: 'planned', date_text: 'when conditions are ripe', evidence: 'deputy premiers of Russia, Armenia and Azerbaijan will meet again', note: 'co-chairs of the trilateral working group; Armenian and Azerbaijani deputy premiers only by office' }),
      ...pairs(['Alexey Overchuk', 'Mher Grigoryan', 'Shahin Mustafayev'], { kind: 'meeting', date: null, status: 'held', optional: true, note: 'the latest meeting of the working group (participants implied)' }),
      ...pairs(['Vladimir Putin', 'Ilham Aliyev', 'Nikol Pashinyan'], { kind: 'other', date: '2021-01-11', status: 'held', date_text: 'On January 11, 2021', evidence: 'the three leaders agreed to establish a working group', note: 'background: an agreement among the three (their Moscow meeting)' }),
      ...pairs(['Vladimir Putin', 'Ilham Aliyev', 'Nikol Pashinyan'], { kind: 'other', date: '2020-11-09', status: 'held', optional: true, date_text: 'On November 9, 2020', note: 'signed a joint statement (background; not necessarily together)' }),
    ],
    excluded: [],
  },

  dev090: {
    file: '090_rferl_scholz_blinken_munich.txt',
    url: 'https://www.rferl.org/amp/armenia-azaerbaijan-pashinian-aliyev-meeting-scholz/32823878.html',
    outlet: 'RFE/RL',
    style: 'international press (RFE/RL), meetings at a conference, mixed straight and curly quotation marks',
    patterns: ['two hosts met "separately" with two leaders (four pairs; the leaders’ own pair optional)', 'leaders by office in the lead ("the leaders of Armenia and Azerbaijan"), named in the next paragraph', 'with the German leader saying … "…" (participial speech, mixed)', '“…,” X said after meeting A and B … on February 17 (dated only for one host)', '"…," he added (straight marks)', 'spokesman said A met with B and that the two "…" (source speaks about a meeting)', 'news agency quoted X as saying that … "…" (via)', 'The State Department said … "…" (organisation, mixed) / "…," a statement added', 'Pashinian spelling (RFE/RL)'],
    actors: [
      { name: 'Olaf Scholz', kind: P, role: 'Chancellor of Germany', surface: ['German Chancellor Olaf Scholz', 'the German leader', 'Scholz', 'he'] },
      { name: 'Antony Blinken', kind: P, role: 'U.S. Secretary of State', surface: ['U.S. Secretary of State Antony Blinken', 'Blinken', 'Secretary Blinken'] },
      { name: 'Nikol Pashinyan', kind: P, role: 'Prime Minister of Armenia', surface: ['the leaders of Armenia and Azerbaijan', 'Armenian Prime Minister Nikol Pashinian', 'Pashinian'] },
      { name: 'Ilham Aliyev', kind: P, role: 'President of Azerbaijan', surface: ['the leaders of Armenia and Azerbaijan', 'Azerbaijani President Ilham Aliyev', 'Aliyev'] },
      { name: 'Matthew Miller', kind: P, role: 'Spokesperson, U.S. Department of State', surface: ['U.S. State Department spokesman Matthew Miller'] },
      { name: 'U.S. Department of State', kind: O, role: null, surface: ['The State Department'] },
      { name: 'Azertag', kind: O, role: 'state news agency of Azerbaijan', media: true, surface: ['Azerbaijani state-run Azertag news agency'] },
    ],
    quotes: [
      { speaker: 'Olaf Scholz', text: 'without new violence.' },
      { speaker: 'Olaf Scholz', text: 'Germany and Europe stand ready to do everything in their power to support the peace negotiations between Armenia and Azerbaijan,' },
      { speaker: 'Olaf Scholz', text: "I reaffirmed this in my talks with both countries. It's a good thing that both sides have pledged to resolve open issues without new violence," },
      { speaker: 'Matthew Miller', text: 'discussed efforts to achieve a durable peace agreement' },
      { speaker: 'Ilham Aliyev', via: 'Azertag', text: "remains committed to the peace process. The conclusion of a peace treaty in the near future meets the country's national interests." },
      { speaker: 'U.S. Department of State', text: 'to discuss strengthening bilateral ties and U.S. support for efforts to reach a durable and dignified peace agreement between Armenia and Azerbaijan.' },
      { speaker: 'U.S. Department of State', text: 'Secretary Blinken noted our ongoing efforts to support Armenia’s vision for a prosperous and democratic future for its people, as well as U.S. support for Armenia’s sovereignty, independence, and territorial integrity,' },
    ],
    reported: [
      { speaker: 'Olaf Scholz', from: 'German Chancellor Olaf Scholz and U.S. Secretary of State', to: '"without new violence."', mixed: true, note: '"with the German leader saying …"' },
      { speaker: 'Matthew Miller', from: 'U.S. State Department spokesman Matthew Miller said', to: 'between the Armenia and Azerbaijan.', mixed: true },
      { speaker: 'Ilham Aliyev', via: 'Azertag', from: 'Azerbaijani state-run Azertag news agency quoted', to: 'national interests."', mixed: true },
      { speaker: 'U.S. Department of State', from: 'The State Department said Blinken also met', to: 'between Armenia and Azerbaijan."', mixed: true },
    ],
    contacts: [
      { a: 'Olaf Scholz', b: 'Nikol Pashinyan', kind: 'meeting', date: '2024-02-17', status: 'held', date_text: 'on February 17', evidence: 'Scholz said after meeting Armenian Prime Minister Nikol Pashinian and Azerbaijani President Ilham Aliyev on the sidelines of the Munich Security Conference on February 17' },
      { a: 'Olaf Scholz', b: 'Ilham Aliyev', kind: 'meeting', date: '2024-02-17', status: 'held', date_text: 'on February 17', evidence: 'and Azerbaijani President Ilham Aliyev' },
      { a: 'Nikol Pashinyan', b: 'Ilham Aliyev', kind: 'meeting', date: '2024-02-17', status: 'held', optional: true, note: 'trilateral meeting with Scholz implied ("both sides have pledged"), but the lead says the hosts met the leaders "separately"' },
      { a: 'Antony Blinken', b: 'Ilham Aliyev', kind: 'meeting', date: null, status: 'held', date_text: null, evidence: 'Blinken met with Aliyev', note: 'no day given for Blinken’s meetings' },
      { a: 'Antony Blinken', b: 'Nikol Pashinyan', kind: 'meeting', date: null, status: 'held', date_text: null, evidence: 'Blinken also met with Pashinian' },
    ],
    excluded: [],
  },

  dev091: {
    file: '091_xinhua_xi_aliyev_astana.txt',
    url: 'http://en.people.cn/n3/2024/0704/c90000-20189044.html',
    outlet: 'Xinhua (via People’s Daily Online)',
    style: 'state agency (Xinhua) readout of a leaders’ meeting',
    patterns: ['Xinhua dateline "ASTANA, July 3 (Xinhua) -- " (dateline day differs from the article date)', '…, X said here on Wednesday when meeting with Y (the meeting dated by the statement)', 'ahead of a summit (not a listed contact)', 'tail frames: …, he said / …, Xi stressed', 'every statement is the host’s; the guest’s reply falls past the cut', 'caption and time line dropped'],
    actors: [
      { name: 'Xi Jinping', kind: P, role: 'President of China', surface: ['Chinese President Xi Jinping', 'Xi', 'he'] },
      { name: 'Ilham Aliyev', kind: P, role: 'President of Azerbaijan', surface: ['Azerbaijani President Ilham Aliyev'] },
    ],
    quotes: [],
    reported: [
      { speaker: 'Xi Jinping', from: 'China and Azerbaijan have upgraded', to: 'Shanghai Cooperation Organization (SCO).', note: 'starts after the dateline "-- "' },
      { speaker: 'Xi Jinping', text: 'Xi noted that the two sides should continue supporting each other in a bid to bring more benefits to the two peoples.' },
      { speaker: 'Xi Jinping', from: 'China and Azerbaijan are good friends', to: 'richer strategic connotations, he said.' },
      { speaker: 'Xi Jinping', from: 'China firmly supports Azerbaijan', to: 'its national conditions, Xi stressed.' },
      { speaker: 'Xi Jinping', from: 'The two sides should promote', to: 'China-Europe freight trains, he said.' },
    ],
    contacts: [
      { a: 'Xi Jinping', b: 'Ilham Aliyev', kind: 'meeting', date: '2024-07-03', status: 'held', date_text: 'on Wednesday', evidence: 'Chinese President Xi Jinping said here on Wednesday when meeting with Azerbaijani President Ilham Aliyev', note: 'Wednesday before a Thursday article (the dateline says July 3)' },
    ],
    excluded: [],
  },

  dev092: {
    file: '092_tass_lavrov_abkhazia_south_ossetia.txt',
    url: 'https://tass.com/politics/1851887',
    outlet: 'TASS',
    style: 'wire (TASS), announcement of planned talks with breakaway-region ministers',
    patterns: ['deck repeats a body sentence (deck without final punctuation: not annotated)', 'TASS dateline "MOSCOW, October 4. /TASS/."', 'will hold bilateral talks meetings and a trilateral meeting with the foreign ministers of A and B, X and Y (planned, no day; every pair)', 'The Abkhazian foreign minister (role)', 'Announcing … during a briefing on October 2, spokeswoman X said … (reported)', '"…," she said (bare frame)', 'an ongoing multilateral format (Geneva International Discussions) listed by countries: no contact', 'de facto capitals named Sukhum, Tskhinval (Russian usage)'],
    actors: [
      { name: 'Sergey Lavrov', kind: P, role: 'Foreign Minister of Russia', surface: ['Russian Foreign Minister Sergey Lavrov'] },
      { name: 'Sergei Shamba', kind: P, role: 'de facto Foreign Minister of Abkhazia', surface: ['the foreign ministers of Abkhazia and South Ossetia', 'Sergey Shamba', 'The Abkhazian foreign minister'] },
      { name: 'Akhsar Dzhioev', kind: P, role: 'de facto Foreign Minister of South Ossetia', surface: ['the foreign ministers of Abkhazia and South Ossetia', 'Ahsar Dzhioyev'] },
      { name: 'Maria Zakharova', kind: P, role: 'Spokesperson, Ministry of Foreign Affairs of Russia', surface: ['Foreign Ministry Spokeswoman Maria Zakharova', 'she'] },
    ],
    quotes: [
      { speaker: 'Maria Zakharova', text: 'The trilateral discussions will centre on the evolving international relations system and regional security, with a particular focus on aligning strategies within the framework of the Geneva discussions on security and stability in the South Caucasus,' },
    ],
    reported: [
      { speaker: null, text: 'The sides are expected to address a broad range of issues of mutual concern.', optional: true, note: 'agentless expectation (the deck line above has no period)' },
      { speaker: 'Maria Zakharova', from: 'Announcing the planned meeting during a briefing', to: 'foreign policy matters of mutual interest.' },
    ],
    contacts: [
      { a: 'Sergey Lavrov', b: 'Sergei Shamba', kind: 'meeting', date: null, status: 'planned', date_text: null, evidence: 'will hold bilateral talks meetings and a trilateral meeting with the foreign ministers of Abkhazia and South Ossetia, Sergey Shamba and Ahsar Dzhioyev', note: 'no day in the text' },
      { a: 'Sergey Lavrov', b: 'Akhsar Dzhioev', kind: 'meeting', date: null, status: 'planned', date_text: null, evidence: 'Sergey Shamba and Ahsar Dzhioyev' },
      { a: 'Sergei Shamba', b: 'Akhsar Dzhioev', kind: 'meeting', date: null, status: 'planned', date_text: null, evidence: 'a trilateral meeting', note: 'the trilateral brings the two guests together' },
    ],
    excluded: [],
  },

  dev093: {
    file: '093_cumhuriyet_putin_aliyev_call.txt',
    url: 'https://www.cumhuriyetdaily.com/world/putin-calls-aliyev-on-azerbaijani-plane-crash-in-kazakhstan-apologizes-2136967',
    outlet: 'Cumhuriyet (English edition)',
    style: 'Turkish daily in English, Kremlin readout of a phone call',
    patterns: ['call "on Saturday" in a Saturday article (same day)', 'gave an apology and condolences (speech act as a noun phrase)', 'third-person readout quoted: "Vladimir Putin apologized …," the Kremlin said in a statement', 'X highlighted that … / He told Y that … (reported)', '"…," the statement added (the statement = the Kremlin’s)', 'On Wednesday (crash, not a contact)', 'offices of two countries "collaborating" in one city (ongoing contact, optional)'],
    actors: [
      { name: 'Vladimir Putin', kind: P, role: 'President of Russia', surface: ['Russian President Vladimir Putin', 'Vladimir Putin', 'Putin', 'He'] },
      { name: 'Ilham Aliyev', kind: P, role: 'President of Azerbaijan', surface: ['Azerbaijani President Ilham Aliyev', 'Aliyev'] },
      { name: KREMLIN, kind: O, role: 'the Kremlin', surface: ['the Kremlin', 'the statement'] },
      { name: 'Prosecutor General’s Office of Azerbaijan', kind: O, role: null, surface: ["Azerbaijan's General Prosecutor's Office"] },
      { name: 'Prosecutor General’s Office of Russia', kind: O, role: null, surface: ["Russian officials from the General Prosecutor's Office"] },
      { name: 'Investigative Committee of Russia', kind: O, role: null, surface: ['the Russian Investigative Committee', 'the Investigative Committee'] },
    ],
    quotes: [
      { speaker: KREMLIN, text: 'Vladimir Putin apologized for the tragic incident that occurred in Russian airspace and once again expressed his deep and sincere condolences to the families of the victims and wished a speedy recovery to the injured,', note: 'Kremlin readout about Putin (third person)' },
      { speaker: KREMLIN, text: 'Preliminary investigative actions are underway, with civilian and military specialists being consulted,' },
    ],
    reported: [
      { speaker: 'Vladimir Putin', from: 'Russian President Vladimir Putin on Saturday had a phone call', to: 'gave an apology and condolences.' },
      { speaker: 'Vladimir Putin', from: 'Putin highlighted that the Azerbaijani passenger aircraft', to: 'a Ukrainian drone attack.' },
      { speaker: 'Vladimir Putin', from: 'He told Aliyev that', to: 'air traffic safety and operation rules.' },
    ],
    contacts: [
      { a: 'Vladimir Putin', b: 'Ilham Aliyev', kind: 'call', date: '2024-12-28', status: 'held', date_text: 'on Saturday', evidence: 'Russian President Vladimir Putin on Saturday had a phone call with Azerbaijani President Ilham Aliyev' },
      { a: 'Prosecutor General’s Office of Azerbaijan', b: 'Prosecutor General’s Office of Russia', kind: 'meeting', date: null, status: 'held', optional: true, note: '"are currently in Grozny collaborating with" (ongoing)' },
      { a: 'Prosecutor General’s Office of Azerbaijan', b: 'Investigative Committee of Russia', kind: 'meeting', date: null, status: 'held', optional: true, note: '"are currently in Grozny collaborating with" (ongoing)' },
    ],
    excluded: [],
  },

  dev094: {
    file: '094_anadolu_xi_aliyev_beijing.txt',
    url: 'https://anews.com.tr/diplomacy/2025/04/23/china-azerbaijan-elevate-ties-to-comprehensive-strategic-partnership',
    outlet: 'Anadolu Agency (via A News)',
    style: 'wire (AA) relaying Xinhua, leaders’ meeting during a state visit',
    patterns: ['deck (summary paragraph) above the body, the meeting told twice', 'label of the partnership in quotes (excluded, three times)', '…, Xinhua news agency reported (agency as speaker of an event)', 'his Azerbaijani counterpart (apposition)', 'Commenting on …, X said "…" (quote as the object, mixed)', 'He added that … (reported)', 'planned meetings during a state visit with no day ("he will meet A and B")', 'paragraph without final period'],
    actors: [
      { name: 'Xi Jinping', kind: P, role: 'President of China', surface: ['Presidents Xi Jinping and Ilham Aliyev', 'President Xi Jinping', 'Xi', 'He'] },
      { name: 'Ilham Aliyev', kind: P, role: 'President of Azerbaijan', surface: ['Presidents Xi Jinping and Ilham Aliyev', 'his Azerbaijani counterpart Ilham Aliyev', 'Aliyev', 'he'] },
      { name: 'Xinhua', kind: O, role: 'news agency', media: true, surface: ['Xinhua news agency'] },
      { name: 'Li Qiang', kind: P, role: 'Premier of China', surface: ['Premier Li Qiang'] },
      { name: 'Zhao Leji', kind: P, role: 'Chairman of the Standing Committee of the National People’s Congress of China', surface: ["Zhao Leji, chairman of the National People's Congress Standing Committee"] },
      { name: 'Donald Trump', kind: P, role: 'President of the United States', surface: ['US President Donald Trump'] },
    ],
    quotes: [
      { speaker: 'Xi Jinping', text: 'tariffs and trade wars undermine the legitimate rights and interests of all countries, hurt the multilateral trading system, and impact the world economic order.' },
    ],
    reported: [
      { speaker: null, from: 'China and Azerbaijan have elevated their relationship', to: 'Ilham Aliyev in Beijing.', optional: true, note: 'deck; agentless "announced"' },
      { speaker: 'Xi Jinping', text: 'Xi criticized U.S. trade policies and emphasized cooperation with Azerbaijan to uphold international law and fairness.', note: 'deck' },
      { speaker: 'Xinhua', from: 'China and Azerbaijan on Wednesday elevated', to: 'Xinhua news agency reported.', note: 'agency reporting an event' },
      { speaker: 'Xi Jinping', from: 'Commenting on US President Donald Trump', to: 'the world economic order."', mixed: true },
      { speaker: 'Xi Jinping', from: 'He added that his country is willing', to: 'international fairness and justice.' },
    ],
    contacts: [
      { a: 'Xi Jinping', b: 'Ilham Aliyev', kind: 'meeting', date: '2025-04-23', status: 'held', date_text: 'on Wednesday', evidence: 'the meeting between President Xi Jinping and his Azerbaijani counterpart Ilham Aliyev in Beijing' },
      { a: 'Ilham Aliyev', b: 'Li Qiang', kind: 'meeting', date: null, status: 'planned', date_text: null, evidence: 'Besides Xi, he will meet Premier Li Qiang', note: 'during the three-day visit; no day' },
      { a: 'Ilham Aliyev', b: 'Zhao Leji', kind: 'meeting', date: null, status: 'planned', date_text: null, evidence: 'and Zhao Leji, chairman of the National People\'s Congress Standing Committee' },
    ],
    excluded: [
      { text: 'comprehensive strategic partnership', nth: 0, reason: 'name of the status of relations (headline)' },
      { text: 'comprehensive strategic partnership,', nth: 0, reason: 'name of the status of relations (deck)' },
      { text: 'comprehensive strategic partnership,', nth: 1, reason: 'name of the status of relations' },
    ],
  },

  dev095: {
    file: '095_trtworld_erdogan_pashinyan_istanbul.txt',
    url: 'https://www.trtworld.com/article/369ef16296dc',
    outlet: 'TRT World',
    style: 'international broadcaster (Turkish state), readout of a presidential meeting',
    patterns: ['headline with a straight-quoted word and "says" without a clause (not annotated)', 'deck in the present tense (meets with …, who pledges support …)', 'talks "on Friday" in a Friday article (same day)', 'office as speaker (Turkish presidency office / Erdogan’s office / "it said")', '"…," and said Türkiye would continue to "…" (sentence starting inside a quotation, subject left implicit)', 'a third-person readout quote ("President Erdogan emphasised …") next to the president’s own wording', 'They also addressed "…", it said (collective, mixed)', 'X also told Y that … "…", notably … "…" (two fragments in one sentence)', 'single quotes inside double quotes (\'win-win\')', 'crosshead and cut paragraph dropped'],
    actors: [
      { name: 'Recep Tayyip Erdogan', kind: P, role: 'President of Türkiye', surface: ['President Recep Tayyip Erdogan', 'Erdogan', 'President Erdogan'] },
      { name: 'Nikol Pashinyan', kind: P, role: 'Prime Minister of Armenia', surface: ["Armenia's Prime Minister Nikol Pashinyan", 'Armenian Prime Minister Nikol Pashinyan', 'Pashinyan'] },
      { name: 'Office of the President of Türkiye', kind: O, role: null, surface: ['Turkish presidency office', "Erdogan's office"] },
    ],
    quotes: [
      { speaker: 'Office of the President of Türkiye', text: 'President Erdogan emphasised the significance of the consensus reached in the ongoing peace negotiations between Azerbaijan and Armenia, given the current circumstances,', note: 'readout about the president (third person)' },
      { speaker: 'Recep Tayyip Erdogan', via: 'Office of the President of Türkiye', text: "provide full support to efforts aimed at developing the region with a 'win-win' approach" },
      { speaker: 'Office of the President of Türkiye', text: 'potential steps to be taken within the framework of the normalisation process between Türkiye and Armenia' },
      { speaker: 'Recep Tayyip Erdogan', via: 'Office of the President of Türkiye', text: 'all diplomatic means to ensure stability, not only in the Caucasus but across the entire region' },
      { speaker: 'Recep Tayyip Erdogan', via: 'Office of the President of Türkiye', text: 'to avert the risks' },
    ],
    reported: [
      { speaker: 'Recep Tayyip Erdogan', from: 'In a rare and symbolic visit to Istanbul', to: 'long-delayed ties with Yerevan.', optional: true, note: 'deck: "who pledges support … and signals readiness"' },
      { speaker: 'Office of the President of Türkiye', from: 'The talks between the two leaders took place', to: 'Turkish presidency office said.' },
      { speaker: 'Office of the President of Türkiye', text: "Türkiye will support Armenia's peace efforts with Azerbaijan, Erdogan's office said after the rare bilateral visit." },
      { speaker: 'Office of the President of Türkiye', from: "Erdogan's office said the pair had discussed", to: 'both Türkiye and Armenia.' },
      { speaker: 'Recep Tayyip Erdogan', via: 'Office of the President of Türkiye', from: '"President Erdogan emphasised the significance', to: "'win-win' approach\".", mixed: true, note: 'the sentence starts inside the quotation; the implicit subject of "said" is Erdogan' },
      { speaker: 'Office of the President of Türkiye', from: 'They also addressed "potential steps', to: '", it said.', mixed: true },
      { speaker: 'Recep Tayyip Erdogan', via: 'Office of the President of Türkiye', from: 'Erdogan also told Pashinyan that', to: 'posed by Iran-Israel standoff.', mixed: true },
    ],
    contacts: [
      { a: 'Recep Tayyip Erdogan', b: 'Nikol Pashinyan', kind: 'meeting', date: '2025-06-20', status: 'held', date_text: 'on Friday', evidence: 'The talks between the two leaders took place at Dolmabahce Palace on Friday' },
    ],
    excluded: [],
  },

  dev096: {
    file: '096_ocmedia_darsalia_hanrahan_washington.txt',
    url: 'https://oc-media.org/georgias-deputy-foreign-minister-visits-washington-expresses-desire-for-reset',
    outlet: 'OC Media',
    style: 'regional press (OC Media), ministry readout of a meeting, single curly quotation marks',
    patterns: ['single curly quotation marks throughout (‘…’), with apostrophes ’ inside quotes', 'quoted word in the headline (optional quote)', 'met with …, expressing a desire for a ‘reset’ (participial speech, mixed, one-word quote)', 'released information about the meeting on Tuesday night (release time, not the meeting day: date null)', 'According to the statement, … ‘…’ / The ministry noted that ‘…’ (ministry as speaker)', '‘…’, the statement read, noting that ‘…’ (two quotes, frame only)', 'four-person meeting (two per side): cross-side pairs required, same-side pairs optional', 'claims from the ruling party that … (nominal speech act)', 'spelling: title "Deputy Secretary of State" as given by the outlet'],
    actors: [
      { name: 'Lasha Darsalia', kind: P, role: 'Deputy Foreign Minister of Georgia', surface: ['Georgia’s Deputy Foreign Minister, Lasha Darsalia', 'Darsalia'] },
      { name: 'Brendan Hanrahan', kind: P, role: 'U.S. Assistant Secretary of State for European and Eurasian Affairs (the outlet writes Deputy Secretary of State)', surface: ['US Deputy Secretary of State Brendan Hanrahan', 'Hanrahan'] },
      { name: 'Tamar Taliashvili', kind: P, role: 'Ambassador of Georgia to the United States', surface: ['Georgia’s ambassador to the US Tamar Taliashvili'] },
      { name: 'Sonata Coulter', kind: P, role: 'U.S. Deputy Assistant Secretary of State', surface: ['the US Deputy Assistant Secretary of State Sonata Coulter'] },
      { name: 'Ministry of Foreign Affairs of Georgia', kind: O, role: null, surface: ['The Georgian Foreign Ministry', 'The ministry', 'the ministry', 'the statement'] },
      { name: 'Georgian Dream', kind: O, role: 'ruling party of Georgia', surface: ['the ruling Georgian Dream party'] },
      { name: 'Bidzina Ivanishvili', kind: P, role: 'founder and honorary chair of Georgian Dream', surface: ['Bidzina Ivanishvili'] },
    ],
    quotes: [
      { speaker: 'Lasha Darsalia', text: 'reset', nth: 0, optional: true, note: 'in the headline; one word' },
      { speaker: 'Lasha Darsalia', text: 'reset', after: 'expressing a desire for a', nth: 0, optional: true, note: 'one word; the outlet’s rendering of the ministry’s "readiness to reset relations"' },
      { speaker: 'Ministry of Foreign Affairs of Georgia', text: 'important issues in bilateral relations' },
      { speaker: 'Ministry of Foreign Affairs of Georgia', text: 'the Georgian side once again emphasised its readiness to reset relations with the United States and the importance of renewing the strategic partnership' },
      { speaker: 'Ministry of Foreign Affairs of Georgia', text: 'The meeting also covered ongoing developments in the region and prospects for cooperation with Georgia' },
      { speaker: 'Ministry of Foreign Affairs of Georgia', text: 'the American side reaffirmed its unconditional support for Georgia’s sovereignty and territorial integrity' },
    ],
    reported: [
      { speaker: 'Lasha Darsalia', from: 'Georgia’s Deputy Foreign Minister, Lasha Darsalia, met', to: 'between the two countries.', mixed: true },
      { speaker: 'Ministry of Foreign Affairs of Georgia', text: 'The Georgian Foreign Ministry released information about the meeting on Tuesday night.', optional: true, note: 'speech act without content' },
      { speaker: 'Ministry of Foreign Affairs of Georgia', from: 'According to the statement, during the meeting', to: 'bilateral relations’.', mixed: true },
      { speaker: 'Ministry of Foreign Affairs of Georgia', from: 'The ministry noted that', to: 'renewing the strategic partnership’.', mixed: true },
      { speaker: 'Ministry of Foreign Affairs of Georgia', from: '‘The meeting also covered', to: 'sovereignty and territorial integrity’.', optional: true, note: 'two quotations joined by a frame ("the statement read, noting that"); no paraphrase' },
      { speaker: 'Ministry of Foreign Affairs of Georgia', from: 'According to the ministry, in addition to', to: 'Sonata Coulter.' },
      { speaker: 'Georgian Dream', from: 'This has been accompanied by claims', to: 'into a war with Russia.' },
    ],
    contacts: [
      ...cross(['Lasha Darsalia', 'Tamar Taliashvili'], ['Brendan Hanrahan', 'Sonata Coulter'], { kind: 'meeting', date: null, status: 'held', date_text: null, evidence: 'met with US Deputy Secretary of State Brendan Hanrahan in Washington; the meeting was attended by Georgia’s ambassador … and the US Deputy Assistant Secretary of State Sonata Coulter', note: 'no day for the meeting (only for the release)' }),
      { a: 'Lasha Darsalia', b: 'Tamar Taliashvili', kind: 'meeting', date: null, status: 'held', optional: true, note: 'same (Georgian) side of the table' },
      { a: 'Brendan Hanrahan', b: 'Sonata Coulter', kind: 'meeting', date: null, status: 'held', optional: true, note: 'same (U.S.) side of the table' },
    ],
    excluded: [],
  },
};
