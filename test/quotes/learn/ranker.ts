// Issue 15, round 9: a conditional-logit ranker over a quote's candidate speakers (candidates.ts). Each
// candidate's score is w·x; a quote's candidates compete in one softmax, "none" among them, and training
// maximises the probability of the labelled speaker (any candidate bearing its name) with an L2 penalty.
// Plain full-batch Adam: a few hundred quotes and fifty features need nothing more.
import type { Detection } from '../../../src/shared/quotes/detect';
import { attributionScore, type AttributionScore } from '../score';
import { FEATURES, type QuoteCase, type StoryCases } from './candidates';

/** One weight a feature, in FEATURES order. */
export type Weights = Float64Array;

const dot = (w: Weights, x: Float64Array): number => {
  let s = 0;
  for (let k = 0; k < x.length; k++) if (x[k] !== 0) s += w[k] * x[k];
  return s;
};

/** Each candidate's probability under the weights. */
export function probabilities(w: Weights, c: QuoteCase): number[] {
  const s = c.candidates.map((d) => dot(w, d.x));
  const top = Math.max(...s);
  const e = s.map((v) => Math.exp(v - top));
  const z = e.reduce((a, b) => a + b, 0);
  return e.map((v) => v / z);
}

/** Weights learnt from the cases that have a reachable labelled speaker; features in `mask` keep weight 0. */
export function train(cases: readonly QuoteCase[], opts: { l2?: number; steps?: number; rate?: number; mask?: ReadonlySet<number> } = {}): Weights {
  const { l2 = 0.02, steps = 400, rate = 0.05, mask } = opts;
  const usable = cases.filter((c) => c.targets && c.targets.length > 0);
  const n = FEATURES.length;
  const w = new Float64Array(n);
  const m = new Float64Array(n);
  const v = new Float64Array(n);
  const b1 = 0.9;
  const b2 = 0.999;
  for (let step = 1; step <= steps; step++) {
    const g = new Float64Array(n);
    for (const c of usable) {
      const p = probabilities(w, c);
      const pt = c.targets!.reduce((a, t) => a + p[t], 0);
      c.candidates.forEach((d, k) => {
        const own = c.targets!.includes(k) ? p[k] / pt : 0;
        const coef = p[k] - own;
        if (coef !== 0) for (let f = 0; f < n; f++) if (d.x[f] !== 0) g[f] += coef * d.x[f];
      });
    }
    for (let f = 0; f < n; f++) {
      if (mask?.has(f)) continue;
      const grad = g[f] / usable.length + l2 * w[f];
      m[f] = b1 * m[f] + (1 - b1) * grad;
      v[f] = b2 * v[f] + (1 - b2) * grad * grad;
      w[f] -= (rate * (m[f] / (1 - b1 ** step))) / (Math.sqrt(v[f] / (1 - b2 ** step)) + 1e-8);
    }
  }
  return w;
}

/** How a quote's speaker is chosen. */
export type Chooser = (c: QuoteCase) => string | null;

/** The rules as they are. */
export const rules: Chooser = (c) => c.rule.person?.name ?? null;

/** The model alone: its best candidate, or nobody when that is "none" or less likely than `threshold`. */
export const model =
  (w: Weights, threshold: number): Chooser =>
  (c) => {
    const p = probabilities(w, c);
    let best = 0;
    for (let k = 1; k < p.length; k++) if (p[k] > p[best]) best = k;
    return p[best] >= threshold ? c.candidates[best].name : null;
  };

/**
 * Rules first: the model decides only where the rules gave nobody (its best, above `threshold`) or
 * where it disagrees with the rules' speaker with probability `overrule` or more.
 */
export const hybrid =
  (w: Weights, threshold: number, overrule: number): Chooser =>
  (c) => {
    const p = probabilities(w, c);
    let best = 0;
    for (let k = 1; k < p.length; k++) if (p[k] > p[best]) best = k;
    const mine = c.candidates[best].name;
    const ruled = c.rule.person?.name ?? null;
    if (ruled === null) return p[best] >= threshold ? mine : null;
    return mine !== ruled && p[best] >= overrule ? mine : ruled;
  };

/** A story scored as the customer scores it, with the speakers a chooser gives. */
export function scoreStory(s: StoryCases, choose: Chooser): AttributionScore {
  const detection = {
    quotes: s.cases.map((c) => {
      const name = choose(c);
      return { segments: c.rule.quotation.segments, speaker: name === null ? null : { name, key: '' } };
    }),
    speakers: [],
  } as unknown as Detection;
  return attributionScore(s.story, s.fixture, detection);
}

/**
 * Precision first: the rules' speaker stands only while the model gives it probability `keep` or more
 * (else nobody); where the rules gave nobody, the model's best above `threshold`.
 */
export const veto =
  (w: Weights, threshold: number, keep: number): Chooser =>
  (c) => {
    const p = probabilities(w, c);
    const ruled = c.rule.person?.name ?? null;
    if (ruled !== null) {
      const mine = c.candidates.reduce((a, d, k) => (d.name === ruled ? a + p[k] : a), 0);
      return mine >= keep ? ruled : null;
    }
    let best = 0;
    for (let k = 1; k < p.length; k++) if (p[k] > p[best]) best = k;
    return p[best] >= threshold ? c.candidates[best].name : null;
  };
