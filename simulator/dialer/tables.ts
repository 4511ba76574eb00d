/**
 * Constants of the dialer's tables: column sizes (values are cut to them on storage, as MySQL
 * does) and special column values. Kept apart from state.ts so seed data and functions can
 * share them without import cycles.
 */

/** `api_allowed_functions` value that allows every function, as in VICIdial. */
export const ALL_FUNCTIONS = 'ALL_FUNCTIONS';

/** Column sizes of `vicidial_users`, as the seed's rules give them. */
export const USER_COLUMNS = {
  user: 20,
  pass: 20,
  full_name: 50,
  user_group: 20,
  phone_login: 20,
  phone_pass: 20,
  voicemail_id: 10,
  email: 100,
} as const;

export const LIST_NAME_SIZE = 30;

/** `vicidial_list` text columns a lead may carry, with their sizes (truncated on storage). */
export const LEAD_COLUMNS = {
  phone_code: 10,
  phone_number: 18,
  vendor_lead_code: 20,
  source_id: 50,
  title: 4,
  first_name: 30,
  middle_initial: 1,
  last_name: 30,
  address1: 100,
  address2: 100,
  address3: 100,
  city: 50,
  state: 2,
  province: 50,
  postal_code: 10,
  country_code: 3,
  gender: 1,
  date_of_birth: 10,
  alt_phone: 12,
  email: 70,
  security_phrase: 100,
  comments: 255,
  owner: 20,
  rank: 5,
} as const;

export type LeadColumn = keyof typeof LEAD_COLUMNS;

/** A lead with every text column empty, as a fresh `vicidial_list` row. */
export function emptyLead(): Record<LeadColumn, string> {
  const lead = {} as Record<LeadColumn, string>;
  for (const column of Object.keys(LEAD_COLUMNS) as LeadColumn[]) lead[column] = '';
  return lead;
}
