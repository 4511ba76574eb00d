import { LEAD_FIELD_RULES } from '../dialer/lead-schema';
import { USER_FIELDS } from '../dialer/user-fields';

/**
 * What a CSV column can be mapped to, per import mode. Lead targets are the lead fields of
 * lead-schema.ts, plus `full_name`: a single name column split into first_name (the first word)
 * and last_name (the rest), shown split in the preview so nothing changes unseen.
 */
export type ImportMode = 'leads' | 'users';

export const LEAD_TARGETS = [
  'phone_number',
  'phone_code',
  'full_name',
  ...(Object.keys(LEAD_FIELD_RULES).filter((field) => field !== 'phone_code') as Exclude<
    keyof typeof LEAD_FIELD_RULES,
    'phone_code'
  >[]),
] as const;
export type LeadTarget = (typeof LEAD_TARGETS)[number];

/** The seed's add_user / update_user fields (upsert takes all of them). */
export const USER_TARGETS = USER_FIELDS;
export type UserTarget = (typeof USER_TARGETS)[number];

export type ImportTarget = LeadTarget | UserTarget;

/** Per column: the field it fills, or '' for a column that is not imported. */
export type ColumnMapping = readonly (ImportTarget | '')[];

export function targetsOf(mode: ImportMode): readonly ImportTarget[] {
  return mode === 'leads' ? LEAD_TARGETS : USER_TARGETS;
}

export const REQUIRED_TARGETS: Record<ImportMode, readonly ImportTarget[]> = {
  leads: ['phone_number'],
  users: ['agent_user'],
};

const LABELS: Partial<Record<ImportTarget, string>> = {
  phone_number: 'Phone number',
  phone_code: 'Country calling code',
  full_name: 'Full name (split into first and last name)',
  first_name: 'First name',
  last_name: 'Last name',
  middle_initial: 'Middle initial',
  vendor_lead_code: 'Vendor lead code (CRM id)',
  source_id: 'Source id',
  postal_code: 'Postal code',
  country_code: 'Country code',
  date_of_birth: 'Date of birth',
  alt_phone: 'Alternative phone',
  security_phrase: 'Security phrase',
  agent_user: 'User (agent_user)',
  agent_pass: 'Password (agent_pass)',
  agent_user_level: 'User level (agent_user_level)',
  agent_full_name: 'Full name (agent_full_name)',
  agent_user_group: 'User group (agent_user_group)',
  phone_login: 'Phone login',
  phone_pass: 'Phone password',
  voicemail_id: 'Voicemail id',
  active: 'Active (Y or N)',
};

export function targetLabel(target: ImportTarget): string {
  return LABELS[target] ?? target.replace(/_/g, ' ').replace(/^./, (ch) => ch.toUpperCase());
}
