import { describe, expect, it } from 'vitest';
import { condenseTitle } from '../../../../src/extract/events/condenseTitle';
import { findBaseForm, inflectPresent } from '../../../../src/extract/events/toPresentTense';

const cut = (clause: string, quote: string, duration = false) => {
  const start = clause.indexOf(quote);
  return { start, end: start + quote.length, duration };
};

describe('condenseTitle', () => {
  it('drops the date and shortens a titled name: "Putin visits the headquarters …"', () => {
    const clause = 'Russian President Vladimir Putin visited the headquarters of Russian troops fighting in Ukraine today';
    expect(condenseTitle(clause, [cut(clause, 'today')])).toBe('Putin visits the headquarters of Russian troops fighting in Ukraine');
  });

  it('turns a passive relative clause into an active title about its antecedent', () => {
    const clause = 'which was captured by Russian troops in May after two months of fierce fighting';
    expect(condenseTitle(clause, [cut(clause, 'May'), cut(clause, 'two months', true)], 'Mariupol')).toBe('Russian troops capture Mariupol');
  });

  it('drops a leading date with its comma', () => {
    const clause = 'Last month, Putin visited the port city of Mariupol';
    expect(condenseTitle(clause, [cut(clause, 'Last month')])).toBe('Putin visits the port city of Mariupol');
  });

  it('cuts a purpose infinitive and a sequence adverb', () => {
    expect(condenseTitle('The Russian leader then moved by helicopter to the headquarters to hear a report')).toBe('The Russian leader moves by helicopter to the headquarters');
  });

  it('keeps a present perfect as it is', () => {
    const clause = 'which for 8-and-a-half months has been the stage for the fight';
    expect(condenseTitle(clause, [cut(clause, '8-and-a-half months', true)], 'Bakhmut')).toBe('Bakhmut has been the stage for the fight');
  });

  it('makes the verb agree with a plural subject, even a sentence-initial one', () => {
    expect(condenseTitle('Rescue teams in southern Turkey ended most search operations')).toBe('Rescue teams in southern Turkey end most search operations');
    expect(condenseTitle('Critics blamed the government')).toBe('Critics blame the government');
    expect(condenseTitle('Charles visited the hospital')).toBe('Charles visits the hospital');
    expect(condenseTitle('The United Nations launched an appeal')).toBe('The United Nations launches an appeal');
  });

  it('drops a leading adverbial before the main clause', () => {
    expect(condenseTitle('After the massacre at Srebrenica, NATO launched Operation Deliberate Force')).toBe('NATO launches Operation Deliberate Force');
    expect(condenseTitle('Every year since then, the city has marked the anniversary')).toBe('The city has marked the anniversary');
  });

  it('reads an -ing word after a determiner as a noun', () => {
    expect(condenseTitle('The fighting shifted to the Donbas')).toBe('The fighting shifts to the Donbas');
    expect(condenseTitle('A lightning counteroffensive retook the region')).toBe('A lightning counteroffensive retakes the region');
  });

  it('leaves a present verb alone ("remains closed") and keeps a plural perfect plural', () => {
    expect(condenseTitle('The airport remains closed')).toBe('The airport remains closed');
    expect(condenseTitle('The Maidan protests had filled the same streets')).toBe('The Maidan protests have filled the same streets');
  });

  it('keeps what was said after a reporting verb', () => {
    expect(condenseTitle('Officials said that about 1.5 million people had been left homeless')).toBe('Officials say about 1.5 million people had been left homeless');
    expect(condenseTitle('Zelenskyy said on the eve of the anniversary that victory would come')).toBe('Zelenskyy says victory would come');
  });

  it('shortens a title with "of" to the surname but keeps an organisation named with "of"', () => {
    expect(condenseTitle('U.S. Secretary of State Antony Blinken visited the zone')).toBe('Blinken visits the zone');
    expect(condenseTitle('Bank of America reported a loss')).toBe('Bank of America reports a loss');
  });

  it('drops a participle aside between commas but keeps a number with a comma', () => {
    expect(condenseTitle('The quake, followed hours later by a second tremor, killed more than 44,000 people')).toBe('The quake kills more than 44,000 people');
  });

  it('limits a long title to fourteen words without ending on a small word', () => {
    const title = condenseTitle('The officials opened one two three four five six seven eight nine ten eleven of twelve');
    expect(title).toBe('The officials open one two three four five six seven eight nine ten eleven');
  });
});

describe('toPresentTense', () => {
  it('finds base forms of regular, doubled, -e, -ied and irregular verbs', () => {
    expect(['visited', 'captured', 'annexed', 'stopped', 'carried', 'fought', 'moving', 'preparing'].map(findBaseForm)).toEqual([
      'visit', 'capture', 'annex', 'stop', 'carry', 'fight', 'move', 'prepare',
    ]);
  });

  it('restores a dropped "e" after one short vowel and keeps a doubled consonant that belongs to the word', () => {
    expect(['blamed', 'hoped', 'slammed', 'added', 'jumped', 'rained'].map(findBaseForm)).toEqual(['blame', 'hope', 'slam', 'add', 'jump', 'rain']);
  });

  it('inflects for singular and plural subjects', () => {
    expect([inflectPresent('capture', false), inflectPresent('capture', true), inflectPresent('annex', false), inflectPresent('carry', false), inflectPresent('be', false)]).toEqual([
      'captures', 'capture', 'annexes', 'carries', 'is',
    ]);
  });
});

describe('condenseTitle negative cases', () => {
  it('leaves a present-tense clause without dates unchanged', () => {
    expect(condenseTitle('Kyiv prepares a counteroffensive')).toBe('Kyiv prepares a counteroffensive');
  });

  it('does not read nouns as verbs ("findBaseForm" of "the" and "troops")', () => {
    expect([findBaseForm('the'), findBaseForm('troops'), findBaseForm('red')]).toEqual([null, null, null]);
  });
});
