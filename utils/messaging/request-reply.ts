import type * as z from 'zod/mini';
import { replyEnvelopeSchema } from './envelope';

interface Runtime {
  sendMessage(message: unknown): Promise<unknown>;
}

/** One request to the background: the envelope and the reply are both parsed, never cast. */
export async function requestReply(
  runtime: Runtime,
  type: string,
  payload: unknown,
  responseSchema: z.ZodMiniType,
): Promise<unknown> {
  const raw = await runtime.sendMessage({ type, payload });
  const envelope = replyEnvelopeSchema.safeParse(raw);
  if (!envelope.success) throw new Error(`${type}: the background sent no valid reply`);
  if (!envelope.data.ok) throw new Error(envelope.data.error);
  const data = responseSchema.safeParse(envelope.data.data);
  if (!data.success) throw new Error(`${type}: unexpected reply from the background`);
  return data.data;
}
