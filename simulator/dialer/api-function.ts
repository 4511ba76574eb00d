import type { ApiParams, ApiReply } from './api-reply';
import type { DialerState, DialerUser } from './state';

/** What one API function receives once authentication, source and function checks passed. */
export interface ApiFunctionContext {
  state: DialerState;
  params: ApiParams;
  /** The authenticated API user's record. */
  apiUser: DialerUser;
  /** `user` and `pass` exactly as sent: replies echo them. */
  user: string;
  pass: string;
  /** Epoch ms, for lead entry dates. */
  now: number;
}

/** One API function: reads params, may change state, always answers (never throws). */
export type ApiFunction = (ctx: ApiFunctionContext) => ApiReply;
