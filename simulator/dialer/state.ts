import {
  seedCampaigns,
  seedLeads,
  seedLists,
  seedPhones,
  seedUserGroups,
  seedUsers,
} from './seed-data';
import type { LeadColumn } from './tables';

/**
 * The dialer's data, shaped like the VICIdial tables it stands for (snake_case columns, so a
 * state dump reads like the real database). Plain data only: it is dumped as JSON for tests.
 */

export type YesNo = 'Y' | 'N';

export interface DialerUser {
  user: string;
  pass: string;
  full_name: string;
  /** A number, not 1-9: real servers accept a level of 15 from add_user (see reality doc). */
  user_level: number;
  user_group: string;
  phone_login: string;
  phone_pass: string;
  voicemail_id: string;
  email: string;
  active: YesNo;
  /** "modify users": needed (with level >= 8) for add_user and update_user. */
  modify_users: boolean;
  /** "modify lists": needed (with level >= 8) for add_list. */
  modify_lists: boolean;
  /** "modify leads": needed (with level >= 8) for stock VICIdial's add_lead. */
  modify_leads: boolean;
  /** May add or update users at its own level (VICIdial's `modify_same_user_level`). */
  modify_same_user_level: boolean;
  /** Functions this user may call through the API; `ALL_FUNCTIONS` allows all. */
  api_allowed_functions: string[];
  /** Failed logins counted towards the 10-in-15-minutes lock. */
  failed_login_count: number;
  /** Epoch ms of the last failed login, or null. */
  last_failed_login: number | null;
}

export interface DialerUserGroup {
  user_group: string;
  group_name: string;
}

export interface DialerCampaign {
  campaign_id: string;
  campaign_name: string;
  active: YesNo;
}

export interface DialerList {
  list_id: string;
  list_name: string;
  campaign_id: string;
  active: YesNo;
}

/** A phone (softphone extension) an agent can log into; update_user checks phone_login here. */
export interface DialerPhone {
  login: string;
  pass: string;
  extension: string;
}

export type DialerLead = {
  lead_id: number;
  list_id: string;
  status: string;
  /** ISO time the lead was added. */
  entry_date: string;
  /** The API user that added it. */
  user: string;
} & Record<LeadColumn, string>;

export interface DialerState {
  users: DialerUser[];
  userGroups: DialerUserGroup[];
  campaigns: DialerCampaign[];
  lists: DialerList[];
  phones: DialerPhone[];
  leads: DialerLead[];
  /** The next lead id handed out (auto-increment). */
  nextLeadId: number;
}

/**
 * A fresh dialer seeded with the seed document's examples (see seed-data.ts). Each call returns
 * new objects, so tests can mutate one state without affecting another.
 */
export function createDialerState(): DialerState {
  const leads = seedLeads();
  const lastLeadId = leads.reduce((max, lead) => Math.max(max, lead.lead_id), 0);
  return {
    users: seedUsers(),
    userGroups: seedUserGroups(),
    campaigns: seedCampaigns(),
    lists: seedLists(),
    phones: seedPhones(),
    leads,
    nextLeadId: lastLeadId + 1,
  };
}

export function findUser(state: DialerState, user: string): DialerUser | undefined {
  return state.users.find((u) => u.user === user);
}

export function findList(state: DialerState, listId: string): DialerList | undefined {
  return state.lists.find((l) => l.list_id === listId);
}
