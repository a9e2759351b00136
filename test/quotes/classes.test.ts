// One case per class of issue 15, in the words of the issue's own made-up
// examples: who said it, or that nobody did.
import { describe, expect, it } from 'vitest';
import { detectQuotes } from '../../src/shared/quotes/detect';

const said = (paragraphs: string[]) => detectQuotes(paragraphs).quotes.map((q) => [q.segments.map((s) => s.text).join(' ¶ '), q.speaker?.name ?? null]);

describe('attribution before the quote', () => {
  it('reads "As Patel told the Echo, “…”" and "Novak said, “…”"', () => {
    expect(said(['Ravi Patel chairs the committee. As Patel told the Echo, “We will not close a single branch.”', 'Jana Novak disagreed. Novak said, “They will close three by spring.”'])).toEqual([
      ['We will not close a single branch.', 'Ravi Patel'],
      ['They will close three by spring.', 'Jana Novak'],
    ]);
  });

  it('gives a quote-only paragraph to whoever the paragraph before introduced with a colon', () => {
    expect(said(['In a letter to staff, the chief executive, Mark Ellery, set out the plan:', '“Nobody will lose their job this year.”'])).toEqual([['Nobody will lose their job this year.', 'Mark Ellery']]);
  });

  it('takes "she replied" for an answer in a Q&A', () => {
    expect(said(['Ana Ruiz runs the clinic. Did she expect the queue?', '“Never,” she replied.'])).toEqual([['Never,', 'Ana Ruiz']]);
  });
});

describe('verb first after a long quote', () => {
  it('reads "said Moreau" and "added the agency"', () => {
    const d = said([
      'Hydrologist Claire Moreau has studied the aquifer for a decade, and the state news agency, TAP, has reported every cut.',
      '“We are borrowing from the future every single summer and the bill is coming due,” said Moreau.',
      '“Rationing will last until the autumn,” added the agency.',
    ]);
    expect(d).toEqual([
      ['We are borrowing from the future every single summer and the bill is coming due,', 'Claire Moreau'],
      ['Rationing will last until the autumn,', 'TAP'],
    ]);
  });

  it('gives "said the statement by …" to whoever the statement is by, and to nobody when it is not said by name', () => {
    expect(said(['“We will appeal,” said the statement by the Football Association.'])).toEqual([['We will appeal,', 'Football Association']]);
    expect(said(['“We will appeal,” said the statement by the club’s owners.'])).toEqual([['We will appeal,', null]]);
  });
});

describe('organisations, publications and documents as speakers', () => {
  it('gives documents and publications their own kind', () => {
    const d = detectQuotes([
      'A leaked memo seen by the Gazette warns of cuts. “Three wards will close,” the memo says.',
      '“The trust has known for months,” the newspaper reported.',
    ]);
    expect(d.quotes.map((q) => q.speaker?.name)).toEqual(['memo', 'Gazette']);
    expect(d.speakers.map((s) => [s.name, s.kind])).toEqual([
      ['Gazette', 'publication'],
      ['memo', 'document'],
    ]);
  });

  it('lets "the statement said" speak for whoever issued the statement', () => {
    const d = detectQuotes(['The operator, CalMac Ferries, said in a statement that talks would go on.', '“We remain available,” the statement said.']);
    expect(d.quotes[0].speaker?.name).toBe('CalMac Ferries');
    expect(d.speakers[0].kind).toBe('organisation');
    expect(d.speakers[0].role).toBe('operator');
  });
});

