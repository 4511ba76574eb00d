/**
 * The seed's add_user / update_user fields (upsert takes all of them; add_user has no
 * `active`). One list for every place that maps something onto a dialer user: the CRM's admin
 * forms, the users CSV import, the message that carries a CRM form to the background.
 */
export const USER_FIELDS = [
  'agent_user',
  'agent_pass',
  'agent_user_level',
  'agent_full_name',
  'agent_user_group',
  'phone_login',
  'phone_pass',
  'voicemail_id',
  'email',
  'active',
] as const;
