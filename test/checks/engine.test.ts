import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { body, defaultChecker } from './setup';

const checker = defaultChecker();
const found = (...paragraphs: string[]) => checker.withSuggestions(checker.checkStory(body(...paragraphs))).map((m) => `${m.ruleId}:${m.text}→${m.suggestions[0] ?? ''}`);

describe('spelling on the real en-GB dictionary', () => {
  test('a misspelling is flagged as an error with the right word suggested first', () => {
    const [match] = checker.checkStory(body('Police will recieve the report.'));
    expect(match).toMatchObject({ ruleId: 'spelling', level: 'error', text: 'recieve', start: 12, end: 19 });
    expect(checker.suggestionsFor(match)[0]).toBe('receive');
  });

  test('the check itself works out no suggestions for a misspelling: they come when asked for', () => {
    const matches = checker.checkStory(body('Police will recieve the reprot from Mr Qwazi.'));
    expect(matches.map((m) => [m.text, m.suggestions])).toEqual([['recieve', []], ['reprot', []], ['Qwazi', []]]);
    expect(checker.withSuggestions(matches).map((m) => [m.text, m.suggestions[0]])).toEqual([['recieve', 'receive'], ['reprot', 'report'], ['Qwazi', undefined]]);
  });

  test('figures, addresses, emails, handles and initials are left alone', () => {
    expect(found('Call 0800 123 or see www.example.com/xqzv and https://bbc.co.uk/news/abcdefg, write to qwzx@paper.co.uk or @qwzxnews, #qwzx; J. K. Rowling and 10am.')).toEqual([]);
  });

  test('shouted capitals: a known word or an acronym in capitals passes, a misspelt word in capitals does not', () => {
    expect(found('COMMUNIST PARTY OF PAKISTAN general secretary spoke, as did the TTP and the NGOs.')).toEqual([]);
    expect(found('The COMMUNSIT PARTY met.')).toEqual(['spelling:COMMUNSIT→COMMUNIST']);
  });

  test('the starter newsroom words are known; possessives and compounds of known words pass', () => {
    expect(found('Starmer said lockdown and Zelensky’s aid were on the NHS’s mind, a well-known self-isolating podcast host said.')).toEqual([]);
  });

  test('a capitalised unknown word inside a sentence is a name to check (advice), and so is the same word opening a sentence', () => {
    const matches = checker.checkStory(body('Qwazi spoke first.', 'Later Mr Qwazi left.'));
    expect(matches.map((m) => [m.ruleId, m.level, m.text])).toEqual([
      ['spelling-name', 'advice', 'Qwazi'],
      ['spelling-name', 'advice', 'Qwazi'],
    ]);
  });

  test('an unknown name with an apostrophe (O’Qwazi) is a name to check, not a misspelling', () => {
    const matches = checker.checkStory(body("The chief executive, Mark O'Qwazi, met Mr O’Qwazi."));
    expect(matches.map((m) => [m.ruleId, m.level, m.text])).toEqual([
      ['spelling-name', 'advice', "O'Qwazi"],
      ['spelling-name', 'advice', 'O’Qwazi'],
    ]);
  });

  test('a desk word is not flagged; a speaker in the directory is not flagged', () => {
    const desk = defaultChecker({ deskWords: ['Qwazi'], directory: [{ name: 'Imdad Zorblat', laterReference: 'Mr Zorblat' }] });
    expect(desk.checkStory(body('Qwazi met Imdad Zorblat.'))).toEqual([]);
  });

  test('a tagged quote is left as spoken when the desk asks, and checked when it does not', () => {
    const text = '“We will recieve them,” she said.';
    const blocks = [{ field: 'body' as const, text, quoted: [[1, 22]] as Array<[number, number]> }];
    expect(defaultChecker({ leaveQuotesAsSpoken: true }).checkStory(blocks)).toEqual([]);
    expect(defaultChecker({ leaveQuotesAsSpoken: false }).checkStory(blocks).map((m) => m.text)).toEqual(['recieve']);
  });

  test('en-US: "color" passes and "colour" is flagged', async () => {
    const { Speller } = await import('../../src/shared/checks/spelling');
    const { Checker } = await import('../../src/shared/checks/engine');
    const { dictionaryFiles } = await import('./setup');
    const us = new Checker({ speller: new Speller(dictionaryFiles('en-US')), dictionaryName: 'American English', rules: [], directory: [], leaveQuotesAsSpoken: true });
    expect(us.checkStory(body('The color and the colour.')).map((m) => m.text)).toEqual(['colour']);
  });
});

describe('house style and spelling together', () => {
  test('the planted errors are each flagged once, by the rule that names the fault, with the fix', () => {
    expect(found('They will organize a rally. Prices rose 10%. Mr. Qazi said so.')).toEqual([
      'ise-spellings:organize→organise',
      'per-cent:10%→10 per cent',
      'titles-no-stop:Mr.→Mr',
      'spelling-name:Qazi→',
    ]);
  });

  test('the seed story checks with no errors (its style is the desk’s)', () => {
    const text = readFileSync('../shared/fixtures/seed-article.txt', 'utf8');
    const paragraphs = text.split(/\n\s*\n/u).map((p) => p.trim()).filter(Boolean);
    const errors = checker.checkStory(body(...paragraphs)).filter((m) => m.level === 'error');
    expect(errors.map((m) => `${m.ruleId}:${m.text}`)).toEqual([]);
  });
});

describe('rules run over the story at once', () => {
  test('a match never runs across two paragraphs, and an anchored pattern still sees each paragraph alone', async () => {
    const { loadHouseStyle } = await import('../../src/shared/checks/house-style');
    const style = loadHouseStyle('rules:\n  - id: opens-with-but\n    kind: pattern\n    level: advice\n    message: x\n    pattern: "^But"\n');
    const withAnchor = defaultChecker({ houseStyle: { ...style, rules: [...style.rules, ...loadHouseStyle((await import('./setup')).DEFAULT_RULES_TEXT).rules] } });
    const matches = withAnchor.checkStory(body('He went to the', 'the shop.', 'But he left.', 'He said But.'));
    expect(matches.filter((m) => m.kind === 'style').map((m) => `${m.ruleId}:${m.block}`)).toEqual(['opens-with-but:2']);
  });
});