describe('later references', () => {
  it('links a misspelt later reference to the first speaker and lists it as a variant', () => {
    const d = detectQuotes(['Grace Brennan, an engineer, inspected the bridge.', '“I put it in bold,” Ms Brenan said.', 'Owen Walsh ran the roads department. “I never saw it,” Walshe said.']);
    expect(d.quotes.map((q) => q.speaker?.name)).toEqual(['Grace Brennan', 'Owen Walsh']);
    expect(d.speakers.map((s) => [s.name, s.variants])).toEqual([
      ['Grace Brennan', ['Ms Brenan']],
      ['Owen Walsh', ['Walshe']],
    ]);
  });

  it('reads an honorific and surname with or without a stop', () => {
    expect(said(['Luis Costa lost his job.', '“It was unfair,” Mr. Costa said.', 'Counsel, Samuel Reid, QC, stood up.', '“Is that so?” Dr Reid asked.'])).toEqual([
      ['It was unfair,', 'Luis Costa'],
      ['Is that so?', 'Samuel Reid'],
    ]);
  });

  it('reads a surname that is also an institution word as a person after an honorific or one given name', () => {
    const d = detectQuotes(['Lead author Dr. Kim Park said the results were “surprising”.', '“It was close,” said Steve Hall, the coach.', '“We are open,” said the Royal Albert Hall.']);
    expect(d.quotes.map((q) => q.speaker?.name)).toEqual(['Kim Park', 'Steve Hall', 'Royal Albert Hall']);
    expect(d.speakers.map((s) => s.kind)).toEqual(['person', 'person', 'organisation']);
  });

  it('keeps two people whose surnames differ by a letter of a short name apart', () => {
    const d = detectQuotes(['Anna Hill chairs the board.', '“We will vote tonight,” Ms Hall said.']);
    expect(d.quotes[0].speaker?.name).not.toBe('Anna Hill');
    expect(d.speakers.map((s) => s.variants)).toEqual([[]]);
  });
});

describe('partial quotes, scare quotes and names of things', () => {
  it('attributes one-word quotes inside reported speech when the verb and the speaker are clear', () => {
    expect(said(['The shadow minister, Karen Doyle, called the plan “reckless” and “cynical”.'])).toEqual([
      ['reckless', 'Karen Doyle'],
      ['cynical', 'Karen Doyle'],
    ]);
  });

  it('leaves scare quotes, a rule-book phrase, a website title and a nickname without a speaker', () => {
    const d = said([
      'Karen Doyle spoke on Monday. The drivers must be “fit, rested and alert”, under the rule book.',
      'The site, “Investing in Britain”, was changed. Sir Alan Pryce, known as “the Iron Man”, retired, and analysts called it a “make-or-break” year.',
      'The North calls the drills “rehearsals for invasion”.',
    ]);
    expect(d.every(([, speaker]) => speaker === null)).toBe(true);
    expect(d).toHaveLength(5);
  });
});

describe('spacing and mark oddities', () => {
  it('reads a space after the opening mark, a wrongly facing close, straight marks, single marks and nesting', () => {
    expect(
      said([
        'Margaret Ellis found the medal.',
        '“ I nearly threw it away,” Mrs Ellis said. “That was that.“',
        "'It has come home,' Mrs Ellis said.",
        '"We have no idea who gave it," said Kerry Doyle, the manager. "He said it was ‘old pewter’," she said.',
      ]),
    ).toEqual([
      ['I nearly threw it away,', 'Margaret Ellis'],
      ['That was that.', 'Margaret Ellis'],
      ['It has come home,', 'Margaret Ellis'],
      ['We have no idea who gave it,', 'Kerry Doyle'],
      ['He said it was ‘old pewter’,', 'Kerry Doyle'],
    ]);
  });
});

describe('a mark after "he said," facing the wrong way, with a space after it', () => {
  it('opens the rest of the quote, straight or curly', () => {
    for (const p of ['"We were poor," he said," and we know it."', '“We were poor,” he said,” and we know it.”']) {
      expect(said(['Coach Ray Dunn was asked about the defeat.', p])).toEqual([
        ['We were poor,', 'Ray Dunn'],
        ['and we know it.', 'Ray Dunn'],
      ]);
    }
  });

  it('still reads a stray closing mark with no cue before it as stray', () => {
    expect(detectQuotes(['We go on,” she said. “Next year.”']).quotes.map((q) => q.segments[0].text)).toEqual(['Next year.']);
  });
});

describe('roles', () => {
  it('takes a role from an apposition or a title, never from a clause or the quote', () => {
    const d = detectQuotes([
      'Outside court, Thomas Whitlock said he was relieved. “It is over,” he said.',
      'Transport Secretary Louise Hart spoke next. “The participation of this team shows what we can do,” Hart said.',
    ]);
    expect(d.speakers.map((s) => [s.name, s.role])).toEqual([
      ['Thomas Whitlock', ''],
      ['Louise Hart', 'Transport Secretary'],
    ]);
  });

  it('names a speaker first quoted by surname by the full name the story gives', () => {
    expect(said(['“We go again,” Lacazette said.', 'Captain Alexandre Lacazette has scored nine times this season.'])[0][1]).toBe('Alexandre Lacazette');
  });
});
