import { createDialDedupe, DIAL_DEDUPE_MS } from './dial-dedupe';
import type { ClickToCallMessage } from './widget-messages';

export type DialStatus = 'sent' | 'duplicate' | 'not-configured' | 'failed';
export interface DialOutcome {
  status: DialStatus;
  message: string;
}

interface ContentDialerOptions {
  /** The widget's exact origin when this CRM runs framed inside the dialer page, else null. */
  framedBy: string | null;
  postToParent(message: ClickToCallMessage, targetOrigin: string): void;
  askBackground(message: ClickToCallMessage): Promise<DialOutcome>;
  now?: () => number;
}

/**
 * Where a call goes from a CRM page. Framed inside the dialer page (the seed's own layout),
 * the parent is the widget: post to it, to its exact origin. Otherwise the background relays
 * to the one dialer window shared by every tab (and de-duplicates across tabs there).
 */
export function createContentDialer(options: ContentDialerOptions) {
  const dedupe = createDialDedupe(DIAL_DEDUPE_MS, options.now);
  return {
    async call(number: {
      countryCallingCode: string;
      nationalNumber: string;
    }): Promise<DialOutcome> {
      const message: ClickToCallMessage = {
        action: 'click_to_call',
        phone_code: number.countryCallingCode,
        phone_number: number.nationalNumber,
      };
      const label = `+${message.phone_code} ${message.phone_number}`;
      if (options.framedBy === null) {
        try {
          return await options.askBackground(message);
        } catch (error) {
          return {
            status: 'failed',
            message: `Could not dial ${label}: ${(error as Error).message}`,
          };
        }
      }
      if (!dedupe.shouldSend(`${message.phone_code}:${message.phone_number}`)) {
        return { status: 'duplicate', message: `Already dialing ${label}` };
      }
      options.postToParent(message, options.framedBy);
      return { status: 'sent', message: `Dialing ${label}` };
    },
  };
}
