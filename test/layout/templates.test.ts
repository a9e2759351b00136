// The shipped layout templates: every file the index names parses against
// the schema, every file in the folder is named, and the grids add up.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { clampSlot, headlineSizePt, pageSizeMm, slotWidthMm } from '../../src/shared/layout/slot';
import { LayoutIndex, LayoutTemplate } from '../../src/shared/layout/template';

const DIR = join(import.meta.dirname, '../../resources/layouts');
const read = (file: string) => JSON.parse(readFileSync(join(DIR, file), 'utf8')) as unknown;
const index = LayoutIndex.parse(read('index.json'));
const templates = index.templates.map((id) => LayoutTemplate.parse(read(`${id}.json`)));
const byId = (id: string) => templates.find((t) => t.id === id)!;

describe('the shipped layouts', () => {
  it('lists every template file, each under its own id', () => {
    const files = readdirSync(DIR).filter((f) => f.endsWith('.json') && f !== 'index.json');
    expect(files.sort()).toEqual(index.templates.map((id) => `${id}.json`).sort());
    for (const t of templates) expect(index.templates).toContain(t.id);
    expect(index.templates).toEqual(expect.arrayContaining(['broadsheet', 'tabloid', 'web-first']));
  });

  it('sets body copy as a newspaper does: 9–9.5 pt serif on about 10.5 pt in print', () => {
    for (const id of ['broadsheet', 'tabloid']) {
      const { body } = byId(id);
      expect(body.font).toBe('Galley Serif');
      expect(body.sizePt).toBeGreaterThanOrEqual(9);
      expect(body.sizePt).toBeLessThanOrEqual(9.5);
      expect(body.leadingPt).toBeGreaterThanOrEqual(10.25);
      expect(body.leadingPt).toBeLessThanOrEqual(11);
    }
    expect(byId('broadsheet').grid.columns).toBe(6);
    expect(byId('broadsheet').intro.style).toBe('drop-cap');
    expect(byId('web-first').grid.columns).toBe(1);
  });

  it('refuses a template whose default slot is wider than its page', () => {
    const wide = { ...byId('tabloid'), slot: { columns: 9, depthCm: 20 } };
    expect(LayoutTemplate.safeParse(wide).success).toBe(false);
    expect(LayoutTemplate.safeParse({ ...byId('tabloid'), body: { ...byId('tabloid').body, font: 'Comic Sans' } }).success).toBe(false);
  });
});

describe('slot arithmetic', () => {
  const broadsheet = byId('broadsheet');

  it('measures a slot by its columns and the gutters between them', () => {
    expect(slotWidthMm(broadsheet, 1)).toBe(46);
    expect(slotWidthMm(broadsheet, 4)).toBe(4 * 46 + 3 * 4);
    expect(pageSizeMm(broadsheet, { columns: 2, depthCm: 10 })).toEqual({ widthMm: 96 + 12, heightMm: 100 + 12 });
  });

  it('keeps a slot on the page: whole columns, half-centimetre depths', () => {
    expect(clampSlot(broadsheet, { columns: 9, depthCm: 80 })).toEqual({ columns: 6, depthCm: 52 });
    expect(clampSlot(broadsheet, { columns: 0, depthCm: 1 })).toEqual({ columns: 1, depthCm: 2 });
    expect(clampSlot(broadsheet, { columns: 2.6, depthCm: 12.3 })).toEqual({ columns: 3, depthCm: 12.5 });
    expect(clampSlot(broadsheet, {})).toEqual(broadsheet.slot);
  });

  it('sizes a headline by the widest entry not wider than the slot', () => {
    expect(headlineSizePt(broadsheet, 1)).toBe(18);
    expect(headlineSizePt(broadsheet, 4)).toBe(42);
    const sparse = { ...broadsheet, headline: { ...broadsheet.headline, sizes: [{ columns: 2, sizePt: 30 }, { columns: 5, sizePt: 60 }] } };
    expect(headlineSizePt(sparse, 1)).toBe(30);
    expect(headlineSizePt(sparse, 4)).toBe(30);
    expect(headlineSizePt(sparse, 6)).toBe(60);
  });
});
