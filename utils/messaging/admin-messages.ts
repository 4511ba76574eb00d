import * as z from 'zod/mini';
import { LIST_FIELDS, USER_FIELDS } from '../crm-admin/admin-form-rule';
import type { SenderKind } from './sender';

const failureSchema = z.object({
  ok: z.literal(false),
  /** The dialer client's failure kind (auth, permission, invalid, unavailable, ...). */
  kind: z.string(),
  message: z.string(),
});

/**
 * The background's reply to each message the CRM-screen follower sends: all that content
 * script parses, so it bundles and builds these and not the table below (see
 * createContentSender).
 */
export const crmAdminResponses = {
  'crm-admin/saved': z.object({ held: z.boolean(), text: z.string() }),
  /** Offers of this tab; with `auto` they are `started` already (their result: crm-admin/result). */
  'crm-admin/offers': z.object({
    offers: z.array(
      z.object({
        offerId: z.string(),
        text: z.string(),
        /** The offer's button, e.g. "Create" or "Update". */
        acceptLabel: z.string(),
        /** `failed`: started straight away (`auto`) but refused before anything was sent. */
        state: z.enum(['offered', 'started', 'failed']),
      }),
    ),
  }),
  'crm-admin/answer': z.object({
    ok: z.boolean(),
    text: z.string(),
    jobId: z.optional(z.string()),
  }),
  'crm-admin/result': z.object({ done: z.boolean(), ok: z.boolean(), text: z.string() }),
};

/** A value read from a CRM form: the seed's longest field is 100 characters (email). */
const formValue = /* @__PURE__ */ z.string().check(z.maxLength(255));

/**
 * Admin reads from the dialer (popup status, the import page's list picker) and the CRM-screen
 * follower: a content script that sees a user or list saved on the CRM's admin screens.
 */
export const adminMessages = {
  'dialer/status': {
    from: ['extension-page'],
    request: z.object({ refresh: z.optional(z.boolean()) }),
    response: z.object({
      configured: z.boolean(),
      answers: z.enum(['yes', 'no', 'unknown']),
      message: z.string(),
      checkedAt: z.nullable(z.number()),
    }),
  },
  'dialer/active-lists': {
    from: ['extension-page'],
    request: z.object({}),
    response: z.union([
      z.object({
        ok: z.literal(true),
        lists: z.array(
          z.object({
            entry: z.string(),
            campaignId: z.string(),
            listId: z.string(),
            listName: z.string(),
            ambiguous: z.boolean(),
          }),
        ),
        unreadable: z.array(z.string()),
        complete: z.boolean(),
      }),
      failureSchema,
    ]),
  },
  'crm-admin/saved': {
    from: ['content-script'],
    /**
     * Sent when an admin form of the CRM is submitted, before the CRM answers: the background
     * holds it in memory (never in storage, the password is in it) until the next page says
     * whether the save worked (`crm-admin/offers`).
     */
    request: z.discriminatedUnion('entity', [
      z.object({
        entity: z.literal('user'),
        /** Seed add_user/update_user field names; the password only goes to the background. */
        user: z.partialRecord(z.enum(USER_FIELDS), formValue),
        isNew: z.boolean(),
      }),
      z.object({
        entity: z.literal('list'),
        list: z.partialRecord(z.enum(LIST_FIELDS), formValue),
      }),
    ]),
    response: crmAdminResponses['crm-admin/saved'],
  },
  'crm-admin/offers': {
    from: ['content-script'],
    /**
     * What this page says about the last submit: `saved` (the CRM's success sign), `refused`
     * (the form came back with errors: the held save is dropped) or `none` (nothing to say).
     */
    request: z.object({ outcome: z.enum(['saved', 'refused', 'none']) }),
    response: crmAdminResponses['crm-admin/offers'],
  },
  'crm-admin/answer': {
    from: ['content-script'],
    request: z.object({ offerId: z.string(), accept: z.boolean() }),
    response: crmAdminResponses['crm-admin/answer'],
  },
  'crm-admin/result': {
    from: ['content-script'],
    /** Waits (a bounded time) for the offer's job to finish. */
    request: z.object({ offerId: z.string() }),
    response: crmAdminResponses['crm-admin/result'],
  },
} satisfies Record<
  string,
  { from: readonly SenderKind[]; request: z.ZodMiniType; response: z.ZodMiniType }
>;

/** The messages the CRM-screen follower (a content script) sends. */
export type CrmAdminMessages = Pick<typeof adminMessages, keyof typeof crmAdminResponses>;
