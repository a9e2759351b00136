// The article model's limits that code outside the model's schemas reads:
// kept apart from model.ts, which builds zod schemas as it is evaluated, so
// that the body editor can check a story's depth without loading zod.

/** How deep a story's body may nest (the doc 0, its blocks 1, …): lists and blockquotes past it are unwrapped. */
export const MAX_DEPTH = 24;
