import { unsupportedActiveLists } from './backend-support';
import {
  type BatchLimits,
  DEFAULT_MAX_LEADS_PER_BATCH,
  DEFAULT_MAX_REQUEST_BYTES,
} from './batch-leads';
import { type CallOptions, createCaller } from './call-dialer';
import { checkConfig, DEFAULT_API_PATHS, type DialerClientConfig, positive } from './client-config';
import { type ConnectionInfo, configWarnings, testConnection } from './connection-test';
import {
  type ActiveListsValue,
  type AddListValue,
  type DialerBackend,
  type DialerResult,
  success,
  type TextReplyValue,
} from './dialer-types';
import {
  type BatchOutcome,
  createLeadExporter,
  type LeadExportOptions,
  type LeadExportPlan,
} from './lead-export';
import type { LeadExportResult } from './lead-results';
import type { LeadInput } from './lead-schema';
import {
  type AddListInput,
  type AddUserInput,
  addListSchema,
  addUserSchema,
  invalidRequest,
  toParams,
  type UpdateUserInput,
  type UpsertUserInput,
  updateUserSchema,
  upsertUserSchema,
  validateRequest,
} from './request-schemas';
import { resolveRetryPolicy } from './retry-policy';
import { unconfiguredClient } from './unconfigured-client';

export { DEFAULT_API_PATHS, type DialerClientConfig } from './client-config';

/**
 * The dialer API client: the only code that builds dialer requests and reads dialer replies.
 * Everything it needs from the outside world is passed in (fetch, sleep, random, clock), so it
 * runs the same in the service worker and in plain Node tests. No method throws.
 */

export interface UpsertValue {
  action: 'added' | 'updated';
  reason: string;
}

export interface DialerClient {
  readonly backend: DialerBackend;
  /** Configuration advice (plain http, password characters); also part of testConnection. */
  readonly warnings: readonly string[];
  addUser(input: AddUserInput, options?: CallOptions): Promise<DialerResult<TextReplyValue>>;
  updateUser(input: UpdateUserInput, options?: CallOptions): Promise<DialerResult<TextReplyValue>>;
  /** add_user; when the user already exists, update_user with the same fields. */
  upsertUser(input: UpsertUserInput, options?: CallOptions): Promise<DialerResult<UpsertValue>>;
  addList(input: AddListInput, options?: CallOptions): Promise<DialerResult<AddListValue>>;
  /** Elision only; stock VICIdial answers `unsupported` (let the user type the list id). */
  activeLists(options?: CallOptions): Promise<DialerResult<ActiveListsValue>>;
  /** Every lead, batched (Elision) or one call each (stock VICIdial); a result per row. */
  addMultiLead(leads: readonly LeadInput[], options?: LeadExportOptions): Promise<LeadExportResult>;
  /** The batches addMultiLead would send, for a job runner that persists them. */
  planLeadExport(leads: readonly unknown[]): LeadExportPlan;
  /** Sends one batch of a plan; rows index into `leads`. */
  sendLeadBatch(
    leads: readonly unknown[],
    rows: readonly number[],
    signal?: AbortSignal,
  ): Promise<BatchOutcome>;
  testConnection(options?: { signal?: AbortSignal }): Promise<DialerResult<ConnectionInfo>>;
  /** After a refused login every call is refused unsent until this is called (or a new client). */
  resetAuthBlock(): void;
}

