import { describe, expect, it } from 'vitest';
import { BUTTON_SIZE, lastLineRect, placeCallButton, type RectLike } from './place-call-button';

const rect = (left: number, top: number, width: number, height: number): RectLike => ({
  left,
  top,
  width,
  height,
  right: left + width,
});

describe('placeCallButton', () => {
  it('puts the button just after the number, centred on its line, in layer coordinates', () => {
    const placed = placeCallButton([rect(100, 40, 90, 20)], { x: 0, y: -300 });
    // 2 px after the right edge; (20 - 16) / 2 below the top; the page is scrolled by 300.
    expect(placed).toEqual({ x: 192, y: 342, style: { transform: 'translate(192px, 342px)' } });
  });

  it('follows the last line of a number that wraps', () => {
    const placed = placeCallButton([rect(300, 10, 50, 20), rect(0, 30, 40, 20)], { x: 0, y: 0 });
    expect(placed?.x).toBe(42);
    expect(placed?.y).toBe(32);
  });

  it('skips the empty rects ranges report at line breaks', () => {
    expect(lastLineRect([rect(10, 10, 40, 20), rect(50, 10, 0, 20)])).toEqual(rect(10, 10, 40, 20));
  });

  it('goes before the number in right-to-left text', () => {
    expect(placeCallButton([rect(100, 0, 50, 16)], { x: 0, y: 0 }, 'rtl')?.x).toBe(
      100 - 2 - BUTTON_SIZE,
    );
  });

  it('subtracts where the layer starts, e.g. a positioned <html> with a margin', () => {
    expect(placeCallButton([rect(100, 100, 50, 16)], { x: 8, y: 8 })?.style.transform).toBe(
      'translate(144px, 92px)',
    );
  });

  it('gives no position to a number with no box (not rendered, or no layout at all)', () => {
    expect(placeCallButton([], { x: 0, y: 0 })).toBeNull();
    expect(placeCallButton([rect(0, 0, 0, 0)], { x: 0, y: 0 })).toBeNull();
  });
});
