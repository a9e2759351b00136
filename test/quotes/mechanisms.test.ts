// Round 4 of issue 15: mechanisms a fresh unseen set showed, as the lead abstracted them (never its
// words). Every case is composed here in made-up words; each failed before its fix.
import { describe, expect, it } from 'vitest';
import { detectQuotes } from '../../src/shared/quotes/detect';

const said = (paragraphs: string[]) => detectQuotes(paragraphs).quotes.map((q) => [q.segments.map((s) => s.text).join(' ¶ '), q.speaker?.name ?? null]);
const speakerOf = (paragraphs: string[], quote: string): string | null => {
  const q = said(paragraphs).find((x) => x[0] === quote);
  return q ? q[1] : 'not found';
};

describe('a name ends where the person ends: "X of <body>" is X, and the body is where they work', () => {
  it('gives "he said" after "Carl Denby of Northvale Fire and Rescue Service said …" to Carl Denby', () => {
    const story = ['Carl Denby of Northvale Fire and Rescue Service said crews were stretched.', '“We have never seen a summer like it,” he said.'];
    expect(speakerOf(story, 'We have never seen a summer like it,')).toBe('Carl Denby');
  });

  it('names the speaker of a partial in the same sentence without the body', () => {
    const story = ['Priya Sandhu of Eastmoor Wildlife Trust said the heath was “scorched to the root”.'];
    expect(speakerOf(story, 'scorched to the root')).toBe('Priya Sandhu');
  });

  // A guard: an institution named with "of" stays whole.
  it('keeps "the Bank of England said" as the bank', () => {
    const story = ['Rates will stay high, the Bank of England said. “Inflation remains stubborn,” the Bank of England said.'];
    expect(speakerOf(story, 'Inflation remains stubborn,')).toBe('Bank of England');
  });
});

describe('an office written as a title binds to its holder and is never cut short', () => {
  it('gives "the Deputy Speaker said" to the Deputy Speaker the story named in a clause ("when the Deputy Speaker, Oona Frane, ruled")', () => {
    const story = ['The row began when the Deputy Speaker, Oona Frane, ruled the motion out of order.', '“Rules are rules,” the Deputy Speaker said.'];
    expect(speakerOf(story, 'Rules are rules,')).toBe('Oona Frane');
  });

  it('gives "the Speaker said" to the Speaker named at the start of the story', () => {
    const story = ['The Speaker, Bryn Tallis, suspended the sitting.', 'Members shouted across the chamber.', '“Order, order,” the Speaker said.'];
    expect(speakerOf(story, 'Order, order,')).toBe('Bryn Tallis');
  });

  it('calls an unnamed "Deputy Speaker" the Deputy Speaker, not "Speaker"', () => {
    const story = ['The motion was ruled out of order.', '“Rules are rules,” the Deputy Speaker said.'];
    expect(speakerOf(story, 'Rules are rules,')).toBe('Deputy Speaker');
  });
});

describe('a body is called back by its head noun and speaks through its rulings', () => {
  it('gives "the fire service said" to the fire and rescue service the story named', () => {
    const story = ['Crews from Dunmore Fire and Rescue Service were called to the moor at 3am.', '“Keep windows shut,” the fire service said.'];
    expect(speakerOf(story, 'Keep windows shut,')).toBe('Dunmore Fire and Rescue Service');
  });

  it('gives a partial after "the society ruled that" to the society named before', () => {
    const story = ['The Coastal Walkers Society said the path had been closed for a year.', 'The society ruled that “walkers deserve better” and asked for a date.'];
    expect(speakerOf(story, 'walkers deserve better')).toBe('Coastal Walkers Society');
  });
});

describe('a relative named by apposition is the one "her son said" means', () => {
  it('gives "her son said" after "lives with her son, Tom, in the flat" to Tom', () => {
    const story = ['Mrs Pike, 71, lives with her son, Tom, in the flat.', '“It smells of damp all year,” her son said.'];
    expect(speakerOf(story, 'It smells of damp all year,')).toBe('Tom');
  });
});

// Round 5: documents as speakers. "note" and "minutes" are documents only as nouns in a frame that quotes them.
describe('a document speaks its own words', () => {
  it('gives the words of "a note that read:" to the note', () => {
    const story = ['Volunteers arriving at the hall found a note that read: “Gone to the depot, back by noon.”'];
    expect(speakerOf(story, 'Gone to the depot, back by noon.')).toBe('note');
  });

  it('gives "The minutes say:" to the minutes', () => {
    const story = ['The parish council met in private last month.', 'The minutes say: “Councillors agreed to sell the field.”'];
    expect(speakerOf(story, 'Councillors agreed to sell the field.')).toBe('minutes');
  });

  it('does not read "five minutes" or "noted" as a document', () => {
    const story = ['Ada Quill waited five minutes for the lift.', '“It never comes,” she said, and noted the time.'];
    expect(speakerOf(story, 'It never comes,')).toBe('Ada Quill');
  });
});

