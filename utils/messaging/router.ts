import { type ReplyEnvelope, requestEnvelopeSchema } from './envelope';
import { type MessageType, protocol, type RequestOf, type ResponseOf } from './protocol';
import { classifySender, type SenderInfo, type SenderKind } from './sender';

export interface HandlerContext {
  sender: SenderInfo;
  kind: SenderKind;
}

export type Handlers = {
  [T in MessageType]: (payload: RequestOf<T>, context: HandlerContext) => Promise<ResponseOf<T>>;
};

const isMessageType = (type: string): type is MessageType => Object.hasOwn(protocol, type);

/**
 * The background's single `runtime.onMessage` listener. Order matters: the sender is checked
 * first, then the message type is looked up and its payload parsed, and only then does a handler
 * run. Anything that fails a check is answered with an error and logged, never handled.
 */
export function createMessageRouter(
  handlers: Handlers,
  own: { id: string; pageBase: string },
  log: (message: string) => void = (message) => console.warn(`[dialer-bridge] ${message}`),
) {
  return async (message: unknown, sender: SenderInfo): Promise<ReplyEnvelope> => {
    const reject = (error: string): ReplyEnvelope => {
      log(error);
      return { ok: false, error };
    };
    const kind = classifySender(sender, own);
    if (!kind) return reject(`Message from an unknown sender refused (${sender.url ?? 'no url'})`);
    const envelope = requestEnvelopeSchema.safeParse(message);
    if (!envelope.success) return reject('Malformed message refused');
    const { type, payload } = envelope.data;
    if (!isMessageType(type)) return reject(`Unknown message type refused: ${type.slice(0, 40)}`);
    const spec = protocol[type];
    if (!(spec.from as readonly SenderKind[]).includes(kind)) {
      return reject(`${type} may not be sent from a ${kind}`);
    }
    const parsed = spec.request.safeParse(payload);
    if (!parsed.success) {
      return reject(`${type}: ${parsed.error.issues[0]?.message ?? 'invalid payload'}`);
    }
    try {
      const handler = handlers[type] as (p: unknown, c: HandlerContext) => Promise<unknown>;
      return { ok: true, data: await handler(parsed.data, { sender, kind }) };
    } catch (error) {
      return reject(`${type} failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  };
}
