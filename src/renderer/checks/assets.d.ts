// Vite's import suffixes the checks worker uses: a file's text (?raw) and a
// shipped asset's address (?url).
declare module '*?raw' {
  const text: string;
  export default text;
}
declare module '*?url' {
  const url: string;
  export default url;
}
