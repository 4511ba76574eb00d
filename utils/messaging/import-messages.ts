import * as z from 'zod/mini';
import type { SenderKind } from './sender';

/** At most this many numbers come back from one page (a message stays a reasonable size). */
export const MAX_PAGE_CONTACTS = 10_000;

/** One number found on a CRM page, with its row's name fields (see utils/import/page-contacts). */
export const pageContactSchema = z.object({
  e164: z.string(),
  phoneCode: z.string(),
  phoneNumber: z.string(),
  foundIn: z.string(),
  name: z.optional(z.string()),
  firstName: z.optional(z.string()),
  lastName: z.optional(z.string()),
  company: z.optional(z.string()),
  email: z.optional(z.string()),
  city: z.optional(z.string()),
  postalCode: z.optional(z.string()),
});

/** The import page's "export the contacts on this CRM page" (the popup opens it with tabId). */
export const importMessages = {
  'page/contacts': {
    from: ['extension-page'],
    request: z.object({ tabId: z.number() }),
    response: z.union([
      z.object({
        ok: z.literal(true),
        url: z.string(),
        title: z.string(),
        contacts: z.array(pageContactSchema),
        /** Numbers past MAX_PAGE_CONTACTS that were left out (the page says so). */
        left: z.number(),
      }),
      z.object({ ok: z.literal(false), message: z.string() }),
    ]),
  },
} satisfies Record<
  string,
  { from: readonly SenderKind[]; request: z.ZodMiniType; response: z.ZodMiniType }
>;
