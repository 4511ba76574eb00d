import browser from 'webextension-polyfill';
import { replyEnvelopeSchema } from './envelope';
import { type MessageType, protocol, type RequestOf, type ResponseOf } from './protocol';

/**
 * Sends a message to the background and parses its reply with the same protocol schema the
 * background used: a reply that does not match is an error here, not a silent `as`.
 */
export async function sendMessage<T extends MessageType>(
  type: T,
  payload: RequestOf<T>,
): Promise<ResponseOf<T>> {
  const raw: unknown = await browser.runtime.sendMessage({ type, payload });
  const envelope = replyEnvelopeSchema.safeParse(raw);
  if (!envelope.success) throw new Error(`${type}: the background sent no valid reply`);
  if (!envelope.data.ok) throw new Error(envelope.data.error);
  const data = protocol[type].response.safeParse(envelope.data.data);
  if (!data.success) throw new Error(`${type}: unexpected reply from the background`);
  return data.data as ResponseOf<T>;
}
