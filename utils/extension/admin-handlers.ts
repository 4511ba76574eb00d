import { waitForJob } from '../crm-admin/job-outcome';
import { createOfferStore, type Offer } from '../crm-admin/offer-store';
import type { JobInput } from '../jobs/job-types';
import type { HandlerContext, Handlers } from '../messaging/router';
import { senderOrigin } from '../messaging/sender';
import { dialerClientFromSettings } from './dialer-from-settings';
import { dialerStatus } from './dialer-status';
import { jobHandlers } from './job-handlers';
import { loadSecrets, loadSettings } from './settings-store';

type AdminHandlers = Pick<
  Handlers,
  | 'dialer/status'
  | 'dialer/active-lists'
  | 'crm-admin/saved'
  | 'crm-admin/offers'
  | 'crm-admin/answer'
  | 'crm-admin/result'
>;

/** Memory only: the offers carry the password typed into the CRM's user form. */
const offers = createOfferStore();

/** The tab and site a content script speaks for, from the browser's sender, not the message. */
const whereOf = ({ sender }: HandlerContext) => `${sender.tab?.id ?? -1} ${senderOrigin(sender)}`;

async function startJob(input: JobInput, context: HandlerContext) {
  const started = await jobHandlers['jobs/start'](input, context);
  if (started.ok) return { ok: true as const, jobId: started.jobId };
  const problems = started.problems.map((problem) => problem.message).join(' ');
  return { ok: false as const, text: problems || 'The job was refused.' };
}

/** Starts an offer's job; the password leaves the offer store for the job runner's memory. */
async function accept(offer: Offer, input: JobInput, context: HandlerContext) {
  const started = await startJob(input, context);
  offers.started(offer.offerId, started.ok ? started.jobId : null);
  if (!started.ok) return { ok: false, text: `${offer.subject} not synced: ${started.text}` };
  return { ok: true, text: `${offer.subject}: sending to the dialer…`, jobId: started.jobId };
}

/** Dialer status and list reads for the pages; the CRM-screen follower's offers. */
export const adminHandlers: AdminHandlers = {
  'dialer/status': (request) =>
    dialerStatus(request, {
      clientFromSettings: dialerClientFromSettings,
      isConfigured: async () => {
        const [{ settings }, secrets] = await Promise.all([loadSettings(), loadSecrets()]);
        return Boolean(settings.dialerUrl && settings.apiUser && secrets.apiPass);
      },
    }),

  'dialer/active-lists': async () => {
    const made = await dialerClientFromSettings();
    if (!made.ok) return { ok: false, kind: 'config', message: made.message };
    const result = await made.client.activeLists();
    if (!result.ok) return { ok: false, kind: result.kind, message: result.message };
    return { ok: true, ...result.value };
  },

  'crm-admin/saved': async (save, context) => {
    // Held before anything is awaited: the page after the save may ask for its offers at once.
    const where = whereOf(context);
    const plan = offers.hold(where, save);
    if ((await loadSettings()).settings.crmAdminFollow === 'off') {
      offers.settle(where, 'refused');
      return { held: false, text: 'Following the CRM admin screens is off.' };
    }
    return { held: true, text: plan.question };
  },

  'crm-admin/offers': async ({ outcome }, context) => {
    const where = whereOf(context);
    const { added } = offers.settle(where, outcome);
    const failed: Array<{ offerId: string; text: string; acceptLabel: string; state: 'failed' }> =
      [];
    if (added.length > 0 && (await loadSettings()).settings.crmAdminFollow === 'auto') {
      for (const offer of added) {
        const taken = offers.take(where, offer.offerId);
        const started = taken ? await accept(taken.offer, taken.input, context) : null;
        if (started && !started.ok) {
          failed.push({
            offerId: offer.offerId,
            text: started.text,
            acceptLabel: '',
            state: 'failed',
          });
        }
      }
    }
    const open = offers.settle(where, 'none').all;
    const shown = open.map(({ offerId, text, acceptLabel, state }) => ({
      offerId,
      text,
      acceptLabel,
      state,
    }));
    return { offers: [...shown, ...failed] };
  },

  'crm-admin/answer': async ({ offerId, accept: yes }, context) => {
    const where = whereOf(context);
    if (!yes) {
      offers.dismiss(where, offerId);
      return { ok: true, text: 'Dismissed: nothing was sent to the dialer.' };
    }
    const taken = offers.take(where, offerId);
    if (!taken) return { ok: false, text: 'This offer is no longer open.' };
    return accept(taken.offer, taken.input, context);
  },

  'crm-admin/result': async ({ offerId }, context) => {
    const where = whereOf(context);
    const offer = offers.find(where, offerId);
    if (!offer?.jobId) return { done: true, ok: false, text: 'This offer is no longer open.' };
    const outcome = await waitForJob(
      async (jobId) => (await jobHandlers['jobs/get']({ jobId }, context)).job,
      offer.jobId,
      offer.subject,
      { timeoutMs: 20_000 },
    );
    if (outcome.done) offers.dismiss(where, offerId);
    return outcome;
  },
};
