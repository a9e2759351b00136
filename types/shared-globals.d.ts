// The few globals src/shared may use: present alike in a browser, a Web
// Worker and Node, so pure code may call them without the DOM's or Node's
// type libraries (tsconfig.shared.json includes neither). Add one here only
// if every place shared code runs has it.

/** Web Crypto's random UUID (quote ids). */
declare const crypto: { randomUUID(): `${string}-${string}-${string}-${string}-${string}` };
