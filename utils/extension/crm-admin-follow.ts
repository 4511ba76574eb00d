import type { AdminFormRule } from '../crm-admin/admin-form-rule';
import { DEMO_CRM_ADMIN_FORMS } from '../crm-admin/demo-crm-admin';
import { showToast, type ToastHandle } from '../crm-admin/offer-toast';
import {
  findAdminForm,
  hasAdminForm,
  isAdminSubmit,
  outcomeElements,
  readAdminForm,
  readNewSaveOutcome,
  readSaveOutcome,
  type SaveOutcome,
} from '../crm-admin/read-admin-form';
import type { LoginRule } from '../login/login-rule';
import { type CrmAdminMessages, crmAdminResponses } from '../messaging/admin-messages';
import { createContentSender } from '../messaging/send-content-message';

const send = createContentSender<CrmAdminMessages>(crmAdminResponses);

/** How long a single-page app's save may take to show its outcome. */
const SPA_OUTCOME_MS = 15_000;

/** The admin forms of the page's CRM; pages no CRM rule claims get the demo CRM's. */
export function adminFormsFor(rule: LoginRule | null): readonly AdminFormRule[] {
  return rule?.adminForms ?? DEMO_CRM_ADMIN_FORMS;
}

/**
 * Follows the CRM's own admin screens (seed sections 2 and 4): a submitted user or list form
 * goes to the background (the password with it, held in memory there); the page after the
 * save says whether it worked, and the background's offer is shown as a toast, or with the
 * `auto` setting the sync has started and the toast reports its result.
 */
export function followCrmAdmin(signal: AbortSignal, rules: readonly AdminFormRule[]): void {
  const outcome = readSaveOutcome(document, new URL(location.href), rules);
  if (outcome !== 'none' || hasAdminForm(document, rules)) void showOffers(outcome, signal);

  let lastSubmit = 0;
  // One watch at a time: two watches would both report the next outcome (two toasts per offer).
  let watching = new AbortController();
  const submitted = (target: Element) => {
    const found = findAdminForm(target, rules);
    // A click on the save button and the form's submit event come together: one save.
    if (!found || Date.now() - lastSubmit < 500) return;
    lastSubmit = Date.now();
    const before = outcomeElements(document, rules);
    watching.abort();
    const superseded = new AbortController();
    watching = superseded;
    void send('crm-admin/saved', readAdminForm(found.form, found.rule)).then(
      (reply) => reply.held && watchSpaOutcome(rules, before, signal, superseded.signal),
    );
  };
  document.addEventListener(
    'submit',
    (event) => event.target instanceof Element && submitted(event.target),
    { capture: true, signal },
  );
  document.addEventListener(
    'click',
    (event) => {
      const target = event.target;
      if (target instanceof Element && isAdminSubmit(target, rules)) submitted(target);
    },
    { capture: true, signal },
  );
}

/**
 * A save that loads no new page: watch for a new success or error element, for a while, or
 * until the next submit (`superseded`). The toasts it shows live as long as the page (`signal`).
 */
function watchSpaOutcome(
  rules: readonly AdminFormRule[],
  before: ReadonlySet<Element>,
  signal: AbortSignal,
  superseded: AbortSignal,
) {
  const stop = new AbortController();
  const done = AbortSignal.any([
    signal,
    superseded,
    stop.signal,
    AbortSignal.timeout(SPA_OUTCOME_MS),
  ]);
  let queued = false;
  const observer = new MutationObserver(() => {
    if (queued) return;
    queued = true;
    requestAnimationFrame(() => {
      queued = false;
      const outcome = readNewSaveOutcome(document, rules, before);
      if (outcome === 'none' || done.aborted) return;
      stop.abort();
      void showOffers(outcome, signal);
    });
  });
  observer.observe(document.body ?? document.documentElement, { childList: true, subtree: true });
  done.addEventListener('abort', () => observer.disconnect(), { once: true });
}

async function showOffers(outcome: SaveOutcome, signal: AbortSignal) {
  const { offers } = await send('crm-admin/offers', { outcome });
  for (const offer of offers) {
    if (offer.state === 'failed') {
      showToast(document, offer.text, { signal }).update(offer.text, 'error');
    } else if (offer.state === 'started') {
      void report(offer.offerId, showToast(document, offer.text, { signal }));
    } else {
      showToast(document, offer.text, {
        signal,
        acceptLabel: offer.acceptLabel,
        onAccept: (toast) => void accept(offer.offerId, toast),
        onDismiss: (toast) => {
          toast.remove();
          void send('crm-admin/answer', { offerId: offer.offerId, accept: false });
        },
      });
    }
  }
}

async function accept(offerId: string, toast: ToastHandle) {
  const answer = await send('crm-admin/answer', { offerId, accept: true });
  toast.update(answer.text, answer.ok ? 'busy' : 'error');
  if (answer.ok) await report(offerId, toast);
}

async function report(offerId: string, toast: ToastHandle) {
  toast.update('Sending to the dialer…', 'busy');
  const result = await send('crm-admin/result', { offerId });
  toast.update(result.text, result.ok ? 'ok' : result.done ? 'error' : 'busy');
}
