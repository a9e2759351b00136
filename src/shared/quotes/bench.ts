// What the bench (and anyone measuring) calls: a long story built from
// ordinary news paragraphs, and a timed run of detection over it. The clock
// is passed in so this file stays free of Node and browser APIs.
import { detectQuotes, type Detection } from './detect';

const PARAGRAPHS = [
  'COMMUNIST PARTY OF PAKISTAN general secretary Imdad Qazi warned today of the serious consequences of the Taliban’s return to power in Afghanistan, which he said would boost jihadist groups across the region.',
  '“This victory of the Taliban will give courage to their followers in Pakistan,” he said, calling for the country to develop “a serious defence strategy.',
  '“At the same time, the democratic and progressive forces must reorganise their strategies in view of this situation,” Mr Qazi said.',
  'Speaking at a press conference in Edinburgh on Wednesday, Scotland’s chief medical officer, Dr Fiona Grant, said the risk to the wider public remained low.',
  '“Measles is highly infectious, but it is also highly preventable,” she said. “Two doses of the MMR vaccine give around 99% protection.”',
  'Public health minister Neil Crawford, who appeared alongside her, said the government would fund extra vaccination clinics in Tayside from next week.',
  '“That is a number that worries me,” he said, “and it should worry all of us.”',
  'The tech industry group NetChoice said in a statement that the bill was "unconstitutional" and "a privacy nightmare dressed up as child safety."',
  'Christopher Nolan’s “Oppenheimer” has become the highest-grossing biopic of all time, according to figures released by Universal Pictures on Sunday.',
  'Sterling fell 0.4% against the dollar after the decision, and the yield on two-year gilts dropped to its lowest since January.',
];

/** A story of at least `words` words made of ordinary news paragraphs. */
export function sampleStory(words: number): string[] {
  const out: string[] = [];
  let count = 0;
  for (let i = 0; count < words; i++) {
    const p = PARAGRAPHS[i % PARAGRAPHS.length];
    out.push(p);
    count += p.split(/\s+/u).length;
  }
  return out;
}

/** Detection timed over `runs` runs after a warm-up: milliseconds per run (median and worst) and the last result. */
export function benchDetection(
  paragraphs: string[],
  now: () => number,
  runs = 5,
): { medianMs: number; worstMs: number; detection: Detection } {
  const times: number[] = [];
  // One untimed run first: the first call pays for compiling the rules, which typing never sees again.
  let detection: Detection = detectQuotes(paragraphs);
  for (let r = 0; r < runs; r++) {
    const t0 = now();
    detection = detectQuotes(paragraphs);
    times.push(now() - t0);
  }
  times.sort((a, b) => a - b);
  return { medianMs: times[Math.floor(times.length / 2)], worstMs: times[times.length - 1], detection };
}
