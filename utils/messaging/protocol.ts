import * as z from 'zod/mini';
import { settingsSchema } from '../settings/settings-schema';
import { adminMessages } from './admin-messages';
import { callMessages } from './call-messages';
import { dockMessages } from './dock-messages';
import { importMessages } from './import-messages';
import { jobMessages } from './job-messages';
import { loginMessages } from './login-messages';
import type { SenderKind } from './sender';

/** What a page may know of the settings: everything but the secrets, and whether each is set. */
export const publicSettingsSchema = z.object({
  settings: settingsSchema,
  secretsSet: z.object({ apiPass: z.boolean(), agentPhonePass: z.boolean() }),
  problems: z.array(z.object({ field: z.string(), message: z.string() })),
});
export type PublicSettings = z.infer<typeof publicSettingsSchema>;

const problemsSchema = z.array(z.object({ field: z.string(), message: z.string() }));

const secretPatchSchema = z.object({
  apiPass: z.optional(z.string()),
  agentPhonePass: z.optional(z.string()),
});

/**
 * Every message the background answers, declared once: who may send it, what its payload
 * must be and what its reply is. The router parses both sides with these schemas.
 */
export const protocol = {
  'settings/get': {
    from: ['extension-page'],
    request: z.object({}),
    response: publicSettingsSchema,
  },
  'settings/save': {
    from: ['extension-page'],
    request: z.object({
      settings: z.record(z.string(), z.unknown()),
      /** A secret that is absent stays as it is; an empty string clears it. */
      secrets: z.optional(secretPatchSchema),
    }),
    response: z.union([
      z.object({ ok: z.literal(true), settings: publicSettingsSchema }),
      z.object({ ok: z.literal(false), problems: problemsSchema }),
    ]),
  },
  'sites/set': {
    from: ['extension-page'],
    request: z.object({ origin: z.string(), enabled: z.boolean() }),
    response: z.union([
      z.object({ ok: z.literal(true), settings: publicSettingsSchema }),
      z.object({ ok: z.literal(false), problems: problemsSchema }),
    ]),
  },
  'sites/remove': {
    from: ['extension-page'],
    request: z.object({ origin: z.string() }),
    response: publicSettingsSchema,
  },
  'dialer/test-connection': {
    from: ['extension-page'],
    request: z.object({}),
    response: z.object({
      ok: z.boolean(),
      /** What worked, or exactly what is wrong, in words a person can act on. */
      message: z.string(),
      warnings: z.array(z.string()),
    }),
  },
  ...callMessages,
  ...loginMessages,
  ...jobMessages,
  ...adminMessages,
  ...dockMessages,
  ...importMessages,
} satisfies Record<
  string,
  { from: readonly SenderKind[]; request: z.ZodMiniType; response: z.ZodMiniType }
>;

export type Protocol = typeof protocol;
export type MessageType = keyof Protocol;
export type RequestOf<T extends MessageType> = z.infer<Protocol[T]['request']>;
export type ResponseOf<T extends MessageType> = z.infer<Protocol[T]['response']>;
