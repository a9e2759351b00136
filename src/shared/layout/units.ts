// CSS's absolute units, as the browser converts them: the template speaks in
// millimetres and points, the DOM measures in CSS pixels, Electron's
// printToPDF wants inches and a PDF's MediaBox is in points.
export const MM_PER_INCH = 25.4;
export const PX_PER_INCH = 96;
export const PT_PER_INCH = 72;

export const mmToPx = (mm: number) => (mm * PX_PER_INCH) / MM_PER_INCH;
export const mmToPt = (mm: number) => (mm * PT_PER_INCH) / MM_PER_INCH;
export const mmToInches = (mm: number) => mm / MM_PER_INCH;

/** A length for a stylesheet, without float noise such as 296.00000000000006mm. */
export const css = (value: number, unit: 'mm' | 'pt' | 'em' | 'px') => `${Number(value.toFixed(3))}${unit}`;
