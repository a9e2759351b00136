// The layout templates, fetched from /layouts/ (resources/layouts, served at
// the app's root in Electron and browser mode) and checked against the
// schema: a template a desk has edited by hand is refused with its name and
// reason, and the others still load.
import { LayoutIndex, LayoutTemplate } from '../../shared/layout/template';
import { messageOf } from '../../shared/message-of';

export interface LoadedLayouts {
  templates: LayoutTemplate[];
  /** One sentence per template that could not be used. */
  problems: string[];
}

let cache: Promise<LoadedLayouts> | null = null;

export function loadLayouts(base = '/layouts/'): Promise<LoadedLayouts> {
  cache ??= fetchLayouts(base).catch((error: unknown) => {
    cache = null;
    throw error;
  });
  return cache;
}

async function fetchLayouts(base: string): Promise<LoadedLayouts> {
  const index = LayoutIndex.parse(await (await fetch(`${base}index.json`)).json());
  const problems: string[] = [];
  const templates = await Promise.all(
    index.templates.map(async (id) => {
      try {
        const response = await fetch(`${base}${id}.json`);
        if (!response.ok) throw new Error(`it could not be read (${response.status})`);
        const parsed = LayoutTemplate.safeParse(await response.json());
        if (!parsed.success) throw new Error(parsed.error.issues[0]?.message ?? 'it is not a layout template');
        return parsed.data;
      } catch (error) {
        problems.push(`The layout ${id}.json was left out: ${messageOf(error)}.`);
        return null;
      }
    }),
  );
  return { templates: templates.filter((t): t is LayoutTemplate => t !== null), problems };
}
