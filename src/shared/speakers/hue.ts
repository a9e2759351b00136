// Each speaker's colour in the text and the panels: one of eight hues spread
// round the wheel but clear of red, which Galley keeps for errors and
// overmatter; chosen from the id so it is stable without a lookup, in light
// and dark themes alike. Two speakers share a colour only by chance of the id.
const HUES = [210, 45, 130, 280, 175, 95, 245, 315];

export function speakerHue(speakerId: string | null): number {
  if (!speakerId) return -1;
  let hash = 0;
  for (let i = 0; i < speakerId.length; i++) hash = (hash * 31 + speakerId.charCodeAt(i)) | 0;
  return HUES[Math.abs(hash) % HUES.length];
}
