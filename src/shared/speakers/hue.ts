// Each speaker's colour in the text and the panels: a hue from a short list
// far enough apart to tell speakers apart at a glance, in light and dark
// themes, chosen from the id so it is stable without a lookup.
const HUES = [210, 10, 130, 280, 35, 175, 330, 55, 250, 95];

export function speakerHue(speakerId: string | null): number {
  if (!speakerId) return -1;
  let hash = 0;
  for (let i = 0; i < speakerId.length; i++) hash = (hash * 31 + speakerId.charCodeAt(i)) | 0;
  return HUES[Math.abs(hash) % HUES.length];
}
