import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { seedLists, seedUsers } from './crm-state';
import { type PagesTestServer, startPagesTestServer } from './pages-test-server';

let sim: PagesTestServer;
let cookie: string;
beforeAll(async () => {
  sim = await startPagesTestServer();
});
afterAll(() => sim.close());
beforeEach(async () => {
  sim.pages.reset();
  const res = await sim.request(`${sim.crm}/crm/login`, {
    form: { username: 'admin', password: 'admin123' },
  });
  cookie = res.cookie;
});

const post = (path: string, form: Record<string, string>) =>
  sim.request(`${sim.crm}${path}`, { form, cookie });
const get = (path: string) => sim.request(`${sim.crm}${path}`, { cookie });

const newUser = {
  username: 'agent7',
  password: 'pw7',
  full_name: 'Seventh Agent',
  user_level: '3',
  user_group: 'AGENTS',
  phone_login: '1007',
  phone_pass: 'pp7',
  email: 'agent7@example.com',
  active: 'Y',
};

describe('CRM admin: users', () => {
  it('shows the user form and the seeded users', async () => {
    const res = await get('/crm/admin/users');
    expect(res.status).toBe(200);
    for (const name of Object.keys(newUser)) expect(res.body).toContain(`name="${name}"`);
    for (const u of seedUsers()) expect(res.body).toContain(`data-username="${u.username}"`);
    // No password of any user is ever written into the page.
    expect(res.body).not.toContain('9999');
    expect(res.body).not.toContain('admin123');
  });

  it('creates a user and lists it', async () => {
    const res = await post('/crm/admin/users', newUser);
    expect(res.status).toBe(303);
    expect(res.headers.location).toBe('/crm/admin/users?saved=agent7&action=created');
    expect(sim.pages.crm.users.at(-1)).toEqual({
      username: 'agent7',
      password: 'pw7',
      fullName: 'Seventh Agent',
      userLevel: 3,
      userGroup: 'AGENTS',
      phoneLogin: '1007',
      phonePass: 'pp7',
      email: 'agent7@example.com',
      active: true,
    });
    const page = await get(res.headers.location ?? '');
    expect(page.body).toContain('User agent7 created.');
    expect(page.body).toContain('data-username="agent7"');
    // The new user can sign in.
    const login = await sim.request(`${sim.crm}/crm/login`, {
      form: { username: 'agent7', password: 'pw7' },
    });
    expect(login.status).toBe(303);
  });

  it('edits a user; empty password and phone pass keep the current ones', async () => {
    const form = await get('/crm/admin/users?edit=1000');
    expect(form.body).toContain('Edit user 1000');
    expect(form.body).toContain('value="Testing Person"');
    const res = await post('/crm/admin/users', {
      ...newUser,
      mode: 'edit',
      username: '1000',
      password: '',
      phone_pass: '',
      full_name: 'Renamed Person',
      user_level: '5',
    });
    expect(res.headers.location).toBe('/crm/admin/users?saved=1000&action=updated');
    const user = sim.pages.crm.users.find((u) => u.username === '1000');
    expect(user).toMatchObject({
      password: '9999',
      phonePass: 'test',
      fullName: 'Renamed Person',
      userLevel: 5,
    });
    expect(sim.pages.crm.users).toHaveLength(seedUsers().length);
  });

  it('deactivates a user when the box is unticked', async () => {
    const { active: _, ...inactive } = newUser;
    await post('/crm/admin/users', { ...inactive, mode: 'edit', username: 'agent2', password: '' });
    expect(sim.pages.crm.users.find((u) => u.username === 'agent2')?.active).toBe(false);
  });

  it('refuses a new user whose name is taken, and changes nothing', async () => {
    const before = structuredClone(sim.pages.crm.users.find((u) => u.username === '1000'));
    const res = await post('/crm/admin/users', { ...newUser, username: '1000' });
    expect(res.status).toBe(200);
    expect(res.body).toContain('Username 1000 is already taken.');
    expect(sim.pages.crm.users.find((u) => u.username === '1000')).toEqual(before);
  });

  it('re-shows the form with the errors, escaped, and saves nothing', async () => {
    const res = await post('/crm/admin/users', {
      ...newUser,
      username: 'x',
      password: '',
      full_name: '<script>alert(1)</script>',
      user_level: '0',
      email: 'nope',
    });
    expect(res.status).toBe(200);
    expect(res.body).toContain('data-testid="admin-errors"');
    for (const message of [
      'Username must be 2 to 20',
      'Password must be 1 to 20',
      'User level must be 1 to 9',
      'Email is not valid',
    ]) {
      expect(res.body).toContain(message);
    }
    expect(res.body).toContain('value="&lt;script&gt;alert(1)&lt;/script&gt;"');
    expect(res.body).not.toContain('<script>alert(1)</script>');
    expect(sim.pages.crm.users).toEqual(seedUsers());
  });
});

describe('CRM admin: lists', () => {
  const newList = {
    list_id: '3001',
    list_name: 'Spring outbound',
    campaign_id: 'TESTCAMP',
    active: 'Y',
  };

  it('creates a list and lists it', async () => {
    const res = await post('/crm/admin/lists', newList);
    expect(res.status).toBe(303);
    expect(res.headers.location).toBe('/crm/admin/lists?saved=3001&action=created');
    expect(sim.pages.crm.lists.at(-1)).toEqual({
      listId: '3001',
      listName: 'Spring outbound',
      campaignId: 'TESTCAMP',
      active: true,
    });
    const page = await get(res.headers.location ?? '');
    expect(page.body).toContain('List 3001 created.');
    expect(page.body).toContain('data-list-id="3001"');
    for (const name of Object.keys(newList)) expect(page.body).toContain(`name="${name}"`);
  });

  it('refuses a duplicate id and fields out of the seed rules', async () => {
    const dup = await post('/crm/admin/lists', { ...newList, list_id: '1101' });
    expect(dup.status).toBe(200);
    expect(dup.body).toContain('List 1101 already exists.');
    const bad = await post('/crm/admin/lists', {
      list_id: '1a',
      list_name: 'short',
      campaign_id: 'X',
    });
    expect(bad.body).toContain('List ID must be 2 to 14 digits.');
    expect(bad.body).toContain('List name must be 6 to 30 characters.');
    expect(bad.body).toContain('Campaign must be 2 to 8 characters.');
    expect(sim.pages.crm.lists).toEqual(seedLists());
  });
});

describe('reset()', () => {
  it('puts users, lists and sessions back to the seed, in place', async () => {
    const { users, lists } = sim.pages.crm;
    await post('/crm/admin/users', newUser);
    await post('/crm/admin/lists', {
      list_id: '3001',
      list_name: 'Spring outbound',
      campaign_id: 'TESTCAMP',
    });
    sim.pages.reset();
    expect(sim.pages.crm.users).toBe(users);
    expect(users).toEqual(seedUsers());
    expect(lists).toEqual(seedLists());
    expect(sim.pages.crm.sessions.size).toBe(0);
    expect((await get('/crm/')).status).toBe(302);
  });
});
