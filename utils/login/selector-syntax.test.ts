import { describe, expect, it } from 'vitest';
import { checkSelectorSyntax } from './selector-syntax';

describe('checkSelectorSyntax (no DOM needed)', () => {
  it.each([
    '#username',
    'input[name=login]',
    'input[name="loginfmt"]',
    "input[name='pw' i]",
    'form#login_form > div.inputgroup input.username',
    'a[href*="/secur/logout.jsp"], a.logout',
    '[data-action="logout"]',
    'one-appnav',
    '.o_user_menu a[data-menu=logout]',
    'li + li ~ li',
    'button:not([disabled]):is(.primary, #go)',
    'form:has(> input[type="password"])',
    'tr:nth-child(2n + 1 of .row)',
    'li:nth-of-type(odd)',
    ':where()',
    'p:lang(en, "de")',
    '#field-userName',
    '.\\31 23',
    '#über',
    '*|input',
    '[*|lang]',
    'input:-webkit-autofill',
  ])('accepts %s', (selector) => {
    expect(checkSelectorSyntax(selector)).toEqual({ ok: true });
  });

  it.each([
    ['', 'is empty'],
    ['   ', 'is empty'],
    ['a[', 'ends too early'],
    ['input[name=', 'ends too early'],
    ['#1abc', 'unexpected "1" at character 2: a name after "#" expected'],
    ['a >', 'ends too early'],
    ['> a', 'unexpected ">"'],
    ['a,,b', 'unexpected ","'],
    ['a, ', 'ends too early'],
    ['div:foo', 'unknown pseudo-class ":foo"'],
    ['div:foo()', 'unknown pseudo-class ":foo()"'],
    ['a::before', 'pseudo-element'],
    ['a:after', 'pseudo-element ":after"'],
    ['li:nth-child(2x)', 'invalid formula "2x"'],
    ['a:not(', 'ends too early'],
    ['[a="b]', 'no closing quote'],
    ['a || b', 'unexpected "|"'],
    ['div)', 'unexpected ")"'],
    ['a{color:red}', 'unexpected "{"'],
  ])('refuses %j: %s', (selector, reason) => {
    const check = checkSelectorSyntax(selector);
    expect(check.ok).toBe(false);
    expect(check.ok ? '' : check.reason).toContain(reason);
  });
});
