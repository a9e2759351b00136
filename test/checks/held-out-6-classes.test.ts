// The classes of false alarm the sixth unseen set (international news copy) exposed, each with sentences
// of our own (not the set's): small particles inside foreign names, titles and phrases in other languages,
// words with letters English lacks, bare domain names, foreign terms the reporter glosses, and long
// technical terms. Each keeps a guard: the English misspelling beside them is still found.
import { describe, expect, test } from 'vitest';
import { KNOWN_MISSPELLINGS } from './known-misspellings';
import { body, defaultChecker } from './setup';

const checker = defaultChecker();
const found = (...paragraphs: string[]) => checker.checkStory(body(...paragraphs)).map((m) => `${m.ruleId}:${m.level}:${m.text}`);
const errors = (text: string) => found(text).filter((m) => m.includes(':error:') || m.includes(':warning:'));
const spellingErrors = (text: string) => errors(text).filter((m) => m.startsWith('spelling:'));

describe('what the sixth unseen set taught (our own sentences)', () => {
  test('small particles inside foreign names are part of the name', () => {
    for (const text of [
      'She studied at the Universidade do Porto for a year.',
      'The Banco de la Nación raised its rate.',
      'He played with the Orquesta del Sur last summer.',
      'Flooding hit Rio das Ostras overnight.',
      'The Museu dos Coches reopened on Monday.',
      'A recording of Ludwig van Beethoven was found.',
      'Voters in Pays de la Loire went to the polls.',
      'The fort at Mont-Saint-Michel was shut.',
      'Forces said Abu Bakr al Baghdadi had fled.',
      'The painting is by Leonardo da Vinci.',
      'A statue of Alexander von Humboldt stands there.',
      'The Palazzo di Giustizia was evacuated.',
      'Residents of Côte d’Ivoire voted.',
      'The envoy met Muhammad bin Salman and Ahmad ibn Hanbal’s followers.',
      'Universidade do Porto researchers led the study.',
      'Centro de Estudios Andinos published the report.',
    ]) {
      expect(spellingErrors(text), text).toEqual([]);
    }
    // Outside a name a particle is English or an error as before, and a slip beside a name is still found.
    expect(spellingErrors('He pressed the del key twice.')).toEqual(['spelling:error:del']);
    expect(spellingErrors('The Banco de la Nación recieved the letter.')).toEqual(['spelling:error:recieved']);
  });

  test('a title or phrase in another language is not a run of misspellings', () => {
    for (const text of [
      'Her film El silencio del mar won the jury prize.',
      'The band closed with La vida sigue igual, to cheers.',
      'Critics still rank Les enfants du paradis first.',
      'The motto, Ordem e progresso, is on the flag.',
      'He sang Il mondo è poco on the final night.',
      'The town’s motto is Vivre et laisser vivre.',
    ]) {
      expect(spellingErrors(text), text).toEqual([]);
    }
    // A lone English misspelling after a foreign name is still found, and so are English slips in English copy.
    expect(spellingErrors('The Orquesta del Sur performd on Friday.')).toEqual(['spelling:error:performd']);
    expect(spellingErrors('The goverment recieved the letter.')).toEqual(['spelling:error:goverment', 'spelling:error:recieved']);
  });

  test('a word with a letter English lacks is foreign, unless it folds to a slip of an English word', () => {
    for (const text of [
      'The bridge at Cáceres was closed.',
      'Łódź has a new mayor.',
      'The señora ran the shop for forty years.',
      'Fans in Guimarães celebrated.',
      'A café near the port reopened.',
      'It was a naïve plan.',
      'Her résumé listed three posts.',
      'They drank cachaça at the bar.',
      'They ate smørbrød at noon.',
      'Pilots flew over Székesfehérvár.',
    ]) {
      expect(spellingErrors(text), text).toEqual([]);
    }
    expect(spellingErrors('They did not recieve the money.')).toEqual(['spelling:error:recieve']);
    // An English word misspelt with a stray accent is still a misspelling.
    expect(spellingErrors('The goverment did not recíeve it.')).toEqual(['spelling:error:goverment', 'spelling:error:recíeve']);
  });

  test('a bare domain name is an address, not words to spell', () => {
    for (const text of [
      'Rates are listed on the bank’s website, bcra.gob.ar, each morning.',
      'Forecasts are at metoffice.gov.uk for now.',
      'Details are at example.co and on bcb.gov.br today.',
      'The ministry posts at minsalud.gov.co and at gob.pe.',
      'Tickets are sold at festival.es and kinoteka.pl.',
    ]) {
      expect(spellingErrors(text), text).toEqual([]);
    }
    // A misspelling beside an address is still found.
    expect(spellingErrors('The bank recieved mail at bcra.gob.ar.')).toEqual(['spelling:error:recieved']);
  });

  test('a foreign term the reporter glosses is explained, not misspelt', () => {
    for (const text of [
      'Villagers joined a minga, the communal work day, to mend the road.',
      'They keep ayni, the Andean custom of giving labour back.',
      'Decisions go to the ayllu (the village assembly) each month.',
      'Farmers grow oca, a kind of tuber, on the slopes.',
      'She spoke of sumak kawsay — meaning good living — in her address.',
      'Locals hold a feast known as raymi each June.',
      'He cooked pachamanca, a dish baked underground.',
      'The sejm, the lower house, voted on Friday.',
      'They built walls of what locals call bahareque from mud and cane.',
    ]) {
      expect(spellingErrors(text), text).toEqual([]);
    }
    expect(spellingErrors('They blamed the goverment, the only employer in town.')).toEqual(['spelling:error:goverment']);
    // No known misspelling is let through as a glossed term.
    const passed = KNOWN_MISSPELLINGS.filter((word) => {
      const flagged = (text: string) => spellingErrors(text).includes(`spelling:error:${word}`);
      return !(flagged(`They spoke of the ${word}, the one in the town.`) && flagged(`He saw a ${word} (the old one) there.`) && flagged(`It was a ${word}, a kind of test.`) && flagged(`What locals call ${word} was there.`));
    });
    expect(passed).toEqual([]);
  });

  test('a long technical term with a scientific ending is not a misspelling; a slip of a long English word is', () => {
    for (const text of [
      'The frogs died of chlamydiosis last year.',
      'Histoplasmosis spreads through bat droppings.',
      'The poison frogs, Dendrobatidae, are small.',
      'Chytridiomycosis has wiped out many species.',
      'She had a cholecystectomy in March.',
      'The plant belongs to the Melastomataceae.',
      'Doctors ruled out hypokalaemia and leptospirosis.',
    ]) {
      expect(spellingErrors(text), text).toEqual([]);
    }
    expect(spellingErrors('It was definately over.')).toEqual(['spelling:error:definately']);
    expect(spellingErrors('The council was irresponsibilitys.')).toEqual(['spelling:error:irresponsibilitys']);
    expect(spellingErrors('The patient had appendicitiss.')).toEqual(['spelling:error:appendicitiss']);
    expect(spellingErrors('They found no evidance of bronchitiss.')).toEqual(['spelling:error:evidance', 'spelling:error:bronchitiss']);
  });

  // Found in review: each new acceptance hid ordinary slips of the keyboard.
  test('a typing slip in a sentence shaped like a gloss, a slip beside a missing space, and "Im" are still found', () => {
    expect(spellingErrors('They bought a new hpuse last year, the first in the family.')).toEqual(['spelling:error:hpuse']);
    expect(spellingErrors('They bought a new hpuse, the first in the family.')).toEqual(['spelling:error:hpuse']);
    expect(spellingErrors('He travelled the wprld, a trip of a lifetime.')).toEqual(['spelling:error:wprld']);
    expect(spellingErrors('They moved to the citu (the old quarter) in May.')).toEqual(['spelling:error:citu']);
    expect(spellingErrors('She was devestated.it was late.')).toContain('spelling:error:devestated');
    expect(spellingErrors('Im realy sory about it.')).toEqual(['spelling:error:Im', 'spelling:error:realy', 'spelling:error:sory']);
  });
});
