import { describe, expect, it } from 'vitest';
import { clampPlace, DEFAULT_SIZE, defaultPlace } from './dock-place';

const screen = { width: 1280, height: 800 };

describe('clampPlace', () => {
  it('keeps a place that fits as it is', () => {
    const place = { left: 100, top: 50, width: 360, height: 560, collapsed: false };
    expect(clampPlace(place, screen)).toEqual(place);
  });

  it('brings a place remembered on a bigger screen back on screen', () => {
    expect(
      clampPlace({ left: 2500, top: 1400, width: 360, height: 560, collapsed: false }, screen),
    ).toEqual({ left: 920, top: 240, width: 360, height: 560, collapsed: false });
    expect(
      clampPlace({ left: -400, top: -90, width: 360, height: 560, collapsed: false }, screen),
    ).toEqual({ left: 0, top: 0, width: 360, height: 560, collapsed: false });
  });

  it('gives a sane size: never tiny, never past the screen', () => {
    expect(
      clampPlace({ left: 0, top: 0, width: 10, height: 5, collapsed: false }, screen),
    ).toMatchObject({ width: 280, height: 240 });
    expect(
      clampPlace(
        { left: 0, top: 0, width: 5000, height: 5000, collapsed: false },
        { width: 600, height: 500 },
      ),
    ).toMatchObject({ width: 600, height: 500 });
  });

  it('lets the collapsed tab go nearer the edge than the whole panel could', () => {
    expect(
      clampPlace({ left: 1200, top: 790, width: 360, height: 560, collapsed: true }, screen),
    ).toEqual({ left: 1080, top: 760, width: 360, height: 560, collapsed: true });
  });
});

describe('defaultPlace', () => {
  it('sits bottom right, expanded, at the default size', () => {
    expect(defaultPlace(screen)).toEqual({
      left: 1280 - DEFAULT_SIZE.width - 16,
      top: 800 - DEFAULT_SIZE.height - 16,
      ...DEFAULT_SIZE,
      collapsed: false,
    });
  });
});
