import { unsupportedActiveLists } from './backend-support';
import type { DialerClient } from './dialer-client';
import type { DialerBackend, DialerFailure } from './dialer-types';
import type { LeadExportResult } from './lead-results';

/** A client whose settings are invalid: every call answers the settings problem, unsent. */
export function unconfiguredClient(backend: DialerBackend, problem: DialerFailure): DialerClient {
  const fail = async () => problem;
  const rejectAll = (leads: readonly unknown[]): LeadExportResult => ({
    rows: leads.map((_, row) => ({
      row,
      status: 'rejected',
      kind: problem.kind,
      message: problem.message,
      field: problem.field,
      retryable: true,
    })),
    created: 0,
    rejected: leads.length,
    unconfirmed: 0,
    requests: 0,
    largestRequestBytes: 0,
    stoppedBy: problem,
  });
  return {
    backend,
    warnings: [],
    addUser: fail,
    updateUser: fail,
    upsertUser: fail,
    addList: fail,
    activeLists: async () => (backend === 'vicidial' ? unsupportedActiveLists() : problem),
    addMultiLead: async (leads) => rejectAll(leads),
    planLeadExport: (leads) => ({
      refused: rejectAll(leads).rows,
      batches: [],
      largestRequestBytes: 0,
    }),
    sendLeadBatch: async (leads, rows) => ({
      rows: rejectAll(rows.map((row) => leads[row])).rows.map((r, i) => ({
        ...r,
        row: rows[i] as number,
      })),
      requests: 0,
      largestRequestBytes: 0,
      lost: false,
      stop: problem,
    }),
    testConnection: fail,
    resetAuthBlock: () => {},
  };
}
