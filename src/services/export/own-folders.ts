// Galley's own program folder, which an export must never write into (an
// article with catchline "index" exported as HTML into the renderer folder
// once replaced the app). The built code and the shipped resources sit under
// one program root: the folder that holds resources/ (see pdf/resources.ts).
import path from 'node:path';
import { findResources } from '../pdf/resources';

/** The installed program's root, as found from where this code runs; none when it cannot be told. */
export function installedProgramFolders(): string[] {
  const resources = findResources(undefined, {});
  return resources ? [path.dirname(path.dirname(resources.fontsDir))] : [];
}
