// A speaker's hue where no story is in view (the library's quote search, the
// speaker directory, the picker before a quote is tagged): one of eight hues
// clear of red, chosen from the id so it needs no lookup. Inside a story the
// colours come from the story's own palette (palette.ts), which keeps any two
// of its speakers apart; this hue is only the fallback under it.
const HUES = [210, 45, 130, 280, 175, 95, 245, 315];

export function speakerHue(speakerId: string | null): number {
  if (!speakerId) return -1;
  let hash = 0;
  for (let i = 0; i < speakerId.length; i++) hash = (hash * 31 + speakerId.charCodeAt(i)) | 0;
  return HUES[Math.abs(hash) % HUES.length];
}
