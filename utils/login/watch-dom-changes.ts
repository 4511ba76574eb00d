/** Attributes that show or hide a form or an error without touching the tree. */
const WATCHED_ATTRIBUTES = ['hidden', 'style', 'class', 'aria-hidden', 'aria-invalid', 'type'];

/** How long a burst of mutations may run before the check runs (ms). */
export const DEFAULT_CHECK_DELAY_MS = 100;

/**
 * Calls `check` after the page's DOM changed, at most once per `delayMs`: the observer's
 * callback only arms a timer, so a CRM that mutates all the time costs one check per period,
 * and a quiet page costs nothing. Stops on abort.
 */
export function watchDomChanges(
  doc: Document,
  check: () => void,
  signal: AbortSignal,
  delayMs = DEFAULT_CHECK_DELAY_MS,
): void {
  if (signal.aborted) return;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const observer = new MutationObserver(() => {
    timer ??= setTimeout(() => {
      timer = undefined;
      if (!signal.aborted) check();
    }, delayMs);
  });
  observer.observe(doc, {
    subtree: true,
    childList: true,
    characterData: true,
    attributes: true,
    attributeFilter: WATCHED_ATTRIBUTES,
  });
  signal.addEventListener(
    'abort',
    () => {
      observer.disconnect();
      clearTimeout(timer);
    },
    { once: true },
  );
}
