// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import type { LoginRule } from './login-rule';
import { watchLogout } from './watch-logout';

const stops: AbortController[] = [];
afterEach(() => {
  for (const stop of stops.splice(0)) stop.abort();
});

function setup(body: string, rule?: LoginRule) {
  document.body.innerHTML = body;
  const logouts: string[] = [];
  const stop = new AbortController();
  stops.push(stop);
  watchLogout(document, (how) => logouts.push(how), stop.signal, { rule });
  return { logouts, stop };
}

const click = (el: Element | null) =>
  el?.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
/** Keeps happy-dom from following links and forms in the test window. */
const pageHandlesClicks = () =>
  document.addEventListener('click', (event) => event.preventDefault());

const HEADER = `<header class="topbar"><a href="/crm/">Acme CRM</a>
  <nav><a href="/crm/contacts">Contacts</a></nav>
  <div class="session"><span class="who">Ada</span> <a class="logout" id="out" href="/crm/logout">Log out</a></div>
</header>`;

describe('watchLogout', () => {
  it('reports a click on a link to a logout address', () => {
    const { logouts } = setup(HEADER);
    pageHandlesClicks();
    click(document.getElementById('out'));
    expect(logouts).toEqual(['click']);
  });

  it('reports a click inside a button that reads "Sign out" in another language', () => {
    const { logouts } = setup(
      '<button type="button" id="b"><i class="icon"></i><span>Abmelden</span></button>',
    );
    click(document.querySelector('#b span'));
    expect(logouts).toEqual(['click']);
  });

  it('reports a logout form once, though its button click and its submit both fire', () => {
    const { logouts } = setup(
      '<form action="/users/sign_out" method="post"><button id="b">Log out</button></form>',
    );
    document.addEventListener('submit', (event) => event.preventDefault());
    click(document.getElementById('b'));
    expect(logouts).toEqual(['click']);
  });

  it('reports a logout form sent with Enter or by script (its submit event)', () => {
    const { logouts } = setup(
      '<form id="f" action="/logout" method="post"><input name="csrf"></form>',
    );
    document.addEventListener('submit', (event) => event.preventDefault());
    (document.getElementById('f') as HTMLFormElement).requestSubmit();
    expect(logouts).toEqual(['form']);
  });

  it('reports the rule’s logout control, which has no words', () => {
    const rule: LoginRule = {
      id: 'x',
      name: 'X',
      matches: () => true,
      logoutControl: '[data-action="logout"]',
    };
    const { logouts } = setup(
      '<a role="button" data-action="logout"><span class="fas fa-power-off"></span></a>',
      rule,
    );
    click(document.querySelector('.fas'));
    expect(logouts).toEqual(['click']);
  });

  it('ignores other clicks', () => {
    const { logouts } = setup(`${HEADER}<button>Log in</button><p>Log out</p>`);
    pageHandlesClicks();
    click(document.querySelector('nav a'));
    click(document.querySelector('button'));
    click(document.querySelector('p'));
    expect(logouts).toEqual([]);
  });

  it('stops on abort and leaves the page as it was', () => {
    const { logouts, stop } = setup(HEADER);
    const before = document.documentElement.outerHTML;
    pageHandlesClicks();
    click(document.getElementById('out'));
    stop.abort();
    click(document.getElementById('out'));
    expect(logouts).toEqual(['click']);
    expect(document.documentElement.outerHTML).toBe(before);
  });
});
