// Each speaker's colour in the text and the panels: one of eight hues 45°
// apart, so two speakers' colours are either clearly different or (by chance
// of the id) the same, never confusingly close; chosen from the id so it is
// stable without a lookup, in light and dark themes alike.
const HUES = [210, 30, 120, 300, 165, 345, 75, 255];

export function speakerHue(speakerId: string | null): number {
  if (!speakerId) return -1;
  let hash = 0;
  for (let i = 0; i < speakerId.length; i++) hash = (hash * 31 + speakerId.charCodeAt(i)) | 0;
  return HUES[Math.abs(hash) % HUES.length];
}
