// The classes of mistake the fifth unseen set exposed, each with sentences of our own (not the set's):
// small counts in sport, scale and label figures, closed compounds of two known words, a species whose
// genus is an English word, words in capitals that are not English, Latin plurals of coin and
// archaeology words, and "forward" as an adjective.
import { describe, expect, test } from 'vitest';
import { body, defaultChecker } from './setup';

const checker = defaultChecker();
const found = (...paragraphs: string[]) => checker.checkStory(body(...paragraphs)).map((m) => `${m.ruleId}:${m.level}:${m.text}`);
const small = (text: string) => found(text).filter((m) => m.startsWith('small-numbers'));
const errors = (text: string) => found(text).filter((m) => m.includes(':error:') || m.includes(':warning:'));

describe('what the fifth unseen set taught (our own sentences)', () => {
  test('small counts in sport go in words; scores, decimals, ages, times and measures keep their figures', () => {
    expect(small('The visitors won by 4 wickets with an over to spare.')).toEqual(['small-numbers:warning:4']);
    expect(small('They collapsed with 9 runs still needed.')).toEqual(['small-numbers:warning:9']);
    expect(small('The wing scored 2 tries before the break.')).toEqual(['small-numbers:warning:2']);
    expect(small('Her engine failed 3 laps from the end.')).toEqual(['small-numbers:warning:3']);
    expect(small('United led by 2 goals at half-time.')).toEqual(['small-numbers:warning:2']);
    expect(small('Rovers finished 3 points clear of the drop.')).toEqual(['small-numbers:warning:3']);
    for (const text of ['Rovers won 3-1 at home.', 'They were 2-0 up by the interval.', 'He ran the lap in 5.2 seconds.', 'The spinner, aged 7 when he first bowled, took 5 for 42.', 'Play resumed at 4pm.', 'The boundary is 6m from the rope.']) {
      expect(small(text)).toEqual([]);
    }
  });

  test('scale and label figures keep their figures, in small letters as well as capitals', () => {
    for (const text of [
      'A force 8 gale closed the harbour.',
      'Forecasters warned of a Force 9 storm.',
      'A magnitude 6 earthquake shook the coast.',
      'The category 4 hurricane turned north.',
      'The mill is grade 2 listed.',
      'She was told she had stage 3 cancer.',
      'The town moved into tier 2 last week.',
      'The crash closed junction 4 of the M6.',
      'The train left from platform 9.',
      'Passengers waited at gate 7.',
    ]) {
      expect(small(text)).toEqual([]);
    }
    // A count is still a count.
    expect(small('The storm brought down 3 trees.')).toEqual(['small-numbers:warning:3']);
  });

  test('a closed compound of two dictionary words is not a misspelling; run-together slips still are', () => {
    for (const text of [
      'The kitesurfers waited for the wind.',
      'The wicketkeeper dropped a catch.',
      'The midfielder signed a new deal.',
      'Two paddleboarders were rescued.',
      'The paddleboarder’s board drifted away.',
      'KITESURFERS CROWD THE BEACH',
      'A detectorist found the hoard.',
      'Two detectorists met at the farm.',
    ]) {
      expect(errors(text)).toEqual([]);
    }
    for (const [text, word] of [
      ['We see them everytime we go.', 'everytime'],
      ['They helped eachother home.', 'eachother'],
      ['It costs alot of money.', 'alot'],
      ['She came aswell.', 'aswell'],
      ['He stood infront of the door.', 'infront'],
      ['Bring a coat incase it rains.', 'incase'],
      ['It took atleast an hour.', 'atleast'],
      ['Noone came to the meeting.', 'Noone'],
      ['The report was publically released.', 'publically'],
      ['She was very hopefull.', 'hopefull'],
      ['Thankyou for the letter.', 'Thankyou'],
    ]) {
      expect(errors(text), text).toContain(`spelling:error:${word}`);
    }
    // A capitalised compound is a name to the checks (surnames are made of words), so a slip in it is still found.
    expect(found('Scarisbrick spoke first.', 'Then Scarsbrick left.', 'Scarisbrick stayed.').filter((m) => m.includes('Scarsbrick'))).toEqual(['name-spelling:error:Scarsbrick']);
  });

  test('a species whose genus is an English word is a species name, advice only', () => {
    const lynx = found('The Iberian lynx, Lynx pardinus, has returned to the hills.');
    expect(lynx.filter((m) => !m.includes(':advice:'))).toEqual([]);
    expect(lynx).toContain('spelling-species:advice:pardinus');
    expect(found('The crab Cancer borealis lives on rocky shores.')).toEqual(['spelling-species:advice:borealis']);
    // A slip of an English word after a capitalised English word is still a misspelling.
    expect(errors('The Council recieved the letter.')).toEqual(['spelling:error:recieved']);
    expect(errors('West Yorkshire Police oficers attended.')).toEqual(['spelling:error:oficers']);
  });

  test('words in capitals that are not English are left alone; a capitals slip of an English word is still flagged', () => {
    expect(errors('The coin reads IMP CAESAR AVGVSTVS around the head.')).toEqual([]);
    expect(errors('The logo read ZORBLAX in red letters.')).toEqual([]);
    expect(errors('COMMUNIST PARTY OF PAKISTAN')).toEqual([]);
    expect(errors('GOVERMENT TO CUT TAXES')).toEqual(['spelling:error:GOVERMENT']);
    expect(errors('COUNCIL RECIEVES GRANT')).toEqual(['spelling:error:RECIEVES']);
    // A letter doubled that should be single, and one more slip, is still a slip in a long word.
    expect(errors('STORM DUE TOMMOROW')).toEqual(['spelling:error:TOMMOROW']);
    expect(errors('FANS DISSAPOINTED')).toEqual(['spelling:error:DISSAPOINTED']);
  });

  test('Latin plurals of coin and archaeology words are not misspellings', () => {
    for (const text of ['The hoard held 40 silver denarii.', 'Two amphorae were found in the trench.', 'The siliquae were clipped.', 'Roman tesserae lay in the soil.']) {
      expect(errors(text), text).toEqual([]);
    }
    // An unknown word ending -ae or -ii is at most advice.
    expect(errors('The strange nummulae were sorted.')).toEqual([]);
  });

  test('"forward" before a noun or in "look forward to" is left alone; "toward" is still flagged', () => {
    for (const text of ['He played a forward defence.', 'Forward planning saved the club.', 'The forward line pressed high.', 'We look forward to the final.', 'Two witnesses came forward.']) {
      expect(found(text).filter((m) => m.startsWith('towards')), text).toEqual([]);
    }
    expect(found('She walked toward the gate.').filter((m) => m.startsWith('towards'))).toEqual(['towards:warning:toward']);
  });
});