export function createDialerClient(config: DialerClientConfig): DialerClient {
  const backend: DialerBackend = config.backend ?? 'elision';
  const issues = checkConfig(config);
  if (issues.length > 0)
    return unconfiguredClient(backend, invalidRequest(issues, 'The dialer settings'));

  const url = `${config.baseUrl.replace(/\/+$/, '')}${config.apiPath ?? DEFAULT_API_PATHS[backend]}`;
  const caller = createCaller({
    url,
    apiUser: config.apiUser,
    apiPass: config.apiPass,
    source: config.source,
    method: config.method ?? 'GET',
    timeoutMs: positive(config.timeoutMs, 30_000),
    retry: resolveRetryPolicy(config.retry),
    fetch: config.fetch,
    sleep: config.sleep,
    random: config.random,
    now: config.now ?? Date.now,
    onLog: config.onLog,
  });
  const limits: BatchLimits = {
    maxRequestBytes: positive(config.maxRequestBytes, DEFAULT_MAX_REQUEST_BYTES),
    maxLeadsPerBatch: positive(config.maxLeadsPerBatch, DEFAULT_MAX_LEADS_PER_BATCH),
  };
  const exporter = createLeadExporter({
    backend,
    caller,
    limits,
    concurrency: Math.floor(positive(config.leadConcurrency, 4)),
    groupSize: 50,
  });
  const warnings = configWarnings(url, config.apiPass);

  async function addUser(input: AddUserInput, options?: CallOptions) {
    const valid = validateRequest(addUserSchema, input, 'This user');
    if (!valid.ok) return valid;
    return (await caller.call('add_user', toParams(valid.value), options)).result;
  }

  async function updateUser(input: UpdateUserInput, options?: CallOptions) {
    const valid = validateRequest(updateUserSchema, input, 'This user');
    if (!valid.ok) return valid;
    const params = toParams(valid.value);
    if (params.length < 2) {
      return invalidRequest(
        [
          {
            field: 'agent_user',
            message: 'Nothing to update: give at least one field besides agent_user.',
          },
        ],
        'This update',
      );
    }
    return (await caller.call('update_user', params, options)).result;
  }

  async function upsertUser(
    input: UpsertUserInput,
    options?: CallOptions,
  ): Promise<DialerResult<UpsertValue>> {
    // Checked whole before anything is sent, so an add can't succeed and its update then fail.
    const valid = validateRequest(upsertUserSchema, input, 'This user');
    if (!valid.ok) return valid;
    const { active, ...fields } = valid.value;
    const added = await addUser(fields, options);
    if (added.ok) {
      if (active !== 'N')
        return success({ action: 'added', reason: added.value.reason }, added.raw, added.notices);
      // add_user has no `active`; a user created inactive needs an update right after.
      const deactivated = await updateUser({ agent_user: fields.agent_user, active }, options);
      if (!deactivated.ok)
        return {
          ...deactivated,
          message: `The user was added, but could not be made inactive: ${deactivated.message}`,
        };
      return success({ action: 'added', reason: added.value.reason }, added.raw, added.notices);
    }
    if (added.kind !== 'exists') return added;
    const updated = await updateUser({ ...fields, ...(active ? { active } : {}) }, options);
    if (!updated.ok) return updated;
    const notices = added.afterLostReply
      ? [
          'The first add attempt lost its reply; the user may have been added by it and then updated.',
        ]
      : [];
    return success({ action: 'updated', reason: updated.value.reason }, updated.raw, [
      ...notices,
      ...updated.notices,
    ]);
  }

  async function addList(
    input: AddListInput,
    options?: CallOptions,
  ): Promise<DialerResult<AddListValue>> {
    const valid = validateRequest(addListSchema, input, 'This list');
    if (!valid.ok) return valid;
    const { result } = await caller.call('add_list', toParams(valid.value), options);
    if (!result.ok) return result;
    // Fill in what a text reply does not echo from what was sent (and accepted unchanged).
    const { list_id, list_name, campaign_id } = valid.value;
    const value = {
      ...result.value,
      listId: result.value.listId ?? list_id,
      listName: result.value.listName ?? list_name,
      campaignId: result.value.campaignId ?? campaign_id,
    };
    return { ...result, value };
  }

  async function activeLists(options?: CallOptions): Promise<DialerResult<ActiveListsValue>> {
    if (backend === 'vicidial') return unsupportedActiveLists();
    return (await caller.call('active_lists', [], options)).result;
  }

  return {
    backend,
    warnings,
    addUser,
    updateUser,
    upsertUser,
    addList,
    activeLists,
    addMultiLead: (leads, options) => exporter.exportLeads(leads, options),
    planLeadExport: (leads) => exporter.plan(leads),
    sendLeadBatch: (leads, rows, signal) => exporter.sendBatch(leads, rows, signal),
    testConnection: (options) => testConnection(backend, caller, warnings, options?.signal),
    resetAuthBlock: () => caller.resetAuthBlock(),
  };
}
