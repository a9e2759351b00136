// The open story's view comes in two frames: the body first (the copy
// column with its fields and the story in its editor), then everything around
// it (the formatting bar, the bars above the copy, the side panels, the
// status line) once that frame is painted. Opening a story then costs the
// sub's click what setting the story costs, as in bare ProseMirror, and not
// also the render of a dozen panels; the side column keeps its width from the
// first frame, so the story is never laid out twice.
import { useEffect, useState } from 'react';

/** False for the view's first frame, true from the frame after it has been painted. */
export function useFurnished(): boolean {
  const [furnished, setFurnished] = useState(false);
  useEffect(() => {
    if (furnished) return;
    let channel: MessageChannel | null = null;
    const furnish = () => setFurnished(true);
    // A task posted from a frame's callback runs after that frame's paint.
    const frame = requestAnimationFrame(() => {
      channel = new MessageChannel();
      channel.port1.onmessage = furnish;
      channel.port2.postMessage(0);
    });
    // A window out of sight paints no frames: its panels come all the same.
    const fallback = setTimeout(furnish, 200);
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(fallback);
      if (channel) channel.port1.onmessage = null;
    };
  }, [furnished]);
  return furnished;
}
