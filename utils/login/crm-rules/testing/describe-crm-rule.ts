import { describe, expect, it } from 'vitest';
import { findLoginForm } from '../../find-login-form';
import { findLogoutControls } from '../../find-logout-controls';
import { isShown } from '../../is-shown';
import { hasLoginFailed, isLoginPage, readLoginPageState } from '../../login-page-state';
import { type LoginRule, queryAll } from '../../login-rule';
import { resolveLoginRules } from '../../resolve-login-rules';
import { type LoginCapture, watchLoginSubmission } from '../../watch-login-submission';
import { loadFixture, type } from './load-fixture';

export interface CrmRuleExpectations {
  /** Selectors naming, in the login fixture, the elements the rule must find. */
  login: { username: string; password: string; submit: string };
  /** Selector naming the app fixture's logout control. */
  logout: string;
  /** What the generic heuristics alone find on the login page, for comparison. */
  generic: 'same fields' | 'password only' | 'nothing';
  /** Brings the login fixture to the step where the password is typed (Zoho's second step). */
  toPasswordStep?(doc: Document): void;
  /** Shows the error the product shows after a wrong password. */
  showError(doc: Document): void;
}

/**
 * The checks every CRM rule passes on its two fixtures: it is the rule chosen there, it finds
 * the login fields, a click on its login button captures them, it tells a failed login, and it
 * finds the logout control and the signed-in element in the app but not on the login page.
 */
export function describeCrmRule(rule: LoginRule, expected: CrmRuleExpectations): void {
  const login = () => {
    const fixture = loadFixture(`${rule.id}-login`);
    expected.toPasswordStep?.(fixture.doc);
    return fixture;
  };
  const app = () => loadFixture(`${rule.id}-app`);

  describe(`${rule.name} rule on its fixtures`, () => {
    it('is the rule chosen for its login page and its app', () => {
      for (const { doc, url } of [login(), app()]) {
        expect(resolveLoginRules(url, doc).rule?.id).toBe(rule.id);
      }
    });

    it('finds the username field, the password field and the login button', () => {
      const { doc } = login();
      const form = findLoginForm(doc, rule);
      expect(form?.username).toBe(doc.querySelector(expected.login.username));
      expect(form?.password).toBe(doc.querySelector(expected.login.password));
      expect(form?.submit).toBe(doc.querySelector(expected.login.submit));
      expect(isLoginPage(doc, rule)).toBe(true);
    });

    it(`compared with the generic heuristics alone: they find ${expected.generic}`, () => {
      const { doc } = login();
      const generic = findLoginForm(doc);
      if (expected.generic === 'nothing') return expect(generic).toBeNull();
      expect(generic?.password).toBe(doc.querySelector(expected.login.password));
      if (expected.generic === 'same fields') {
        expect(generic?.username).toBe(doc.querySelector(expected.login.username));
      } else {
        expect(generic?.username).not.toBe(doc.querySelector(expected.login.username));
      }
    });

    it('captures the typed username and password on a click on the login button', () => {
      const { doc } = login();
      const form = findLoginForm(doc, rule);
      type(form?.username, 'ada@example.com');
      type(form?.password, 's3cret!');
      const captured: LoginCapture[] = [];
      const stop = new AbortController();
      watchLoginSubmission(doc, (c) => captured.push(c), stop.signal, { rule });
      form?.submit?.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
      stop.abort();
      expect(captured[0]).toMatchObject({ username: 'ada@example.com', password: 's3cret!' });
    });

    it('tells a failed login by the error the product shows', () => {
      const { doc } = login();
      expect(hasLoginFailed(doc, rule)).toBe(false);
      expected.showError(doc);
      expect(hasLoginFailed(doc, rule)).toBe(true);
      // The rule's own error selector names the message (not only the generic heuristics).
      const shown = queryAll(doc, rule.loginForm?.error).filter(
        (el) => isShown(el) && (el.textContent ?? '').trim() !== '',
      );
      expect(shown).not.toEqual([]);
    });

    it('finds the logout control and the signed-in element in the app only', () => {
      const { doc } = app();
      expect(queryAll(doc, rule.logoutControl)).toContain(doc.querySelector(expected.logout));
      expect(findLogoutControls(doc, rule)).toContain(doc.querySelector(expected.logout));
      expect(readLoginPageState(doc, rule).kind).toBe('signed-in');
      expect(isLoginPage(doc, rule)).toBe(false);
      const loginPage = login().doc;
      expect(findLogoutControls(loginPage, rule)).toEqual([]);
      expect(readLoginPageState(loginPage, rule).kind).toBe('login-form');
    });

    it('the generic logout heuristics find the same control in the app', () => {
      const { doc } = app();
      expect(findLogoutControls(doc)).toContain(doc.querySelector(expected.logout));
    });
  });
}