describe('a headline speaker given only as a description is the body’s person with that description', () => {
  it('gives "‘…’ says pilot" to the pilot the body names ("Pilot Idris Vane")', () => {
    const story = ['‘I could not see the runway’ says pilot', 'Pilot Idris Vane landed the crop sprayer in a field on Sunday.', 'He has flown over the valley since 1990.'];
    expect(speakerOf(story, 'I could not see the runway')).toBe('Idris Vane');
  });

  it('gives "‘…’, says treasurer" to "The treasurer, Nia Colley," in the body', () => {
    const story = ['‘We cannot pay the rent’, says treasurer', 'The treasurer, Nia Colley, said the bowls club would close in May.'];
    expect(speakerOf(story, 'We cannot pay the rent')).toBe('Nia Colley');
  });
});

describe('"another" somebody unnamed is somebody new, never the one named before', () => {
  it('gives "Another nurse, who asked not to be named, said:" to that nurse, not the nurse named before', () => {
    const story = ['Luka Brandt, a nurse, said shifts had doubled.', 'Another nurse, who asked not to be named, said: “We sleep in the car park.”'];
    expect(speakerOf(story, 'We sleep in the car park.')).not.toBe('Luka Brandt');
    expect(speakerOf(story, 'We sleep in the car park.')).toMatch(/nurse/u);
  });
});

describe('an office given with "the" and no name is the one the next paragraph names for it', () => {
  it('gives "The transport minister said … “…”" to "Cerys Hale, the minister," named next', () => {
    const story = ['The transport minister said the new timetable was “a fresh start” for the valleys.', 'Cerys Hale, the minister, rode the first train on Monday.'];
    expect(speakerOf(story, 'a fresh start')).toBe('Cerys Hale');
  });

  it('gives "The education secretary has promised “…”" to "education secretary Bran Ifan" named next', () => {
    const story = ['The education secretary has promised “no more cuts” to rural schools.', 'Visiting a school in Bala, education secretary Bran Ifan said budgets would rise.'];
    expect(speakerOf(story, 'no more cuts')).toBe('Bran Ifan');
  });
});

// Round 6: the naming convention of the held-out sets (test/quotes/heldout-5/README.md), and the
// mechanisms behind wrong speakers in held-out 5 and 6, composed here in made-up words.
describe('a judge is named without the title: the style goes with a surname alone, never with a full name', () => {
  it('names "Judge Orla Benn" as Orla Benn, and "the judge" after her too', () => {
    const story = ['Judge Orla Benn adjourned the case. “You will be sentenced in May,” the judge told him.'];
    expect(speakerOf(story, 'You will be sentenced in May,')).toBe('Orla Benn');
  });

  it('names "District Judge Piers Amory said" as Piers Amory', () => {
    expect(speakerOf(['“Bail is refused,” said District Judge Piers Amory.'], 'Bail is refused,')).toBe('Piers Amory');
  });

  // A guard: with no given name the style is how the story names the judge.
  it('keeps "Mr Justice Keble" whole: there is no given name to name him by', () => {
    expect(speakerOf(['“The claim fails,” Mr Justice Keble said.'], 'The claim fails,')).toBe('Mr Justice Keble');
  });
});

describe('"Dean" before a capitalised surname is a given name', () => {
  it('gives "Mr Ollerton said:" to Dean Ollerton, named once in a list of candidates', () => {
    const story = [
      'Mara Lisle won with 902 votes, ahead of the Green candidate, Tess Varley, and the Unity Party’s Dean Ollerton on 311.',
      'Mr Ollerton said: “We will be back next year.”',
    ];
    expect(speakerOf(story, 'We will be back next year.')).toBe('Dean Ollerton');
  });
});

describe('an organisation is named whole, even when its name ends in a common word', () => {
  it('names "The charity Kinship Now said …" as Kinship Now, not "Kinship"', () => {
    const story = ['The charity Kinship Now said carers were “running on empty”.'];
    expect(speakerOf(story, 'running on empty')).toBe('Kinship Now');
  });
});

