// The shipped @font-face rules (resources/fonts/fonts.css) with each font
// file's address replaced by one the caller can serve: a data: URL for a PDF
// page that must be self-contained, a file: URL for a local proof.
export function fontFaceCss(fontsCss: string, resolve: (file: string) => string): string {
  return fontsCss.replace(/url\((['"]?)\.\/([^'")]+)\1\)/g, (_, _q: string, file: string) => `url('${resolve(file)}')`);
}
