// The short interview transcript both the unit tests of turns (test/quotes/turns.test.ts) and the
// e2e test (e2e/quotes-transcript.spec.ts) read: labelled by surname, with an answer running on into an
// unlabelled paragraph and narrative after the last turn.

/** The story's paragraphs, headline first. */
export const SURNAMES = [
  'Six years on, the Danube footbridge opens',
  'NewsCommons spoke to Ioana Petrescu, the project’s chief engineer, by telephone on Monday about the delays.',
  'NewsCommons: Six years is a long time. Why did it take so long?',
  'Petrescu: Honestly, we thought it would take three. The river had other ideas.',
  'The silt moved every winter, and every winter we redrew the piers.',
  'NewsCommons: What comes next?',
  'Petrescu: A rest, I hope. Then the rail link.',
  'The footbridge opens to walkers on Tuesday.',
];
