// What pasted and dropped copy passes through, as one chunk loaded after the
// first view (paste-code-loading.ts): DOMPurify for the HTML, and the
// article's repair step (zod's schemas with it) for the parsed slice.
export { purifyPastedHtml } from './purify-pasted';
export { repairSlice, repairDeepStory } from './extensions/repair-slice';
