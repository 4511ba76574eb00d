// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { LoginRule } from './login-rule';
import {
  type LoginOutcome,
  type WatchLoginOutcomeOptions,
  watchLoginOutcome,
} from './watch-login-outcome';
import { watchLoginPage } from './watch-login-page';

const stops: AbortController[] = [];
afterEach(() => {
  for (const stop of stops.splice(0)) stop.abort();
});

/** The simulator's single-page-app login: the form and the app are swapped with `hidden`. */
const SPA = `<div id="spa-root">
<section id="spa-login"><h1>Sign in (single-page app)</h1>
  <p class="error" role="alert" id="error" hidden></p>
  <form id="spa-login-form"><label>Username <input name="username" autocomplete="username"></label>
    <label>Password <input type="password" name="password" autocomplete="current-password"></label>
    <button type="submit">Sign in</button></form></section>
<section id="spa-app" hidden><h1>Welcome</h1><button type="button" id="spa-logout">Sign out</button></section>
</div>`;

const FAST = { delayMs: 0, confirmMs: 30 };
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const el = (id: string) => document.getElementById(id) as HTMLElement;

function watch(body: string, options: WatchLoginOutcomeOptions = {}) {
  document.body.innerHTML = body;
  const outcomes: LoginOutcome[] = [];
  const stop = new AbortController();
  stops.push(stop);
  watchLoginOutcome(document, (outcome) => outcomes.push(outcome), stop.signal, {
    ...FAST,
    ...options,
  });
  return { outcomes, stop };
}

function showError(text: string) {
  el('error').textContent = text;
  el('error').hidden = false;
}

describe('watchLoginOutcome in a single-page app', () => {
  it('reports logged in once the login form is hidden and stays hidden', async () => {
    const { outcomes } = watch(SPA);
    await sleep(10);
    el('spa-login').hidden = true;
    el('spa-app').hidden = false;
    await vi.waitFor(() => expect(outcomes).toEqual(['logged-in']));
    await sleep(60);
    expect(outcomes).toEqual(['logged-in']);
  });

  it('reports logged in when the login form is removed from the page', async () => {
    const { outcomes } = watch(SPA);
    el('spa-login').remove();
    await vi.waitFor(() => expect(outcomes).toEqual(['logged-in']));
  });

  it('reports a failed login when an error appears, and never logged in', async () => {
    const { outcomes } = watch(SPA);
    await sleep(10);
    showError('Invalid username or password.');
    await vi.waitFor(() => expect(outcomes).toEqual(['failed']));
    el('spa-login').hidden = true;
    await sleep(60);
    expect(outcomes).toEqual(['failed']);
  });

  it('ignores the error of an earlier attempt until it is shown again', async () => {
    document.body.innerHTML = SPA;
    showError('Invalid username or password.');
    const { outcomes } = watch(document.body.innerHTML);
    await sleep(20);
    expect(outcomes).toEqual([]);
    el('error').hidden = true; // the app clears it while the request runs…
    await sleep(10);
    el('error').hidden = false; // …and shows it again for this attempt
    await vi.waitFor(() => expect(outcomes).toEqual(['failed']));
  });

  it('on a page loaded after the submission, an error already shown counts', async () => {
    document.body.innerHTML = SPA;
    showError('Invalid username or password.');
    const { outcomes } = watch(document.body.innerHTML, { newPage: true });
    await vi.waitFor(() => expect(outcomes).toEqual(['failed']));
  });

  it('a form swapped for a spinner and back with an error is a failure, not a login', async () => {
    const { outcomes } = watch(SPA, { confirmMs: 200 });
    const login = el('spa-login');
    login.hidden = true;
    await sleep(20);
    login.hidden = false;
    showError('Wrong password.');
    await vi.waitFor(() => expect(outcomes).toEqual(['failed']));
  });

  it('reports logged in at once when the rule’s signed-in element shows', async () => {
    const rule: LoginRule = {
      id: 'spa',
      name: 'SPA',
      matches: () => true,
      logoutControl: '#spa-logout',
      loggedInSignal: '#spa-user',
    };
    const { outcomes } = watch(SPA, { rule, confirmMs: 60_000 });
    el('spa-login').remove();
    el('spa-app').insertAdjacentHTML('afterbegin', '<span id="spa-user">Ada</span>');
    await vi.waitFor(() => expect(outcomes).toEqual(['logged-in']));
  });

  it('reports nothing after abort', async () => {
    const { outcomes, stop } = watch(SPA);
    stop.abort();
    el('spa-login').remove();
    await sleep(60);
    expect(outcomes).toEqual([]);
  });

  it('leaves the page as it was', async () => {
    document.body.innerHTML = SPA;
    const before = document.documentElement.outerHTML;
    const { outcomes } = watch(SPA);
    await sleep(50);
    expect(outcomes).toEqual([]);
    expect(document.documentElement.outerHTML).toBe(before);
  });
});

describe('watchLoginPage', () => {
  it('reports the login form coming back in a single-page app (session ended)', async () => {
    document.body.innerHTML = SPA;
    el('spa-login').hidden = true;
    el('spa-app').hidden = false;
    const changes: boolean[] = [];
    const stop = new AbortController();
    stops.push(stop);
    watchLoginPage(document, (showsLogin) => changes.push(showsLogin), stop.signal, { delayMs: 0 });
    el('spa-app').hidden = true;
    el('spa-login').hidden = false;
    await vi.waitFor(() => expect(changes).toEqual([true]));
  });
});
