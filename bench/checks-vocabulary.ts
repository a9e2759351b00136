// A story with a working vocabulary for the checks bench: about 4,000
// different words drawn from the en-GB dictionary's own word list, mixed with
// the common words news copy repeats, and about 1 word in 100 misspelt by
// swapping two letters. The generated bench story repeats 229 words and holds
// no misspelling, so it never showed what a misspelling costs.
import { readDictionary } from '../src/services/checks/resources';
import { rng } from './generate';

const COMMON = 'the a of to in and for on with that was is by at from as it be have has had were are this which their its an not but said he she they'.split(' ');

/** The story as paragraphs, and how many words were misspelt in it. */
export function vocabularyStory(targetWords: number, vocabulary = 7_000, misspeltShare = 0.018, seed = 29): { paragraphs: string[]; misspelt: number } {
  const random = rng(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)];
  // Plain lower-case stems: each is a word in its own right, whatever affixes the dictionary allows it.
  const stems = readDictionary('en-GB')
    .dic.split('\n')
    .slice(1)
    .map((line) => line.split('/')[0])
    .filter((w) => /^[a-z]{4,12}$/u.test(w));
  // Drawn from often enough that about 4,000 of them are used in 10,000 words.
  const chosen = new Set<string>();
  while (chosen.size < Math.min(vocabulary, stems.length)) chosen.add(pick(stems));
  const words = [...chosen];
  const out: string[] = [];
  let count = 0;
  let misspelt = 0;
  while (count < targetWords) {
    const sentences: string[] = [];
    for (let s = 0; s < 2 + Math.floor(random() * 2); s++) {
      const n = 10 + Math.floor(random() * 16);
      const sentence: string[] = [];
      for (let i = 0; i < n; i++) {
        let word = random() < 0.4 ? pick(COMMON) : pick(words);
        if (random() < misspeltShare && word.length > 3) {
          // Two letters swapped inside the word ("recieve"), as a fast typist does.
          const at = 1 + Math.floor(random() * (word.length - 2));
          if (word[at] !== word[at + 1]) {
            word = word.slice(0, at) + word[at + 1] + word[at] + word.slice(at + 2);
            misspelt++;
          }
        }
        sentence.push(word);
      }
      sentence[0] = sentence[0][0].toUpperCase() + sentence[0].slice(1);
      sentences.push(`${sentence.join(' ')}.`);
      count += n;
    }
    out.push(sentences.join(' '));
  }
  return { paragraphs: out, misspelt };
}
