/** Node.ELEMENT_NODE, spelled out: the detectors also run on documents of other windows. */
const ELEMENT_NODE = 1;

/** The element an event started on, looking into open shadow roots (composedPath). */
export function eventElement(event: Event): Element | null {
  const first = event.composedPath()[0] ?? event.target;
  if (first && (first as Node).nodeType === ELEMENT_NODE) return first as Element;
  return (first as Node | null)?.parentElement ?? null;
}

/**
 * Wraps a handler so the same key fires once per task: a click on a submit button is followed,
 * in the same task, by the form's submit event, and Enter by a click on the default button.
 */
export function oncePerTask<T>(handler: (value: T) => void, keyOf: (value: T) => string) {
  let recent: string | null = null;
  return (value: T) => {
    const key = keyOf(value);
    if (key === recent) return;
    if (recent === null) setTimeout(() => (recent = null), 0);
    recent = key;
    handler(value);
  };
}

/** Listener options for watching the page without affecting it. */
export const watchOnly = (signal: AbortSignal): AddEventListenerOptions => ({
  capture: true,
  passive: true,
  signal,
});