describe('"the society" is the society the story named earlier, even when it did not speak there', () => {
  it('gives "The society … said …" to the Rural Chapels Society named in a clause before', () => {
    const story = [
      'Ada Frew, who sits on the board of the Rural Chapels Society, said the sale was legal.',
      'The society said in a statement that the bishop had acted in “undue haste”.',
    ];
    expect(speakerOf(story, 'undue haste')).toBe('Rural Chapels Society');
  });
});

describe('a role first, then the name in commas: the name is the speaker, even when the role ends in a place or is written in capitals', () => {
  it('gives "The Green MP for Lowmoor Vale, Petra Quill, …, said" to Petra Quill', () => {
    const story = ['The Green MP for Lowmoor Vale, Petra Quill, who tabled the motion, said ministers had “run out of road”.', '“We warned them in March,” she said.'];
    expect(speakerOf(story, 'run out of road')).toBe('Petra Quill');
    expect(speakerOf(story, 'We warned them in March,')).toBe('Petra Quill');
  });
});

describe('a possessive inside a run of capitals is the owner, and the name starts after it', () => {
  it('names "Unity UK’s Dean Ollerton" as Dean Ollerton', () => {
    const story = ['Mara Lisle won, with Unity UK’s Dean Ollerton fourth.', 'Mr Ollerton said: “We came close.”'];
    expect(speakerOf(story, 'We came close.')).toBe('Dean Ollerton');
  });
});

describe('a headline quote the body gives a named speaker is that speaker’s, not the headline’s description', () => {
  it('gives "‘…’ says farmer" to the farmer the body quotes saying the same words, though it never calls him a farmer', () => {
    const story = [
      'Blight: ‘We sprayed on time and still lost the lot,’ says farmer as 200 acres are ploughed in',
      'Hollis Marr grows potatoes on 200 acres near Ledbury.',
      '“We sprayed on time and still lost the lot,” he said. “Nobody could have done more.”',
    ];
    expect(speakerOf(story, 'We sprayed on time and still lost the lot,')).toBe('Hollis Marr');
  });
});

describe('an unnamed somebody named in the comma phrase after it is that person', () => {
  it('gives "she said" after "Another critic, the former curator Ines Barra, disagreed." to Ines Barra', () => {
    const story = [
      'The critic Wendell Post called the show a triumph.',
      'Another critic, the former curator Ines Barra, disagreed. Writing in her blog, she said the hang was “muddled and timid”.',
    ];
    expect(speakerOf(story, 'muddled and timid')).toBe('Ines Barra');
  });
});

describe('somebody known first by a given name alone, later named in full, is one person by the full name', () => {
  it('gives "Ros said" to Ros Kell when the story later writes "Ros Kell"', () => {
    const story = [
      'Mina Kell and her sister, Ros, run the bakery on Mill Street.',
      '“We open at five every morning,” Ros said.',
      'Ros Kell said the rent had doubled. “We cannot go on like this,” she said.',
    ];
    expect(speakerOf(story, 'We open at five every morning,')).toBe('Ros Kell');
    expect(speakerOf(story, 'We cannot go on like this,')).toBe('Ros Kell');
  });
});

// Round 7 of issue 15: the mechanisms behind held-out 7's wrong speakers and misses, composed anew here.
describe('a generic body noun ("the company said", "the trade body said") is the named body the story last made a subject', () => {
  it('gives "the firm said" to the firm named as the intro’s subject', () => {
    const story = ['Pellow Industries is to shut its Carnforth depot, putting 90 jobs at risk.', 'The depot opened in 1994.', 'In a letter to staff, the firm said it had “looked at every alternative”. “Nobody wanted this outcome,” the firm said.'];
    expect(speakerOf(story, 'Nobody wanted this outcome,')).toBe('Pellow Industries');
    expect(speakerOf(story, 'looked at every alternative')).toBe('Pellow Industries');
  });

  it('gives "the lobby group said" to the body that was the subject earlier in the paragraph', () => {
    const story = ['The Federation of Small Quarries said the levy would close pits. “We are being taxed out of existence,” the lobby group said.'];
    expect(speakerOf(story, 'We are being taxed out of existence,')).toBe('Federation of Small Quarries');
  });

  // A guard: a person between the body and the cue; the firm's words are not theirs, and not some other body's.
  it('does not give "the firm said" to a body of another kind the story named after the firm', () => {
    const story = ['Pellow Industries is to shut its Carnforth depot.', 'Lancaster City Council said it was disappointed.', '“Nobody wanted this outcome,” the firm said.'];
    expect(speakerOf(story, 'Nobody wanted this outcome,')).not.toBe('Lancaster City Council');
  });
});

