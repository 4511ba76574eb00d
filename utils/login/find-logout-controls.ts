import { controlTexts } from './control-text';
import { isShown } from './is-shown';
import { closestMatching, type LoginRule, matchesSelector, queryAll } from './login-rule';

/** What users click to log out, in the languages CRMs ship in; compared after normalizeText. */
const LOGOUT_PHRASES = new Set([
  'log out',
  'logout',
  'log off',
  'logoff',
  'sign out',
  'signout',
  'sign off',
  'abmelden',
  'ausloggen',
  'déconnexion',
  'se déconnecter',
  'déconnecter',
  'cerrar sesión',
  'cerrar la sesión',
  'desconectar',
  'terminar sesión',
  'sair da conta',
  'encerrar sessão',
  'terminar sessão',
  'esci',
  'disconnetti',
  'uitloggen',
  'afmelden',
  'wyloguj',
  'wyloguj się',
  'odhlásit',
  'odhlásit se',
  'kijelentkezés',
  'çıkış yap',
  'выйти',
  'выход',
  'ログアウト',
  'サインアウト',
  '退出登录',
  '注销',
  '登出',
  '로그아웃',
]);

/** Logout addresses: `/logout`, `action=Logout`, `/secur/logout.jsp`, `sign_out`, `logoff`… */
const LOGOUT_HREF = /log[-_]?out|sign[-_]?out|sign[-_]?off|log[-_]?off/i;

/** What can be clicked: links, buttons, menu items. */
const CLICKABLE =
  'a[href], button, input[type="submit"], input[type="button"], [role="button"], [role="menuitem"], [role="link"], [data-action]';

const hrefOf = (el: Element) => (el.localName === 'a' ? (el.getAttribute('href') ?? '') : '');

export function isLogoutAddress(address: string): boolean {
  return LOGOUT_HREF.test(address);
}

/** Whether this clickable element logs out: by the rule's selector, its words, or its href. */
export function isLogoutControl(el: Element, rule?: LoginRule | null): boolean {
  if (rule && matchesSelector(el, rule.logoutControl)) return true;
  if (controlTexts(el).some((text) => LOGOUT_PHRASES.has(text))) return true;
  return isLogoutAddress(hrefOf(el));
}

/** The logout controls in the page, shown or not (a user menu is often closed). */
export function findLogoutControls(root: ParentNode, rule?: LoginRule | null): Element[] {
  const byRule = rule ? queryAll(root, rule.logoutControl) : [];
  const generic = queryAll(root, CLICKABLE).filter((el) => isLogoutControl(el));
  return [...new Set([...byRule, ...generic])];
}

/** The logout control a click landed on, if any: the target or one of its near ancestors. */
export function logoutControlAt(target: Element, rule?: LoginRule | null): Element | null {
  const byRule = rule && closestMatching(target, rule.logoutControl);
  if (byRule) return byRule;
  let node: Element | null = target;
  for (let depth = 0; node && depth < 6; depth++, node = node.parentElement) {
    if (node.matches(CLICKABLE) && isLogoutControl(node)) return node;
  }
  return null;
}

/** Whether the page offers a visible "Log out" outside the given element. */
export function hasLogoutControlOutside(container: Element): boolean {
  return findLogoutControls(container.ownerDocument).some(
    (el) => !container.contains(el) && isShown(el),
  );
}
