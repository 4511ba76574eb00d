/** The parts of a DOMRect the placement needs; plain objects in tests. */
export interface RectLike {
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly width: number;
  readonly height: number;
}

export interface Placement {
  /** Position in the layer, i.e. in document coordinates. */
  x: number;
  y: number;
  style: { transform: string };
}

export const BUTTON_SIZE = 16;
const GAP = 2;

/** The rect holding the number's end: its last line when the number wraps. */
export function lastLineRect(rects: ArrayLike<RectLike>): RectLike | null {
  for (let i = rects.length - 1; i >= 0; i--) {
    const r = rects[i];
    // Ranges report empty rects at line breaks; a number with no box at all is not rendered.
    if (r && r.width > 0 && r.height > 0) return r;
  }
  return null;
}

/**
 * Where a call button goes: just after the end of the number (before it in right-to-left
 * text), vertically centred on the number's last line. `origin` is the viewport position of the
 * layer's (0, 0), read once per frame, so the result is in document coordinates and stays put
 * when the page scrolls. Null when the number has no box (not rendered, or no layout at all).
 */
export function placeCallButton(
  rects: ArrayLike<RectLike>,
  origin: { x: number; y: number },
  direction: 'ltr' | 'rtl' = 'ltr',
  size = BUTTON_SIZE,
): Placement | null {
  const line = lastLineRect(rects);
  if (!line) return null;
  const left = direction === 'rtl' ? line.left - GAP - size : line.left + line.width + GAP;
  const x = Math.round(left - origin.x);
  const y = Math.round(line.top + (line.height - size) / 2 - origin.y);
  return { x, y, style: { transform: `translate(${x}px, ${y}px)` } };
}
