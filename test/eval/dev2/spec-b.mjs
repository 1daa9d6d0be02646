// Hand annotation of dev2 articles 018-034 (Pacific, Africa, Middle East, Latin America, Balkans; 2018-2026).
// Annotated from the article text alone, following test/eval/ANNOTATING.md and the conventions of spec-a.mjs;
// the extraction rules were not read. build-gold.mjs computes and verifies the offsets.
const P = 'person';
const O = 'org';
const cross = (as, bs, c) => as.flatMap((a) => bs.map((b) => ({ a, b, ...c })));

export default {
  d2018: {
    file: '018_fijimfa_rabuka_manele_suva.txt',
    url: 'https://www.foreignaffairs.gov.fj/?p=56157',
    outlet: 'Ministry of Foreign Affairs of Fiji',
    style: 'ministry readout (Fiji), leaders’ meeting',
    patterns: ['no headline in the stored page: the body starts on the date line; sidebar links dropped', 'meeting "on Tuesday this week" in a Wednesday release', 'honorifics: Honourable Jeremiah Manele, His Excellency the Governor-General, Mr. Jackson Evans', 'pronoun "He" switching from the host to the guest in the last paragraph ("He thanked Prime Minister Rabuka")', '“…,” he added (quote, no earlier frame in the paragraph)', 'which he described as … (reported in a relative clause)', 'summit "on Monday" both leaders attended (optional)', 'last paragraph cut mid-word (dropped)'],
    actors: [
      { name: 'Sitiveni Rabuka', kind: P, role: 'Prime Minister of Fiji', surface: ['Prime Minister Sitiveni Rabuka', 'Prime Minister Rabuka', 'he'] },
      { name: 'Jeremiah Manele', kind: P, role: 'Prime Minister of Solomon Islands', surface: ['the Prime Minister of Solomon Islands, Honourable Jeremiah Manele', 'Prime Minister Honourable Jeremiah Manele', 'He'] },
      { name: 'Jackson Evans', kind: P, role: 'High Commissioner of Fiji to Solomon Islands', surface: ['Fiji’s High Commissioner, Mr. Jackson Evans'] },
      { name: 'David Tiva Kapu', kind: P, role: 'Governor-General of Solomon Islands', surface: ['His Excellency the Governor-General'] },
    ],
    quotes: [
      { speaker: 'Sitiveni Rabuka', text: 'We appreciate the manner in which you have embraced our High Commissioner and supported the growth of our diplomatic ties,' },
    ],
    reported: [
      { speaker: 'Sitiveni Rabuka', from: 'During the meeting, Prime Minister Rabuka acknowledged', to: 'people-to-people ties.' },
      { speaker: 'Sitiveni Rabuka', from: 'He also thanked the Solomon Islands Government', to: 'Governor-General in Honiara.' },
      { speaker: 'Sitiveni Rabuka', from: 'Prime Minister Rabuka commended', to: 'security, and governance.' },
      { speaker: 'Sitiveni Rabuka', from: 'Highlighting the productive discussions', to: 'through the MSG Secretariat.' },
      { speaker: 'Sitiveni Rabuka', from: 'He highlighted the importance of strong leadership', to: 'a new Director General.' },
      { speaker: 'Sitiveni Rabuka', from: 'Prime Minister Rabuka further congratulated', to: 'renewed commitment to bilateral relations.' },
      { speaker: 'Jeremiah Manele', from: 'In response, Prime Minister Honourable Jeremiah Manele reaffirmed', to: 'strengthening bilateral cooperation.' },
      { speaker: 'Jeremiah Manele', text: 'He thanked Prime Minister Rabuka for Fiji’s leadership role in the MSG.', note: '"He" is now the guest' },
    ],
    contacts: [
      { a: 'Sitiveni Rabuka', b: 'Jeremiah Manele', kind: 'meeting', date: '2025-06-24', status: 'held', date_text: 'on Tuesday this week', evidence: 'met the Prime Minister of Solomon Islands, Honourable Jeremiah Manele, at his office in Suva on Tuesday this week' },
      { a: 'Sitiveni Rabuka', b: 'Jeremiah Manele', kind: 'meeting', date: '2025-06-23', status: 'held', optional: true, date_text: 'on Monday', evidence: 'the productive discussions held during the MSG Leaders’ Summit on Monday', note: 'both at a summit' },
      { a: 'Jackson Evans', b: 'David Tiva Kapu', kind: 'meeting', date: null, status: 'held', optional: true, date_text: 'recently', evidence: 'recently presented his credentials to His Excellency the Governor-General in Honiara' },
    ],
    excluded: [],
  },

  d2019: {
    file: '019_rnz_pif_partners_deferred.txt',
    url: 'https://www.rnz.co.nz/news/pacific/570014/manele-wins-door-shut-on-pacific-islands-forum-partners-in-honiara',
    outlet: 'RNZ Pacific',
    style: 'regional public broadcaster (New Zealand), ministers’ meeting and reactions',
    patterns: ['Tongan name with ʻokina written as apostrophes (Tupouto\'a \'Ulukalala) and a double title (Crown Prince and Foreign Minister)', 'a quotation over two paragraphs, the second with no frame', '"told reporters on Thursday night" in a Friday article', 'had said ahead of the meeting … (reported, past perfect)', 'one-word and fragment quotes inside reported sentences ("outsiders", "had a problem")', 'countries voicing opposition (collective, optional)', 'he fell just short of confirming that … (optional)', 'time line and photo caption dropped; paragraph cut mid-word (dropped)'],
    actors: [
      { name: 'Jeremiah Manele', kind: P, role: 'Prime Minister of Solomon Islands', surface: ['Solomon Islands Prime Minister Jeremiah Manele'] },
      { name: "Tupouto'a 'Ulukalala", kind: P, role: 'Crown Prince and Foreign Minister of Tonga', surface: ["Tonga's Crown Prince and Foreign Minister Tupouto'a 'Ulukalala"] },
      { name: 'Sitiveni Rabuka', kind: P, role: 'Prime Minister of Fiji', surface: ['Fijian Prime Minister Sitiveni Rabuka', 'Rabuka'] },
      { name: 'Winston Peters', kind: P, role: 'Foreign Minister of New Zealand', surface: ['New Zealand Foreign Minister Winston Peters', 'he', 'He'] },
    ],
    quotes: [
      { speaker: "Tupouto'a 'Ulukalala", text: 'The recent decision by the government of the Solomon Islands to defer the partner dialogues scheduled for the 54th Pacific Islands Forum to 2026 the ministers welcomed the update provided by the government of the Solomon Islands,' },
      { speaker: "Tupouto'a 'Ulukalala", text: 'We will engage more closely with partners in the months to come as the region progresses its reform on the partnership mechanism. It was a rich and robust discussion, and was reflective of our collective maturity and solidarity as a region.', note: 'second paragraph of the quotation, no frame' },
      { speaker: 'Winston Peters', text: 'outsiders' },
      { speaker: 'Winston Peters', text: 'had a problem' },
      { speaker: 'Winston Peters', text: 'not of our internal making, but of external influences' },
      { speaker: 'Winston Peters', text: 'made it very clear' },
    ],
    reported: [
      { speaker: null, from: 'While the move was met with support', to: 'Australia and New Zealand.', optional: true, note: 'countries as a collective' },
      { speaker: 'Sitiveni Rabuka', from: 'Fijian Prime Minister Sitiveni Rabuka had said', to: 'on the line.' },
      { speaker: 'Sitiveni Rabuka', text: 'Rabuka said the move would threaten to fracture decades of Pacific cooperation.' },
      { speaker: 'Winston Peters', from: 'Earlier on Thursday, New Zealand Foreign Minister', to: 'Pacific Islands Forum (PIF).', mixed: true },
      { speaker: 'Winston Peters', from: "As he departed Fiji's capital Suva", to: 'Honiara summit in September.', optional: true, note: '"fell just short of confirming"' },
      { speaker: 'Winston Peters', from: 'He admitted that the PIF', to: 'of external influences".', mixed: true },
      { speaker: 'Winston Peters', text: 'He said New Zealand had "made it very clear" about its feelings regarding the issue.', mixed: true },
    ],
    contacts: [
      { a: "Tupouto'a 'Ulukalala", b: 'Winston Peters', kind: 'meeting', date: '2025-08-14', status: 'held', optional: true, date_text: 'on Thursday', evidence: 'the Pacific Islands Forum Foreign Ministers\' Meeting (FFMM) in Fiji … who chaired the meeting; As he departed Fiji\'s capital Suva', note: 'both at the ministers’ meeting (implied)' },
      { a: 'Jeremiah Manele', b: 'Sitiveni Rabuka', kind: 'meeting', date: null, status: 'planned', optional: true, date_text: "next month's leaders' summit", evidence: 'the Honiara summit in September', note: 'leaders’ summit; attendance implied' },
    ],
    excluded: [],
  },

  d2020: {
    file: '020_punch_ramaphosa_tinubu.txt',
    url: 'https://punchng.com/tinubu-ramaphosa-seek-stronger-nigeria-safrica-trade-relations/',
    outlet: 'The Punch',
    style: 'regional press (Nigeria), presidential statement about a meeting',
    patterns: ['no headline in the stored page: the body starts on the date line', 'comma-fenced name ("South African President, Cyril Ramaphosa,")', 'meeting "on Thursday" (article date)', 'As contained in a statement … by adviser X, A appreciated B … (reported via the adviser)', 'X said, “…” with the quotation running over two paragraphs (first paragraph left open)', '“…,” the statement quoted X as saying (via the statement)', 'While welcoming A, B lauded him for … which he said … (pronouns for both leaders)', 'factual error kept as published (Johannesburg "the capital")'],
    actors: [
      { name: 'Cyril Ramaphosa', kind: P, role: 'President of South Africa', surface: ['South African President, Cyril Ramaphosa', 'Ramaphosa', 'the South African President', 'President Ramaphosa', 'him'] },
      { name: 'Bola Tinubu', kind: P, role: 'President of Nigeria', surface: ['President Bola Tinubu', 'Tinubu', 'President Tinubu'] },
      { name: 'Ajuri Ngelale', kind: P, role: 'Special Adviser to the President of Nigeria on Media and Publicity', surface: ['Ajuri Ngelale', 'the statement'] },
    ],
    quotes: [
      { speaker: 'Cyril Ramaphosa', text: 'Thank you so much for coming for the inauguration. I was very happy to see my brother at the ceremony,' },
      { speaker: 'Cyril Ramaphosa', text: 'We want to engender good economic and trade relations with Nigeria and South Africa to address the challenges that our two countries face.', unclosed: true },
      { speaker: 'Cyril Ramaphosa', text: 'So, it’s been a great pleasure and an honour to have you here, Your Excellency and that’s why I felt I should come and pay my respects.' },
      { speaker: 'Bola Tinubu', via: 'Ajuri Ngelale', text: 'I really enjoyed your speech at the ceremony. I was delighted to listen to you. We have lots of issues in common, and we need to work more closely together. It was a good celebration,' },
    ],
    reported: [
      { speaker: 'Cyril Ramaphosa', via: 'Ajuri Ngelale', from: 'As contained in a statement on Thursday', to: 'his second-term inauguration.' },
      { speaker: 'Bola Tinubu', from: 'While welcoming Ramaphosa, Tinubu lauded him', to: 'facing African countries.' },
      { speaker: 'Bola Tinubu', from: 'President Tinubu noted that', to: 'to provide solutions.' },
      { speaker: 'Cyril Ramaphosa', from: 'The two leaders later held a closed-door meeting', to: 'encouraging economic growth.', optional: true, note: 'collective' },
    ],
    contacts: [
      { a: 'Cyril Ramaphosa', b: 'Bola Tinubu', kind: 'meeting', date: '2024-06-20', status: 'held', date_text: 'on Thursday', evidence: 'met with President Bola Tinubu, on Thursday' },
    ],
    excluded: [],
  },

  d2021: {
    file: '021_menafn_fidan_tuggar_planned.txt',
    url: 'https://menafn.com/1110647105/Fidan-to-meet-with-Nigerian-counterpart-in-Turkey',
    outlet: 'MENAFN',
    style: 'aggregator (MENAFN), preview of a planned meeting from diplomatic sources',
    patterns: ['"(MENAFN) " lead; error banner dropped', 'planned meeting "on Monday" in a Sunday article', 'anonymous source ("according to diplomatic sources")', 'statements that are only expected: "is expected to acknowledge", "is set to highlight", "will underline", "is expected to stress" (optional)', 'role pointing back: the Turkish foreign minister', 'capitals as parties (Ankara and Abuja)'],
    actors: [
      { name: 'Hakan Fidan', kind: P, role: 'Foreign Minister of Türkiye', surface: ['Turkish Foreign Minister Hakan Fidan', 'Fidan', 'the Turkish foreign minister'] },
      { name: 'Yusuf Tuggar', kind: P, role: 'Foreign Minister of Nigeria', surface: ['his Nigerian counterpart, Yusuf Tuggar', 'Tuggar'] },
    ],
    quotes: [],
    reported: [
      { speaker: null, anonymous: true, optional: true, from: '(MENAFN) Turkish Foreign Minister Hakan Fidan is scheduled', to: 'according to diplomatic sources.', note: 'diplomatic sources; the span starts with the (MENAFN) tag that opens the paragraph' },
      { speaker: 'Hakan Fidan', from: 'As part of the meetings', to: 'across West Africa.', optional: true, note: 'expected statement' },
      { speaker: 'Hakan Fidan', from: 'Fidan is set to highlight', to: 'combating terrorist organizations.', optional: true, note: 'expected statement' },
      { speaker: 'Hakan Fidan', from: 'Fidan will underline the need', to: 'two-state solution.', optional: true, note: 'expected statement' },
      { speaker: 'Hakan Fidan', from: 'Additionally, the Turkish foreign minister', to: 'in line with international law.', optional: true, note: 'expected statement' },
    ],
    contacts: [
      { a: 'Hakan Fidan', b: 'Yusuf Tuggar', kind: 'meeting', date: '2026-01-26', status: 'planned', date_text: 'on Monday', evidence: 'is scheduled to meet with his Nigerian counterpart, Yusuf Tuggar, during Tuggar’s visit to Türkiye on Monday' },
    ],
    excluded: [],
  },

  d2022: {
    file: '022_enca_ramaphosa_mnangagwa_nyusi.txt',
    url: 'http://www.enca.com/south-africa/ramaphosa-arrives-in-zimbabwe-for-working-visit',
    outlet: 'eNCA',
    style: 'regional broadcaster (South Africa), presidential tour of neighbours',
    patterns: ['no headline in the stored page: the body starts on the date line with "HARARE – "; video teaser and embedded tweet dropped', 'two meetings "on Saturday" in a Sunday article (Harare, and Maputo "earlier on Saturday")', 'the presidency as speaker, then the spokeswoman (named, then "she", then "Diko")', 'X were expected to exchange views (continuation of the spokeswoman’s briefing, optional)', 'ministers accompanying the president (same delegation)'],
    actors: [
      { name: 'Cyril Ramaphosa', kind: P, role: 'President of South Africa', surface: ['President Cyril Ramaphosa', 'Ramaphosa'] },
      { name: 'Emmerson Mnangagwa', kind: P, role: 'President of Zimbabwe', surface: ['President Emmerson Mnangagwa', 'Mnangagwa'] },
      { name: 'Filipe Nyusi', kind: P, role: 'President of Mozambique', surface: ['Mozambican President Filipe Nyusi'] },
      { name: 'Presidency of South Africa', kind: O, role: null, surface: ['the presidency'] },
      { name: 'Khusela Diko', kind: P, role: 'Spokesperson for the President of South Africa', surface: ["Ramaphosa's spokeswoman Khusela Diko", 'she', 'Diko'] },
      { name: 'Lindiwe Sisulu', kind: P, role: 'Minister of International Relations and Cooperation of South Africa', surface: ['International Relations and Co-operation Minister Lindiwe Sisulu'] },
      { name: 'Dipuo Letsatsi-Duba', kind: P, role: 'Minister of State Security of South Africa', surface: ['State Security Minister Dipuo Letsatsi-Duba'] },
    ],
    quotes: [],
    reported: [
      { speaker: 'Presidency of South Africa', from: 'HARARE – President Cyril Ramaphosa arrived', to: 'the presidency said.' },
      { speaker: 'Khusela Diko', from: 'The meeting was intended to further strengthen', to: 'Khusela Diko said.' },
      { speaker: 'Khusela Diko', from: 'Ramaphosa and Mnangagwa were expected', to: 'issues of mutual concern.', optional: true, note: 'no speech verb; the paragraph’s next sentence ends "she said"' },
      { speaker: 'Khusela Diko', from: 'South Africa and Zimbabwe enjoyed', to: 'she said.' },
      { speaker: 'Khusela Diko', from: 'Ramaphosa was accompanied by', to: 'Diko said.' },
    ],
    contacts: [
      { a: 'Cyril Ramaphosa', b: 'Emmerson Mnangagwa', kind: 'meeting', date: '2018-03-17', status: 'held', date_text: 'on Saturday afternoon', evidence: 'arrived in the Zimbabwean capital Harare on Saturday afternoon for a consultative meeting with President Emmerson Mnangagwa' },
      { a: 'Cyril Ramaphosa', b: 'Filipe Nyusi', kind: 'meeting', date: '2018-03-17', status: 'held', date_text: 'earlier on Saturday', evidence: 'met Mozambican President Filipe Nyusi in Maputo earlier on Saturday' },
    ],
    excluded: [],
  },

  d2023: {
    file: '023_nation_ruto_coons.txt',
    url: 'https://nation.africa/kenya/news/politics/president-ruto-meets-handshake-senator-chris-coons-4339494',
    outlet: 'Nation (Kenya)',
    style: 'regional press (Kenya), presidential statement about a meeting',
    patterns: ['no headline in the stored page: the body starts on the date line', 'meeting "Friday August 18 morning" (weekday, date and time of day without commas)', 'the senator named later than his role ("a US Senator who was behind …")', 'a president’s statement putting words in the visitor’s mouth: said Senator Coons “appreciated …” (speaker is the president)', 'meeting "last Sunday" in a Friday article', 'people "also present" (pairs across the table, optional)', 'photo caption dropped'],
    actors: [
      { name: 'William Ruto', kind: P, role: 'President of Kenya', surface: ['President William Ruto', 'The President', 'President Ruto', 'he'] },
      { name: 'Chris Coons', kind: P, role: 'U.S. Senator (Delaware)', surface: ['a US Senator', 'Delaware Senator Chris Andrew Coons', 'the senator', 'Mr Coons', 'Senator Coons'] },
      { name: 'Uhuru Kenyatta', kind: P, role: 'former President of Kenya', surface: ['former President Uhuru Kenyatta'] },
      { name: 'Raila Odinga', kind: P, role: 'opposition leader, Kenya', surface: ['opposition leader Raila Odinga', 'Mr Odinga'] },
      { name: 'Meg Whitman', kind: P, role: 'U.S. Ambassador to Kenya', surface: ['United States Ambassador Meg Whitman'] },
      { name: 'Alfred Mutua', kind: P, role: 'Cabinet Secretary for Foreign and Diaspora Affairs of Kenya', surface: ['Foreign and Diaspora Affairs Cabinet Secretary Alfred Mutua'] },
    ],
    quotes: [
      { speaker: 'William Ruto', text: 'appreciated Kenya as one of the most vibrant democracies in the world.', note: 'the president’s words about the senator' },
      { speaker: 'William Ruto', text: 'Kenya is keen on enhancing its relations with the United States to expand trade and investment opportunities for citizens of both nations. This mutually beneficial partnership will extend to climate change mitigation efforts and environmental conservation,' },
      { speaker: 'William Ruto', text: 'global security issues, climate change and the progressive path of devolution in Kenya.' },
    ],
    reported: [
      { speaker: 'William Ruto', from: 'President Ruto, in a brief statement', to: 'vibrant democracies in the world.”', mixed: true },
      { speaker: 'William Ruto', from: 'They also discussed “global security issues', to: 'devolution in Kenya.”', mixed: true, optional: true, note: 'collective "They", words from the president’s statement' },
    ],
    contacts: [
      { a: 'William Ruto', b: 'Chris Coons', kind: 'meeting', date: '2023-08-18', status: 'held', date_text: 'Friday August 18 morning', evidence: 'held talks with a US Senator … The President hosted Delaware Senator Chris Andrew Coons at the State House' },
      { a: 'Chris Coons', b: 'Raila Odinga', kind: 'meeting', date: '2023-08-13', status: 'held', date_text: 'last Sunday', evidence: 'the senator held separate talks with Mr Odinga last Sunday' },
      ...cross(['William Ruto', 'Alfred Mutua'], ['Meg Whitman'], { kind: 'meeting', date: '2023-08-18', status: 'held', optional: true, date_text: 'Friday August 18 morning', evidence: 'were also present' }),
      { a: 'Alfred Mutua', b: 'Chris Coons', kind: 'meeting', date: '2023-08-18', status: 'held', optional: true, date_text: 'Friday August 18 morning', evidence: 'were also present' },
      { a: 'Uhuru Kenyatta', b: 'Raila Odinga', kind: 'meeting', date: null, status: 'held', optional: true, date_text: 'in 2018', evidence: 'Uhuru Kenyatta and opposition leader Raila Odinga’s handshake in 2018' },
    ],
    excluded: [],
  },

  d2024: {
    file: '024_fbc_abiy_au_summit.txt',
    url: 'https://somalilandstandard.com/ethiopian-pm-holds-talks-with-djiboutian-president/',
    outlet: 'FBC (Fana Broadcasting, via Somaliland Standard)',
    style: 'state broadcaster (Ethiopia), list of meetings on a summit’s margins',
    patterns: ['"Addis Ababa, February 11, 2019 (FBC) – " dateline; "today" and "Yesterday"', 'nine leaders in one list, title before name, with and without comma (President of Somalia, Mohamed Abdullahi Farmajo)', 'Arabic and African names with particles and diacritics (Ismaïl Omar Guelleh, Omar Hassan Ahmad al-Bashir, Beji Caid Essebsi)', 'leaders of countries named only by country (optional, organisations)', 'Tunisia twice (named president, then "the leaders of … Tunisia")', 'no statements; comment prompts dropped'],
    actors: [
      { name: 'Abiy Ahmed', kind: P, role: 'Prime Minister of Ethiopia', surface: ['Prime Minister Dr Abiy Ahmed', 'He', 'The Prime Minister', 'the Prime Minister'] },
      { name: 'Mokgweetsi Masisi', kind: P, role: 'President of Botswana', surface: ['President of Botswana Mokgweetsi Masisi'] },
      { name: 'Mohamed Abdullahi Farmajo', kind: P, role: 'President of Somalia', surface: ['President of Somalia, Mohamed Abdullahi Farmajo'] },
      { name: 'Ismaïl Omar Guelleh', kind: P, role: 'President of Djibouti', surface: ['President of Djibouti Ismaïl Omar Guelleh'] },
      { name: 'Beji Caid Essebsi', kind: P, role: 'President of Tunisia', surface: ['President of Tunisia Beji Caid Essebsi'] },
      { name: 'Nana Akufo-Addo', kind: P, role: 'President of Ghana', surface: ['President of Ghana Nana Akufo-Addo'] },
      { name: 'Omar al-Bashir', kind: P, role: 'President of Sudan', surface: ['President of Sudan Omar Hassan Ahmad al-Bashir'] },
      { name: 'Mahmoud Abbas', kind: P, role: 'President of Palestine', surface: ['Palestinian President Mahmoud Abbas'] },
      { name: 'Cyril Ramaphosa', kind: P, role: 'President of South Africa', surface: ['South African President Cyril Ramaphosa'] },
      { name: 'Uhuru Kenyatta', kind: P, role: 'President of Kenya', surface: ['Kenyan President Uhuru Kenyatta'] },
      { name: 'Government of Algeria', kind: O, role: null, surface: ['the leaders of Algeria, Morocco, Tunisia and Estonia'] },
      { name: 'Government of Morocco', kind: O, role: null, surface: ['the leaders of Algeria, Morocco, Tunisia and Estonia'] },
      { name: 'Government of Estonia', kind: O, role: null, surface: ['the leaders of Algeria, Morocco, Tunisia and Estonia'] },
    ],
    quotes: [],
    reported: [],
    contacts: [
      ...cross(['Abiy Ahmed'], ['Mokgweetsi Masisi', 'Mohamed Abdullahi Farmajo', 'Ismaïl Omar Guelleh', 'Beji Caid Essebsi', 'Nana Akufo-Addo', 'Omar al-Bashir'], { kind: 'meeting', date: '2019-02-11', status: 'held', date_text: 'today', evidence: 'today held talks with presidents of different African countries … He conferred with …' }),
      ...cross(['Abiy Ahmed'], ['Government of Algeria', 'Government of Morocco', 'Government of Estonia'], { kind: 'meeting', date: '2019-02-11', status: 'held', optional: true, date_text: 'today', evidence: 'also met with the leaders of Algeria, Morocco, Tunisia and Estonia', note: 'leaders named only by country' }),
      ...cross(['Abiy Ahmed'], ['Mahmoud Abbas', 'Cyril Ramaphosa', 'Uhuru Kenyatta'], { kind: 'meeting', date: '2019-02-10', status: 'held', date_text: 'Yesterday', evidence: 'Yesterday, the Prime Minister also had bilateral meetings with …' }),
    ],
    excluded: [],
  },

  d2025: {
    file: '025_sis_shoukry_blinken_call.txt',
    url: 'https://allafrica.com/stories/202404150287.html',
    outlet: 'Egypt State Information Service (via allAfrica)',
    style: 'ministry readout (Egypt) relayed by the spokesman',
    patterns: ['call "on Sunday 14/4/2024" (weekday and numeric date) in a Monday release', 'spokesman as source: "…, Spokesman … said in a statement", "…, Abu Zeid added"', 'the minister as speaker of the summarised points: emphasized / reiterated / stressed', 'roles pointing back: his US counterpart, The Egyptian foreign minister, He', 'collective "The two top diplomats", "The ministers agreed" (optional)', 'agency credit and republishing notes dropped'],
    actors: [
      { name: 'Sameh Shoukry', kind: P, role: 'Foreign Minister of Egypt', surface: ['Foreign Minister Sameh Shoukry', 'Shoukry', 'He', 'The Egyptian foreign minister'] },
      { name: 'Antony Blinken', kind: P, role: 'U.S. Secretary of State', surface: ['US Secretary of State Antony Blinken', 'his US counterpart'] },
      { name: 'Ahmed Abu Zeid', kind: P, role: 'Spokesman, Ministry of Foreign Affairs of Egypt', surface: ['Spokesman for the Foreign Ministry Ahmed Abu Zeid', 'Abu Zeid'] },
    ],
    quotes: [],
    reported: [
      { speaker: 'Ahmed Abu Zeid', from: 'Foreign Minister Sameh Shoukry on Sunday', to: 'said in a statement.' },
      { speaker: 'Ahmed Abu Zeid', from: 'The talks covered the evolving situation', to: 'Abu Zeid added.' },
      { speaker: 'Sameh Shoukry', from: 'The two top diplomats exchanged views', to: 'spiraling out of control.', optional: true, note: 'collective, then "with Shoukry informing …"' },
      { speaker: 'Sameh Shoukry', from: "Shoukry emphasized Egypt's commitment", to: 'between Iran and Israel.' },
      { speaker: 'Sameh Shoukry', from: "He also reiterated Egypt's efforts", to: 'in the enclave.' },
      { speaker: 'Sameh Shoukry', from: 'The Egyptian foreign minister stressed that', to: "for the region's people." },
      { speaker: 'Sameh Shoukry', from: 'The ministers agreed to continue consultations', to: 'crises in the Middle East.', optional: true, note: 'collective' },
    ],
    contacts: [
      { a: 'Sameh Shoukry', b: 'Antony Blinken', kind: 'call', date: '2024-04-14', status: 'held', date_text: 'on Sunday 14/4/2024', evidence: 'made a phone contact with US Secretary of State Antony Blinken' },
    ],
    excluded: [],
  },

  d2026: {
    file: '026_tehrantimes_araghchi_busaidi.txt',
    url: 'https://www.tehrantimes.com/news/511065/Tehran-Muscat-push-for-peaceful-solutions-in-region',
    outlet: 'Tehran Times',
    style: 'regional press (Iran), foreign ministers’ meeting with a post on social media',
    patterns: ['no headline in the stored page: the body starts on the date line with "TEHRAN – "', 'Arabic name with honorific and article, spelt three ways (Seyed Badr Al-Busaidi, Al-Busaidi, Badr Al-Busaidi)', 'meeting "on Sunday" (article date)', 'government condemning in a relative clause ("which Iran has strongly condemned", optional)', 'took to social media, stating, "…" (straight quotes in a curly-apostrophe text)', 'Omani media … reporting that … / According to Oman’s state news agency, … (media as speakers)', 'last paragraph cut mid-word (dropped)'],
    actors: [
      { name: 'Abbas Araghchi', kind: P, role: 'Foreign Minister of Iran', surface: ['Iranian Foreign Minister Abbas Araghchi', 'Araghchi', 'Mr. Araghchi'] },
      { name: 'Badr Albusaidi', kind: P, role: 'Foreign Minister of Oman', surface: ['his Omani counterpart, Seyed Badr Al-Busaidi', 'Al-Busaidi', 'Oman’s Foreign Minister Badr Al-Busaidi'] },
      { name: 'Government of Iran', kind: O, role: null, surface: ['Iran has strongly condemned'] },
      { name: 'Omani media', kind: O, role: 'media', media: true, surface: ['Omani media'] },
      { name: 'Oman News Agency', kind: O, role: 'state news agency of Oman', media: true, surface: ['Oman’s state news agency'] },
    ],
    quotes: [
      { speaker: 'Badr Albusaidi', text: 'Today in Muscat, I had a productive discussion with Iran’s Foreign Minister, Mr. Araghchi. We held fruitful consultations on bilateral matters as well as regional developments.' },
    ],
    reported: [
      { speaker: 'Government of Iran', text: 'The discussions covered the latest U.S. military strikes in the country, which Iran has strongly condemned.', optional: true, note: 'condemnation in a relative clause' },
      { speaker: 'Abbas Araghchi', from: 'Both officials underscored', to: 'over military escalation.', optional: true, note: 'collective' },
      { speaker: 'Badr Albusaidi', from: 'Al-Busaidi further reiterated', to: 'prosperity to the region.' },
      { speaker: 'Omani media', from: 'Omani media also highlighted', to: 'across all sectors.' },
      { speaker: 'Oman News Agency', from: 'According to Oman’s state news agency', to: 'broader global affairs.' },
    ],
    contacts: [
      { a: 'Abbas Araghchi', b: 'Badr Albusaidi', kind: 'meeting', date: '2025-03-16', status: 'held', date_text: 'on Sunday', evidence: 'met with his Omani counterpart, Seyed Badr Al-Busaidi, in Muscat on Sunday' },
    ],
    excluded: [],
  },

  d2027: {
    file: '027_mehr_araghchi_busaidi_muscat.txt',
    url: 'https://en.mehrnews.com/news/230450/Iran-Oman-FMs-hold-key-meeting-in-Muscat',
    outlet: 'Mehr News Agency',
    style: 'agency (Iran), meeting before indirect talks',
    patterns: ['"TEHRAN, Apr. 12 (MNA) – " dateline; meeting "on Saturday" (article date)', 'Arabic name with "bin" particles (Badr bin Hamad Al Busaidi)', 'sentence with its verb missing as published ("Araghchi  Omani counterpart …", double space kept)', 'roles pointing back: the Iranian top diplomat, the Iranian Foreign Minister', 'X hailed … and appreciated … (reported without "said")', 'planned indirect talks with a country (optional)'],
    actors: [
      { name: 'Abbas Araghchi', kind: P, role: 'Foreign Minister of Iran', surface: ['Iranian Foreign Minister Abbas Araghchi', 'the Iranian top diplomat', 'Araghchi', 'the Iranian Foreign Minister'] },
      { name: 'Badr Albusaidi', kind: P, role: 'Foreign Minister of Oman', surface: ['his Omani counterpart Badr bin Hamad Al Busaidi', 'Omani counterpart Badr bin Hamad Al Busaidi'] },
      { name: 'Government of the United States', kind: O, role: null, surface: ['the United States'] },
    ],
    quotes: [],
    reported: [
      { speaker: 'Abbas Araghchi', from: 'During this meeting, the Iranian Foreign Minister hailed', to: 'regional issues and developments.' },
    ],
    contacts: [
      { a: 'Abbas Araghchi', b: 'Badr Albusaidi', kind: 'meeting', date: '2025-04-12', status: 'held', date_text: 'on Saturday', evidence: 'held a key meeting with his Omani counterpart Badr bin Hamad Al Busaidi on Saturday' },
      { a: 'Abbas Araghchi', b: 'Government of the United States', kind: 'other', date: null, status: 'planned', optional: true, date_text: null, evidence: 'to participate in indirect talks with the United States', note: 'indirect talks, no US person named' },
    ],
    excluded: [],
  },

  d2028: {
    file: '028_roya_safadi_maas.txt',
    url: 'https://en.royanews.tv/news/13951/2018-04-05',
    outlet: 'Roya News',
    style: 'regional broadcaster (Jordan), joint press conference after a meeting',
    patterns: ['meeting and press conference "on Thursday" (article date)', 'alternating speakers paragraph by paragraph with many speech verbs: asserted, stressed on, expressed, voiced criticism, insisted, agreed and acknowledged, pointed to, recognized and asserted, talked about … and said', 'his German counterpart, Heiko Maas (apposition)', '"In his response" / "On his turn" (turn-taking)', 'pronoun "their" for Iran; typos kept ("Pa-is conflict", "in the in the")', 'photo captions and publication lines dropped'],
    actors: [
      { name: 'Ayman Safadi', kind: P, role: 'Foreign Minister of Jordan', surface: ['Jordanian Minister of Foreign Affairs and Expatriates, Ayman Al-Safadi', 'Safadi', 'He'] },
      { name: 'Heiko Maas', kind: P, role: 'Foreign Minister of Germany', surface: ['his German counterpart, Heiko Maas', 'Maas'] },
    ],
    quotes: [],
    reported: [
      { speaker: 'Ayman Safadi', from: 'Jordanian Minister of Foreign Affairs and Expatriates', to: 'various crises in the region.', optional: true, note: 'joint press conference and collective "they discussed"' },
      { speaker: 'Ayman Safadi', from: 'During his remarks, Safadi asserted', to: 'had to be reached.' },
      { speaker: 'Ayman Safadi', from: 'He stressed on the importance', to: 'safety of civilians.' },
      { speaker: 'Heiko Maas', from: 'Maas expressed his country’s support', to: 'interference in Syria.' },
      { speaker: 'Ayman Safadi', from: 'Safadi continued to talk about', to: 'share the financial burden.' },
      { speaker: 'Heiko Maas', from: 'In his response, Maas agreed with Safadi', to: 'further challenge to Jordan.' },
      { speaker: 'Ayman Safadi', from: 'Safadi also pointed to the Israeli-Palestinian conflict', to: 'establishment of a Palestinian state.' },
      { speaker: 'Heiko Maas', from: 'On his turn, Maas recognized', to: 'negotiations between the parties.' },
      { speaker: 'Ayman Safadi', from: 'Safadi also talked about the conflict in Yemen', to: 'accordance to international law.' },
    ],
    contacts: [
      { a: 'Ayman Safadi', b: 'Heiko Maas', kind: 'meeting', date: '2018-04-05', status: 'held', date_text: 'on Thursday', evidence: 'held a joint press conference on Thursday in Amman after their meeting' },
    ],
    excluded: [],
  },

  d2029: {
    file: '029_jordantimes_safadi_jubair.txt',
    url: 'http://www.jordantimes.com/news/local/safadi-jubair-discuss-bilateral-ties-region',
    outlet: 'The Jordan Times (citing Petra)',
    style: 'regional press (Jordan), agency report of a ministers’ meeting',
    patterns: ['empty parentheses in the dateline as published ("AMMAN () — ")', 'X met Y and stressed …, Petra reported (reported via agency)', 'agreed that … “…”, the Jordan News Agency, Petra, reported (collective, quote ends before the comma)', 'In remarks to the press …, X said … “…” … (mixed)', 'meeting with no day in the text', 'byline dropped'],
    actors: [
      { name: 'Ayman Safadi', kind: P, role: 'Foreign Minister of Jordan', surface: ['Foreign Minister Ayman Safadi', 'Safadi'] },
      { name: 'Adel al-Jubeir', kind: P, role: 'Foreign Minister of Saudi Arabia', surface: ['Saudi Foreign Minister Adel Jubair', 'Jubair'] },
      { name: 'Petra', kind: O, role: 'Jordan News Agency', media: true, surface: ['Petra', 'the Jordan News Agency, Petra'] },
    ],
    quotes: [
      { speaker: 'Ayman Safadi', text: 'fraternal, strategic and historical relations in all fields to serve mutual interests and Arab and Islamic causes', optional: true, note: 'what both ministers agreed (collective)' },
      { speaker: 'Ayman Safadi', text: 'provided an opportunity' },
    ],
    reported: [
      { speaker: 'Ayman Safadi', via: 'Petra', from: 'Foreign Minister Ayman Safadi met with', to: 'Petra reported.', note: 'after the dateline "AMMAN () — "' },
      { speaker: 'Ayman Safadi', via: 'Petra', from: 'During their meeting, held after', to: 'the Jordan News Agency, Petra, reported.', mixed: true, optional: true, note: 'collective "Safadi and Jubair agreed"' },
      { speaker: 'Ayman Safadi', from: 'The two officials also went over', to: 'in regional affairs.', optional: true, note: 'collective, topics only' },
      { speaker: 'Ayman Safadi', from: 'In remarks to the press following the meeting', to: 'the two countries’ leaders.', mixed: true },
    ],
    contacts: [
      { a: 'Ayman Safadi', b: 'Adel al-Jubeir', kind: 'meeting', date: null, status: 'held', date_text: null, evidence: 'Foreign Minister Ayman Safadi met with Saudi Foreign Minister Adel Jubair', note: 'no day in the text' },
    ],
    excluded: [],
  },

  d2030: {
    file: '030_thenational_mbz_abiy.txt',
    url: 'https://www.thenationalnews.com/uae/2022/01/29/sheikh-mohamed-bin-zayed-receives-ethiopias-prime-minister-in-abu-dhabi/',
    outlet: 'The National (UAE)',
    style: 'regional press (UAE), state visit reception',
    patterns: ['deck without final punctuation (not annotated)', 'Gulf names with "bin" and long titles after the name (Sheikh Mohamed bin Zayed, Crown Prince of Abu Dhabi and …)', 'Ethiopian name: given name used with honorific (Mr Abiy)', 'welcoming party of three named sheikhs (each meets the guest; hosts do not meet each other)', 'ministers of the guest named only by office (optional)', 'agency credit ("state news agency Wam reported") on a ceremony', 'no statements; "Updated" and translation notes dropped'],
    actors: [
      { name: 'Mohamed bin Zayed', kind: P, role: 'Crown Prince of Abu Dhabi', surface: ['Sheikh Mohamed bin Zayed'] },
      { name: 'Abiy Ahmed', kind: P, role: 'Prime Minister of Ethiopia', surface: ['Abiy Ahmed', 'Mr Abiy'] },
      { name: 'Saif bin Zayed', kind: P, role: 'Deputy Prime Minister and Minister of Interior of the UAE', surface: ['Sheikh Saif bin Zayed'] },
      { name: 'Mansour bin Zayed', kind: P, role: 'Deputy Prime Minister and Minister of Presidential Affairs of the UAE', surface: ['Sheikh Mansour bin Zayed'] },
      { name: 'Abdullah bin Zayed', kind: P, role: 'Minister of Foreign Affairs and International Co-operation of the UAE', surface: ['Sheikh Abdullah bin Zayed'] },
      { name: 'Demeke Mekonnen', kind: P, role: 'Deputy Prime Minister and Foreign Minister of Ethiopia', surface: ['the ministers for foreign affairs and defence'] },
      { name: 'Abraham Belay', kind: P, role: 'Defence Minister of Ethiopia', surface: ['the ministers for foreign affairs and defence'] },
      { name: 'WAM', kind: O, role: 'state news agency of the UAE', media: true, surface: ['state news agency Wam'] },
    ],
    quotes: [],
    reported: [
      { speaker: 'WAM', from: 'Mr Abiy was accorded an official reception', to: 'state news agency Wam reported.', optional: true, note: 'agency report of a ceremony, no statement' },
    ],
    contacts: [
      { a: 'Mohamed bin Zayed', b: 'Abiy Ahmed', kind: 'meeting', date: '2022-01-29', status: 'held', date_text: 'on Saturday', evidence: 'welcomed Abiy Ahmed, Prime Minister of Ethiopia, to Abu Dhabi on an official visit to the UAE on Saturday' },
      ...cross(['Saif bin Zayed', 'Mansour bin Zayed', 'Abdullah bin Zayed'], ['Abiy Ahmed'], { kind: 'meeting', date: '2022-01-29', status: 'held', date_text: 'on Saturday', evidence: 'were also among the welcoming party' }),
      ...cross(['Mohamed bin Zayed'], ['Demeke Mekonnen', 'Abraham Belay'], { kind: 'meeting', date: '2022-01-29', status: 'held', optional: true, date_text: 'on Saturday', evidence: 'Mr Abiy was accompanied by several members of Ethiopia\'s Cabinet, including the ministers for foreign affairs and defence', note: 'ministers only by office' }),
    ],
    excluded: [],
  },

  d2031: {
    file: '031_cancilleria_mondino_rubio.txt',
    url: 'https://cancilleria.gob.ar/en/announcements/news/foreign-minister-mondino-met-us-senator-marco-rubio',
    outlet: 'Ministry of Foreign Affairs of Argentina',
    style: 'ministry readout (Argentina), meeting with a visiting senator',
    patterns: ['"Today" (release date)', 'readout without any speech verb of its own: shared, referred to, addressed, discussed, agreed', 'first person of the ministry ("its effects on our country")', 'the guest’s "views" summarised (optional)', 'collective "The officials" / "They" / "Mondino and Rubio" (optional)', 'navigation, date line, press number and photo captions dropped'],
    actors: [
      { name: 'Diana Mondino', kind: P, role: 'Foreign Minister of Argentina', surface: ['Foreign Minister Diana Mondino', 'Foreign Minister Mondino', 'Mondino'] },
      { name: 'Marco Rubio', kind: P, role: 'U.S. Senator (Florida)', surface: ['U.S. Senator Marco Rubio', 'Rubio', 'Senator Rubio'] },
      { name: 'Alexei Navalny', kind: P, role: 'Russian opposition leader', surface: ['Russian opposition political leader Alexei Navalny'] },
    ],
    quotes: [],
    reported: [
      { speaker: 'Marco Rubio', from: 'The meeting provided insight into', to: 'and security challenges.', optional: true, note: 'the guest’s views, summarised' },
      { speaker: 'Diana Mondino', from: 'In turn, Foreign Minister Mondino shared', to: 'into the international arena.' },
      { speaker: 'Diana Mondino', from: 'In this regard, Mondino referred to', to: 'new markets for Argentina.' },
      { speaker: 'Diana Mondino', from: 'They agreed on deepening joint efforts', to: 'security and development matters.', optional: true, note: 'collective' },
      { speaker: 'Diana Mondino', from: 'Finally, Mondino and Rubio discussed', to: 'sheds light on what happened.', optional: true, note: 'coordinated subjects' },
    ],
    contacts: [
      { a: 'Diana Mondino', b: 'Marco Rubio', kind: 'meeting', date: '2024-02-20', status: 'held', date_text: 'Today', evidence: 'Today, Foreign Minister Diana Mondino received U.S. Senator Marco Rubio' },
    ],
    excluded: [],
  },

  d2032: {
    file: '032_xinhua_ebrard_pompeo.txt',
    url: 'https://www.xinhuanet.com/english/2018-07-14/c_137324003.htm',
    outlet: 'Xinhua',
    style: 'state agency (China), remarks to reporters after a meeting',
    patterns: ['"MEXICO CITY, July 13 (Xinhua) -- " dateline; "said Friday" in an article dated the next day', 'Spanish name without accents (Andres Manuel Lopez Obrador) and possessive ("Lopez Obrador\'s team")', 'role pointing back: The future foreign minister', 'X said they gave … "a proposal …," the details of which … (mixed; the quote ends with a comma inside the marks)', 'bare frames "…," Ebrard told reporters / Ebrard said / Ebrard said without offering more details', 'a team meeting a delegation (named members on both sides)', 'last paragraph cut mid-quotation (dropped)'],
    actors: [
      { name: 'Marcelo Ebrard', kind: P, role: 'Foreign Minister-designate of Mexico', surface: ['future foreign minister Marcelo Ebrard', 'Ebrard', 'The future foreign minister'] },
      { name: 'Mike Pompeo', kind: P, role: 'U.S. Secretary of State', surface: ['U.S. Secretary of State Mike Pompeo'] },
      { name: 'Andrés Manuel López Obrador', kind: P, role: 'President-elect of Mexico', surface: ['President-elect Andres Manuel Lopez Obrador', 'Lopez Obrador'] },
      { name: 'Donald Trump', kind: P, role: 'President of the United States', surface: ['U.S. President Donald Trump', 'Trump'] },
      { name: 'Kirstjen Nielsen', kind: P, role: 'U.S. Secretary of Homeland Security', surface: ['U.S. Secretary of Homeland Security Kirstjen Nielsen'] },
      { name: 'Jared Kushner', kind: P, role: 'Senior Advisor to the President of the United States', surface: ['Jared Kushner'] },
    ],
    quotes: [
      { speaker: 'Marcelo Ebrard', text: 'It was a frank discussion that was respectful and cordial,' },
      { speaker: 'Marcelo Ebrard', text: "I believe it was a successful first conversation. I'd say we can expect to have a reasonable optimism that Mexico will find points of understanding in the next few years and have a better relationship with the United States," },
      { speaker: 'Marcelo Ebrard', text: 'a proposal outlining points of understanding,' },
      { speaker: 'Marcelo Ebrard', text: "It's been established that there could be a future dialogue that is fruitful on issues of security, because Mexico will be making important changes when it comes to its security strategy," },
    ],
    reported: [
      { speaker: 'Marcelo Ebrard', from: "Mexico's incoming government believes", to: 'Marcelo Ebrard said Friday.' },
      { speaker: 'Marcelo Ebrard', from: 'The future foreign minister said they gave', to: 'once Trump reviews them.', mixed: true },
      { speaker: 'Marcelo Ebrard', from: 'Ebrard said the proposal touches on', to: 'as well as security issues.' },
      { speaker: 'Marcelo Ebrard', from: 'During this first meeting, in which', to: 'was not discussed, Ebrard said.' },
    ],
    contacts: [
      { a: 'Marcelo Ebrard', b: 'Mike Pompeo', kind: 'meeting', date: '2018-07-13', status: 'held', date_text: 'on Friday', evidence: "President-elect Andres Manuel Lopez Obrador's team met with a high-ranking delegation from the United States on Friday which included U.S. Secretary of State Mike Pompeo" },
      ...cross(['Marcelo Ebrard'], ['Kirstjen Nielsen', 'Jared Kushner'], { kind: 'meeting', date: '2018-07-13', status: 'held', date_text: 'on Friday', evidence: 'During this first meeting, in which U.S. Secretary of Homeland Security Kirstjen Nielsen and Jared Kushner … also attended' }),
      ...cross(['Andrés Manuel López Obrador'], ['Mike Pompeo', 'Kirstjen Nielsen', 'Jared Kushner'], { kind: 'meeting', date: '2018-07-13', status: 'held', optional: true, date_text: 'on Friday', evidence: "Lopez Obrador's team met with …; the meeting, which took place at Lopez Obrador's campaign headquarters", note: 'the president-elect’s own presence is only implied' }),
    ],
    excluded: [],
  },

  d2033: {
    file: '033_reuters_ebrard_faisal_riyadh.txt',
    url: 'https://theonionnews.net/economics/mexico-saudi-arabia-agree-to-strengthen-economic-ties',
    outlet: 'Reuters (via One America News / theonionnews.net)',
    style: 'wire (Reuters), government statement on a ministers’ meeting',
    patterns: ['no headline in the stored page: the body starts on the date line with "MEXICO CITY (Reuters) – "; photo caption and credits dropped', 'counterpart named by office in the lead ("his Saudi Arabian counterpart"), by name in the next sentence', 'Arabic name with "bin" and family name (Prince Faisal bin Farhan Al Saud → bin Farhan)', 'government and ministry as speakers: "Mexico’s government said", "the foreign ministry said in a statement", "it added", "according to the statement"', 'meeting "on Wednesday" (article date); planned stay "until March 25" (no contact)'],
    actors: [
      { name: 'Marcelo Ebrard', kind: P, role: 'Foreign Minister of Mexico', surface: ['Mexican Foreign Minister Marcelo Ebrard', 'Ebrard'] },
      { name: 'Faisal bin Farhan Al Saud', kind: P, role: 'Foreign Minister of Saudi Arabia', surface: ['his Saudi Arabian counterpart', 'Saudi Foreign Minister Prince Faisal bin Farhan Al Saud', 'bin Farhan'] },
      { name: 'Government of Mexico', kind: O, role: null, surface: ['Mexico’s government'] },
      { name: 'Ministry of Foreign Affairs of Mexico', kind: O, role: null, surface: ['the foreign ministry', 'it', 'the statement'] },
    ],
    quotes: [],
    reported: [
      { speaker: 'Government of Mexico', from: 'Mexican Foreign Minister Marcelo Ebrard and his Saudi Arabian counterpart', to: 'Mexico’s government said.' },
      { speaker: 'Ministry of Foreign Affairs of Mexico', from: 'Ebrard and Saudi Foreign Minister', to: 'said in a statement.' },
      { speaker: 'Ministry of Foreign Affairs of Mexico', from: 'The two diplomats, who represent', to: 'it added.' },
      { speaker: 'Ministry of Foreign Affairs of Mexico', from: 'Ebrard and bin Farhan, both from', to: 'according to the statement.' },
    ],
    contacts: [
      { a: 'Marcelo Ebrard', b: 'Faisal bin Farhan Al Saud', kind: 'meeting', date: '2022-03-23', status: 'held', date_text: 'on Wednesday', evidence: 'Marcelo Ebrard and his Saudi Arabian counterpart on Wednesday agreed to strengthen bilateral economic relations' },
    ],
    excluded: [],
  },

  d2034: {
    file: '034_b92_vucic_thaci_cancelled.txt',
    url: 'https://www.b92.net/eng/news/politics.php?yyyy=2018&mm=09&dd=07&nav_id=105025',
    outlet: 'B92 (citing Tanjug)',
    style: 'regional press (Serbia), a cancelled meeting reported through an official',
    patterns: ['cancelled meeting "today" / "this Friday" (article date)', 'the agency as source of the deck ("Tanjug is reporting")', 'Reporters learned this … from X, who spoke after … (source of the news)', 'parenthetical frames: "The president decided to do this, Dhuric said, because …", "Also, Djuric pointed out, …"', 'the official’s name misspelt once (Dhuric) and other typos as published (Kosoov, "this is Brussels")', 'Asked whether …, X replied negatively, and added that … "…" (mixed)', 'roles pointing back: The president, the president of Serbia'],
    actors: [
      { name: 'Aleksandar Vučić', kind: P, role: 'President of Serbia', surface: ['Serbian President Aleksandar Vucic', 'Vucic', 'The president', 'the president of Serbia'] },
      { name: 'Hashim Thaçi', kind: P, role: 'President of Kosovo', surface: ['Kosovo President Hashim Thaci', 'Hashim Thaci'] },
      { name: 'Marko Đurić', kind: P, role: 'Director of the Office for Kosovo and Metohija, Government of Serbia', surface: ['the director of the Office for Kosovo and Metohija, Marko Djuric', 'Djuric', 'Dhuric', 'He'] },
      { name: 'Federica Mogherini', kind: P, role: 'EU High Representative for Foreign Affairs and Security Policy', surface: ["EU's Federica Mogherini"] },
      { name: 'Tanjug', kind: O, role: 'news agency', media: true, surface: ['Tanjug'] },
    ],
    quotes: [
      { speaker: 'Marko Đurić', text: 'The only territory to be discussed is the territory of Kosovo and Metohija,' },
      { speaker: 'Marko Đurić', text: 'certainly not be arrested.' },
    ],
    reported: [
      { speaker: 'Tanjug', from: 'Serbian President Aleksandar Vucic has decided', to: 'Tanjug is reporting.', optional: true, note: 'the agency reports a decision' },
      { speaker: 'Marko Đurić', from: 'Reporters learned this is Brussels', to: 'in the Belgrade-Pristina talks.' },
      { speaker: 'Marko Đurić', from: 'Vucic will not talk to Kosovo President', to: 'will continue, and when.', optional: true, note: 'continuation of the official’s briefing without a speech verb' },
      { speaker: 'Marko Đurić', from: 'The president decided to do this, Dhuric said', to: 'threats and lies.' },
      { speaker: 'Marko Đurić', from: 'Also, Djuric pointed out', to: 'territory of Kosovo.' },
      { speaker: 'Marko Đurić', text: 'He also stressed that the president of Serbia will not be addressing the public before tonight.' },
      { speaker: 'Marko Đurić', from: 'Asked whether Vucic feared', to: '"certainly not be arrested."', mixed: true },
      { speaker: 'Marko Đurić', from: 'Djuric also called on citizens', to: 'as great a number as possible.' },
    ],
    contacts: [
      { a: 'Aleksandar Vučić', b: 'Hashim Thaçi', kind: 'meeting', date: '2018-09-07', status: 'cancelled', date_text: 'this Friday', evidence: 'Vucic will not talk to Kosovo President Hashim Thaci this Friday in Brussels' },
      { a: 'Aleksandar Vučić', b: 'Federica Mogherini', kind: 'meeting', date: '2018-09-07', status: 'held', date_text: 'today', evidence: "Djuric, who spoke after Vucic's meeting with EU's Federica Mogherini", note: 'the same day in Brussels (implied)' },
    ],
    excluded: [],
  },
};
