// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { type LoginCapture, watchLoginSubmission } from './watch-login-submission';

const stops: AbortController[] = [];
afterEach(() => {
  for (const stop of stops.splice(0)) stop.abort();
});

/** The simulator's demo login form, as the CRM serves it. */
const LOGIN_FORM = `<form method="post" action="/crm/login" id="f">
  <input type="hidden" name="next" value="/crm/">
  <label>Username <input name="username" id="username" autocomplete="username"></label>
  <label>Password <input type="password" name="password" id="password" autocomplete="current-password"></label>
  <button type="submit" id="go">Sign in</button>
</form>`;

function setup(body: string) {
  document.body.innerHTML = body;
  const captured: LoginCapture[] = [];
  const stop = new AbortController();
  stops.push(stop);
  watchLoginSubmission(document, (capture) => captured.push(capture), stop.signal);
  return { captured, stop };
}

function fill(username: string, password: string) {
  (document.querySelector('[name="username"]') as HTMLInputElement).value = username;
  (document.querySelector('input[type="password"]') as HTMLInputElement).value = password;
}

/** The page's own handler, as a single-page app has: no navigation in the test window. */
const pageHandlesSubmit = () =>
  document.addEventListener('submit', (event) => event.preventDefault(), { once: true });

const click = (el: Element | null) =>
  el?.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, composed: true }));
const pressEnter = (el: Element | null) =>
  el?.dispatchEvent(
    new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true }),
  );
/** Lets a task pass, so the next event is a separate user action. */
const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('watchLoginSubmission', () => {
  it('captures on the submit event (requestSubmit, as a button or Enter would)', () => {
    const { captured } = setup(LOGIN_FORM);
    fill('agent2', 'secret2');
    pageHandlesSubmit();
    (document.getElementById('f') as HTMLFormElement).requestSubmit();
    expect(captured).toEqual([{ username: 'agent2', password: 'secret2', trigger: 'submit' }]);
  });

  it('captures once on a click on the login button, though the submit event follows', () => {
    const { captured } = setup(LOGIN_FORM);
    fill('agent2', 'secret2');
    pageHandlesSubmit();
    click(document.getElementById('go'));
    expect(captured).toEqual([{ username: 'agent2', password: 'secret2', trigger: 'click' }]);
  });

  it('captures on Enter in the password field', () => {
    const { captured } = setup(LOGIN_FORM);
    fill(' agent2 ', 'secret2');
    pressEnter(document.getElementById('password'));
    expect(captured).toEqual([{ username: 'agent2', password: 'secret2', trigger: 'enter' }]);
  });

  it('captures a login sent by script (form.submit() from a click handler fires no submit event)', () => {
    const { captured } = setup(`<form id="f" action="/crm/login" method="post">
      <input name="username"><input type="password" name="password">
      <input type="button" id="go" value="Log in"></form>`);
    let submitEvents = 0;
    document.addEventListener('submit', () => submitEvents++);
    const form = document.getElementById('f') as HTMLFormElement;
    document.getElementById('go')?.addEventListener('click', () => form.submit());
    fill('1000', '9999');
    click(document.getElementById('go'));
    expect(submitEvents).toBe(0);
    expect(captured).toEqual([{ username: '1000', password: '9999', trigger: 'click' }]);
  });

  it('captures in a single-page app with no form, on a click on its login button', () => {
    const { captured } = setup(`<div class="login"><input name="username" placeholder="Email">
      <input type="password" name="password"><div role="button" class="btn"><span>Sign in</span></div></div>`);
    fill('ada@example.com', 'pw');
    click(document.querySelector('.btn span'));
    expect(captured).toEqual([{ username: 'ada@example.com', password: 'pw', trigger: 'click' }]);
  });

  it('reads the values before the page’s own handler clears them', () => {
    const { captured } = setup(LOGIN_FORM);
    const form = document.getElementById('f') as HTMLFormElement;
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      form.reset();
    });
    fill('agent2', 'secret2');
    form.requestSubmit();
    expect(captured[0]?.password).toBe('secret2');
  });

  it('captures each attempt, the same values again after a failure included', async () => {
    const { captured } = setup(LOGIN_FORM);
    fill('agent2', 'wrong');
    pressEnter(document.getElementById('password'));
    await nextTask();
    pressEnter(document.getElementById('password'));
    await nextTask();
    fill('agent2', 'secret2');
    pressEnter(document.getElementById('password'));
    expect(captured.map((c) => c.password)).toEqual(['wrong', 'wrong', 'secret2']);
  });

  it('ignores other clicks, empty fields, and forms that are not logins', () => {
    const { captured } = setup(`${LOGIN_FORM}
      <a id="forgot" href="#">Forgot password?</a>
      <form id="signup"><input name="email"><input type="password" name="p1"><input type="password" name="p2">
      <button id="create">Create account</button></form>`);
    pageHandlesSubmit();
    click(document.getElementById('go'));
    fill('agent2', 'secret2');
    click(document.getElementById('forgot'));
    document.addEventListener('submit', (event) => event.preventDefault(), { once: true });
    click(document.getElementById('create'));
    expect(captured).toEqual([]);
  });

  it('stops on abort', () => {
    const { captured, stop } = setup(LOGIN_FORM);
    stop.abort();
    fill('agent2', 'secret2');
    pressEnter(document.getElementById('password'));
    expect(captured).toEqual([]);
  });

  it('leaves the page as it was', () => {
    const before = (() => {
      document.body.innerHTML = LOGIN_FORM;
      return document.documentElement.outerHTML;
    })();
    const { captured } = setup(LOGIN_FORM);
    fill('agent2', 'secret2');
    pressEnter(document.getElementById('password'));
    pageHandlesSubmit();
    click(document.getElementById('go'));
    expect(captured).toHaveLength(1);
    expect(document.documentElement.outerHTML).toBe(before);
  });

  it('does not cancel or stop the page’s own events', () => {
    setup(LOGIN_FORM);
    fill('agent2', 'secret2');
    const seen: boolean[] = [];
    document.getElementById('f')?.addEventListener('submit', (event) => {
      seen.push(event.defaultPrevented);
      event.preventDefault();
    });
    click(document.getElementById('go'));
    expect(seen).toEqual([false]);
  });
});
