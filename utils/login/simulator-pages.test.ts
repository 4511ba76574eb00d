import { Window } from 'happy-dom';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  type PagesTestServer,
  startPagesTestServer,
} from '../../simulator/pages/pages-test-server';
import { findLoginForm } from './find-login-form';
import { findLogoutControls } from './find-logout-controls';
import { hasLoginFailed, isLoginPage, isLoginPageGone } from './login-page-state';
import { resolveLoginRules } from './resolve-login-rules';

// The generic heuristics on the demo CRM the end-to-end tests drive: no rule applies there.
// A Node test with its own happy-dom window: the simulator reads its files with Node's URL,
// which the happy-dom test environment replaces with the DOM's.
const window = new Window({
  settings: { disableCSSFileLoading: true, disableJavaScriptFileLoading: true },
});
const parseHtml = (html: string) =>
  new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;

let sim: PagesTestServer;
beforeAll(async () => {
  sim = await startPagesTestServer();
});
afterAll(async () => {
  await sim.close();
  await window.happyDOM.close();
});
beforeEach(() => sim.pages.reset());

const crm = (path: string) => `${sim.crm}${path}`;
async function page(path: string, cookie?: string) {
  const res = await sim.request(crm(path), { cookie });
  expect(res.status).toBe(200);
  return parseHtml(res.body);
}
async function signIn(username: string, password: string) {
  return (await sim.request(crm('/crm/login'), { form: { username, password } })).cookie;
}

describe('login detection on the simulator’s demo CRM', () => {
  it('no built-in rule claims the demo CRM', async () => {
    const doc = await page('/crm/login');
    expect(resolveLoginRules(new URL(crm('/crm/login')), doc).source).toBe('generic');
  });

  it('finds the login form and its username field', async () => {
    const doc = await page('/crm/login');
    const form = findLoginForm(doc);
    expect(form?.username?.name).toBe('username');
    expect(form?.password.name).toBe('password');
    expect(form?.submit?.textContent).toBe('Sign in');
  });

  it('a wrong password re-shows the form with an error: failed, not logged in', async () => {
    const res = await sim.request(crm('/crm/login'), {
      form: { username: '1000', password: 'nope' },
    });
    const doc = parseHtml(res.body);
    expect(hasLoginFailed(doc)).toBe(true);
    const previous = { url: crm('/crm/login'), ruleId: null };
    expect(isLoginPageGone(doc, previous, { url: new URL(crm('/crm/login')), rule: null })).toBe(
      false,
    );
  });

  it('the page after a good login has no login form and a logout link', async () => {
    const doc = await page('/crm/', await signIn('1000', '9999'));
    const previous = { url: crm('/crm/login'), ruleId: null };
    expect(isLoginPageGone(doc, previous, { url: new URL(crm('/crm/')), rule: null })).toBe(true);
    expect(findLogoutControls(doc).map((c) => c.getAttribute('href'))).toContain('/crm/logout');
  });

  it('the admin user form (password and phone pass) is not a login page', async () => {
    const doc = await page('/crm/admin/users', await signIn('admin', 'admin123'));
    expect(doc.querySelector('input[type="password"]')).not.toBeNull();
    expect(isLoginPage(doc)).toBe(false);
  });

  it('the seed speaker’s widget form (two password fields) is not a login page', async () => {
    const doc = await page('/crm/seed-speaker', await signIn('1000', '9999'));
    expect(isLoginPage(doc)).toBe(false);
  });

  it('the single-page-app login: a login page signed out, not signed in', async () => {
    expect(isLoginPage(await page('/crm/spa-login'))).toBe(true);
    expect(isLoginPage(await page('/crm/spa-login', await signIn('1000', '9999')))).toBe(false);
  });
});
