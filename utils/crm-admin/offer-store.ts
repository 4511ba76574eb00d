import type { JobInput } from '../jobs/job-types';
import { type PlannedSync, planSync } from './job-from-save';
import type { AdminSave, SaveOutcome } from './read-admin-form';

/** A submit waits this long for the next page to say whether the CRM saved it. */
export const PENDING_MS = 2 * 60_000;
/** An offer nobody answered is dropped, with the password in it, after this long. */
export const OFFER_MS = 10 * 60_000;

export interface Offer {
  offerId: string;
  text: string;
  acceptLabel: string;
  subject: string;
  state: 'offered' | 'started';
  jobId?: string;
}

interface Held {
  where: string;
  at: number;
  plan: PlannedSync;
}

interface HeldOffer extends Offer {
  where: string;
  at: number;
  /** The job input, with the CRM password in it: gone as soon as the job is started. */
  input?: JobInput;
}

/**
 * The CRM-screen follower's memory: a submitted admin form until the next page says it was
 * saved, then an offer until it is answered. Held in the service worker's memory only (the
 * password typed into the CRM is in it), keyed by tab and origin (`where`); a worker stop loses
 * it, and the admin sees no offer rather than one that kept a password in storage.
 */
export function createOfferStore({
  now = Date.now,
  newId = (): string => crypto.randomUUID(),
}: {
  now?: () => number;
  newId?: () => string;
} = {}) {
  const pending = new Map<string, Held>();
  const offers = new Map<string, HeldOffer>();

  const expire = () => {
    const time = now();
    for (const [where, held] of pending) if (time - held.at > PENDING_MS) pending.delete(where);
    for (const [id, offer] of offers) if (time - offer.at > OFFER_MS) offers.delete(id);
  };
  const view = ({ offerId, text, acceptLabel, subject, state, jobId }: HeldOffer): Offer => ({
    offerId,
    text,
    acceptLabel,
    subject,
    state,
    ...(jobId ? { jobId } : {}),
  });

  return {
    /** A form was submitted; the latest submit of a tab replaces an earlier one. */
    hold(where: string, save: AdminSave): PlannedSync {
      expire();
      const plan = planSync(save);
      pending.set(where, { where, at: now(), plan });
      return plan;
    },

    /**
     * The page after the submit says how it went: `saved` turns the held submit into an
     * offer, `refused` drops it. Returns the offers that were made now (to start at once with
     * `auto`) and all offers of this tab.
     */
    settle(where: string, outcome: SaveOutcome): { added: Offer[]; all: Offer[] } {
      expire();
      const held = pending.get(where);
      const added: Offer[] = [];
      if (held && outcome !== 'none') {
        pending.delete(where);
        if (outcome === 'saved') {
          const offer: HeldOffer = {
            offerId: newId(),
            text: held.plan.question,
            acceptLabel: held.plan.acceptLabel,
            subject: held.plan.subject,
            state: 'offered',
            where,
            at: now(),
            input: held.plan.input,
          };
          offers.set(offer.offerId, offer);
          added.push(view(offer));
        }
      }
      const all = [...offers.values()].filter((offer) => offer.where === where).map(view);
      return { added, all };
    },

    /** Takes the offer's job input out (only once): the caller starts the job with it. */
    take(where: string, offerId: string): { input: JobInput; offer: Offer } | null {
      expire();
      const offer = offers.get(offerId);
      if (!offer || offer.where !== where || !offer.input) return null;
      const { input } = offer;
      delete offer.input;
      return { input, offer: view(offer) };
    },

    /** The job was started (or could not be): remember its id for the result, or forget it. */
    started(offerId: string, jobId: string | null) {
      const offer = offers.get(offerId);
      if (!offer) return;
      if (jobId === null) offers.delete(offerId);
      else Object.assign(offer, { state: 'started', jobId, at: now() });
    },

    find(where: string, offerId: string): Offer | null {
      const offer = offers.get(offerId);
      return offer && offer.where === where ? view(offer) : null;
    },

    dismiss(where: string, offerId: string): boolean {
      const offer = offers.get(offerId);
      if (!offer || offer.where !== where) return false;
      offers.delete(offerId);
      return true;
    },

    /** For tests: whether anything the store holds contains the text. */
    holds(text: string): boolean {
      return JSON.stringify([[...pending.values()], [...offers.values()]]).includes(text);
    },
  };
}

export type OfferStore = ReturnType<typeof createOfferStore>;
