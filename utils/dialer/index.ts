/**
 * The dialer API client. The background worker talks to the dialer only through this module:
 * no other code builds dialer URLs or reads dialer replies.
 */

export { splitActiveListEntry } from './active-lists';
export {
  type BatchLimits,
  type BatchPlan,
  DEFAULT_MAX_LEADS_PER_BATCH,
  DEFAULT_MAX_REQUEST_BYTES,
  planLeadBatches,
} from './batch-leads';
export type { CallOptions, DialerLogEntry } from './call-dialer';
export type { ConnectionInfo } from './connection-test';
export {
  createDialerClient,
  DEFAULT_API_PATHS,
  type DialerClient,
  type DialerClientConfig,
  type UpsertValue,
} from './dialer-client';
export * from './dialer-types';
export type { BatchOutcome, LeadExportOptions, LeadExportPlan } from './lead-export';
export type { LeadExportResult, LeadRowResult } from './lead-results';
export { type LeadInput, validateLead } from './lead-schema';
export { MASK, maskSecrets } from './mask-secrets';
export { parseDialerReply, type ReplyContext } from './parse-reply';
export {
  type AddListInput,
  type AddUserInput,
  BLANK,
  type UpdateUserInput,
  type UpsertUserInput,
} from './request-schemas';
export { DEFAULT_RETRY_POLICY, type RetryPolicy } from './retry-policy';
export type { FetchLike } from './transport';