describe('a body’s short name is the body named in full earlier ("Tarn Mining" after "Tarn Mining Ltd")', () => {
  it('gives the statement of "Tarn Mining said in a statement" to Tarn Mining Ltd', () => {
    const story = ['The quarry is run by Tarn Mining Ltd, which employs 300 people.', 'Tarn Mining said in a statement that the slope had been checked. “Safety is our first concern,” the statement said.'];
    expect(speakerOf(story, 'Safety is our first concern,')).toBe('Tarn Mining Ltd');
  });
});

describe('"the minister said" after the secretary of state was named is the secretary', () => {
  it('gives "the minister said" to "The transport secretary, Nia Rowe," named earlier in the paragraph', () => {
    const story = ['The transport secretary, Nia Rowe, said she would meet the operators. “Passengers deserve better than this,” the minister said.'];
    expect(speakerOf(story, 'Passengers deserve better than this,')).toBe('Nia Rowe');
  });
});

describe('a document somebody wrote speaks for them: "in a witness statement, she said", "a report prepared by X"', () => {
  it('gives "The statement says:" to the woman who gave "a witness statement"', () => {
    const story = ['Ms Arden, 41, denies the claim. In a witness statement to the tribunal, she said she had warned her manager twice.', 'The statement says: “I raised it in writing and nothing was done.”'];
    expect(speakerOf(story, 'I raised it in writing and nothing was done.')).toBe('Arden');
  });

  it('gives "The paper says:" to the engineer who drew it up', () => {
    const story = ['A paper drawn up for Monday’s cabinet by the council’s chief engineer, Professor Owain Bell, recommends closing the pier. The paper says:', '“The piles have lost a third of their strength and cannot be repaired in place.”'];
    expect(speakerOf(story, 'The piles have lost a third of their strength and cannot be repaired in place.')).toBe('Owain Bell');
  });
});

describe('a name given with "known as" is a name, not speech', () => {
  it('gives nobody “the Kettle” in "known to the crews as “the Kettle”"', () => {
    const story = ['According to the operator, the fire started in a boiler room known to the crews as “the Kettle”, below the main deck.'];
    expect(speakerOf(story, 'the Kettle')).toBeNull();
  });

  it('gives nobody “the Ark” in "He said the hall, known locally for decades as “the Ark”, was …"', () => {
    const story = ['Councillor Ben Hale said the hall, known locally for decades as “the Ark”, was “the heart of the village”.'];
    expect(speakerOf(story, 'the Ark')).toBeNull();
    expect(speakerOf(story, 'the heart of the village')).toBe('Ben Hale');
  });
});

describe('a role in lower case before a name, no commas, after the quote ("…,” county flood officer Ana Reyes told reporters)', () => {
  it('gives the quote to Ana Reyes', () => {
    const story = ['The river rose a metre overnight.', '“We are moving people out street by street,” Dorset county flood officer Ana Reyes told reporters at the bridge.'];
    expect(speakerOf(story, 'We are moving people out street by street,')).toBe('Ana Reyes');
  });
});

describe('"she said" straight after a quote of hers in the same paragraph is hers, not an older subject’s', () => {
  it('gives "she said" to the supporter named in the sentence before, not the defendant', () => {
    const story = ['Mrs Quill, 60, denies the charge.', 'Outside, a dozen friends of Mrs Quill held up placards. One of them, who gave only her first name, Kaz, said the case was “a storm in a teacup”. “They have the wrong woman,” she said.'];
    expect(speakerOf(story, 'They have the wrong woman,')).toBe('Kaz');
  });
});

describe('a cross-examination without cues alternates between the one who asks and the one who answers', () => {
  it('gives an uncued question to the barrister and the uncued answer to the witness', () => {
    const story = [
      'Under cross-examination by Ruth Gale KC, Mr Penn accepted that he had signed the form.',
      '“Did you read it before you signed?” Ms Gale asked.',
      '“I skimmed it,” Mr Penn replied.',
      '“Only skimmed it?”',
      '“I trusted the people who wrote it. That was my mistake.”',
    ];
    expect(speakerOf(story, 'Only skimmed it?')).toBe('Ruth Gale');
    expect(speakerOf(story, 'I trusted the people who wrote it. That was my mistake.')).toBe('Penn');
  });
});

describe('a role and a full name opening the clause, then an apposition in commas, then the verb', () => {
  it('gives "The former Rovers prop Lewis Harte, a columnist for the paper, called it “…”" to Lewis Harte, not the club', () => {
    const story = ['Rovers lost again on Saturday.', 'The former Rovers prop Lewis Harte, a columnist for the paper, called it “the worst half I have seen in years”.'];
    expect(speakerOf(story, 'the worst half I have seen in years')).toBe('Lewis Harte');
  });
});

