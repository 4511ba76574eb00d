/**
 * Errors React reports (a failed commit after foreign DOM changes, an error boundary, a
 * recoverable hydration-style error), written outside the React root so that they stay
 * visible even when React unmounts the whole tree. Tests read `[data-testid="react-errors"]`
 * (its `data-count`) or `window.__reactCrmErrors`.
 */
declare global {
  interface Window {
    __reactCrmErrors?: string[];
  }
}

export type ReactErrorKind = 'uncaught' | 'caught' | 'recoverable';

export function reportReactError(kind: ReactErrorKind, error: unknown): void {
  const message = `${kind}: ${error instanceof Error ? error.message : String(error)}`;
  window.__reactCrmErrors ??= [];
  window.__reactCrmErrors.push(message);
  const list = document.getElementById('react-errors');
  if (!list) return;
  const item = document.createElement('li');
  item.textContent = message;
  list.append(item);
  list.hidden = false;
  list.dataset.count = String(window.__reactCrmErrors.length);
}
