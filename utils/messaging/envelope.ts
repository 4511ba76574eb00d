import * as z from 'zod/mini';

/** Every internal message travels as `{ type, payload }`; every reply as a Result. */
export const requestEnvelopeSchema = z.object({ type: z.string(), payload: z.unknown() });

export const replyEnvelopeSchema = z.union([
  z.object({ ok: z.literal(true), data: z.unknown() }),
  z.object({ ok: z.literal(false), error: z.string() }),
]);
export type ReplyEnvelope = z.infer<typeof replyEnvelopeSchema>;
