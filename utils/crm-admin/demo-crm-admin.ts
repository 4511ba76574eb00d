import type { AdminFormRule } from './admin-form-rule';

/**
 * The simulator's demo CRM (/crm/admin/users and /crm/admin/lists). No login rule claims the
 * demo CRM (its login is left to the generic heuristics on purpose), so its admin screens are
 * the fallback for pages no CRM rule claims: the form selectors are specific to it.
 * A save redirects with `?saved=<id>`; a refused form is shown again with `admin-errors`.
 */
export const DEMO_CRM_ADMIN_FORMS: readonly AdminFormRule[] = [
  {
    entity: 'user',
    form: 'form[data-testid="user-form"][action="/crm/admin/users"]',
    fields: {
      agent_user: 'input[name="username"]',
      agent_pass: 'input[name="password"]',
      agent_full_name: 'input[name="full_name"]',
      agent_user_level: 'select[name="user_level"]',
      agent_user_group: 'input[name="user_group"]',
      phone_login: 'input[name="phone_login"]',
      phone_pass: 'input[name="phone_pass"]',
      email: 'input[name="email"]',
      active: 'input[name="active"]',
    },
    editing: 'input[name="username"][readonly]',
    saved: { param: 'saved', selector: '[data-testid="admin-saved"]' },
    refused: '[data-testid="admin-errors"]',
  },
  {
    entity: 'list',
    form: 'form[data-testid="list-form"][action="/crm/admin/lists"]',
    fields: {
      list_id: 'input[name="list_id"]',
      list_name: 'input[name="list_name"]',
      campaign_id: 'input[name="campaign_id"]',
      active: 'input[name="active"]',
    },
    saved: { param: 'saved', selector: '[data-testid="admin-saved"]' },
    refused: '[data-testid="admin-errors"]',
  },
];
