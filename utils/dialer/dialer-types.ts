/**
 * The result types every part of the dialer client speaks. A call never throws: it answers a
 * `DialerResult`, either a success with a typed value or a `DialerFailure` whose `kind` tells
 * the caller what to do next (fix a field, fix the credentials, try later, ...).
 */

export const DIALER_FUNCTIONS = [
  'add_user',
  'update_user',
  'add_list',
  'active_lists',
  'add_multi_lead',
  'add_lead',
  'version',
] as const;
export type DialerFunction = (typeof DIALER_FUNCTIONS)[number];

export const DIALER_BACKENDS = ['elision', 'vicidial'] as const;
export type DialerBackend = (typeof DIALER_BACKENDS)[number];

/**
 * - auth: the API user or password was refused (never retried: 10 failures lock the account).
 * - permission: logged in, but the API user may not do this.
 * - invalid: a value breaks a rule (ours before sending, or the dialer's in its reply).
 * - exists: the user or list is already there.
 * - not_found: something the request refers to does not exist (user, user group, campaign, list).
 * - unavailable: no usable answer from the server (HTTP 5xx, timeout, network, cancelled).
 * - malformed: an answer that is not a dialer reply (HTML page, garbage, cut off).
 * - unsupported: the configured back end has no such function (stock VICIdial: active_lists).
 */
export const FAILURE_KINDS = [
  'auth',
  'permission',
  'invalid',
  'exists',
  'not_found',
  'unavailable',
  'malformed',
  'unsupported',
] as const;
export type FailureKind = (typeof FAILURE_KINDS)[number];

export interface FieldIssue {
  field: string;
  message: string;
}

export interface DialerFailure {
  ok: false;
  kind: FailureKind;
  /** One or two sentences a person can act on; never contains a password. */
  message: string;
  /** The request field the failure is about, when known (`agent_user_group`, `list_id`, ...). */
  field?: string;
  /** Every rule a request broke, when the client refused it before sending. */
  issues?: readonly FieldIssue[];
  /** The dialer's own reason text, e.g. `USER ALREADY EXISTS`. */
  reason?: string;
  httpStatus?: number;
  /** Trying the same request again later may succeed (server down, timeout, cut reply). */
  retryable: boolean;
  /**
   * The request may have reached the dialer and been applied although no usable reply came
   * back (timeout after sending, dropped connection, cut reply, crashed server). A call that
   * is not safe to repeat (adding leads) must not be resent blindly when this is true.
   */
  maybeApplied: boolean;
  /**
   * An earlier attempt of this call lost its reply, so an `exists` answer may mean that the
   * earlier attempt did the work.
   */
  afterLostReply?: boolean;
  /** The reply as received, passwords masked, cut to a readable size: for logs and details. */
  raw?: string;
}

export interface DialerSuccess<T> {
  ok: true;
  value: T;
  /** NOTICE lines and recoveries worth showing (e.g. "ignored 2 stray characters"). */
  notices: string[];
  /** The reply as received, passwords masked, cut to a readable size. */
  raw: string;
}

export type DialerResult<T> = DialerSuccess<T> | DialerFailure;

/** `SUCCESS: <function> <REASON> - <data>|<data>…` split up. */
export interface TextReplyValue {
  reason: string;
  data: string[];
}

export interface AddListValue {
  message: string;
  listId?: string;
  listName?: string;
  campaignId?: string;
}

export interface ActiveList {
  /** The entry as the dialer sent it, e.g. `TESTING-20042018-20042018-hardik`. */
  entry: string;
  campaignId: string;
  listId: string;
  listName: string;
  /** More than one split fits the rules; the one with the shortest campaign id was taken. */
  ambiguous: boolean;
}

export interface ActiveListsValue {
  lists: ActiveList[];
  /** Entries that could not be split into campaign, list id and name, as sent. */
  unreadable: string[];
  /** False when the reply was cut off or damaged and more lists may exist. */
  complete: boolean;
}

export interface LeadFailureInfo {
  kind: FailureKind;
  message: string;
  field?: string;
  reason?: string;
}

/** One entry of add_multi_lead's per-lead map; `position` is 0-based within the batch. */
export type LeadReply =
  | { position: number; ok: true; leadId?: string; message: string; data: string }
  | { position: number; ok: false; failure: LeadFailureInfo; data: string };

export interface AddMultiLeadValue {
  leads: LeadReply[];
  /** False when the reply was cut off: leads it does not mention may or may not exist. */
  complete: boolean;
}

export interface AddLeadValue {
  phoneNumber: string;
  listId?: string;
  leadId?: string;
  gmtOffset?: string;
  data: string[];
}

export interface VersionValue {
  version: string;
  build?: string;
  /** Every `KEY: value` pair of the reply. */
  fields: Record<string, string>;
}

export interface ReplyValues {
  add_user: TextReplyValue;
  update_user: TextReplyValue;
  add_list: AddListValue;
  active_lists: ActiveListsValue;
  add_multi_lead: AddMultiLeadValue;
  add_lead: AddLeadValue;
  version: VersionValue;
}

export type ParsedReply<F extends DialerFunction> = DialerResult<ReplyValues[F]>;

type FailureDetails = Partial<Omit<DialerFailure, 'ok' | 'kind' | 'message'>>;

/**
 * A failure with the defaults that fit most kinds: not retryable, not applied. Transport
 * failures override both.
 */
export function failure(
  kind: FailureKind,
  message: string,
  details: FailureDetails = {},
): DialerFailure {
  return { ok: false, kind, message, retryable: false, maybeApplied: false, ...details };
}

export function success<T>(value: T, raw: string, notices: string[] = []): DialerSuccess<T> {
  return { ok: true, value, notices, raw };
}
