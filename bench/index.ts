// `npm run bench`: every figure in one table, each beside a baseline
// measured in the same run on the same machine.
import { cpus, totalmem } from 'node:os';
import { benchChecks } from './checks';
import { benchColdOpen } from './cold-open';
import { benchLibrary } from './library';
import { benchLibraryWindow } from './library-window';
import { printTable, type Row } from './measure';
import { benchQuotes } from './quotes';
import { benchExport } from './export';
import { benchHistory } from './history';
import { benchHyphenation } from './hyphenation';
import { benchPreview } from './preview';
import { benchTyping } from './typing';
import { benchOpen } from './typing/open';

async function main() {
  const only = process.argv.slice(2);
  const rows: Row[] = [];
  const want = (name: string) => only.length === 0 || only.includes(name);
  if (want('quotes')) rows.push(...(await benchQuotes()));
  if (want('typing')) rows.push(...(await benchTyping()));
  if (want('checks')) rows.push(...(await benchChecks()));
  if (want('preview')) rows.push(...(await benchPreview()), ...(await benchPreview(10_000)));
  if (want('preview') || want('hyphenation')) rows.push(...(await benchHyphenation()));
  if (want('export')) rows.push(...(await benchExport()));
  if (want('history')) rows.push(...(await benchHistory()));
  const sizes = process.env.GALLEY_BENCH_SIZES?.split(',').map(Number);
  if (want('library')) rows.push(...(await benchLibrary(sizes)));
  if (want('window')) rows.push(...(await benchLibraryWindow(sizes)));
  if (want('cold')) rows.push(...(await benchColdOpen()));
  // Not in the full run: the typing section times the same opens; this one alone, for bisecting.
  if (only.includes('open')) rows.push(...(await benchOpen()));
  console.log(`\nGalley bench — ${cpus()[0]?.model ?? 'unknown CPU'} × ${cpus().length}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}\n`);
  printTable(rows);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
