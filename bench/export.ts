// Exporting 1,000 articles to NewsML-G2 (each carrying its NITF) through the
// real service, files and all, beside the least an export can do: writing
// each article's JSON as it is.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openGalley } from '../src/services/galley';
import { exportNewsML } from '../src/shared/export/newsml';
import { writeLibrary } from './generate';
import { time, type Row } from './measure';

export async function benchExport(count = 1000): Promise<Row[]> {
  const root = await mkdtemp(join(tmpdir(), 'galley-bench-export-'));
  try {
    const articles = await writeLibrary(join(root, 'library'), count, 7);
    const galley = await openGalley({ library: join(root, 'library'), exportsRoot: root });
    const ids = galley.store.ids();
    const viaService = await time(() => galley.handlers.exportArticles({ ids, formats: ['newsml'], subfolder: 'newsml' }));
    await galley.close();
    const pure = await time(() => {
      for (const a of articles) exportNewsML(a, []);
    });
    await mkdir(join(root, 'json'));
    const baseline = await time(async () => {
      for (const a of articles) await writeFile(join(root, 'json', `${a.id}.json`), JSON.stringify(a));
    });
    const section = `export ${count.toLocaleString()} articles`;
    return [
      { section, metric: 'NewsML-G2 through the service (read, render, write, mark exported)', galley: viaService, baseline, baselineName: 'write JSON', unit: 'ms', note: `${(viaService / count).toFixed(2)} ms/article` },
      { section, metric: 'NewsML-G2 rendering only', galley: pure, baseline, baselineName: 'write JSON', unit: 'ms' },
    ];
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}
