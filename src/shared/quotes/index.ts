// Quotations: detection (who said what), checks for the sub, and comparison with source material.
export { detectQuotes, type Detection, type DetectedQuote, type DetectedSegment, type DetectedSpeaker, type DetectOptions } from './detect';
export { checkQuotes, type QuoteCheck, type QuoteCheckKind, type TaggedQuote, type CheckInput } from './checks';
export { compareWithSources, quoteStatus, NOT_FOUND_BELOW, type Comparison, type QuoteStatus, type SourceText } from './compare';
export { findSpans, type Quotation, type Segment, type MarkProblem } from './spans';
export { benchDetection, sampleStory } from './bench';
