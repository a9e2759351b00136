// Each rule's examples are its tests: text it must flag and text it must
// leave alone. `galley rules test` and the unit tests run them.
import type { CompiledRule } from './compile';

/** An example that did not behave as the rules file says it should. */
export interface ExampleFailure {
  ruleId: string;
  line: number;
  expected: 'flag' | 'leave';
  example: string;
  /** What the rule found in it (empty when it should have flagged and did not). */
  found: string[];
}

/** Runs every rule's examples; an empty answer means each behaved as written. */
export function testRuleExamples(rules: readonly CompiledRule[]): { failures: ExampleFailure[]; run: number } {
  const failures: ExampleFailure[] = [];
  let run = 0;
  for (const rule of rules) {
    for (const example of rule.examples.flag) {
      run++;
      if (rule.run(example).length === 0) failures.push({ ruleId: rule.id, line: rule.line, expected: 'flag', example, found: [] });
    }
    for (const example of rule.examples.leave) {
      run++;
      const found = rule.run(example).map((h) => h.text);
      if (found.length) failures.push({ ruleId: rule.id, line: rule.line, expected: 'leave', example, found });
    }
  }
  return { failures, run };
}
