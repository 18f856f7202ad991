import { describe, expect, it } from 'vitest';
import { findClause } from '../../../../src/extract/events/findClause';
import { findPlannedEvents } from '../../../../src/extract/events/findPlannedEvents';
import { categorize } from '../../../../src/extract/events/categorize';
import { assignEventIds } from '../../../../src/extract/events/assignEventIds';

const clauseAt = (text: string, word: string) => {
  const c = findClause(text, 0, text.length, text.indexOf(word));
  return { text: text.slice(c.start, c.end), antecedent: c.antecedent && { ...c.antecedent, text: text.slice(c.antecedent.start, c.end) } };
};

describe('findClause', () => {
  it('knows a past verb by the parse, irregular or not, and a noun in its place opens no clause', () => {
    expect(clauseAt('The ship sank on Monday and rescuers swam to the wreck on Tuesday.', 'Tuesday').text).toBe('The ship sank on Monday and rescuers swam to the wreck on Tuesday.');
    expect(clauseAt('The tower stood until 1990, when the storm tore it down in March.', 'March').text).toBe('the storm tore it down in March.');
    expect(clauseAt('The town was rebuilt in 1950 and slept through the decade after 1960.', '1960').text).toBe('slept through the decade after 1960.');
    expect(clauseAt('The town was rebuilt in 1950 and parks filled the square in 1960.', '1960').text).toBe('The town was rebuilt in 1950 and parks filled the square in 1960.');
  });

  it('splits off a relative clause and finds the place it describes', () => {
    const text = 'Fighting raged around the town of Bakhmut, which for months has been the stage for the war.';
    expect(clauseAt(text, 'months')).toEqual({
      text: 'which for months has been the stage for the war.',
      antecedent: { name: 'Bakhmut', start: text.indexOf('the town'), text: 'the town of Bakhmut, which for months has been the stage for the war.' },
    });
  });

  it('keeps a leading date with its clause and stops at the relative clause', () => {
    const text = 'Last month, Putin visited Mariupol, which was captured in May.';
    expect(clauseAt(text, 'Last month').text).toBe('Last month, Putin visited Mariupol');
  });

  it('splits at a possessive appositive and at "while" with a subject', () => {
    const text = 'He visited today, his second trip since March, while Kyiv prepares an attack.';
    expect([clauseAt(text, 'today').text, clauseAt(text, 'March').text, clauseAt(text, 'Kyiv').text]).toEqual([
      'He visited today', 'his second trip since March', 'Kyiv prepares an attack.',
    ]);
  });
});

describe('findClause between two dated events', () => {
  it('splits at "after" when a clause with its own verb follows', () => {
    const text = 'Rescue teams ended the search on Sunday, two weeks after a magnitude 7.8 earthquake struck the region on Feb. 6.';
    expect([clauseAt(text, 'Sunday').text, clauseAt(text, 'Feb. 6').text]).toEqual([
      'Rescue teams ended the search on Sunday, two weeks', 'a magnitude 7.8 earthquake struck the region on Feb. 6.',
    ]);
  });

  it('splits a second predicate at "and will" and points to the clause whose subject it shares', () => {
    const text = 'U.S. Secretary of State Antony Blinken visited the zone on Sunday and will travel to Ankara on Monday.';
    const second = findClause(text, 0, text.length, text.indexOf('Monday'));
    const shared = second.sharedSubjectIn!;
    expect([clauseAt(text, 'Sunday').text, text.slice(second.start, second.end), text.slice(shared.start, shared.end)]).toEqual([
      'U.S. Secretary of State Antony Blinken visited the zone on Sunday', 'will travel to Ankara on Monday.', 'U.S. Secretary of State Antony Blinken visited the zone on Sunday',
    ]);
  });

  it('does not split at "after" followed by a noun phrase alone', () => {
    const text = 'Mariupol was captured in May after two months of fierce fighting and after the siege of the steel plant.';
    expect(clauseAt(text, 'May').text).toBe(text);
  });
});

describe('findClause negative cases', () => {
  it('does not split "the Kherson and Luhansk regions" at the "and"', () => {
    const text = 'Russia annexed the Kherson and Luhansk regions in September.';
    expect(clauseAt(text, 'September').text).toBe(text);
  });

  it('does not split at "such as"', () => {
    const text = 'Cities such as Kyiv were shelled in May.';
    expect(clauseAt(text, 'May').text).toBe(text);
  });
});

describe('findPlannedEvents', () => {
  it('finds "Ukraine is preparing for a new counteroffensive" with its subject and noun', () => {
    const text = 'It comes as Ukraine is preparing for a new counteroffensive to reclaim land, officials said.';
    expect(findPlannedEvents(text)).toEqual([{
      start: text.indexOf('Ukraine'), end: text.indexOf(', officials'), subject: 'Ukraine', nounPhrase: 'new counteroffensive', noun: 'counteroffensive', trigger: 'is preparing for',
    }]);
  });

  it('finds "will hold elections" and "plans to launch an offensive"', () => {
    expect(findPlannedEvents('Serbia will hold elections. Moscow plans to launch an offensive.').map((p) => [p.subject, p.nounPhrase])).toEqual([
      ['Serbia', 'elections'], ['Moscow', 'offensive'],
    ]);
  });
});

describe('findPlannedEvents negative cases', () => {
  it('finds nothing in the past tense, in a necessity, or without an event noun', () => {
    expect(findPlannedEvents('Kyiv prepared for an offensive. Arms are necessary to launch the attack. Ukraine will return its land.')).toEqual([]);
  });
});

describe('categorize', () => {
  it('sorts clauses by keyword, visits first and battles before troops', () => {
    expect([
      'Putin visited the headquarters of troops fighting in Ukraine',
      'Russia annexed four regions',
      'which was captured by Russian troops',
      'a new counteroffensive',
      'congratulated the military on Orthodox Easter',
      'the minister resigned',
      'prices rose',
    ].map(categorize)).toEqual(['visit', 'political', 'battle', 'military', 'holiday', 'political', 'other']);
  });

  it('knows attacks, ultimatums and named operations, but not a search operation', () => {
    expect([
      'a mortar shell struck the marketplace',
      'NATO issued an ultimatum',
      'NATO launched Operation Deliberate Force',
      'rescue teams ended the search operation',
    ].map(categorize)).toEqual(['battle', 'political', 'military', 'other']);
  });
});

describe('assignEventIds', () => {
  it('makes short slugs without small words, unique in order', () => {
    expect(assignEventIds(['Russian troops capture Mariupol', 'Battle of Bakhmut', 'Battle of Bakhmut', "Ukraine's new counteroffensive"])).toEqual([
      'russian-troops-capture-mariupol', 'battle-bakhmut', 'battle-bakhmut-2', 'ukraines-new-counteroffensive',
    ]);
  });
});
