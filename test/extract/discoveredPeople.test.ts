// People the dictionary lacks, found from how the text names them: joined by "and" to someone already a person,
// after a title whose place has a place of its own ("Ambassador of Chile to Peru"), after a lower-case label
// ("opposition leader", "journalist"), or set off by commas after a long title phrase. Invented names throughout.
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/corpus/parseArticle.js';
import { extractArticle } from '../../src/extract/extractArticle.js';
import { dictionaryActorNamed, loadFixtureDictionary } from './harness.js';

const { dictionary } = loadFixtureDictionary();

function discoveredPeople(body: string): string[] {
  const parsed = parseArticle('people.txt', new TextEncoder().encode(` date 2024-03-12 ${body}`));
  if (!parsed.ok) throw new Error(parsed.problem.message);
  return extractArticle(parsed.article, dictionary)
    .discovered.filter((a) => a.kind === 'person')
    .map((a) => a.name);
}

describe('people found from how the text names them', () => {
  it('a name joined by "and" to a person is a person too, in either order', () => {
    expect(discoveredPeople('The talks also touched on the arrests of Levan Gogoladze and Peter Holm last spring.')).toEqual([
      'Levan Gogoladze',
      'Peter Holm',
    ]);
    expect(discoveredPeople('The envoys of the two sides, Marta Quiroga and Tamaz Beridze, will meet in May.')).toEqual([
      'Marta Quiroga',
      'Tamaz Beridze',
    ]);
  });

  it('"Ambassador of A to B" is a title: the name after it is a person and the places are not part of it', () => {
    expect(discoveredPeople('Ambassador of Chile to Peru Rosa Villanueva noted that the border talks had resumed.')).toEqual([
      'Rosa Villanueva',
    ]);
  });

  it('a lower-case label before a name makes a person ("opposition leader", "journalist")', () => {
    expect(discoveredPeople('They discussed the trial of veteran opposition leader Omar Sekkal and of journalist Ines Baltar.')).toEqual([
      'Omar Sekkal',
      'Ines Baltar',
    ]);
  });

  it('a name set off by commas after a long title phrase is that title holder', () => {
    expect(
      discoveredPeople(
        'According to a statement by the Senior Adviser to the Prime Minister on Trade and Investment, Kojo Mensah, the visit was a success.',
      ),
    ).toEqual(['Kojo Mensah']);
  });

  it('a common given name opens a person’s name with nothing else around it', () => {
    expect(discoveredPeople('The new scholarship honours the legacy of Samuel Okafor at the university.')).toEqual(['Samuel Okafor']);
  });

  it('the last words of a long title are not part of the name after it', () => {
    expect(discoveredPeople('The delegation included the Minister of Culture and Sport Levan Gogoladze.')).toEqual(['Levan Gogoladze']);
  });

  it('Georgian surnames in -iani and -uli are people, cut from the title words before them', () => {
    expect(
      discoveredPeople(
        'The cabinet includes the Minister of Reconciliation and Civic Dialogue Tea Gvardiani and a new deputy, Zaza Basaruli.',
      ),
    ).toEqual(['Tea Gvardiani', 'Zaza Basaruli']);
  });

  it('news agencies and holidays are no one', () => {
    expect(discoveredPeople('Ria Novosti reported that Levan Gogoladze said the border had reopened.')).toEqual(['Levan Gogoladze']);
    expect(discoveredPeople('Levan Gogoladze congratulated Tamaz Beridze on Kurban Bayram, and Beridze thanked him.')).toEqual([
      'Levan Gogoladze',
      'Tamaz Beridze',
    ]);
  });

  it('a dictionary person spelt with one slip in the first name or the surname is that person, not someone new', () => {
    const parsed = parseArticle(
      'slip.txt',
      new TextEncoder().encode(' date 2024-03-12 Hovick Sargsian said the maps were ready. Ilgar Gulyiev said the same.'),
    );
    if (!parsed.ok) throw new Error(parsed.problem.message);
    const x = extractArticle(parsed.article, dictionary);
    expect(x.discovered.filter((a) => a.kind === 'person')).toEqual([]);
    expect(x.statements.map((st) => st.speaker)).toEqual([
      dictionaryActorNamed(dictionary, 'Hovik Sargsian')!.id,
      dictionaryActorNamed(dictionary, 'Ilgar Guliyev')!.id,
    ]);
  });

  it('a name with apostrophes inside and at the start of a word is found whole', () => {
    expect(discoveredPeople("Foreign Minister Lopeti 'Akau'ola, who chaired the meeting, said the forum would meet again.")).toEqual([
      "Lopeti 'Akau'ola",
    ]);
  });

  it('a surname the dictionary knows, as the first name of someone else with a person’s context, is that other person', () => {
    expect(discoveredPeople('Mercer Davies said the talks had been useful.')).toEqual(['Mercer Davies']);
  });

  it('a name followed by ", who" is a person; one followed by ", which" is not', () => {
    expect(discoveredPeople('The forum was opened by Lotte Brandsma, who chairs the council this year.')).toEqual(['Lotte Brandsma']);
    expect(discoveredPeople('The forum was held in Grand Baie, which hosts the council this year.')).toEqual([]);
  });

  it('a first name and a patronymic name the person of that first name named in full, not someone new', () => {
    expect(
      discoveredPeople('Envoy Pavel Korzhakov arrived on Monday. “Pavel Andreyevich and I talk every week,” the Georgian envoy said.'),
    ).toEqual(['Pavel Korzhakov']);
  });

  it('a middle initial stays inside the name', () => {
    expect(discoveredPeople('Marcus T. Whitlow said the talks had been useful, and Whitlow added that more would follow.')).toEqual([
      'Marcus T. Whitlow',
    ]);
  });

  it('a place joined by "and" to a person stays a place', () => {
    expect(discoveredPeople('The summit brought Levan Gogoladze and Saint Petersburg closer, Gogoladze said.')).toEqual([
      'Levan Gogoladze',
    ]);
  });
});
