import type { Handlers } from '../messaging/router';

type AdminHandlers = Pick<
  Handlers,
  | 'dialer/status'
  | 'dialer/active-lists'
  | 'crm-admin/saved'
  | 'crm-admin/offers'
  | 'crm-admin/answer'
>;

const notYet = () => Promise.reject(new Error('admin sync is not built yet'));

/** Dialer status and list reads for the pages; the CRM-screen follower's offers. */
export const adminHandlers: AdminHandlers = {
  'dialer/status': notYet,
  'dialer/active-lists': notYet,
  'crm-admin/saved': notYet,
  'crm-admin/offers': notYet,
  'crm-admin/answer': notYet,
};
