// The slot a story fills: so many columns of the page grid, so deep. The
// arithmetic here is the grid's, never the text's: how many lines the copy
// takes is only ever measured from the browser's own layout.
import type { LayoutTemplate, Slot } from './template';
import { mmToInches } from './units';

/** Width of a slot spanning `columns` columns: the columns and the gutters between them. */
export function slotWidthMm(template: LayoutTemplate, columns: number): number {
  const { columnWidthMm, gutterMm } = template.grid;
  return columns * columnWidthMm + (columns - 1) * gutterMm;
}

/** A slot the page can hold: whole columns within the grid, depth in half-centimetres within the page. */
export function clampSlot(template: LayoutTemplate, slot: Partial<Slot>): Slot {
  const columns = Number.isFinite(slot.columns) ? Math.round(slot.columns!) : template.slot.columns;
  const depth = Number.isFinite(slot.depthCm) ? Math.round(slot.depthCm! * 2) / 2 : template.slot.depthCm;
  return {
    columns: Math.min(template.grid.columns, Math.max(1, columns)),
    depthCm: Math.min(template.grid.pageDepthCm, Math.max(2, depth)),
  };
}

/** The headline size for a headline across `columns`: the widest entry that is not wider than the slot. */
export function headlineSizePt(template: LayoutTemplate, columns: number): number {
  const sizes = [...template.headline.sizes].sort((a, b) => a.columns - b.columns);
  let size = sizes[0].sizePt;
  for (const entry of sizes) if (entry.columns <= columns) size = entry.sizePt;
  return size;
}

/** The proof page: the slot with the template's margin all round. */
export function pageSizeMm(template: LayoutTemplate, slot: Slot): { widthMm: number; heightMm: number } {
  const margin = template.grid.marginMm;
  return { widthMm: slotWidthMm(template, slot.columns) + 2 * margin, heightMm: slot.depthCm * 10 + 2 * margin };
}

export function pageSizeInches(template: LayoutTemplate, slot: Slot): { width: number; height: number } {
  const { widthMm, heightMm } = pageSizeMm(template, slot);
  return { width: mmToInches(widthMm), height: mmToInches(heightMm) };
}
