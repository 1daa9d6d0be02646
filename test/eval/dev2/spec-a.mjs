// Hand annotation of dev2 articles 001-017 (Central Asia, South Asia, East and Southeast Asia, Pacific; 2019-2025).
// Annotated from the article text alone, as a careful human reader, following test/eval/ANNOTATING.md; the
// extraction rules were not read. Items are anchored by their exact text (or first/last words, `from`/`to`);
// build-gold.mjs computes and verifies the offsets.
//
// Conventions applied (beyond ANNOTATING.md, as in dev/):
// - Headlines and decks without final punctuation are not annotated.
// - "X and Y discussed / agreed / reaffirmed …" and "the sides …" (collective subjects) are optional, with the
//   first party as speaker.
// - A call or meeting whose day the text does not give has date null, even when a dateline gives the report's day.
// - Members of one delegation (same side of the table) do not "meet" each other.
const P = 'person';
const O = 'org';
const cross = (as, bs, c) => as.flatMap((a) => bs.map((b) => ({ a, b, ...c })));

export default {
  d2001: {
    file: '001_trend_saidov_nurtleu_call.txt',
    url: 'https://www.trend.az/business/4089628.html',
    outlet: 'Trend',
    style: 'agency (Azerbaijani news agency), post on X by a minister after a call',
    patterns: ['no headline in the stored page: the body starts on the date line with the "TASHKENT, Uzbekistan, September 11." dateline', 'a quotation over two paragraphs (the first paragraph left open, the second reopened): two quotes', 'the frame follows the second paragraph only ("wrote Saidov on the X platform")', 'Deputy Prime Minister–Foreign Minister (en dash title after the name)', 'call with no day in the text (dateline only)'],
    actors: [
      { name: 'Bakhtiyor Saidov', kind: P, role: 'Foreign Minister of Uzbekistan', surface: ['Uzbekistan’s Minister of Foreign Affairs, Bakhtiyor Saidov', 'Saidov'] },
      { name: 'Murat Nurtleu', kind: P, role: 'Deputy Prime Minister and Foreign Minister of Kazakhstan', surface: ['Murat Nurtleu'] },
      { name: 'Trend', kind: O, role: 'news agency', media: true, surface: ['Trend'] },
    ],
    quotes: [
      { speaker: 'Bakhtiyor Saidov', text: 'We reviewed the positive trends of Uzbekistan-Kazakhstan ties of strategic partnership and alliance and reiterated the importance of regional solidarity and coordinated approaches to current international challenges.', unclosed: true, note: 'first paragraph of a two-paragraph quotation; no closing mark' },
      { speaker: 'Bakhtiyor Saidov', text: 'We also discussed preparations for several upcoming bilateral and multilateral events, including high-level meetings aimed at strengthening our regional cooperation architecture,' },
    ],
    reported: [
      { speaker: 'Bakhtiyor Saidov', from: 'Uzbekistan’s Minister of Foreign Affairs, Bakhtiyor Saidov, held', to: 'Trend reports.', optional: true, note: 'a call and its topics, reported by the agency; "discussed" without content' },
    ],
    contacts: [
      { a: 'Bakhtiyor Saidov', b: 'Murat Nurtleu', kind: 'call', date: null, status: 'held', date_text: null, evidence: 'held a phone conversation with Murat Nurtleu', note: 'no day in the text; the dateline (September 11) dates the report' },
    ],
    excluded: [],
  },

  d2002: {
    file: '002_kazinform_tileuberdi_kamilov_call.txt',
    url: 'https://www.inform.kz/en/kazakh-uzbek-fms-eye-regional-cooperation-amid-coronavirus-pandemic_a3641720',
    outlet: 'Kazinform',
    style: 'state agency (Kazakhstan), ministry readout of a call',
    patterns: ['"NUR-SULTAN. KAZINFORM – " dateline', 'his Uzbek counterpart Abdulaziz Kamilov (apposition)', 'country as speaker: "Kazakhstan expressed its support"', 'coordinated subjects ("A and B continued by noting"), "the sides", "The Kazakh and Uzbek foreign ministers" (collective)', 'capitals as parties ("Nur-Sultan and Tashkent’s commitment")', 'call with no day in the text', 'byline, author and tag lines dropped'],
    actors: [
      { name: 'Mukhtar Tileuberdi', kind: P, role: 'Foreign Minister of Kazakhstan', surface: ['Minister of Foreign Affairs of Kazakhstan Mukhtar Tileuberdi', 'Mukhtar Tileuberdi'] },
      { name: 'Abdulaziz Kamilov', kind: P, role: 'Foreign Minister of Uzbekistan', surface: ['his Uzbek counterpart Abdulaziz Kamilov', 'Abdulaziz Kamilov'] },
      { name: 'Ministry of Foreign Affairs of Kazakhstan', kind: O, role: null, surface: ['the press service of the Kazakh MFA'] },
      { name: 'Government of Kazakhstan', kind: O, role: null, surface: ['Kazakhstan expressed'] },
      { name: 'Kazinform', kind: O, role: 'news agency', media: true, surface: ['Kazinform'] },
    ],
    quotes: [],
    reported: [
      { speaker: 'Ministry of Foreign Affairs of Kazakhstan', from: 'At the initiative of the Uzbek side', to: 'press service of the Kazakh MFA.', optional: true, note: 'the call itself, sourced to the ministry; no content' },
      { speaker: null, from: 'During the telephone talk, the sides discussed', to: 'in May 2020.', optional: true, note: '"the sides discussed" (collective, topic only)' },
      { speaker: 'Government of Kazakhstan', text: 'Kazakhstan expressed its support to Uzbekistan’s initiative to hold a teleconference of the Council of Foreign Ministers of the CIS member states.', note: 'country as speaker (its minister in the call)' },
      { speaker: 'Mukhtar Tileuberdi', from: 'Mukhtar Tileuberdi and Abdulaziz Kamilov continued by noting', to: 'economies of the two countries.', optional: true, note: 'coordinated subjects' },
      { speaker: 'Mukhtar Tileuberdi', from: 'The Kazakh and Uzbek foreign ministers also reiterated', to: 'cultural cooperation.', optional: true, note: 'collective' },
    ],
    contacts: [
      { a: 'Mukhtar Tileuberdi', b: 'Abdulaziz Kamilov', kind: 'call', date: null, status: 'held', date_text: null, evidence: 'Mukhtar Tileuberdi and his Uzbek counterpart Abdulaziz Kamilov had a telephone conversation', note: 'no day in the text' },
    ],
    excluded: [],
  },

  d2003: {
    file: '003_astanatimes_tokayev_kamilov.txt',
    url: 'https://astanatimes.com/2021/02/kazakh-president-and-uzbek-foreign-minister-discuss-strengthening-of-bilateral-relations/',
    outlet: 'The Astana Times',
    style: 'regional press (Kazakhstan), presidential press service readout of a visit',
    patterns: ['no headline in the stored page: the body starts on the date line', '"NUR-SULTAN – " dateline; meeting "on Feb. 18" (article date)', 'a message from a third head of state delivered by the visiting minister (letter contact)', 'conference title in quotation marks (excluded)', 'roles pointing back: The Kazakh President, the Uzbek President', 'a second meeting "later that day" with another minister', 'planned visit with no date ("once there is an improvement")'],
    actors: [
      { name: 'Kassym-Jomart Tokayev', kind: P, role: 'President of Kazakhstan', surface: ['Kazakh President Kassym-Jomart Tokayev', 'Tokayev', 'The Kazakh President'] },
      { name: 'Abdulaziz Kamilov', kind: P, role: 'Foreign Minister of Uzbekistan', surface: ['Uzbek Minister of Foreign Affairs Abdulaziz Kamilov', 'Kamilov'] },
      { name: 'Shavkat Mirziyoyev', kind: P, role: 'President of Uzbekistan', surface: ['Uzbek President Shavkat Mirziyoyev', 'the Uzbek President'] },
      { name: 'Mukhtar Tileuberdi', kind: P, role: 'Foreign Minister of Kazakhstan', surface: ['Kazakh Minister of Foreign Affairs Mukhtar Tileuberdi'] },
      { name: 'Press Service of the President of Kazakhstan', kind: O, role: 'Akorda press service', surface: ['the Akorda press service'] },
    ],
    quotes: [],
    reported: [
      { speaker: 'Press Service of the President of Kazakhstan', from: 'NUR-SULTAN – Kazakh President', to: 'the Akorda press service reported.', optional: true, note: 'meeting and topic, sourced to the press service' },
      { speaker: 'Shavkat Mirziyoyev', via: 'Abdulaziz Kamilov', from: 'Kamilov delivered Uzbek President', to: 'international conference in Tashkent.', optional: true, note: 'content of a delivered message' },
      { speaker: 'Abdulaziz Kamilov', from: 'Kamilov and Tokayev have discussed', to: 'friendship and good-neighborliness.', optional: true, note: 'coordinated subjects' },
      { speaker: 'Kassym-Jomart Tokayev', from: 'The Kazakh President has stressed that', to: 'contemporary challenges.' },
      { speaker: 'Kassym-Jomart Tokayev', from: 'Tokayev expressed his confidence that', to: 'epidemiological situation.' },
      { speaker: 'Mukhtar Tileuberdi', from: 'Kazakh Minister of Foreign Affairs Mukhtar Tileuberdi had discussed', to: 'later that day.', optional: true, note: 'discussed, topics only' },
      { speaker: 'Mukhtar Tileuberdi', from: 'They have confirmed their mutual interest', to: 'high official levels.', optional: true, note: 'collective' },
    ],
    contacts: [
      { a: 'Kassym-Jomart Tokayev', b: 'Abdulaziz Kamilov', kind: 'meeting', date: '2021-02-18', status: 'held', date_text: 'on Feb. 18', evidence: 'discussed the strengthening of bilateral relations during the minister’s official working visit to Nur-Sultan on Feb. 18' },
      { a: 'Shavkat Mirziyoyev', b: 'Kassym-Jomart Tokayev', kind: 'letter', date: '2021-02-18', status: 'held', date_text: 'on Feb. 18', evidence: 'Kamilov delivered Uzbek President Shavkat Mirziyoyev’s message' },
      { a: 'Shavkat Mirziyoyev', b: 'Kassym-Jomart Tokayev', kind: 'meeting', date: null, status: 'planned', date_text: 'once there is an improvement in the epidemiological situation', evidence: 'the Uzbek President would visit Kazakhstan' },
      { a: 'Mukhtar Tileuberdi', b: 'Abdulaziz Kamilov', kind: 'meeting', date: '2021-02-18', status: 'held', date_text: 'later that day', evidence: 'had discussed bilateral cooperation and the international agenda with Kamilov later that day' },
    ],
    excluded: [
      { text: 'Central Asia and South Asia: Regional Connectivity. Challenges and Opportunities', reason: 'conference title' },
    ],
  },

  d2004: {
    file: '004_daryo_nurtleu_saidov_khiva.txt',
    url: 'https://daryo.uz/en/2025/03/21/kazakhstan-uzbekistan-deepen-cooperation-in-khiva',
    outlet: 'Daryo',
    style: 'regional press (Uzbekistan), report of a ministerial council',
    patterns: ['no headline in the stored page: the body starts on the date line', 'long title before the name ("Deputy Prime Minister and Minister of Foreign Affairs of Kazakhstan, Murat Nurtleu,")', 'X echoed this sentiment, emphasizing … (reported, participle)', 'He pointed to … (pronoun, speech verb "pointed to")', 'a past state visit with no date; a president named only as "their presidents"', 'institution name in straight quotation marks (excluded)', 'meeting with no day in the text', 'page cut mid-paragraph (dropped)'],
    actors: [
      { name: 'Murat Nurtleu', kind: P, role: 'Deputy Prime Minister and Foreign Minister of Kazakhstan', surface: ['Deputy Prime Minister and Minister of Foreign Affairs of Kazakhstan, Murat Nurtleu', 'Murat Nurtleu', 'He'] },
      { name: 'Bakhtiyor Saidov', kind: P, role: 'Foreign Minister of Uzbekistan', surface: ['Uzbek Foreign Minister Bakhtiyor Saidov'] },
      { name: 'Shavkat Mirziyoyev', kind: P, role: 'President of Uzbekistan', surface: ['Uzbek President Shavkat Mirziyoyev'] },
      { name: 'Kassym-Jomart Tokayev', kind: P, role: 'President of Kazakhstan', surface: ['their presidents'] },
    ],
    quotes: [],
    reported: [
      { speaker: 'Murat Nurtleu', text: 'Both sides reaffirmed their commitment to deepening their alliance based on shared values of friendship, brotherhood, and good neighborliness.', optional: true, note: 'collective' },
      { speaker: 'Murat Nurtleu', text: 'Murat Nurtleu highlighted that Kazakh-Uzbek relations are advancing steadily, driven by the political vision of their presidents.' },
      { speaker: 'Murat Nurtleu', from: 'He pointed to the historic first meeting', to: 'Strategic Partnership and Alliance Program.' },
      { speaker: 'Bakhtiyor Saidov', from: 'Uzbek Foreign Minister Bakhtiyor Saidov echoed', to: 'bilateral and multilateral formats.' },
      { speaker: null, text: 'Both nations committed to increasing this figure to $10bn by 2030, in line with previous agreements.', optional: true, note: 'collective' },
    ],
    contacts: [
      { a: 'Murat Nurtleu', b: 'Bakhtiyor Saidov', kind: 'meeting', date: null, status: 'held', date_text: null, evidence: 'paid a working visit to Khiva, Uzbekistan, where he participated in the inaugural meeting of the Council of Ministers of Foreign Affairs (CMFA) of Kazakhstan and Uzbekistan', note: 'no day in the text' },
      { a: 'Shavkat Mirziyoyev', b: 'Kassym-Jomart Tokayev', kind: 'meeting', date: null, status: 'held', optional: true, date_text: null, evidence: 'the historic first meeting of the Supreme Interstate Council during Uzbek President Shavkat Mirziyoyev’s state visit to Astana', note: 'the host only as "their presidents"' },
    ],
    excluded: [
      { text: 'Central Asia', reason: 'name of an institution' },
    ],
  },

  d2005: {
    file: '005_eurasianet_japarov_rahmon_newyork.txt',
    url: 'https://bishkekherald.com/2023/10/24/kyrgyzstan-tajikistan-presidents-meet-to-tamp-down-border-tensions/',
    outlet: 'Eurasianet (via The Bishkek Herald)',
    style: 'international press (Eurasianet), analysis of two leaders’ meetings',
    patterns: ['no headline in the stored page: the body starts on the date line', 'two meetings with dates in the text (September 14 in Dushanbe, September 19 in New York) in an article reposted later', 'his Tajik counterpart, Emomali Rahmon (apposition)', 'presidents’ offices as speakers ("A statement issued by Japarov’s office said"; "press release … omitted this detail")', 'a security chief "demanded in markedly aggressive terms that …" (reported, relative clause) then a multi-sentence quote', '"Our head of state" inside a quote', 'source line dropped'],
    actors: [
      { name: 'Sadyr Japarov', kind: P, role: 'President of Kyrgyzstan', surface: ['Kyrgyz President Sadyr Japarov', 'Our head of state'] },
      { name: 'Emomali Rahmon', kind: P, role: 'President of Tajikistan', surface: ['his Tajik counterpart, Emomali Rahmon'] },
      { name: 'Office of the President of Kyrgyzstan', kind: O, role: null, surface: ['Japarov’s office'] },
      { name: 'Office of the President of Tajikistan', kind: O, role: null, surface: ['Rahmon’s office'] },
      { name: 'Kamchybek Tashiyev', kind: P, role: 'Head of the State Committee for National Security of Kyrgyzstan', surface: ['the head of Kyrgyzstan’s security services, Kamchybek Tashiyev', 'Tashiyev', 'He'] },
    ],
    quotes: [
      { speaker: 'Kamchybek Tashiyev', text: 'Until now, we have tried to resolve this issue peacefully, and we will continue to do so. Our head of state has directed us to resolve issues through negotiations. But at the same time, it must be said that an act of aggression was committed against our state last year. We will not allow such aggression in future,' },
    ],
    reported: [
      { speaker: 'Office of the President of Kyrgyzstan', text: 'A statement issued by Japarov’s office said the issues of delimitation and demarcation of the Kyrgyz-Tajik border were object of special attention.' },
      { speaker: 'Office of the President of Tajikistan', text: 'A more cursory press release from Rahmon’s office omitted this detail.', optional: true, note: 'what a statement did not say' },
      { speaker: 'Kamchybek Tashiyev', from: 'Whatever goodwill was fostered', to: 'sections of the contested border.' },
    ],
    contacts: [
      { a: 'Sadyr Japarov', b: 'Emomali Rahmon', kind: 'meeting', date: '2023-09-19', status: 'held', date_text: 'on September 19', evidence: 'spoke on September 19 in New York on the sidelines of the ongoing UN General Assembly' },
      { a: 'Sadyr Japarov', b: 'Emomali Rahmon', kind: 'meeting', date: '2023-09-14', status: 'held', date_text: 'on September 14', evidence: 'the one the two men held in Dushanbe on September 14 during a Central Asian presidential consultative meeting' },
    ],
    excluded: [],
  },

  d2006: {
    file: '006_dawn_fo_india_talks.txt',
    url: 'https://www.dawn.com/news/1689415/time-not-right-for-talks-with-india-says-fo',
    outlet: 'Dawn',
    style: 'regional press (Pakistan), weekly briefing of the foreign ministry spokesman',
    patterns: ['"ISLAMABAD: " dateline', 'ministry as speaker ("The Foreign Office on Thursday said that …")', 'spokesman named once, then "He", "The spokesman"', 'said: “…” (colon frame)', 'X noted that …, “…” (mixed: partial quote closing the sentence, period outside the marks)', 'leaders named by office ("PM Sharif and his Indian counterpart") exchanged messages (letter, no date)', '"the former" pointing back'],
    actors: [
      { name: 'Ministry of Foreign Affairs of Pakistan', kind: O, role: 'Foreign Office', surface: ['The Foreign Office'] },
      { name: 'Asim Iftikhar Ahmad', kind: P, role: 'Spokesperson, Ministry of Foreign Affairs of Pakistan', surface: ['FO spokesman Asim Iftikhar', 'He', 'The spokesman'] },
      { name: 'Shehbaz Sharif', kind: P, role: 'Prime Minister of Pakistan', surface: ['PM Sharif', 'the former'] },
      { name: 'Narendra Modi', kind: P, role: 'Prime Minister of India', surface: ['his Indian counterpart'] },
      { name: 'Imran Khan', kind: P, role: 'former Prime Minister of Pakistan', surface: ['Mr Imran Khan'] },
    ],
    quotes: [
      { speaker: 'Asim Iftikhar Ahmad', text: 'In diplomacy you never shut the doors.' },
      { speaker: 'Asim Iftikhar Ahmad', text: 'the environment for a fruitful, constructive dialogue is not there' },
    ],
    reported: [
      { speaker: 'Ministry of Foreign Affairs of Pakistan', from: 'The Foreign Office on Thursday said', to: 'was lacking.' },
      { speaker: 'Asim Iftikhar Ahmad', from: 'He said that there was a national consensus', to: 'disputes with India.' },
      { speaker: 'Asim Iftikhar Ahmad', from: 'The spokesman, while answering a question, noted', to: 'dialogue is not there”.', mixed: true },
    ],
    contacts: [
      { a: 'Shehbaz Sharif', b: 'Narendra Modi', kind: 'letter', date: null, status: 'held', date_text: null, evidence: 'PM Sharif and his Indian counterpart had exchanged messages after the former was elected as the prime minister' },
    ],
    excluded: [],
  },

  d2007: {
    file: '007_scroll_jaishankar_pompeo.txt',
    url: 'https://scroll.in/latest/939281/s-jaishankar-and-us-state-secretary-mike-pompeo-discuss-bilateral-relations-and-kashmir',
    outlet: 'Scroll.in (citing PTI)',
    style: 'regional press (India), report of a minister’s US visit',
    patterns: ['no headline in the stored page: the body starts on the date line', 'meeting "on Monday" in a Thursday article (three days earlier); "On Wednesday" for another event', 'Indian name with initial (S Jaishankar)', 'organisation as speaker: "said the US foreign office" (State Department)', 'a quoted talk topic inside a sentence (optional)', 'tweet quoted over two quotation pairs with the frame between them', 'several contacts without a day ("He also met US Secretary of Defence Mark Esper")', 'embedded tweets dropped'],
    actors: [
      { name: 'S. Jaishankar', kind: P, role: 'Minister of External Affairs of India', surface: ['Minister of External Affairs S Jaishankar', 'Jaishankar', 'he'] },
      { name: 'Mike Pompeo', kind: P, role: 'U.S. Secretary of State', surface: ['United States Secretary of State Mike Pompeo'] },
      { name: 'U.S. Department of State', kind: O, role: null, surface: ['the US foreign office'] },
      { name: 'Press Trust of India', kind: O, role: 'news agency', media: true, surface: ['PTI'] },
      { name: 'Mark Esper', kind: P, role: 'U.S. Secretary of Defense', surface: ['US Secretary of Defence Mark Esper'] },
      { name: 'Nancy Pelosi', kind: P, role: 'Speaker of the U.S. House of Representatives', surface: ['US House of Representatives Speaker Nancy Pelosi', 'Speaker Pelosi'] },
      { name: 'Narendra Modi', kind: P, role: 'Prime Minister of India', surface: ['Narendra Modi'] },
      { name: 'Donald Trump', kind: P, role: 'President of the United States', surface: ['Donald Trump'] },
      { name: 'Mahatma Gandhi', kind: P, role: 'historical figure', surface: ['Mahatma Gandhi'] },
    ],
    quotes: [
      { speaker: 'U.S. Department of State', text: 'They also discussed plans to advance our complementary visions of a free and open Indo-Pacific region following the successful Quadrilateral Consultations on the margins of the UN General Assembly last week,' },
      { speaker: 'S. Jaishankar', text: 'the contemporary world and its security challenges', optional: true, note: 'topic of his talk, in quotation marks' },
      { speaker: 'S. Jaishankar', text: 'Deeply appreciate the warm sentiments expressed Speaker Pelosi about India and our relationship with the US,' },
      { speaker: 'S. Jaishankar', text: 'Especially value her recognition of the leadership of Narendra Modi, including on tackling climate change.' },
    ],
    reported: [
      { speaker: null, from: 'Minister of External Affairs S Jaishankar and', to: 'PTI reported on Thursday.', optional: true, note: 'collective "discussed", reported by an agency' },
      { speaker: 'S. Jaishankar', from: 'On Wednesday, he attended', to: 'at the Heritage Foundation think-tank.', optional: true, mixed: true, note: '"analysed “…”": a talk, not a statement' },
    ],
    contacts: [
      { a: 'S. Jaishankar', b: 'Mike Pompeo', kind: 'meeting', date: '2019-09-30', status: 'held', date_text: 'on Monday', evidence: 'The two leaders met at the US Department of State on Monday', note: 'Monday before a Thursday article' },
      { a: 'S. Jaishankar', b: 'Mark Esper', kind: 'meeting', date: null, status: 'held', date_text: null, evidence: 'He also met US Secretary of Defence Mark Esper' },
      { a: 'S. Jaishankar', b: 'Nancy Pelosi', kind: 'meeting', date: null, status: 'held', optional: true, date_text: null, evidence: 'attended an event … Speaker Nancy Pelosi … were also present', note: 'both at one event' },
    ],
    excluded: [],
  },

  d2008: {
    file: '008_zeenews_jaishankar_blinken.txt',
    url: 'https://zeenews.india.com/india/amid-india-canada-row-eam-s-jaishankar-meets-us-counterpart-antony-blinken-2668430.html',
    outlet: 'Zee News',
    style: 'regional press (India), leaders’ remarks before a meeting',
    patterns: ['no headline in the stored page: the body starts on the date line with "Washington: "', 'meeting with no day in the text', 'X said that …; then a long quote framed by "Blinken told reporters" (reported + quote in one paragraph)', 'X recalled … and said that … (reported), then a quote with the vocative "Antony"', 'planned 2+2 dialogue in Delhi (no date)', 'background 2+2 "in April last year" (month only; delegation pairs across the table)', 'embedded tweet dropped'],
    actors: [
      { name: 'S. Jaishankar', kind: P, role: 'Minister of External Affairs of India', surface: ['External Affairs Minister S Jaishankar', 'Jaishankar', 'Foreign Minister Jaishankar'] },
      { name: 'Antony Blinken', kind: P, role: 'U.S. Secretary of State', surface: ['his US counterpart Antony Blinken', 'Antony Blinken', 'Blinken', 'Antony', 'US Secretary of State Antony Blinken'] },
      { name: 'Narendra Modi', kind: P, role: 'Prime Minister of India', surface: ['Prime Minister Narendra Modi', 'the Prime Minister'] },
      { name: 'Rajnath Singh', kind: P, role: 'Defence Minister of India', surface: ['Defence Minister Rajnath Singh'] },
      { name: 'Lloyd Austin', kind: P, role: 'U.S. Secretary of Defense', surface: ['US Secretary of Defence Lloyd Austin'] },
    ],
    quotes: [
      { speaker: 'Antony Blinken', text: 'It is a pleasure to welcome my friend and colleague Foreign Minister Jaishankar here at the State Department. We have had very good discussions over the last few weeks, of course at the G20, in New York and the General Assembly and I am looking forward,' },
      { speaker: 'S. Jaishankar', text: 'Thank you Antony, good to be back here. And we, of course, had the Prime Minister here this summer. We thank the US for all the support at the G20 Summit and I actually look forward to seeing you in Delhi for 2+2,' },
    ],
    reported: [
      { speaker: 'S. Jaishankar', from: 'Washington: External Affairs Minister S Jaishankar held', to: 'from the bilateral talks.', optional: true, note: '"the two leaders affirmed hope" (collective)' },
      { speaker: 'Antony Blinken', text: 'Antony Blinken said that the two leaders have had very good discussions lately and are looking forward to the talks.' },
      { speaker: 'S. Jaishankar', from: 'Jaishankar recalled Prime Minister', to: 'for the 2+2 dialogue.' },
    ],
    contacts: [
      { a: 'S. Jaishankar', b: 'Antony Blinken', kind: 'meeting', date: null, status: 'held', date_text: null, evidence: 'held a meeting with his US counterpart Antony Blinken in Washington DC', note: 'no day in the text' },
      { a: 'S. Jaishankar', b: 'Antony Blinken', kind: 'meeting', date: null, status: 'planned', date_text: null, evidence: 'Blinken\'s visit to Delhi for the 2+2 dialogue' },
      ...cross(['S. Jaishankar', 'Rajnath Singh'], ['Antony Blinken', 'Lloyd Austin'], { kind: 'meeting', date: null, status: 'held', date_text: 'in April last year', evidence: 'represented the Indian side and were welcomed by US Secretary of State Antony Blinken and US Secretary of Defence Lloyd Austin', note: 'fourth 2+2 dialogue; month only' }),
    ],
    excluded: [],
  },

  d2009: {
    file: '009_anews_wang_yi_sullivan.txt',
    url: 'https://www.anews.com.tr/diplomacy/2024/08/27/chinas-wang-says-wants-substantive-talks-as-he-meets-top-us-official',
    outlet: 'A News (AFP copy)',
    style: 'international press (Turkish broadcaster, AFP copy), opening remarks of talks',
    patterns: ['straight single quotes in the headline (not annotated)', 'Chinese name (surname first: Wang Yi → Wang)', 'one-word quotes inside a reported sentence ("substantive" and "constructive")', 'X added that he wanted … "…", referring to … (mixed)', 'Sullivan, meanwhile, said he was "looking forward" to … (mixed)', 'talks "on Tuesday evening and Wednesday" (the article day and the next)', 'Presidents Joe Biden and Xi Jinping (shared title): background meeting last year'],
    actors: [
      { name: 'Wang Yi', kind: P, role: 'Foreign Minister of China', surface: ['Chinese Foreign Minister Wang Yi', 'Wang'] },
      { name: 'Jake Sullivan', kind: P, role: 'U.S. National Security Advisor', surface: ['top White House official Jake Sullivan', 'Sullivan', 'he'] },
      { name: 'Joe Biden', kind: P, role: 'President of the United States', surface: ['Joe Biden'] },
      { name: 'Xi Jinping', kind: P, role: 'President of China', surface: ['Xi Jinping'] },
    ],
    quotes: [
      { speaker: 'Wang Yi', text: 'substantive', after: 'was hoping for ', nth: 0 },
      { speaker: 'Wang Yi', text: 'constructive', after: 'was hoping for ', nth: 0 },
      { speaker: 'Wang Yi', text: 'I hope as always the communication will be not only strategic, but also substantive and at the same time very constructive,' },
      { speaker: 'Wang Yi', text: 'help China-US relations move forward towards the San Francisco vision' },
      { speaker: 'Jake Sullivan', text: 'looking forward' },
      { speaker: 'Jake Sullivan', text: "We'll delve into a wide range of issues, including issues on which we agree and those issues... where there are still differences that we need to manage effectively and substantively," },
      { speaker: 'Jake Sullivan', text: 'It will be, I think, a very productive round of conversations,' },
    ],
    reported: [
      { speaker: 'Wang Yi', from: 'Chinese Foreign Minister Wang Yi said Tuesday', to: 'as the two met in Beijing.', mixed: true },
      { speaker: 'Wang Yi', from: 'Wang added that he wanted', to: 'in the US city last year.', mixed: true },
      { speaker: 'Jake Sullivan', text: 'Sullivan, meanwhile, said he was "looking forward" to the talks on Tuesday evening and Wednesday.', mixed: true },
    ],
    contacts: [
      { a: 'Wang Yi', b: 'Jake Sullivan', kind: 'meeting', date: '2024-08-27', status: 'held', date_text: 'Tuesday', evidence: 'as the two met in Beijing' },
      { a: 'Wang Yi', b: 'Jake Sullivan', kind: 'meeting', date: '2024-08-28', status: 'planned', date_text: 'Wednesday', evidence: 'the talks on Tuesday evening and Wednesday' },
      { a: 'Joe Biden', b: 'Xi Jinping', kind: 'meeting', date: null, status: 'held', date_text: 'last year', evidence: 'during talks in the US city last year' },
    ],
    excluded: [],
  },

  d2010: {
    file: '010_nhk_hayashi_park_newyork.txt',
    url: 'https://www3.nhk.or.jp/nhkworld/en/news/20220920_12/',
    outlet: 'NHK World',
    style: 'international press (Japanese public broadcaster), report of a ministers’ meeting',
    patterns: ['Japanese names in surname-first order (Hayashi Yoshimasa, Kishida Fumio) beside a Korean name (Park Jin, Yoon Suk-yeol)', 'meeting "on Monday" in a Tuesday article (Japan time)', 'X reiterated that … / repeated his call for … (reported)', 'government as speaker ("The Japanese government says")', '"The two said" / "They confirmed" / "They also agreed" (collective)', 'X told reporters after the meeting that …; He said that … ; X said nothing has been decided about a possible summit (reported; possible summit optional)'],
    actors: [
      { name: 'Yoshimasa Hayashi', kind: P, role: 'Foreign Minister of Japan', surface: ['Japanese Foreign Minister Hayashi Yoshimasa', 'Hayashi', 'He'] },
      { name: 'Park Jin', kind: P, role: 'Foreign Minister of South Korea', surface: ['his South Korean counterpart Park Jin', 'Park'] },
      { name: 'Government of Japan', kind: O, role: null, surface: ['The Japanese government'] },
      { name: 'Fumio Kishida', kind: P, role: 'Prime Minister of Japan', surface: ['Japanese Prime Minister Kishida Fumio'] },
      { name: 'Yoon Suk-yeol', kind: P, role: 'President of South Korea', surface: ['South Korean President Yoon Suk-yeol'] },
    ],
    quotes: [],
    reported: [
      { speaker: 'Yoshimasa Hayashi', from: 'The foreign ministers of Japan and South Korea have agreed', to: 'between the two countries.', optional: true, note: 'collective' },
      { speaker: 'Park Jin', from: 'Park reiterated that', to: 'are liquidated.' },
      { speaker: 'Yoshimasa Hayashi', text: 'Hayashi also repeated his call for the South Korean side to act responsibly in solving the matter.' },
      { speaker: 'Government of Japan', from: 'The Japanese government says', to: 'normalized ties.' },
      { speaker: 'Yoshimasa Hayashi', text: 'The two said constructive diplomatic exchanges are being made.', optional: true, note: 'collective' },
      { speaker: 'Yoshimasa Hayashi', from: 'They confirmed that they would continue talks', to: 'a healthy state.', optional: true, note: 'collective' },
      { speaker: 'Yoshimasa Hayashi', from: 'They also agreed that Japan', to: 'nuclear and missile programs.', optional: true, note: 'collective' },
      { speaker: 'Yoshimasa Hayashi', text: 'Hayashi told reporters after the meeting that he has been speaking with Park for the past three months.' },
      { speaker: 'Yoshimasa Hayashi', from: 'He said that while Japan', to: 'continuing talks to that end.' },
      { speaker: 'Yoshimasa Hayashi', from: 'Hayashi said nothing has been decided', to: 'President Yoon Suk-yeol.' },
    ],
    contacts: [
      { a: 'Yoshimasa Hayashi', b: 'Park Jin', kind: 'meeting', date: '2022-09-19', status: 'held', date_text: 'on Monday', evidence: 'met for about an hour in New York on Monday', note: 'Monday before a Tuesday article' },
      { a: 'Yoshimasa Hayashi', b: 'Park Jin', kind: 'other', date: null, status: 'held', optional: true, date_text: 'for the past three months', evidence: 'he has been speaking with Park for the past three months' },
      { a: 'Fumio Kishida', b: 'Yoon Suk-yeol', kind: 'meeting', date: null, status: 'planned', optional: true, date_text: null, evidence: 'nothing has been decided about a possible summit', note: 'only possible' },
    ],
    excluded: [],
  },

  d2011: {
    file: '011_yonhap_park_hayashi_seoul.txt',
    url: 'https://en.yna.co.kr/view/AEN20220509010651325',
    outlet: 'Yonhap',
    style: 'agency (South Korea), ministers’ meeting before an inauguration',
    patterns: ['"(LEAD)" headline; "SEOUL, May 9 (Yonhap) -- " dateline; byline dropped', 'X held talks with Y on Monday and vowed …, Seoul\'s foreign ministry said (reported via ministry)', 'his incoming South Korean counterpart (role pointing back)', 'ministry as speaker with a full quote; the ministry as "the ministry" / "the foreign ministry"', 'quoted words of a 1998 apology inside a background sentence ("keen remorse", "great damage and pain")', 'Japanese spokesman named surname first (Tsukamoto Yasuhiro) with a long apposition', 'stray space before the final period ("briefing .")', 'last paragraph cut mid-sentence (dropped)'],
    actors: [
      { name: 'Park Jin', kind: P, role: 'Foreign Minister nominee of South Korea', surface: ['South Korean Foreign Minister nominee Park Jin', 'Park', 'his incoming South Korean counterpart'] },
      { name: 'Yoshimasa Hayashi', kind: P, role: 'Foreign Minister of Japan', surface: ['Japanese Foreign Minister Yoshimasa Hayashi', 'Hayashi'] },
      { name: 'Ministry of Foreign Affairs of South Korea', kind: O, role: null, surface: ["Seoul's foreign ministry", 'the ministry', 'the foreign ministry'] },
      { name: 'Yoon Suk-yeol', kind: P, role: 'President-elect of South Korea', surface: ['incoming President Yoon Suk-yeol'] },
      { name: 'Kim Dae-jung', kind: P, role: 'former President of South Korea', surface: ['then South Korean President Kim Dae-jung'] },
      { name: 'Keizo Obuchi', kind: P, role: 'former Prime Minister of Japan', surface: ['then Japanese Prime Minister Keizo Obuchi', 'Obuchi'] },
      { name: 'Yasuhiro Tsukamoto', kind: P, role: 'Assistant Press Secretary, Ministry of Foreign Affairs of Japan', surface: ['Tsukamoto Yasuhiro'] },
    ],
    quotes: [
      { speaker: 'Ministry of Foreign Affairs of South Korea', text: 'speedy consultations' },
      { speaker: 'Ministry of Foreign Affairs of South Korea', text: 'The two sides agreed that strengthening close coordination between South Korea and Japan, as well as with the United States, is ever more essential under the changing situation on the Korean Peninsula and the international order,' },
      { speaker: 'Keizo Obuchi', text: 'keen remorse' },
      { speaker: 'Keizo Obuchi', text: 'great damage and pain' },
    ],
    reported: [
      { speaker: 'Park Jin', via: 'Ministry of Foreign Affairs of South Korea', from: 'South Korean Foreign Minister nominee Park Jin held talks', to: "Seoul's foreign ministry said." },
      { speaker: 'Ministry of Foreign Affairs of South Korea', from: 'During the meeting, the two sides shared the view', to: 'according to the ministry.', mixed: true, optional: true, note: '"the two sides" (collective), sourced to the ministry' },
      { speaker: 'Park Jin', from: 'Park said the two nations need to inherit', to: 'Prime Minister Keizo Obuchi.' },
      { speaker: 'Keizo Obuchi', from: 'The declaration paved the way', to: 'colonization of the Korean Peninsula.', mixed: true },
      { speaker: 'Yasuhiro Tsukamoto', from: 'They also agreed thorny historical issues', to: 'said in an online briefing .' },
    ],
    contacts: [
      { a: 'Park Jin', b: 'Yoshimasa Hayashi', kind: 'meeting', date: '2022-05-09', status: 'held', date_text: 'on Monday', evidence: 'held talks with Japanese Foreign Minister Yoshimasa Hayashi on Monday' },
      { a: 'Yoshimasa Hayashi', b: 'Yoon Suk-yeol', kind: 'meeting', date: '2022-05-10', status: 'planned', optional: true, date_text: 'Tuesday', evidence: "to attend incoming President Yoon Suk-yeol's inauguration ceremony Tuesday", note: 'attending a ceremony' },
      { a: 'Kim Dae-jung', b: 'Keizo Obuchi', kind: 'other', date: null, status: 'held', optional: true, date_text: '1998', evidence: 'a 1998 declaration between then South Korean President Kim Dae-jung and then Japanese Prime Minister Keizo Obuchi' },
    ],
    excluded: [],
  },

  d2012: {
    file: '012_laodong_chinh_ha_vi.txt',
    url: 'https://news.laodong.vn/thoi-su/thu-tuong-chinh-phu-pham-minh-chinh-tiep-dai-su-trung-quoc-1402205.ldo',
    outlet: 'Lao Dong',
    style: 'regional press (Vietnam), ministry readout of a courtesy call',
    patterns: ['Vietnamese name order (Pham Minh Chinh) and a Chinese name in Vietnamese transliteration (Ha Vi)', 'According to the Ministry of Foreign Affairs, asking …, X emphasized that … (long participial frame; reported via ministry)', 'X hopes that Y will urge … (reported without "said"), a sentence ending in "..."', 'In particular, the Prime Minister asked … (role pointing back)', 'very long sentences', 'byline dropped; last paragraph cut mid-word (dropped)'],
    actors: [
      { name: 'Pham Minh Chinh', kind: P, role: 'Prime Minister of Vietnam', surface: ['Prime Minister Pham Minh Chinh', 'the Prime Minister'] },
      { name: 'He Wei', kind: P, role: 'Ambassador of China to Vietnam', surface: ['Chinese Ambassador to Vietnam Ha Vi', 'Ambassador Ha Vi'] },
      { name: 'Ministry of Foreign Affairs of Vietnam', kind: O, role: null, surface: ['the Ministry of Foreign Affairs'] },
    ],
    quotes: [],
    reported: [
      { speaker: 'Pham Minh Chinh', via: 'Ministry of Foreign Affairs of Vietnam', from: 'According to the Ministry of Foreign Affairs, asking', to: "in Vietnam's overall foreign policy." },
      { speaker: 'Pham Minh Chinh', from: 'Prime Minister Pham Minh Chinh hopes that', to: 'smart border gates...' },
      { speaker: 'Pham Minh Chinh', from: 'In particular, the Prime Minister asked', to: 'between the two countries.' },
    ],
    contacts: [
      { a: 'Pham Minh Chinh', b: 'He Wei', kind: 'meeting', date: '2024-10-01', status: 'held', date_text: 'On the afternoon of October 1', evidence: 'Prime Minister Pham Minh Chinh received Chinese Ambassador to Vietnam Ha Vi' },
    ],
    excluded: [],
  },

  d2013: {
    file: '013_abscbn_manalo_blinken_call.txt',
    url: 'https://news.abs-cbn.com/news/09/16/22/manalo-blinken-in-call-about-shared-alliance-priorities',
    outlet: 'ABS-CBN News',
    style: 'regional press (Philippines), call report with a US readout and a tweet',
    patterns: ['no headline in the stored page: the body starts on the date line with "MANILA — "', 'call "on Thursday" in a Friday article', 'According to a readout issued by spokesperson X, the two secretaries discussed "…" (readout via the spokesperson, mixed)', 'In a tweet, X said … / "…," X said (tweet as statement)', 'earlier meetings "Last month" (no day), one virtual', 'quoted fragments about the minister, source unnamed ("wanted to be extra careful for all") — optional', 'role pointing back: the DFA chief'],
    actors: [
      { name: 'Enrique Manalo', kind: P, role: 'Secretary of Foreign Affairs of the Philippines', surface: ['Foreign Affairs Secretary Enrique Manalo', 'Manalo', 'the DFA chief'] },
      { name: 'Antony Blinken', kind: P, role: 'U.S. Secretary of State', surface: ['United States Secretary of State Antony Blinken', 'Blinken', '@SecBlinken'] },
      { name: 'Ned Price', kind: P, role: 'Spokesperson, U.S. Department of State', surface: ['Department of State spokesperson Ned Price'] },
      { name: 'Ferdinand Marcos Jr.', kind: P, role: 'President of the Philippines', surface: ['President Ferdinand Marcos Jr.', 'Marcos'] },
    ],
    quotes: [
      { speaker: 'Antony Blinken', via: 'Ned Price', text: 'shared alliance priorities, both in the Indo-Pacific and around the world.' },
      { speaker: 'Enrique Manalo', text: 'Had a fruitful and productive discussion with @SecBlinken. We reaffirmed our commitment to strengthening PH-US relations as well as to working together on issues of mutual interest,' },
      { speaker: 'Enrique Manalo', text: 'wanted to be extra careful for all', optional: true, note: 'source of the quoted words not named' },
      { speaker: 'Enrique Manalo', text: 'was cleared by his doctor.', optional: true, note: 'source of the quoted words not named' },
    ],
    reported: [
      { speaker: 'Antony Blinken', via: 'Ned Price', from: 'According to a readout issued by', to: 'around the world."', mixed: true },
      { speaker: 'Enrique Manalo', text: 'In a tweet, Manalo said both countries reaffirmed their commitment to strengthening relations.' },
      { speaker: 'Enrique Manalo', from: 'Blinken also met with Manalo, albeit virtually', to: '"was cleared by his doctor."', mixed: true, optional: true, note: 'quoted words of an unnamed source' },
    ],
    contacts: [
      { a: 'Enrique Manalo', b: 'Antony Blinken', kind: 'call', date: '2022-09-15', status: 'held', date_text: 'on Thursday', evidence: 'spoke with United States Secretary of State Antony Blinken in a call on Thursday' },
      { a: 'Antony Blinken', b: 'Ferdinand Marcos Jr.', kind: 'meeting', date: null, status: 'held', date_text: 'Last month', evidence: 'Blinken visited the Philippines and met with President Ferdinand Marcos Jr.' },
      { a: 'Antony Blinken', b: 'Enrique Manalo', kind: 'meeting', date: null, status: 'held', date_text: 'Last month', evidence: 'Blinken also met with Manalo, albeit virtually', note: 'virtual meeting' },
    ],
    excluded: [],
  },

  d2014: {
    file: '014_mb_rubio_manalo_munich.txt',
    url: 'https://mb.com.ph/2025/2/15/first-meet-rubio-manalo-tackle-south-china-sea-economic-cooperation-in-munich',
    outlet: 'Manila Bulletin',
    style: 'regional press (Philippines), meeting at a security conference with a post on X and a US readout',
    patterns: ['meeting "on Friday, Feb. 14" (weekday and date) in a Saturday article', 'roles pointing back: the DFA chief, the state secretary, the official', 'post on X quoted over two paragraphs with "he wrote" / "the official added"', 'spokesperson readout: A readout by X said that … “…” (mixed), then "she said" / "Bruce added"', 'handle inside a quote (@SecRubio)', 'Earlier, … in a phone call (no day)', 'advertisement, publication line and photo caption dropped; last paragraph cut (dropped)'],
    actors: [
      { name: 'Enrique Manalo', kind: P, role: 'Secretary of Foreign Affairs of the Philippines', surface: ['Department of Foreign Affairs (DFA) Secretary Enrique Manalo', 'the DFA chief', 'he', 'the official', 'Manalo'] },
      { name: 'Marco Rubio', kind: P, role: 'U.S. Secretary of State', surface: ['United States Secretary of State Marco Rubio', 'the state secretary', '@SecRubio', 'Secretary Rubio', 'Rubio'] },
      { name: 'Tammy Bruce', kind: P, role: 'Spokesperson, U.S. Department of State', surface: ['State Department spokesperson Tammy Bruce', 'she', 'Bruce'] },
      { name: 'Donald Trump', kind: P, role: 'President of the United States', surface: ['US President Donald Trump'] },
    ],
    quotes: [
      { speaker: 'Enrique Manalo', text: 'A great first in person meeting with @SecRubio at #MSC2025,' },
      { speaker: 'Enrique Manalo', text: 'A strong and committed PH-US partnership in various areas will contribute to a more robust alliance. We are committed to working together to further strengthen economic & security ties,' },
      { speaker: 'Tammy Bruce', text: 'increasing economic cooperation', nth: 0 },
      { speaker: 'Tammy Bruce', text: 'Secretary Rubio not only reaffirmed U.S. commitment to the United States-Philippines Alliance, but noted his enthusiasm for building an even more invested and enduring relationship,' },
      { speaker: 'Tammy Bruce', text: 'Discussions included the ongoing bilateral coordination on addressing China’s destabilizing actions in the South China Sea; and increasing economic cooperation on infrastructure, critical minerals, information technology, and energy, including through civil nuclear cooperation,' },
      { speaker: 'Marco Rubio', text: 'ironclad commitments' },
    ],
    reported: [
      { speaker: 'Enrique Manalo', from: 'Department of Foreign Affairs (DFA) Secretary Enrique Manalo and', to: 'economic cooperation.', optional: true, note: 'collective "they discussed"' },
      { speaker: 'Enrique Manalo', text: 'In an X (formerly Twitter) post, the DFA chief shared about his in-person meeting with the state secretary.', optional: true, note: 'speech act without content' },
      { speaker: 'Tammy Bruce', from: 'A readout by State Department spokesperson Tammy Bruce said', to: 'between the allies.', mixed: true },
      { speaker: 'Marco Rubio', from: 'Earlier, Rubio reaffirmed', to: 'US President Donald Trump.', mixed: true },
    ],
    contacts: [
      { a: 'Enrique Manalo', b: 'Marco Rubio', kind: 'meeting', date: '2025-02-14', status: 'held', date_text: 'on Friday, Feb. 14', evidence: 'met for the first time on Friday, Feb. 14, on the sidelines of the Munich Security Conference' },
      { a: 'Marco Rubio', b: 'Enrique Manalo', kind: 'call', date: null, status: 'held', date_text: 'shortly after being appointed', evidence: 'in a phone call with Manalo shortly after being appointed by US President Donald Trump' },
    ],
    excluded: [],
  },

  d2015: {
    file: '015_inquirer_nuland_manalo.txt',
    url: 'https://globalnation.inquirer.net/211803/ph-us-tackle-west-ph-sea-developments-during-courtesy-call/amp',
    outlet: 'Philippine Daily Inquirer (Global Nation)',
    style: 'regional press (Philippines), ministry readout of a courtesy call',
    patterns: ['no headline in the stored page: the body starts on the date line with "MANILA, Philippines — "', 'ministry as speaker: the DFA said on Wednesday / the DFA said in a readout / it added / the DFA noted', 'parenthetical frame: "The meeting, the DFA said, was …"', 'courtesy call "on March 6" (Monday) in a Wednesday article', 'planned 2+2 "next month" between ministries (organisations; optional pairs)', 'embedded tweet and "READ:" links dropped'],
    actors: [
      { name: 'Department of Foreign Affairs of the Philippines', kind: O, role: null, surface: ['the Department of Foreign Affairs (DFA)', 'the DFA', 'it'] },
      { name: 'Victoria Nuland', kind: P, role: 'U.S. Under Secretary of State for Political Affairs', surface: ['US Under Secretary of State for Political Affairs Ambassador Victoria Nuland', 'Ambassador Nuland'] },
      { name: 'Enrique Manalo', kind: P, role: 'Secretary of Foreign Affairs of the Philippines', surface: ['DFA Secretary Enrique Manalo', 'Secretary Manalo'] },
      { name: 'Department of National Defense of the Philippines', kind: O, role: null, surface: ['the Department of National Defense'] },
      { name: 'U.S. Department of State', kind: O, role: null, surface: ['the US Departments of State and Defense'] },
      { name: 'U.S. Department of Defense', kind: O, role: null, surface: ['the US Departments of State and Defense'] },
    ],
    quotes: [
      { speaker: 'Department of Foreign Affairs of the Philippines', text: 'The two officials underscored the importance of the PH-U.S. Alliance and partnership to promoting peace, stability and resilience in the region,' },
      { speaker: 'Department of Foreign Affairs of the Philippines', text: 'Secretary Manalo and Ambassador Nuland exchanged views on recent developments in the West Philippine Sea/South China Sea, as well as other bilateral and global issues of mutual concern, with an eye towards identifying concrete measures that the two countries can pursue jointly, and together with other like-minded partners,' },
      { speaker: 'Department of Foreign Affairs of the Philippines', text: 'Both sides agreed to expand the scope of the 2+2 to include broader security considerations, such as food security, energy, cybersecurity, telecommunications, and supply chains,' },
    ],
    reported: [
      { speaker: 'Department of Foreign Affairs of the Philippines', from: 'MANILA, Philippines — The Philippines and the United States', to: 'said on Wednesday.' },
      { speaker: 'Department of Foreign Affairs of the Philippines', from: 'The meeting, the DFA said, was also', to: 'hosted by the US.' },
      { speaker: 'Department of Foreign Affairs of the Philippines', text: 'The meeting will be co-led by the DFA and the Department of National Defense and the US Departments of State and Defense.', optional: true, note: 'continuation of the DFA readout without a speech verb' },
    ],
    contacts: [
      { a: 'Victoria Nuland', b: 'Enrique Manalo', kind: 'meeting', date: '2023-03-06', status: 'held', date_text: 'on March 6', evidence: 'paid a courtesy call on DFA Secretary Enrique Manalo on March 6' },
      ...cross(['Department of Foreign Affairs of the Philippines', 'Department of National Defense of the Philippines'], ['U.S. Department of State', 'U.S. Department of Defense'], { kind: 'meeting', date: null, status: 'planned', optional: true, date_text: 'next month', evidence: 'the upcoming 2+2 Ministerial Meeting next month which will be hosted by the US', note: 'ministries as parties; month only' }),
    ],
    excluded: [],
  },

  d2016: {
    file: '016_straitstimes_prabowo_trump_call.txt',
    url: 'https://www.straitstimes.com/asia/se-asia/indonesian-president-starts-us-visit-with-call-to-trump-ahead-of-biden-meeting',
    outlet: 'The Straits Times (Reuters copy)',
    style: 'international press (Singapore), call with a president-elect, dialogue quoted from a video',
    patterns: ['Indonesian single name with honorific (Mr Prabowo); the Indonesian President', 'call "on Nov 11"; planned meeting "on Nov 12" (article date)', 'dialogue: “…,” X said / Y replied: “…” (colon frame) / to which X … replied: “…”', 'office as speaker ("Mr Prabowo’s office said he made the call on Nov 11")', 'X has described … as … (reported without "said")', 'who has said he will pursue … (relative clause, optional)', 'newsletter prompt, photo captions and links split across lines repaired; last paragraph cut (dropped)'],
    actors: [
      { name: 'Prabowo Subianto', kind: P, role: 'President of Indonesia', surface: ['Indonesian President Prabowo Subianto', 'Mr Prabowo', 'the Indonesian President'] },
      { name: 'Donald Trump', kind: P, role: 'U.S. President-elect', surface: ['US President-elect Donald Trump', 'Trump', 'he'] },
      { name: 'Joe Biden', kind: P, role: 'President of the United States', surface: ['President Joe Biden'] },
      { name: 'Xi Jinping', kind: P, role: 'President of China', surface: ['President Xi Jinping'] },
      { name: 'Office of the President of Indonesia', kind: O, role: null, surface: ['Mr Prabowo’s office'] },
    ],
    quotes: [
      { speaker: 'Prabowo Subianto', text: 'Wherever you are, I’m willing to fly to congratulate you personally, sir,' },
      { speaker: 'Donald Trump', text: 'We’ll do that, any time you want.' },
      { speaker: 'Donald Trump', text: 'We had tremendous success. The most successful in over 100 years, they say,' },
      { speaker: 'Donald Trump', text: 'very respected' },
      { speaker: 'Prabowo Subianto', text: 'All my training is American, sir.' },
      { speaker: 'Donald Trump', text: 'Yes, I got very lucky. I just happened to be in the right place with the right direction. Otherwise, I wouldn’t be talking to you right now,' },
    ],
    reported: [
      { speaker: 'Prabowo Subianto', from: 'JAKARTA – Indonesian President Prabowo Subianto congratulated', to: 'President Joe Biden on Nov 12.', optional: true, note: 'congratulating (speech act)' },
      { speaker: 'Prabowo Subianto', from: 'Mr Prabowo, who has said he will pursue', to: 'since taking office in October.', optional: true, note: 'statement in a relative clause' },
      { speaker: 'Office of the President of Indonesia', text: 'Mr Prabowo’s office said he made the call on Nov 11 after arriving in Washington.' },
      { speaker: 'Donald Trump', text: 'Trump has described his election victory as amazing and giving him a big mandate.' },
      { speaker: 'Donald Trump', from: 'Trump also said the Indonesian President was', to: '“All my training is American, sir.”', mixed: true },
      { speaker: 'Prabowo Subianto', text: 'Mr Prabowo expressed his shock over the assassination attempt on Trump during campaigning, and relief that he had survived.' },
    ],
    contacts: [
      { a: 'Prabowo Subianto', b: 'Donald Trump', kind: 'call', date: '2024-11-11', status: 'held', date_text: 'on Nov 11', evidence: 'he made the call on Nov 11 after arriving in Washington' },
      { a: 'Prabowo Subianto', b: 'Joe Biden', kind: 'meeting', date: '2024-11-12', status: 'planned', date_text: 'on Nov 12', evidence: 'an official visit that includes a meeting with President Joe Biden on Nov 12' },
      { a: 'Prabowo Subianto', b: 'Xi Jinping', kind: 'meeting', date: null, status: 'held', date_text: null, evidence: 'China, where he had met President Xi Jinping on his first overseas trip' },
    ],
    excluded: [],
  },

  d2017: {
    file: '017_fbc_rabuka_manele_tonga.txt',
    url: 'https://www.fbcnews.com.fj/news/pm-rabuka-meets-with-solomon-islands-prime-minister/',
    outlet: 'FBC News',
    style: 'regional press (Fiji), government readout of a bilateral on a summit’s margins',
    patterns: ['no headline in the stored page: the body starts on the date line', 'present-tense frames: "He adds that …", "Prime Minister Manele says …" (reported)', 'reaffirmed Fiji’s commitment (reported, no "said")', 'congratulated (speech act, optional)', 'meeting "today" (article date); PM Rabuka / Prime Minister Manele (short titles)', 'image credits and "Article continues after advertisement" dropped'],
    actors: [
      { name: 'Sitiveni Rabuka', kind: P, role: 'Prime Minister of Fiji', surface: ['Prime Minister Sitiveni Rabuka', 'PM Rabuka', 'He'] },
      { name: 'Jeremiah Manele', kind: P, role: 'Prime Minister of Solomon Islands', surface: ['Prime Minister of the Solomon Islands Jeremiah Manele', 'Prime Minister Manele'] },
    ],
    quotes: [],
    reported: [
      { speaker: 'Sitiveni Rabuka', from: 'Prime Minister Sitiveni Rabuka has reaffirmed', to: 'broader Pacific community.' },
      { speaker: 'Sitiveni Rabuka', text: 'In his remarks, PM Rabuka congratulated Prime Minister Manele for the assumption of his office following the elections earlier this year.', optional: true, note: 'congratulating' },
      { speaker: 'Sitiveni Rabuka', from: 'He adds that Fiji looks forward', to: 'later this November.' },
      { speaker: 'Jeremiah Manele', from: 'Prime Minister Manele says', to: 'support for this initiative.' },
    ],
    contacts: [
      { a: 'Sitiveni Rabuka', b: 'Jeremiah Manele', kind: 'meeting', date: '2024-08-28', status: 'held', date_text: 'today', evidence: 'PM Rabuka held a bilateral meeting with Prime Minister of the Solomon Islands Jeremiah Manele at the margins of the 53rd Pacific Islands Forum Leaders Meeting in Tonga; discussed at the meeting today' },
    ],
    excluded: [],
  },
};
