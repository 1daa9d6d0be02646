// Hand annotation of dev articles 018-034 (real news: Georgia, Turkey-Armenia normalisation, Iran and the 3+3,
// the CSTO, the EU monitoring mission in Georgia). Items are anchored by their exact text (or by their first and
// last words, `from`/`to`); build-gold.mjs computes and verifies the offsets.
const P = 'person';
const O = 'org';

// every pair of a meeting of three or more parties; `required` lists the pairs that are not optional
function pairs(parties, base, required = null) {
  const out = [];
  for (let i = 0; i < parties.length; i++) {
    for (let j = i + 1; j < parties.length; j++) {
      const a = parties[i];
      const b = parties[j];
      const req = !required || required.some(([x, y]) => (x === a && y === b) || (x === b && y === a));
      out.push({ a, b, ...base, ...(req ? {} : { optional: true }) });
    }
  }
  return out;
}

export default {
  dev018: {
    file: '018_civilge_kobakhidze_brussels.txt',
    url: 'https://civil.ge/archives/583398',
    outlet: 'Civil.ge',
    style: 'regional press (visit report built on a government press release)',
    patterns: ['no headline in the stored page: the body starts on the date line', 'HR/VP abbreviation before the name', 'tense mix in the source (will participated … was held)', 'three-party press conference (Kobakhidze, Borrell, Várhelyi) with no day given', 'planned meeting (will also meet Stoltenberg)', 'delegation members named but not said to meet anyone', 'congratulated … and wished him success (speech act without content)', 'the sides discussed (collective)', 'According to the press release of the government administration, X stressed that “…”', 'According to him', 'diacritics: Olivér Várhelyi'],
    actors: [
      { name: 'Irakli Kobakhidze', kind: P, role: 'Prime Minister of Georgia', surface: ['Prime Minister of Georgia, Irakli Kobakhidze', 'PM Kobakhidze', 'Kobakhidze', 'Prime Minister Kobakhidze', 'him'] },
      { name: 'Josep Borrell', kind: P, role: 'High Representative of the EU for Foreign Affairs and Security Policy, Vice-President of the European Commission', surface: ['HR/VP Josep Borrell', 'Josep Borrell', 'HR/VP Borrell', 'the EU High Representative for Foreign Affairs and Security Policy and Vice President of the European Commission'] },
      { name: 'Olivér Várhelyi', kind: P, role: 'European Commissioner for Neighbourhood and Enlargement', surface: ['EU Commissioner for Neighborhood and Enlargement Olivér Várhelyi'] },
      { name: 'Jens Stoltenberg', kind: P, role: 'Secretary General of NATO', surface: ['NATO Secretary General Jens Stoltenberg'] },
      { name: 'Levan Davitashvili', kind: P, role: 'First Deputy Prime Minister, Minister of Economy and Sustainable Development of Georgia', surface: ['First Deputy Prime Minister and Minister of Economy and Sustainable Development Levan Davitashvili'] },
      { name: 'Irakli Chikovani', kind: P, role: 'Minister of Defence of Georgia', surface: ['Minister of Defense Irakli Chikovani'] },
      { name: 'Ilia Darchiashvili', kind: P, role: 'Foreign Minister of Georgia', surface: ['Minister of Foreign Affairs Ilia Darchiashvili'] },
      { name: 'Tea Akhvlediani', kind: P, role: 'State Minister of Georgia for Reconciliation and Civic Equality', surface: ['Minister of Reconciliation and Civic Equality Tea Akhvlediani'] },
      { name: 'Administration of the Government of Georgia', kind: O, role: null, surface: ['the government administration'] },
    ],
    quotes: [
      { speaker: 'Irakli Kobakhidze', via: 'Administration of the Government of Georgia', text: 'the result of intensive efforts and steps taken by the Georgian Government' },
    ],
    reported: [
      { speaker: 'Josep Borrell', text: 'HR/VP Borrell congratulated Kobakhidze on his appointment and wished him success in his future work.', optional: true, note: 'congratulations and good wishes: a speech act without content' },
      { speaker: null, text: 'During the meeting, the sides discussed Georgia’s European integration process.', optional: true, note: 'collective "the sides"' },
      { speaker: 'Irakli Kobakhidze', via: 'Administration of the Government of Georgia', from: 'According to the press release of the government administration', to: 'taken by the Georgian Government”.', mixed: true },
      { speaker: 'Irakli Kobakhidze', from: 'According to him, the Georgian government', to: 'opening the accession negotiations.' },
      { speaker: 'Irakli Kobakhidze', text: 'In this regard, Prime Minister Kobakhidze spoke about the steps taken by the Georgian government and the future plans.' },
    ],
    contacts: [
      { a: 'Irakli Kobakhidze', b: 'Josep Borrell', kind: 'meeting', date: '2024-02-20', status: 'held', date_text: 'On February 20', evidence: 'On February 20, PM Kobakhidze met with … Josep Borrell (also the Association Council and the joint press conference)' },
      { a: 'Irakli Kobakhidze', b: 'Olivér Várhelyi', kind: 'meeting', date: null, status: 'held', date_text: null, evidence: 'the 8th meeting of the EU-Georgia Association Council, after which a joint press conference was held with … Borrell and … Várhelyi', note: 'no day given for the Association Council (the visit is under way on the article date)' },
      { a: 'Josep Borrell', b: 'Olivér Várhelyi', kind: 'meeting', date: null, status: 'held', optional: true, note: 'both on the EU side of the Association Council and the joint press conference' },
      { a: 'Irakli Kobakhidze', b: 'Jens Stoltenberg', kind: 'meeting', date: null, status: 'planned', date_text: 'While in Brussels', evidence: 'Prime Minister Kobakhidze will also meet with NATO Secretary General Jens Stoltenberg' },
    ],
    excluded: [],
  },

  dev019: {
    file: '019_civilge_macron_ivanishvili_call.txt',
    url: 'https://civil.ge/archives/643649',
    outlet: 'Civil.ge',
    style: 'regional press comparing two readouts of one call',
    patterns: ['no headline in the stored page', 'call reported by "both sides" (collective source)', 'subheadings (French Official Press Release / GD Press Release)', 'According to the Presse Release of the French Presidency, Macron “…” (presidency as via)', 'He called / He reiterated / President Macron called: paragraphs lifted from the release, the last ending in a stray closing mark', 'According to the GD party’s press release (party as speaker)', 'conveyed his “…” and expressed his “…” (quoted fragments via the other side’s release)', 'X thanked …, the press release says (speaker X, via the party)', 'agreed to contact each other again (planned contact, same pair)', 'The French President (role for Macron)'],
    actors: [
      { name: 'Emmanuel Macron', kind: P, role: 'President of France', surface: ['French President Emmanuel Macron', 'Macron', 'He', 'President Macron', 'The French President', 'Emmanuel Macron'] },
      { name: 'Bidzina Ivanishvili', kind: P, role: 'Honorary Chairman of the Georgian Dream party', surface: ['the honorary chairman of the Georgian Dream party, Bidzina Ivanishvili', 'Ivanishvili'] },
      { name: 'Presidency of France', kind: O, role: null, surface: ['the French Presidency'] },
      { name: 'Georgian Dream', kind: O, role: 'ruling party of Georgia', surface: ['the Georgian Dream party', 'the GD party', 'The GD'] },
    ],
    quotes: [
      { speaker: 'Emmanuel Macron', via: 'Presidency of France', text: 'condemned the intimidation of representatives of civil society and the opposition, as well as the violence perpetrated by the forces of law and order against peaceful demonstrators and journalists.' },
      { speaker: 'Emmanuel Macron', via: 'Georgian Dream', text: 'concern about the situation in Georgia' },
      { speaker: 'Emmanuel Macron', via: 'Georgian Dream', text: 'willingness to help resolve it.' },
    ],
    reported: [
      { speaker: null, text: 'On December 11, French President Emmanuel Macron called the honorary chairman of the Georgian Dream party, Bidzina Ivanishvili, both sides reported.', optional: true, note: '"both sides reported": a collective source reporting a contact' },
      { speaker: 'Emmanuel Macron', via: 'Presidency of France', from: 'According to the Presse Release of the French Presidency', to: 'demonstrators and journalists.”', mixed: true },
      { speaker: 'Emmanuel Macron', from: 'He called for the release of all', to: 'assembly to be respected.' },
      { speaker: 'Emmanuel Macron', from: 'He reiterated his regret', to: 'had been or would be taken.' },
      { speaker: 'Emmanuel Macron', from: 'President Macron called for an inclusive dialogue', to: 'which he once again welcomed.”', note: 'ends with a stray closing mark (the text is lifted from the release; no opening mark)' },
      { speaker: 'Georgian Dream', text: 'According to the GD party’s press release, the conversation lasted one hour.' },
      { speaker: 'Emmanuel Macron', via: 'Georgian Dream', from: 'The French President conveyed to Ivanishvili', to: 'willingness to help resolve it.”', mixed: true },
      { speaker: 'Bidzina Ivanishvili', via: 'Georgian Dream', from: 'Ivanishvili thanked Macron', to: 'the press release says.' },
      { speaker: 'Georgian Dream', from: 'The GD reports that Ivanishvili and Macron agreed', to: 'the progress made.' },
    ],
    contacts: [
      { a: 'Emmanuel Macron', b: 'Bidzina Ivanishvili', kind: 'call', date: '2024-12-11', status: 'held', date_text: 'On December 11' },
      { a: 'Emmanuel Macron', b: 'Bidzina Ivanishvili', kind: 'call', date: null, status: 'planned', date_text: 'in the coming days', note: 'same pair: agreed to contact each other again (the scorer keeps one contact per pair)' },
    ],
    excluded: [],
  },

  dev020: {
    file: '020_messenger_zourabichvili_paris.txt',
    url: 'http://messenger.com.ge/issues/5796_december_9_2024/5796_liza.html',
    outlet: 'The Messenger (Georgia)',
    style: 'regional press (English-language daily), straight double quotes',
    patterns: ['stating, "…" after a paraphrase (mixed)', '"…," he said (bare frame)', 'In a statement, she said, "…" (bare frame, four sentences in one pair of marks)', 'He assured X that … (pronoun = Zelenskyy)', 'met with A and B (three-way meeting: Zourabichvili, Trump, Macron)', 'meeting with no day (While in Paris) vs the December 7 meeting', 'addressed questions from journalists (speech act without content)', 'Ivanishvili and Putin named inside a quotation', 'President-elect as a title'],
    actors: [
      { name: 'Salome Zourabichvili', kind: P, role: 'President of Georgia', surface: ['Georgian President Salome Zourabichvili', 'President Zourabichvili', 'Zourabichvili', 'she'] },
      { name: 'Donald Trump', kind: P, role: 'President-elect of the United States', surface: ['U.S. President-elect Donald Trump', 'President-elect Donald Trump', 'Donald Trump'] },
      { name: 'Volodymyr Zelenskyy', kind: P, role: 'President of Ukraine', surface: ['Ukrainian President Volodymyr Zelenskyy', 'Zelenskyy', 'he', 'He'] },
      { name: 'Emmanuel Macron', kind: P, role: 'President of France', surface: ['French President Emmanuel Macron'] },
      { name: 'Irakli Kobakhidze', kind: P, role: 'Prime Minister of Georgia', surface: ['Prime Minister Irakli Kobakhidze'] },
      { name: 'Bidzina Ivanishvili', kind: P, role: 'Honorary Chairman of the Georgian Dream party', surface: ['Ivanishvili'] },
      { name: 'Vladimir Putin', kind: P, role: 'President of Russia', surface: ['Putin'] },
    ],
    quotes: [
      { speaker: 'Volodymyr Zelenskyy', text: "I expressed Ukraine's full support and solidarity with the Georgian people, who are fighting for their dignified future. Respecting the will of the Georgian people and preventing Ivanishvili's government from surrendering the country to Putin is essential for the stability and future of the region." },
      { speaker: 'Volodymyr Zelenskyy', text: 'It is about control of the Black Sea region - a strategic Russian goal that poses a threat to the national security of everyone in the region and across Europe,' },
      { speaker: 'Salome Zourabichvili', text: 'I exposed the stolen elections and the extremely alarming repression against the Georgian people. I emphasized the need for a strong United States. The Georgian people have a friend in Donald Trump. God bless the United States of America.' },
    ],
    reported: [
      { speaker: 'Volodymyr Zelenskyy', from: 'Zelenskyy expressed strong support for the Georgian people, stating', to: 'future of the region."', mixed: true },
      { speaker: 'Volodymyr Zelenskyy', text: "Zelenskyy underscored the broader implications of Georgia's situation, describing it as a strategic concern for Russia." },
      { speaker: 'Volodymyr Zelenskyy', from: 'He assured Zourabichvili that Ukraine', to: 'their fight for freedom.' },
      { speaker: 'Irakli Kobakhidze', from: 'During a briefing at the Government Administration building', to: 'President-elect Donald Trump.', optional: true, note: 'addressed questions: a speech act without content (the answers are cut)' },
    ],
    contacts: [
      { a: 'Salome Zourabichvili', b: 'Volodymyr Zelenskyy', kind: 'meeting', date: null, status: 'held', date_text: 'While in Paris' },
      { a: 'Salome Zourabichvili', b: 'Donald Trump', kind: 'meeting', date: '2024-12-07', status: 'held', date_text: 'the December 7 meeting in Paris' },
      { a: 'Salome Zourabichvili', b: 'Emmanuel Macron', kind: 'meeting', date: '2024-12-07', status: 'held', date_text: 'also met with … Trump and … Macron (the December 7 meeting)', note: 'one meeting with Trump and Macron; the day is given for the Trump meeting' },
      { a: 'Donald Trump', b: 'Emmanuel Macron', kind: 'meeting', date: '2024-12-07', status: 'held', optional: true, note: 'the third pair of the three-way meeting (Zourabichvili met with both)' },
    ],
    excluded: [],
  },

  dev021: {
    file: '021_jamnews_borrell_garibashvili.txt',
    url: 'https://jam-news.net/borrel-the-meeting-with-garibashvili/',
    outlet: 'JAMnews',
    style: 'regional press (joint press conference)',
    patterns: ['joint press conference = meeting with no day given', 'role forms: the head of the EU diplomatic mission (Borrell), The Prime Minister (Garibashvili)', 'so-called “second front” (excluded)', 'Josep Borrell replied: + quotation in the next paragraph (speaker in the neighbouring sentence; the frame ends with a colon)', 'According to the emergency management service (organisation as speaker)', 'According to Garibashvili', 'for his part', 'expressed condolences / expressed hope', 'Mr. Prime Minister inside a quotation'],
    actors: [
      { name: 'Josep Borrell', kind: P, role: 'High Representative of the EU for Foreign Affairs and Security Policy', surface: ['European Union High Representative for Foreign Affairs and Security Policy Josep Borrell', 'the head of the EU diplomatic mission', 'Borrell', 'Josep Borrell'] },
      { name: 'Irakli Garibashvili', kind: P, role: 'Prime Minister of Georgia', surface: ['Georgian Prime Minister Irakli Garibashvili', 'The Prime Minister', 'Garibashvili', 'he', 'Mr. Prime Minister'] },
      { name: 'Emergency Management Service of Georgia', kind: O, role: null, surface: ['the emergency management service'] },
    ],
    quotes: [
      { speaker: 'Josep Borrell', text: 'I want to express my heartache – a child died in a landslide and it is very painful, I am concerned about the fact that people are still missed, I hope we will find everyone unharmed,' },
      { speaker: 'Josep Borrell', text: 'Mr. Prime Minister, all countries are different, each country has different political and socio-economic situation. I want to assure you and all Georgians that Georgia’s efforts towards the implementation of EU recommendations will be appreciated and European institutions will objectively evaluate all the analytical reports prepared.', note: 'speaker named in the previous paragraph ("Josep Borrell replied:")' },
    ],
    reported: [
      { speaker: 'Josep Borrell', from: 'At a press conference with Georgian Prime Minister', to: 'distrust in the society.' },
      { speaker: 'Josep Borrell', text: 'Also, the head of the EU diplomatic mission expressed condolences over the death of a child in the Shovi landslide.' },
      { speaker: 'Emergency Management Service of Georgia', from: 'According to the emergency management service', to: 'cut off from the outside world.' },
      { speaker: 'Emergency Management Service of Georgia', text: 'So far, the body of one minor has been found in Jumati village in Guria.', optional: true, note: 'continues the service’s report, or the journalist' },
      { speaker: 'Irakli Garibashvili', from: 'The Prime Minister, for his part, told a press conference', to: 'EU candidate country unfair.' },
      { speaker: 'Irakli Garibashvili', from: 'According to Garibashvili, Georgia will receive', to: 'one or two weeks.' },
      { speaker: 'Irakli Garibashvili', text: 'The Prime Minister also expressed hope that the European Commission will assess the loyalty of the Georgian government.' },
      { speaker: 'Irakli Garibashvili', text: 'As for the impeachment of the President, Garibashvili explained that this is a legal issue, not a political one.' },
    ],
    contacts: [
      { a: 'Josep Borrell', b: 'Irakli Garibashvili', kind: 'meeting', date: null, status: 'held', date_text: null, evidence: 'At a press conference with Georgian Prime Minister Irakli Garibashvili', note: 'no day in the text (the visit was on the article date)' },
    ],
    excluded: [{ text: 'second front', reason: 'so-called name (scare quotes)' }],
  },

  dev022: {
    file: '022_vestnikkavkaza_botchorishvili_herczynski.txt',
    url: 'https://en.vestikavkaza.ru/material/172226',
    outlet: 'Vestnik Kavkaza',
    style: 'regional press built on a foreign-ministry readout, many quoted fragments',
    patterns: ['no headline in the stored page', 'agentless passive (were discussed in a meeting between A and B)', '…, the Georgian foreign office said (ministry as speaker, mixed)', 'one-word quotation “committed”', 'The discussion also focused on the need to “…” and “…” (agentless, quoted fragments)', 'The EU Ambassador (role)', 'Herczynski without diacritics (Paweł Herczyński)', 'noting that … “…” (mixed)', 'meeting with no day'],
    actors: [
      { name: 'Maka Botchorishvili', kind: P, role: 'Foreign Minister of Georgia', surface: ['Georgian Foreign Minister Maka Botchorishvili', 'Botchorishvili'] },
      { name: 'Paweł Herczyński', kind: P, role: 'Ambassador of the EU to Georgia', surface: ['EU Ambassador to Georgia Pawel Herczynski', 'The EU Ambassador'] },
      { name: 'Ministry of Foreign Affairs of Georgia', kind: O, role: null, surface: ['the Georgian foreign office'] },
    ],
    quotes: [
      { speaker: 'Ministry of Foreign Affairs of Georgia', text: 'need for mutual respect' },
      { speaker: 'Maka Botchorishvili', text: 'committed', optional: true, note: 'one-word quotation' },
      { speaker: 'Maka Botchorishvili', text: 'ready to work towards preparing the country' },
      { speaker: 'Ministry of Foreign Affairs of Georgia', text: 'resolve recent challenges in the relationship', optional: true, note: 'agentless sentence; the words come from the ministry’s readout' },
      { speaker: 'Ministry of Foreign Affairs of Georgia', text: 'ensure objective assessments of ongoing processes', optional: true, note: 'agentless sentence; the words come from the ministry’s readout' },
      { speaker: 'Maka Botchorishvili', text: 'ongoing political speculations' },
      { speaker: 'Maka Botchorishvili', text: 'contributing to creating an artificial crisis' },
    ],
    reported: [
      { speaker: null, from: 'Key aspects of relations between Georgia', to: 'Pawel Herczynski.', optional: true, note: 'agentless passive "were discussed"' },
      { speaker: 'Ministry of Foreign Affairs of Georgia', from: 'The meeting highlighted the importance', to: 'the Georgian foreign office said.', mixed: true },
      { speaker: 'Maka Botchorishvili', from: 'Botchorishvili reiterated that her Government', to: 'the bloc’s membership.', mixed: true },
      { speaker: null, from: 'The discussion also focused on the need', to: 'ongoing processes”.', optional: true, mixed: true, note: 'agentless' },
      { speaker: 'Paweł Herczyński', from: 'The EU Ambassador expressed concern', to: 'until 2028.' },
      { speaker: 'Maka Botchorishvili', from: 'Botchorishvili raised concerns', to: 'artificial crisis” in Georgia.', mixed: true },
    ],
    contacts: [
      { a: 'Maka Botchorishvili', b: 'Paweł Herczyński', kind: 'meeting', date: null, status: 'held', date_text: null },
    ],
    excluded: [],
  },

  dev023: {
    file: '023_tass_abashidze_karasin_prague.txt',
    url: 'https://tass.com/economy/1086605',
    outlet: 'TASS',
    style: 'wire (TASS dateline), straight double quotes',
    patterns: ['TASS dateline "TBILISI, November 1. /TASS/."', 'no headline in the stored page', 'patronymic in a quotation with an editorial bracket: Grigory Borisovich [Karasin]', '"…," X told TASS (bare frame)', 'informed earlier on Friday that …', 'The diplomat (= Zakharova, the last named speaker) noted that …', '"…," she added', 'planned meeting "in late November" (no day) and an earlier meeting "on June 13" (same pair)', 'wrong title in the source (Special Presidential Representative)'],
    actors: [
      { name: 'Zurab Abashidze', kind: P, role: 'Special Representative of the Prime Minister of Georgia for Relations with Russia', surface: ['Georgian Special Presidential Representative for Settlement of Relations with Russia Zurab Abashidze', 'Abashidze', 'Zurab Abashidze', 'he'] },
      { name: 'Grigory Karasin', kind: P, role: 'Member of the Federation Council of Russia, former Deputy Foreign Minister', surface: ['former Russian Deputy Foreign Minister Grigory Karasin', 'Grigory Karasin', 'Karasin', 'Grigory Borisovich'] },
      { name: 'Maria Zakharova', kind: P, role: 'Spokesperson, Ministry of Foreign Affairs of Russia', surface: ['Russian Foreign Ministry Spokeswoman Maria Zakharova', 'Zakharova', 'The diplomat', 'she'] },
      { name: 'Bidzina Ivanishvili', kind: P, role: 'founder of the Georgian Dream coalition', surface: ['billionaire Bidzina Ivanishvili'] },
      { name: 'TASS', kind: O, role: 'news agency', media: true, surface: ['TASS'] },
    ],
    quotes: [
      { speaker: 'Zurab Abashidze', text: 'I can confirm that in Prague, Grigory Borisovich [Karasin] and I usually discuss transport issues, including aviation. So it is likely that at the next meeting in late November, we will consider the situation related to the temporary flight ban,' },
      { speaker: 'Maria Zakharova', text: 'According to the Russian leadership’s decision, Karasin will continue taking part in this format. Another meeting in Prague, the 23rd one, is preliminarily scheduled for the end of November,' },
      { speaker: 'Maria Zakharova', text: 'We don’t have official diplomatic relations, but we have humanitarian and technical contacts. People are more often visiting each other,' },
    ],
    reported: [
      { speaker: 'Zurab Abashidze', from: 'Georgian Special Presidential Representative', to: 'who now serves as senator.', note: 'sentence starts after the TASS dateline' },
      { speaker: 'Maria Zakharova', from: 'Russian Foreign Ministry Spokeswoman Maria Zakharova informed', to: 'talks with Zurab Abashidze.' },
      { speaker: 'Maria Zakharova', text: 'The diplomat noted that the talks between Karasin and Abashidze have played a vital role in normalizing Russian-Georgian ties.' },
    ],
    contacts: [
      { a: 'Zurab Abashidze', b: 'Grigory Karasin', kind: 'meeting', date: null, status: 'planned', date_text: 'in late November / the end of November', note: 'same pair as the June 13 meeting (the scorer keeps one contact per pair)' },
      { a: 'Zurab Abashidze', b: 'Grigory Karasin', kind: 'meeting', date: '2019-06-13', status: 'held', date_text: 'on June 13' },
    ],
    excluded: [],
  },

  dev024: {
    file: '024_caucasianknot_geneva_55th_round.txt',
    url: 'https://caucasianknot.org/articles/57580',
    outlet: 'Caucasian Knot',
    style: 'regional press (translated from Russian) on a Geneva International Discussions round',
    patterns: ['multi-party round (Abkhazia, South Ossetia, Georgia, Russia, US; UN, EU, OSCE co-chairs): every pair, the three with a stated exchange required', 'two-day round (December 7-8)', 'delegations as speakers (The Abkhazian side, The Abkhazian delegation)', 'In turn, X said that …', 'The diplomat (= Darsaliya)', 'According to X', 'quote then "noted X as quoted on the website of …"', 'channel name in quotes (excluded)', 'spelling variant Darsaliya / Darsalia'],
    actors: [
      { name: 'Lasha Darsalia', kind: P, role: 'Deputy Foreign Minister of Georgia, head of the Georgian delegation to the GID', surface: ['Lasha Darsaliya', 'The diplomat'] },
      { name: 'Abkhaz delegation to the Geneva International Discussions', kind: O, role: 'de facto authorities of Abkhazia', surface: ['The Abkhazian side', 'The Abkhazian delegation'] },
      { name: 'Russian delegation to the Geneva International Discussions', kind: O, role: null, surface: ['the Russian delegation'] },
      { name: 'South Ossetian delegation to the Geneva International Discussions', kind: O, role: 'de facto authorities of South Ossetia', surface: ['South Ossetia'] },
      { name: 'Government of the United States', kind: O, role: null, surface: ['the United States'] },
      { name: 'United Nations', kind: O, role: 'GID co-chair', surface: ['UN'] },
      { name: 'European Union', kind: O, role: 'GID co-chair', surface: ['EU'] },
      { name: 'OSCE', kind: O, role: 'GID co-chair', surface: ['OSCE'] },
      { name: 'First Channel', kind: O, role: 'Georgian Public Broadcaster', media: true, surface: ['First Channel'] },
    ],
    quotes: [
      { speaker: 'Abkhaz delegation to the Geneva International Discussions', text: 'constant violation of the airspace of the Republic of Abkhazia by foreign civil and military vessels.' },
      { speaker: 'Lasha Darsalia', text: 'Unfortunately, we do not see such an approach on the part of the Russian delegation,' },
    ],
    reported: [
      { speaker: 'Abkhaz delegation to the Geneva International Discussions', text: 'The Abkhazian side accused Georgia of disrupting the coordination of the text of the document on international guarantees of the non-use of force.' },
      { speaker: 'Abkhaz delegation to the Geneva International Discussions', from: 'The Abkhazian delegation also expressed', to: 'military vessels.”', mixed: true },
      { speaker: 'Lasha Darsalia', from: 'In turn, Lasha Darsaliya', to: 'to Abkhazia arose.' },
      { speaker: 'Lasha Darsalia', text: 'The diplomat emphasized that the positions of the parties on the security issue remain fundamentally opposite.' },
      { speaker: 'Lasha Darsalia', from: 'According to Lasha Darsaliya', to: 'settlement of the conflict.' },
    ],
    contacts: pairs(
      ['Lasha Darsalia', 'Abkhaz delegation to the Geneva International Discussions', 'Russian delegation to the Geneva International Discussions', 'South Ossetian delegation to the Geneva International Discussions', 'Government of the United States', 'United Nations', 'European Union', 'OSCE'],
      { kind: 'meeting', date: '2021-12-07', status: 'held', date_text: 'On December 7-8 (first day of the round)' },
      [['Lasha Darsalia', 'Abkhaz delegation to the Geneva International Discussions'], ['Lasha Darsalia', 'Russian delegation to the Geneva International Discussions'], ['Abkhaz delegation to the Geneva International Discussions', 'Russian delegation to the Geneva International Discussions']],
    ),
    excluded: [{ text: 'First Channel', reason: 'name of a TV channel in quotes' }],
  },

  dev025: {
    file: '025_kavkazplus_bzhania_gid_venue.txt',
    url: 'http://en.kavkazplus.com/news.php?id=19320',
    outlet: 'Kavkaz-Plus',
    style: 'regional press (short news), de facto officials',
    patterns: ['quoted fragment then "said the de facto president …, X" (inverted frame, mixed)', 'According to the de facto Foreign Minister …, X', 'X says this issue was discussed during the meeting with Y (meeting with no day)', 'Lavrov’s words reported inside Bzhania’s quotation: "He (Lavrov) asked …" (speaker stays Bzhania)', 'Presenting a report …, X said that “…” (mixed)', 'de facto titles; capital as a stance holder (Moscow wants)'],
    actors: [
      { name: 'Aslan Bzhania', kind: P, role: 'de facto President of Abkhazia', surface: ['the de facto president of occupied Abkhazia, Aslan Bzhania', 'Aslan Bzhania', 'Bzhania'] },
      { name: 'Inal Ardzinba', kind: P, role: 'de facto Foreign Minister of Abkhazia', surface: ['the de facto Foreign Minister of Georgia’s occupied region, Inal Ardzinba', 'Ardzinba'] },
      { name: 'Sergey Lavrov', kind: P, role: 'Foreign Minister of Russia', surface: ['Russian Foreign Minister Sergey Lavrov', 'Lavrov'] },
    ],
    quotes: [
      { speaker: 'Aslan Bzhania', text: 'to another city,' },
      { speaker: 'Inal Ardzinba', text: 'The Russian side is raising a very important issue that concerns moving the Geneva discussions from Geneva to another city. It is because Geneva is increasingly less able to provide equal conditions for all participants in the negotiation process,' },
      { speaker: 'Aslan Bzhania', text: 'He (Lavrov) asked whether the Abkhaz side would object to continuing to work in a more suitable place. He said it could be the capital of Belarus, Minsk, or the capitals of other countries, the most neutral states of the former Soviet Union. This can be considered. If this decision is made, I believe there would be nothing wrong with it. On the contrary, maybe something will change for the better,', note: 'Bzhania’s words, relaying what Lavrov asked' },
      { speaker: 'Inal Ardzinba', text: 'Georgia refuses political dialogue to sign a mutually binding agreement on the non-use of force.' },
    ],
    reported: [
      { speaker: 'Aslan Bzhania', from: 'Moscow wants to resettle', to: 'Aslan Bzhania.', mixed: true },
      { speaker: 'Inal Ardzinba', from: 'According to the de facto Foreign Minister', to: 'hosting the talks.' },
      { speaker: 'Aslan Bzhania', text: 'Aslan Bzhania says this issue was discussed during the meeting with Russian Foreign Minister Sergey Lavrov.' },
      { speaker: 'Inal Ardzinba', from: 'Presenting a report on the so-called ministry’s', to: 'non-use of force.”', mixed: true },
    ],
    contacts: [
      { a: 'Aslan Bzhania', b: 'Sergey Lavrov', kind: 'meeting', date: null, status: 'held', date_text: null, evidence: 'this issue was discussed during the meeting with Russian Foreign Minister Sergey Lavrov' },
    ],
    excluded: [],
  },

  dev026: {
    file: '026_eumm_iprm_ergneti_92nd.txt',
    url: 'https://eumm.eu/en/press_and_public_information/press_releases/6647/?q=&year=2019&page=1',
    outlet: 'EU Monitoring Mission in Georgia (EUMM)',
    style: 'mission press release (IPRM meeting)',
    patterns: ['diacritics: Erik Høeg / Mr. Høeg', 'co-facilitated the proceedings (meeting of the two co-facilitators with unnamed participants)', 'provided an overview … and stated that', 'He highlighted … and urged', 'The co-facilitators noted / recalled (collective of two people)', 'agentless passives: were again discussed, were explored', 'dates in day-month form (22 March 2019, 8 February 2019, 15 March, 16 May 2019)', 'next meeting planned (same pair)', 'photo captions dropped'],
    actors: [
      { name: 'Erik Høeg', kind: P, role: 'Head of the EU Monitoring Mission in Georgia', surface: ['Erik Høeg', 'Mr. Høeg', 'He'] },
      { name: 'Rudolf Michalka', kind: P, role: 'Special Representative of the OSCE Chairperson-in-Office for the South Caucasus', surface: ['Ambassador Rudolf Michalka'] },
      { name: 'Co-Chairs of the Geneva International Discussions', kind: O, role: null, surface: ['Co-Chairs of the Geneva International Discussions'] },
      { name: 'Archil Tatunashvili', kind: P, role: 'Georgian citizen who died in Tskhinvali custody (2018)', surface: ['Archil Tatunashvili'] },
      { name: 'David Basharuli', kind: P, role: 'Georgian citizen who died in 2016', surface: ['David Basharuli'] },
    ],
    quotes: [],
    reported: [
      { speaker: 'Erik Høeg', from: 'Mr. Høeg provided an overview', to: 'remained relatively stable.' },
      { speaker: 'Erik Høeg', from: 'He highlighted concerns', to: 'exchange information.' },
      { speaker: 'Erik Høeg', from: 'The co-facilitators noted the reopening', to: 'conflict-affected population.', optional: true, note: 'collective of the two co-facilitators (Høeg and Michalka)' },
      { speaker: 'Erik Høeg', text: 'The co-facilitators recalled the statement of the Co-Chairs of the Geneva International Discussions on the matter.', optional: true, note: 'collective; refers to a statement without giving it' },
      { speaker: null, text: 'The cases of Archil Tatunashvili and David Basharuli tragic deaths were again discussed.', optional: true, note: 'agentless passive' },
      { speaker: null, text: 'The use of irrigation systems by local communities and co-operation in wildfire prevention were explored.', optional: true, note: 'agentless passive' },
    ],
    contacts: [
      { a: 'Erik Høeg', b: 'Rudolf Michalka', kind: 'meeting', date: '2019-03-22', status: 'held', date_text: 'On 22 March 2019' },
      { a: 'Erik Høeg', b: 'Rudolf Michalka', kind: 'meeting', date: '2019-05-16', status: 'planned', date_text: 'on 16 May 2019', note: 'next IPRM meeting; same pair' },
    ],
    excluded: [],
  },

  dev027: {
    file: '027_hurriyet_envoys_vienna_fourth.txt',
    url: 'https://www.hurriyetdailynews.com/turkiye-armenia-agree-to-allow-border-crossing-for-visiting-3rd-country-citizens-175026',
    outlet: 'Hürriyet Daily News',
    style: 'Turkish press built on a foreign-ministry statement',
    patterns: ['dateline on its own line (ANKARA)', 'subject outside the marks + “…,” the ministry said in a statement (mixed)', 'quotation opened and never closed (unclosed, ends the paragraph)', 'diacritics: Kılıç, Türkiye', 'envoys met in Vienna on July 1 (article date July 2)', 'background rounds (collective, optional)', 'the latter'],
    actors: [
      { name: 'Ministry of Foreign Affairs of Turkey', kind: O, role: null, surface: ['the Turkish Foreign Ministry', 'the ministry'] },
      { name: 'Serdar Kılıç', kind: P, role: 'Special Representative of Turkey for the normalisation process with Armenia', surface: ['Ambassador Serdar Kılıç'] },
      { name: 'Ruben Rubinyan', kind: P, role: 'Deputy Speaker of the National Assembly of Armenia, Special Representative for the normalisation process with Turkey', surface: ['Deputy Speaker Ruben Rubinyan'] },
    ],
    quotes: [
      { speaker: 'Ministry of Foreign Affairs of Turkey', text: 'agreed to enable the crossing of the land border between Türkiye and Armenia by third country citizens visiting Türkiye and Armenia respectively at the earliest date possible and decided to initiate the necessary process to that end,' },
      { speaker: 'Ministry of Foreign Affairs of Turkey', text: 'The fourth meeting of the Special Representatives for the normalization process between Türkiye and Armenia, Ambassador Serdar Kılıç and Deputy Speaker Ruben Rubinyan, took place in Vienna on July 1.', unclosed: true, note: 'the opening mark is never closed' },
    ],
    reported: [
      { speaker: 'Ministry of Foreign Affairs of Turkey', from: 'Turkish and Armenian officials have agreed', to: 'said on July 1.' },
      { speaker: 'Ministry of Foreign Affairs of Turkey', from: 'Envoys for the normalization process between Ankara and Yerevan', to: 'the ministry said in a statement.', mixed: true },
      { speaker: null, from: 'In the first three rounds', to: 'without preconditions.', optional: true, note: 'background; collective "the special representatives"' },
    ],
    contacts: [
      { a: 'Serdar Kılıç', b: 'Ruben Rubinyan', kind: 'meeting', date: '2022-07-01', status: 'held', date_text: 'in Vienna on July 1', note: 'the earlier rounds (Moscow, Vienna) are the same pair' },
    ],
    excluded: [],
  },

  dev028: {
    file: '028_dailysabah_envoys_border_fifth.txt',
    url: 'https://dailysabah.com/politics/diplomacy/turkiye-armenia-affirm-commitment-to-normalization-in-5th-meeting',
    outlet: 'Daily Sabah',
    style: 'Turkish press built on a foreign-ministry statement',
    patterns: ['no headline in the stored page', 'announced on Tuesday that … met (meeting dated by the announcement)', 'people by role first: a top diplomat, Armenia’s deputy parliamentary speaker', 'mismatched marks: straight opening " and curly closing ”', '“…,” the statement added (the statement = the ministry)', 'an earlier interview with the outlet itself (Daily Sabah as actor)', '"X told <journalist> of Daily Sabah back then"', 'diacritics: Kılıç, Özer, Türkiye'],
    actors: [
      { name: 'Ministry of Foreign Affairs of Turkey', kind: O, role: null, surface: ['Türkiye’s Ministry of Foreign Affairs', 'the ministry'] },
      { name: 'Serdar Kılıç', kind: P, role: 'Special Representative of Turkey for the normalisation process with Armenia', surface: ['Ambassador Serdar Kılıç', 'a top diplomat'] },
      { name: 'Ruben Rubinyan', kind: P, role: 'Deputy Speaker of the National Assembly of Armenia, Special Representative for the normalisation process with Turkey', surface: ['the National Assembly of Armenia Deputy Speaker Ruben Rubinyan', 'Rubinyan', 'Armenia’s deputy parliamentary speaker'] },
      { name: 'Daily Sabah', kind: O, role: 'newspaper', media: true, surface: ['Daily Sabah'] },
      { name: 'Dilara Aslan Özer', kind: P, role: 'journalist, Daily Sabah', surface: ['Dilara Aslan Özer'] },
    ],
    quotes: [
      { speaker: 'Ministry of Foreign Affairs of Turkey', text: 'They reconfirmed the agreements reached at their previous meetings,' },
      { speaker: 'Ministry of Foreign Affairs of Turkey', text: 'Furthermore, they agreed to assess the technical requirements to enable the functioning of the Akyaka/Akhurik railroad border gate in line with regional developments as well as to simplify their mutual visa procedures for diplomatic/official passport holders. Finally, they reemphasized their agreement to continue the normalization process without any preconditions toward achieving the ultimate goal of full normalization between their respective countries,' },
      { speaker: 'Ruben Rubinyan', text: 'If Türkiye and Armenia have political will, other factors should not matter. Furthermore, if we have progress in the Armenia-Türkiye process, this will undoubtedly influence positive developments both in the South Caucasus and the wider region, including the Armenia-Azerbaijan peace process,' },
    ],
    reported: [
      { speaker: 'Ministry of Foreign Affairs of Turkey', text: 'Türkiye’s Ministry of Foreign Affairs announced on Tuesday that a top diplomat and Armenia’s deputy parliamentary speaker met on the border of the two countries.' },
      { speaker: 'Ruben Rubinyan', text: 'In an interview with Daily Sabah in March, Rubinyan expressed his country’s readiness to fully normalize relations.' },
    ],
    contacts: [
      { a: 'Serdar Kılıç', b: 'Ruben Rubinyan', kind: 'meeting', date: '2024-07-30', status: 'held', date_text: 'announced on Tuesday that … met', note: 'the day of the meeting is given by the announcement' },
      { a: 'Ruben Rubinyan', b: 'Dilara Aslan Özer', kind: 'other', date: null, status: 'held', optional: true, date_text: 'in March', note: 'a press interview, not a diplomatic contact' },
    ],
    excluded: [],
  },

  dev029: {
    file: '029_massispost_pashinyan_erdogan_call.txt',
    url: 'https://massispost.com/2022/07/pashinyan-and-erdogan-discuss-armenian-turkish-normalization-during-a-phone-call/',
    outlet: 'Massis Post',
    style: 'diaspora press built on the Armenian readout of a call',
    patterns: ['dateline with an em dash (YEREVAN —): the first reported span includes it', 'call on Monday, the press office said (organisation as speaker)', '“…,” read the official Armenian readout (document frame)', 'According to the statement, both A and B said (two speakers)', 'a statement by the other side given only by reference', 'The Turkish and Armenian foreign ministries said (two organisations)', 'last Thursday / on Saturday (Pashinyan’s own actions, not contacts)', 'the Turkish President, the latter, the Prime Minister (roles)', 'Erdogan spelled without ğ (Erdoğan)', 'congratulated (speech act without content)'],
    actors: [
      { name: 'Nikol Pashinyan', kind: P, role: 'Prime Minister of Armenia', surface: ['Armenian Prime Minister Nikol Pashinyan', 'Pashinyan', 'PM Pashinyan', 'he', 'the Prime Minister'] },
      { name: 'Recep Tayyip Erdoğan', kind: P, role: 'President of Turkey', surface: ['the President of Turkey Recep Tayyip Erdogan', 'Erdogan', 'the Turkish President', 'the latter'] },
      { name: 'Office of the Prime Minister of Armenia', kind: O, role: null, surface: ['the Armenian government press office'] },
      { name: 'Presidency of Turkey', kind: O, role: null, surface: ['The Turkish presidential press office'] },
      { name: 'Ministry of Foreign Affairs of Turkey', kind: O, role: null, surface: ['The Turkish and Armenian foreign ministries'] },
      { name: 'Ministry of Foreign Affairs of Armenia', kind: O, role: null, surface: ['Armenian foreign ministries'] },
      { name: 'Anadolu Agency', kind: O, role: 'news agency', media: true, surface: ['Anatolia news agency'] },
    ],
    quotes: [
      { speaker: 'Office of the Prime Minister of Armenia', text: 'The leaders stressed the importance of the bilateral process of normalizing relations between their countries, which will also help to strengthen peace and stability in the region,', note: 'the readout of the Armenian government' },
      { speaker: 'Ministry of Foreign Affairs of Turkey', text: 'third-country citizens', optional: true, note: 'said by the two ministries together' },
      { speaker: 'Ministry of Foreign Affairs of Turkey', text: 'at the earliest date possible.', optional: true, note: 'said by the two ministries together' },
      { speaker: 'Nikol Pashinyan', text: 'as soon as possible.' },
    ],
    reported: [
      { speaker: 'Office of the Prime Minister of Armenia', from: 'YEREVAN — Armenian Prime Minister', to: 'the Armenian government press office said.', note: 'the dateline ends with an em dash, so the span starts at the dateline' },
      { speaker: null, from: 'During their first-ever phone conversation', to: 'between Armenia and Turkey.', optional: true, note: 'collective: the two leaders discussed' },
      { speaker: 'Nikol Pashinyan', via: 'Office of the Prime Minister of Armenia', from: 'According to the statement, both Erdogan and Pashinyan said', to: 'cargo shipments by air.', optional: true, note: 'two speakers (both … said)' },
      { speaker: 'Presidency of Turkey', text: 'The Turkish presidential press office released a virtually identical statement on the conversation cited by the official Anatolia news agency.', optional: true, note: 'a statement given only by reference' },
      { speaker: 'Ministry of Foreign Affairs of Turkey', from: 'The Turkish and Armenian foreign ministries said', to: 'earliest date possible.”', optional: true, mixed: true, note: 'two organisations as one speaker' },
      { speaker: null, text: 'They gave no possible dates.', optional: true, note: 'negated statement of the two ministries' },
      { speaker: 'Nikol Pashinyan', from: 'PM Pashinyan instructed Armenian government agencies', to: '“as soon as possible.”', mixed: true },
      { speaker: 'Nikol Pashinyan', from: 'During the phone call, Pashinyan congratulated', to: 'Jesus Christ.', optional: true, note: 'mutual congratulations: speech acts without content' },
    ],
    contacts: [
      { a: 'Nikol Pashinyan', b: 'Recep Tayyip Erdoğan', kind: 'call', date: '2022-07-11', status: 'held', date_text: 'on Monday' },
    ],
    excluded: [],
  },

  dev030: {
    file: '030_asiaplus_3plus3_tehran.txt',
    url: 'https://asiaplustj.info/en/news/world/20231024/33-platform-stresses-respect-for-territorial-integrity-in-caucasus',
    outlet: 'Asia-Plus',
    style: 'regional press compiled from agencies (IRNA, TASS, Reuters), straight double quotes',
    patterns: ['no headline in the stored page', 'agency says the participating ministers in a statement have underlined (collective via IRNA)', 'meeting theme in quotes (excluded)', 'five-way meeting with only two ministers named', '"…," TASS quoted X as saying (bare frame)', 'a quotation that continues in the next paragraph with no frame', 'According to Reuters, X said … "…" (mixed)', '"…," he added, without elaborating', 'Reuters notes that (media as speaker, optional)', 'X, quoted by state-run media, said Tehran "…" (mixed)', 'spelling: Sergei Lavrov, Amirabdollahian'],
    actors: [
      { name: 'Sergey Lavrov', kind: P, role: 'Foreign Minister of Russia', surface: ['Foreign Minister Sergei Lavrov'] },
      { name: 'Hossein Amir-Abdollahian', kind: P, role: 'Foreign Minister of Iran', surface: ["Iran's Foreign Minister, Hossein Amirabdollahian", 'he'] },
      { name: 'Ebrahim Raisi', kind: P, role: 'President of Iran', surface: ['Iranian President Ebrahim Raisi'] },
      { name: '3+3 Regional Platform', kind: O, role: 'consultative platform of Azerbaijan, Armenia, Georgia, Iran, Russia and Turkey', surface: ['3+3 Regional Platform'] },
      { name: 'IRNA', kind: O, role: 'news agency', media: true, surface: ['IRNA'] },
      { name: 'TASS', kind: O, role: 'news agency', media: true, surface: ["Russia's TASS news agency"] },
      { name: 'Reuters', kind: O, role: 'news agency', media: true, surface: ['Reuters'] },
    ],
    quotes: [
      { speaker: 'Sergey Lavrov', text: 'The conflict has, on the whole, been settled. Both sides agree that Karabakh belongs to Azerbaijan and that was the main issue to be settled,' },
      { speaker: 'Sergey Lavrov', text: 'Of course, practical steps remain for a full normalization of relations, particularly preparations for a peace treaty, the demarcation of borders and the establishment of economic transport links without impediment.', note: 'continuation paragraph with no frame' },
      { speaker: 'Hossein Amir-Abdollahian', text: 'historic opportunity.... The war in South Caucasus has ended, and it is time for peace and cooperation.' },
      { speaker: 'Hossein Amir-Abdollahian', text: 'The presence of outsiders in the region will not only does not solve any problem but will also complicate the situation further,' },
      { speaker: 'Ebrahim Raisi', text: 'was ready to assist in resolving the existing disputes between Azerbaijan and Armenia' },
    ],
    reported: [
      { speaker: '3+3 Regional Platform', via: 'IRNA', from: 'Iran’s state-run news agency IRNA says', to: 'the Caucasus countries.', optional: true, note: 'collective: the participating foreign ministers, in a joint statement' },
      { speaker: 'Hossein Amir-Abdollahian', from: "According to Reuters, Iran's Foreign Minister", to: 'peace and cooperation."', mixed: true },
      { speaker: 'Reuters', from: 'Reuters notes that that was', to: 'annoyed Russia.', optional: true, note: 'a news agency’s interpretation' },
      { speaker: 'Ebrahim Raisi', from: 'Iranian President Ebrahim Raisi, quoted by', to: 'Azerbaijan and Armenia".', mixed: true },
    ],
    contacts: [
      { a: 'Sergey Lavrov', b: 'Hossein Amir-Abdollahian', kind: 'meeting', date: '2023-10-23', status: 'held', date_text: 'in Tehran on October 23', note: 'the Turkish, Azerbaijani and Armenian ministers also attended but are not named' },
    ],
    excluded: [{ text: 'time for peace, cooperation, and progress in the South Caucasus', reason: 'theme of the meeting (title)' }],
  },

  dev031: {
    file: '031_tehrantimes_araghchi_toumanian.txt',
    url: 'https://tehrantimes.com/print/455054/Deputy-FM-meets-Armenia-ambassador-to-Iran',
    outlet: 'Tehran Times',
    style: 'Iranian press built on an embassy statement',
    patterns: ['TEHRAN – dateline (en dash)', 'met on Monday (article Tuesday) and Earlier on Saturday (two contacts, two days)', 'X briefed Y …, the embassy said in a statement (speaker X via the embassy)', 'The statement said the two diplomats exchanged views (embassy as speaker)', '“…,” the statement added / the embassy said in a tweet (embassy as speaker)', 'the Armenian Ambassador and Iranian Energy Minister (roles inside a quotation)', 'Araghchi as deputy foreign minister (2020)'],
    actors: [
      { name: 'Abbas Araghchi', kind: P, role: 'Deputy Foreign Minister of Iran for Political Affairs', surface: ['Seyed Abbas Araghchi', 'Araghchi'] },
      { name: 'Artashes Toumanian', kind: P, role: 'Ambassador of Armenia to Iran', surface: ['the Armenian Ambassador to Iran Artashes Toumanian', 'Toumanian', 'the Armenian Ambassador'] },
      { name: 'Reza Ardakanian', kind: P, role: 'Minister of Energy of Iran, Co-Chair of the Armenia-Iran Intergovernmental Joint Commission', surface: ['Reza Ardakanian', 'Iranian Energy Minister'] },
      { name: 'Embassy of Armenia in Iran', kind: O, role: null, surface: ['Armenia’s embassy', 'the Armenian embassy'] },
    ],
    quotes: [
      { speaker: 'Embassy of Armenia in Iran', text: 'The direction and aspects of cooperation based on mutual interest and accordance between Armenia and Iran, particularly under the existing complicated circumstances were discussed. Both sides stressed maintaining and fostering the permanent mutual relations and consultative contacts between the circles and authorities in both levels of State and society,' },
      { speaker: 'Embassy of Armenia in Iran', text: 'During the meeting, the Armenian Ambassador and Iranian Energy Minister discussed the operation of the projects based on the decisions of the Joint Commission, particularly the gas-electricity joint project and both sides’ tasks in this regard to be accomplished by 2020,' },
    ],
    reported: [
      { speaker: 'Artashes Toumanian', via: 'Embassy of Armenia in Iran', from: 'During the meeting, Toumanian briefed Araghchi', to: 'said in a statement on Monday.' },
      { speaker: 'Embassy of Armenia in Iran', from: 'The statement said the two diplomats', to: 'future possible roles.' },
    ],
    contacts: [
      { a: 'Abbas Araghchi', b: 'Artashes Toumanian', kind: 'meeting', date: '2020-11-23', status: 'held', date_text: 'on Monday' },
      { a: 'Artashes Toumanian', b: 'Reza Ardakanian', kind: 'meeting', date: '2020-11-21', status: 'held', date_text: 'Earlier on Saturday' },
    ],
    excluded: [],
  },

  dev032: {
    file: '032_georgiannews_ivanishvili_declines_obrien.txt',
    url: 'https://sakartvelosambebi.ge/en/news/bidzina-ivanishvili-refuses-meeting-with-state-assistant-secretary-james-obrien',
    outlet: 'Georgian News (sakartvelosambebi.ge)',
    style: 'regional press on a prime-ministerial briefing, straight double quotes',
    patterns: ['no headline in the stored page', 'cancelled (declined) meeting on a visit planned for "tomorrow, May 14"', "straight apostrophe in a name: O'Brien, O'Brien's", 'announced this during today\'s briefing, stating that … "…" (mixed)', 'a quotation opened in one paragraph and closed two paragraphs later (no reopening marks): one quote over three paragraphs', 'editorial bracket inside a quotation: [sanctions]', '"…," X said, adding that … (mixed; the sentence starts inside the quotation)', 'Ivanishvili as the topic of almost every sentence, never the speaker', 'scare-quoted "de facto sanctions" is Kobakhidze\'s phrase (quote)'],
    actors: [
      { name: 'Bidzina Ivanishvili', kind: P, role: 'Honorary Chairman of the Georgian Dream party', surface: ['The ruling Georgian Dream Honorary Chairman, Bidzina Ivanishvili', 'Bidzina Ivanishvili'] },
      { name: "James O'Brien", kind: P, role: 'U.S. Assistant Secretary of State for European and Eurasian Affairs', surface: ["the US Assistant Secretary of State for European and Eurasian Affairs, James O'Brien", "O'Brien"] },
      { name: 'Irakli Kobakhidze', kind: P, role: 'Prime Minister of Georgia', surface: ['Prime Minister Irakli Kobakhidze', 'Kobakhidze'] },
    ],
    quotes: [
      { speaker: 'Irakli Kobakhidze', text: 'de facto sanctions', nth: 0, note: 'the marked occurrence; the phrase recurs unmarked inside the long quotation' },
      { speaker: 'Irakli Kobakhidze', text: "Firstly, Bidzina Ivanishvili himself is not interested in this issue [sanctions], considering it unserious. Regarding O'Brien's visit, I can confirm that there was a request for a meeting with Bidzina Ivanishvili, which was declined. This decision had its own explanation and context. Additionally, I would like to mention that over the past months, there have been instances where Bidzina Ivanishvili declined meetings with other foreign diplomats and politicians. I am aware of this because I had to coordinate on certain matters.\n\nIn all instances, the reason for refusal has been the same: Bidzina Ivanishvili maintains that he is already under de facto sanctions. He alleges that $2 billion he entrusted to the West ended up in the hands of the Global War Party. Consequently, Bidzina Ivanishvili's stance is that he cannot engage in any meetings under such conditions of blackmail. This position is very clear. Once this blackmail and de facto sanctions are lifted, any meeting can be scheduled immediately. However, as of today, this is Bidzina Ivanishvili's position on the matter.\n\nTherefore, such blackmail and threats have not ceased since March 2022, when his funds were frozen following the start of the war in Ukraine, and they will not cease now. No one can compel Bidzina Ivanishvili to take actions against the state under any circumstances of blackmail and threats,", note: 'one pair of marks over three paragraphs (the middle and last paragraphs are not reopened)' },
    ],
    reported: [
      { speaker: 'Irakli Kobakhidze', from: 'The ruling Georgian Dream Honorary Chairman', to: 'tomorrow, May 14.', optional: true, note: 'a refusal (decision) whose source is Kobakhidze (next sentence: "announced this")' },
      { speaker: 'Irakli Kobakhidze', from: "Prime Minister Irakli Kobakhidze announced this during today's briefing", to: 'are ended.', mixed: true },
      { speaker: 'Irakli Kobakhidze', from: 'No one can compel Bidzina Ivanishvili', to: 'include blackmail and threats.', mixed: true, note: 'the sentence starts inside the quotation, which opened two paragraphs earlier' },
    ],
    contacts: [
      { a: 'Bidzina Ivanishvili', b: "James O'Brien", kind: 'meeting', date: '2024-05-14', status: 'cancelled', date_text: 'tomorrow, May 14', evidence: "has declined to meet with … James O'Brien, who is scheduled to visit in Tbilisi tomorrow, May 14" },
    ],
    excluded: [],
  },

  dev033: {
    file: '033_rferl_csto_minsk_summit.txt',
    url: 'https://rferl.org/amp/armenia-csto-summit-belarus-russia/32697282.html',
    outlet: 'RFE/RL',
    style: 'international press (RFE/RL), straight double quotes',
    patterns: ['no headline in the stored page', 'five-leader summit (hosted by … and attended by …): every pair', 'the host foreign minister at the summit (optional pairs)', 'phone call with no day', 'planned visit by an unnamed official (CSTO secretary-general to Yerevan)', 'acknowledged … but he told journalists that … "…" (mixed)', 'The Belarusian minister (role)', 'The Kremlin said it "regretted" (institution, one-word quote)', 'quote with an ellipsis "ally.... We"', 'Pashinian spelling (RFE/RL) for Pashinyan', 'Belarusian and Kazakh spellings: Alyaksandr Lukashenka, Syarhey Aleynyk, Qasym-Zhomart Toqaev', 'last year (background statement)'],
    actors: [
      { name: 'Syarhey Aleynyk', kind: P, role: 'Foreign Minister of Belarus', surface: ['Belarusian Foreign Minister Syarhey Aleynyk', 'Aleynyk', 'he', 'The Belarusian minister'] },
      { name: 'Ararat Mirzoyan', kind: P, role: 'Foreign Minister of Armenia', surface: ['Armenian Foreign Minister Ararat Mirzoyan'] },
      { name: 'Alexander Lukashenko', kind: P, role: 'President of Belarus', surface: ['authoritarian Belarusian leader Alyaksandr Lukashenka', 'Lukashenka'] },
      { name: 'Sadyr Japarov', kind: P, role: 'President of Kyrgyzstan', surface: ['Kyrgyz President Sadyr Japarov'] },
      { name: 'Kassym-Jomart Tokayev', kind: P, role: 'President of Kazakhstan', surface: ['Kazakh President Qasym-Zhomart Toqaev'] },
      { name: 'Emomali Rahmon', kind: P, role: 'President of Tajikistan', surface: ['Tajik President Emomali Rahmon'] },
      { name: 'Vladimir Putin', kind: P, role: 'President of Russia', surface: ['Russian President Vladimir Putin'] },
      { name: 'Government of Russia', kind: O, role: null, surface: ['The Kremlin'] },
      { name: 'Dmitry Peskov', kind: P, role: 'Press Secretary of the President of Russia', surface: ['Kremlin spokesman Dmitry Peskov'] },
      { name: 'Nikol Pashinyan', kind: P, role: 'Prime Minister of Armenia', surface: ['Pashinian'] },
      { name: 'Collective Security Treaty Organization', kind: O, role: null, surface: ['Collective Security Treaty Organization', 'CSTO', 'the alliance'] },
      { name: 'Government of Armenia', kind: O, role: null, surface: ['Yerevan', 'Armenia'] },
    ],
    quotes: [
      { speaker: 'Collective Security Treaty Organization', text: 'urgent problems of international and regional security', optional: true, note: 'the leaders collectively (summit agenda wording)' },
      { speaker: 'Syarhey Aleynyk', text: 'absolutely legitimate.' },
      { speaker: 'Syarhey Aleynyk', text: 'issues and mechanisms for approving decisions' },
      { speaker: 'Syarhey Aleynyk', text: 'We agreed that after the summit, the secretary-general of the CSTO will visit Yerevan. And, of course, we will pass all the decisions that were finalized here as part of the conciliation commission to our Armenian partners. And we will count on them to join us,' },
      { speaker: 'Government of Russia', text: 'regretted', optional: true, note: 'one-word quotation' },
      { speaker: 'Dmitry Peskov', text: 'We hope that Armenia does not change the vector of its foreign policy and remains our ally.... We will continue to talk to them,' },
      { speaker: 'Nikol Pashinyan', text: 'Azerbaijani aggression,' },
      { speaker: 'Alexander Lukashenko', text: 'and some dissatisfaction of one of the members' },
    ],
    reported: [
      { speaker: 'Collective Security Treaty Organization', from: 'Leaders of the Collective Security Treaty Organization', to: 'member-state Armenia.', optional: true, mixed: true, note: 'collective: the leaders discussed' },
      { speaker: 'Syarhey Aleynyk', from: 'Belarusian Foreign Minister Syarhey Aleynyk acknowledged', to: '"absolutely legitimate."', mixed: true },
      { speaker: 'Syarhey Aleynyk', from: 'Aleynyk said he had discussed', to: 'in a phone call.', mixed: true },
      { speaker: 'Syarhey Aleynyk', from: 'The Belarusian minister said that', to: 'with all countries.' },
      { speaker: 'Government of Russia', from: 'The Kremlin said it', to: 'pull out of the alliance.', mixed: true },
      { speaker: 'Nikol Pashinyan', from: 'Pashinian last year criticized', to: 'Armenia and abroad.', mixed: true },
      { speaker: 'Alexander Lukashenko', from: 'Lukashenka said the situation', to: 'had been discussed.', mixed: true },
    ],
    contacts: [
      ...pairs(['Alexander Lukashenko', 'Sadyr Japarov', 'Kassym-Jomart Tokayev', 'Emomali Rahmon', 'Vladimir Putin'], { kind: 'meeting', date: '2023-11-23', status: 'held', date_text: 'at a summit in Minsk on November 23' }),
      ...['Alexander Lukashenko', 'Sadyr Japarov', 'Kassym-Jomart Tokayev', 'Emomali Rahmon', 'Vladimir Putin'].map((b) => ({ a: 'Syarhey Aleynyk', b, kind: 'meeting', date: '2023-11-23', status: 'held', optional: true, note: 'the host foreign minister spoke before the assembled leaders' })),
      { a: 'Syarhey Aleynyk', b: 'Ararat Mirzoyan', kind: 'call', date: null, status: 'held', date_text: null, evidence: 'discussed … with Armenian Foreign Minister Ararat Mirzoyan in a phone call' },
      { a: 'Collective Security Treaty Organization', b: 'Government of Armenia', kind: 'meeting', date: null, status: 'planned', optional: true, date_text: 'after the summit', note: 'the (unnamed) CSTO secretary-general will visit Yerevan' },
    ],
    excluded: [],
  },

  dev034: {
    file: '034_trend_darchiashvili_fidan_ankara.txt',
    url: 'https://menafn.com/1107859441/Trilateral-Meeting-Of-FM-Of-Azerbaijan-Tu%CC%88rkiye-And-Georgia-To-Take-Place-In-March',
    outlet: 'Trend News Agency (via MENAFN)',
    style: 'agency (Trend dateline) built on a foreign-ministry statement',
    patterns: ['no headline in the stored page; MENAFN line wraps joined', 'agency dateline "BAKU, Azerbaijan, February 15."', '…, the Georgian Foreign Ministry said, Trend reports (two layers of attribution)', 'As noted in the statement, … (ministry as speaker)', '"…," the department said / the statement noted (ministry as speaker, long quotations)', 'spelling variants in one article: Ilia / Ilya Darchiashvili', 'planned trilateral meeting "in March" (no day; the Azerbaijani minister is not named)', 'As noted, the parties … / the parties also emphasized (collective)', 'space before the period after Türkiye (as published)'],
    actors: [
      { name: 'Ilia Darchiashvili', kind: P, role: 'Foreign Minister of Georgia', surface: ['Georgian Foreign Minister Ilia Darchiashvili', 'Ilya Darchiashvili'] },
      { name: 'Hakan Fidan', kind: P, role: 'Foreign Minister of Turkey', surface: ['the Minister of Foreign Affairs of Türkiye Hakan Fidan'] },
      { name: 'Ministry of Foreign Affairs of Georgia', kind: O, role: null, surface: ['the Georgian Foreign Ministry', 'the department'] },
      { name: 'Trend', kind: O, role: 'news agency', media: true, surface: ['Trend'] },
    ],
    quotes: [
      { speaker: 'Ministry of Foreign Affairs of Georgia', text: 'During the visit, Ilya Darchiashvili held a bilateral meeting with the Minister of Foreign Affairs of Türkiye Hakan Fidan. The Foreign Ministers of Georgia and Türkiye discussed important issues included in the agenda of the strategic partnership between the two countries, including issues of cooperation in trade, economics, energy, transport, strategic regional projects, cultural and humanitarian sphere. The ministers assessed the successful dynamics of bilateral trade and economic relations,' },
      { speaker: 'Ministry of Foreign Affairs of Georgia', text: "The parties reviewed the transit potential of Georgia, Azerbaijan and Türkiye . In this context, they noted the importance of developing the Baku-Tbilisi-Kars railway, as well as the Middle Corridor. The importance of holding high-level visits and the creation of a high-level Strategic Cooperation Council between Georgia and Türkiye . Particular attention was paid to the ongoing processes and security challenges in the region. At the meeting, Türkiye's strong support for the sovereignty and territorial integrity of Georgia was once again confirmed," },
    ],
    reported: [
      { speaker: 'Ministry of Foreign Affairs of Georgia', from: 'A trilateral meeting of the foreign ministers', to: 'Trend reports.', note: 'sentence starts after the agency dateline' },
      { speaker: 'Ministry of Foreign Affairs of Georgia', from: 'As noted in the statement, on February 15', to: 'Republic of Türkiye .' },
      { speaker: 'Ministry of Foreign Affairs of Georgia', text: "As noted, the parties' attention was focused on the implementation of strategic transit and energy projects.", optional: true, note: '"As noted" (the statement), content about the collective' },
      { speaker: null, from: 'At the same time, the parties also emphasized', to: 'peace in the region.', optional: true, note: 'collective "the parties"' },
    ],
    contacts: [
      { a: 'Ilia Darchiashvili', b: 'Hakan Fidan', kind: 'meeting', date: '2024-02-15', status: 'held', date_text: 'on February 15' },
      { a: 'Ilia Darchiashvili', b: 'Hakan Fidan', kind: 'meeting', date: null, status: 'planned', date_text: 'in March', note: 'the trilateral with Azerbaijan (its minister not named); same pair' },
    ],
    excluded: [],
  },
};
