import type { DialerLogEntry } from './call-dialer';
import type { DialerBackend, FieldIssue } from './dialer-types';
import { checkText, FIELD_RULES } from './field-rules';
import type { RequestMethod } from './request-encoding';
import type { RetryPolicy } from './retry-policy';
import type { FetchLike } from './transport';

/** What a dialer client is created from, and the check of it. */

export const DEFAULT_API_PATHS: Readonly<Record<DialerBackend, string>> = {
  elision: '/dialer/elision_api.php',
  vicidial: '/vicidial/non_agent_api.php',
};

export interface DialerClientConfig {
  /** e.g. https://dialer.example.com (a path prefix is kept: https://host/prefix). */
  baseUrl: string;
  /** Defaults to the back end's usual path. */
  apiPath?: string;
  apiUser: string;
  apiPass: string;
  /** The seed's `source`: 2-20 letters and digits, shown in the dialer's API log. */
  source: string;
  backend?: DialerBackend;
  /** GET (default) sends everything in the query string; POST as a form body. */
  method?: RequestMethod;
  /** Per request, until the whole reply has arrived. Default 30 s. */
  timeoutMs?: number;
  retry?: Partial<RetryPolicy>;
  /** Lead batches: request line (GET) or body (POST) size limit. Default 8,000 bytes. */
  maxRequestBytes?: number;
  maxLeadsPerBatch?: number;
  /** Stock VICIdial: add_lead calls in flight at once. Default 4. */
  leadConcurrency?: number;
  fetch: FetchLike;
  sleep: (ms: number) => Promise<void>;
  random: () => number;
  now?: () => number;
  /** Every request attempt, passwords masked: for the background's log. */
  onLog?: (entry: DialerLogEntry) => void;
}

export function checkConfig(config: DialerClientConfig): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const add = (field: string, message: string) => issues.push({ field, message });
  try {
    const url = new URL(config.baseUrl);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error('protocol');
  } catch {
    add('baseUrl', 'Dialer URL: must be a full http:// or https:// address.');
  }
  if (config.apiPath !== undefined && !/^\/\S*$/.test(config.apiPath)) {
    add('apiPath', 'API path: must start with / and contain no spaces.');
  }
  if (!config.apiUser) add('apiUser', 'API user: required.');
  if (!config.apiPass) add('apiPass', 'API password: required.');
  for (const message of checkText('source', FIELD_RULES.source, config.source ?? ''))
    add('source', message);
  if (
    config.backend !== undefined &&
    config.backend !== 'elision' &&
    config.backend !== 'vicidial'
  ) {
    add('backend', 'Back end: must be elision or vicidial.');
  }
  if (config.method !== undefined && config.method !== 'GET' && config.method !== 'POST') {
    add('method', 'Request method: must be GET or POST.');
  }
  return issues;
}

export const positive = (value: number | undefined, fallback: number) =>
  value !== undefined && Number.isFinite(value) && value > 0 ? value : fallback;
