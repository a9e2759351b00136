// The `hyphen` package ships plain JavaScript (UMD) without types: the two
// entry points the print layout uses, typed as far as it calls them.
declare module 'hyphen/hyphen.js' {
  /** Liang patterns as the package ships them: a levels table, a trie and exceptions, opaque to Galley. */
  type PatternsDefinition = readonly unknown[];
  interface HyphenatorOptions {
    hyphenChar?: string;
    minWordLength?: number;
    exceptions?: string[];
  }
  /** Without `async: true`, a function from text to the same text with `hyphenChar` at each break point. */
  function createHyphenator(patterns: PatternsDefinition, options?: HyphenatorOptions): (text: string) => string;
  export default createHyphenator;
}
declare module 'hyphen/patterns/en-gb.js' {
  const patterns: readonly unknown[];
  export default patterns;
}
declare module 'hyphen/patterns/en-us.js' {
  const patterns: readonly unknown[];
  export default patterns;
}
