import browser from 'webextension-polyfill';
import { type MessageType, protocol, type RequestOf, type ResponseOf } from './protocol';
import { requestReply } from './request-reply';

/**
 * Sends a message from an extension page to the background and parses its reply with the
 * same protocol schema the background used: a reply that does not match is an error here.
 */
export function sendMessage<T extends MessageType>(
  type: T,
  payload: RequestOf<T>,
): Promise<ResponseOf<T>> {
  return requestReply(browser.runtime, type, payload, protocol[type].response) as Promise<
    ResponseOf<T>
  >;
}