describe('"her barrister" is never the barrister the story gave as his', () => {
  it('leaves "Her barrister told the court …" without the man’s barrister as speaker', () => {
    const story = [
      'The chef Tom Dane is suing Ms Roke over a review.',
      'His barrister, Helen Faulds KC, said in her opening on Monday that the review had been written “with malice from first line to last”.',
      'Her barrister told the court the case was about “the right of a critic to dislike a meal”.',
    ];
    expect(speakerOf(story, 'with malice from first line to last')).toBe('Helen Faulds');
    expect(speakerOf(story, 'the right of a critic to dislike a meal')).not.toBe('Helen Faulds');
  });
});

describe('a headline speaker given as a description with an abbreviation ("TV chef tells …") is the body’s person who says those words', () => {
  it('gives "‘…’, TV presenter tells inquiry" to the presenter the body quotes with the same words', () => {
    const story = [
      '‘I never saw the warning letters’, TV presenter tells inquiry',
      'The daytime presenter Jonah Pell told the inquiry on Monday that he had been kept in the dark.',
      'Mr Pell said: “I never saw the warning letters. Nobody showed them to me until last spring.”',
    ];
    expect(speakerOf(story, 'I never saw the warning letters')).toBe('Jonah Pell');
  });
});

describe('a given name two people in the story share', () => {
  const story = [
    'Ros Kell has run the village shop since 1988. Her business partner, Ros Vane, joined her in 2001.',
    'The shop has never made much money.',
    '“We have never closed for a single day,” Ros said.',
  ];
  it('leaves "Ros said" without a speaker when nothing says which Ros', () => {
    expect(speakerOf(story, 'We have never closed for a single day,')).toBeNull();
  });

  it('gives "Ros said" to the one Ros the paragraph before named', () => {
    const plain = ['Ros Kell has run the village shop since 1988. Her business partner, Ros Vane, joined her in 2001.', 'Ros Vane opens it at six every morning.', '“I like the quiet before the first customer,” Ros said.'];
    expect(speakerOf(plain, 'I like the quiet before the first customer,')).toBe('Ros Vane');
  });
});

describe('a document whose words a paragraph ending "reads:" introduces speaks them', () => {
  it('gives the block after "The briefing note, seen by the Courier, reads:" to the briefing note', () => {
    const story = ['A briefing note, unsigned and sent to ward managers, was leaked this week. The note, seen by the Courier, reads:', '“Ward 9 should be closed quietly over the summer, before the consultation opens.”'];
    expect(speakerOf(story, 'Ward 9 should be closed quietly over the summer, before the consultation opens.')).toBe('note');
  });

  // A guard: a sign's wording stays nobody's.
  it('leaves the words after "The sign on the gate reads:" without a speaker', () => {
    const story = ['The sign on the gate reads:', '“Private land. No entry after dusk.”'];
    expect(speakerOf(story, 'Private land. No entry after dusk.')).toBeNull();
  });
});

describe('two people joined by "and" are two subjects, not one name', () => {
  it('gives "she said" after "Mr Marsh and Dr Varley first met …" to Dr Varley, not the man quoted before', () => {
    const story = [
      'The lead archaeologist, Dr Imogen Varley, said: “We have timbers and a gun.”',
      'Historian Colin Marsh, who has searched the records for years, told the Echo: “I never thought I would see her.”',
      'Mr Marsh and Dr Varley first met at a lecture in 2019, when he showed her a chart marked with a cross.',
      '“He was right about the place, to within fifty metres,” she said.',
    ];
    expect(speakerOf(story, 'He was right about the place, to within fifty metres,')).toBe('Imogen Varley');
  });
});

describe('two people who speak together are not one of them', () => {
  it('gives "Mr Probert and Ms Tate said in a joint statement:" to neither of them', () => {
    const story = [
      'Dai Probert, a fisherman, and Gwen Tate, a shopkeeper, oppose the marina.',
      'Mr Probert and Ms Tate said in a joint statement: “We will fight this.”',
    ];
    expect(speakerOf(story, 'We will fight this.')).toBeNull();
  });

  // A guard: a sentence whose "and" joins clauses, not people, keeps its speaker.
  it('still gives "Sales fell and Ms Tate said:" to Ms Tate', () => {
    const story = ['Gwen Tate runs the shop.', 'Sales fell in May and Ms Tate said: “It has been a hard year.”'];
    expect(speakerOf(story, 'It has been a hard year.')).toBe('Gwen Tate');
  });
});
