import { randomUUID } from 'node:crypto';

/** A CRM user; the fields mirror the seed's add_user / update_user so they can be synced. */
export interface CrmUser {
  username: string;
  password: string;
  fullName: string;
  /** 1 to 9, as the dialer's agent_user_level. */
  userLevel: number;
  userGroup: string;
  phoneLogin: string;
  phonePass: string;
  email: string;
  active: boolean;
}

/** A CRM list; the fields mirror the seed's add_list. */
export interface CrmList {
  listId: string;
  listName: string;
  campaignId: string;
  active: boolean;
}

export interface CrmState {
  users: CrmUser[];
  lists: CrmList[];
  /** Session token to username. */
  sessions: Map<string, string>;
}

/**
 * The demo users. 1000 / 9999 "Testing Person" is the seed document's own example agent. Phone
 * logins and passes match the dialer simulator's seeded phones (1000 to 1003, pass "test"), so
 * that a widget login built from a CRM user is one the dialer knows.
 */
export function seedUsers(): CrmUser[] {
  return [
    {
      username: '1000',
      password: '9999',
      fullName: 'Testing Person',
      userLevel: 1,
      userGroup: 'AGENTS',
      phoneLogin: '1000',
      phonePass: 'test',
      email: 'testing.person@example.com',
      active: true,
    },
    {
      username: 'agent2',
      password: 'secret2',
      fullName: 'Second Agent',
      userLevel: 1,
      userGroup: 'AGENTS',
      phoneLogin: '1002',
      phonePass: 'test',
      email: 'agent2@example.com',
      active: true,
    },
    {
      username: 'admin',
      password: 'admin123',
      fullName: 'CRM Administrator',
      userLevel: 9,
      userGroup: 'ADMIN',
      phoneLogin: '1001',
      phonePass: 'test',
      email: 'admin@example.com',
      active: true,
    },
    {
      username: 'retired',
      password: 'retired1',
      fullName: 'Former Agent',
      userLevel: 1,
      userGroup: 'AGENTS',
      phoneLogin: '1003',
      phonePass: 'test',
      email: 'former.agent@example.com',
      active: false,
    },
  ];
}

/** 1101 is the seed's example list, as the dialer simulator has it (campaign NIKHIL). */
export function seedLists(): CrmList[] {
  return [
    { listId: '1101', listName: 'Test API list', campaignId: 'NIKHIL', active: true },
    {
      listId: '2024031501',
      listName: 'March webinar leads',
      campaignId: 'TESTCAMP',
      active: false,
    },
  ];
}

export function createCrmState(): CrmState {
  return { users: seedUsers(), lists: seedLists(), sessions: new Map() };
}

/** Back to the seed in place, so references that tests hold stay live. */
export function resetCrmState(state: CrmState): void {
  state.users.splice(0, state.users.length, ...seedUsers());
  state.lists.splice(0, state.lists.length, ...seedLists());
  state.sessions.clear();
}

/** An inactive user cannot sign in, as in a real CRM. */
export function checkLogin(state: CrmState, username: string, password: string): CrmUser | null {
  const user = state.users.find((u) => u.username === username);
  return user?.active && user.password === password ? user : null;
}

export function startSession(state: CrmState, username: string): string {
  const token = randomUUID();
  state.sessions.set(token, username);
  return token;
}

export function sessionUser(state: CrmState, token: string | undefined): CrmUser | null {
  if (!token) return null;
  const username = state.sessions.get(token);
  return state.users.find((u) => u.username === username && u.active) ?? null;
}
