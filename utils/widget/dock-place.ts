import type { DockPlace } from '../messaging/dock-messages';

/** The collapsed dock: a small tab holding the title bar only. */
export const COLLAPSED_SIZE = { width: 200, height: 40 };
export const MIN_SIZE = { width: 280, height: 240 };
export const MAX_SIZE = { width: 720, height: 1000 };
export const DEFAULT_SIZE = { width: 360, height: 560 };
const MARGIN = 16;

/** Bottom right, the usual place for a softphone, until the agent moves it. */
export function defaultPlace(viewport: { width: number; height: number }): DockPlace {
  return clampPlace(
    {
      left: viewport.width - DEFAULT_SIZE.width - MARGIN,
      top: viewport.height - DEFAULT_SIZE.height - MARGIN,
      ...DEFAULT_SIZE,
      collapsed: false,
    },
    viewport,
  );
}

const within = (value: number, min: number, max: number) =>
  Math.round(Math.min(Math.max(value, min), Math.max(min, max)));

/**
 * Keeps the dock usable: a sane size that fits the viewport, and the whole box (collapsed:
 * the small tab) on screen, so a place remembered on a bigger screen never hides the dock.
 */
export function clampPlace(
  place: DockPlace,
  viewport: { width: number; height: number },
): DockPlace {
  const width = within(place.width, MIN_SIZE.width, Math.min(MAX_SIZE.width, viewport.width));
  const height = within(place.height, MIN_SIZE.height, Math.min(MAX_SIZE.height, viewport.height));
  const box = place.collapsed ? COLLAPSED_SIZE : { width, height };
  return {
    left: within(place.left, 0, viewport.width - box.width),
    top: within(place.top, 0, viewport.height - box.height),
    width,
    height,
    collapsed: place.collapsed,
  };
}
