import type { AdminFormRule } from '../crm-admin/admin-form-rule';
import { hasChildrenAtLeast, nextOutside } from '../page/scan-walk';

/**
 * What a CRM rule says about its pages. Every field is a CSS selector list (what
 * `querySelectorAll` takes), so built-in rules and the user's own rules have the same shape.
 */
export interface LoginFormSelectors {
  /** The element holding the fields, when the page has several forms. */
  form?: string;
  username: string;
  password: string;
  submit: string;
  /** Where the product shows "wrong username or password". */
  error?: string;
}

export interface LoginRule {
  /** Kebab-case; for a built-in rule also its file name in crm-rules/. */
  id: string;
  name: string;
  /** Whether this page belongs to the product by its address (markers apart, see below). */
  matches(url: URL, doc: Document): boolean;
  /**
   * For self-hosted products: a selector list of elements only this product's pages have. A
   * page with none of them is not the product's. Kept apart from `matches` so that every
   * rule's markers are looked for in one pass over the page (see resolve-login-rules.ts).
   */
  markers?: string;
  /** Absent when the product signs in elsewhere (the user's custom rule may leave it out). */
  loginForm?: LoginFormSelectors;
  logoutControl: string;
  /** An element present only while signed in (the app's header, the user menu). */
  loggedInSignal?: string;
  /** The product's user and list admin screens, for the CRM-screen follower (crm-admin/). */
  adminForms?: readonly AdminFormRule[];
}

/**
 * Selectors come from rule files and from the user, and a browser may not support one that
 * another does: a bad selector must make a rule find nothing, never throw into the page's events.
 */
export function queryAll(root: ParentNode, selector: string | undefined): Element[] {
  if (!selector) return [];
  try {
    return Array.from(root.querySelectorAll(selector));
  } catch {
    return [];
  }
}

export function matchesSelector(el: Element, selector: string | undefined): boolean {
  if (!selector) return false;
  try {
    return el.matches(selector);
  } catch {
    return false;
  }
}

/** The element itself or its nearest ancestor matching the selector. */
export function closestMatching(el: Element, selector: string | undefined): Element | null {
  if (!selector) return null;
  try {
    return el.closest(selector);
  } catch {
    return null;
  }
}

/** Whether the URL's host is `domain` or one of its subdomains. */
export function hostIs(url: URL, domain: string): boolean {
  const host = url.hostname.toLowerCase();
  return host === domain || host.endsWith(`.${domain}`);
}

/** Element lists longer than this are the page's data (a table's rows), not its shell. */
const LONG_LIST = 500;

/**
 * Whether any of the selectors finds an element in the page's shell: for markers of
 * self-hosted products and their admin forms. The shell is the page without the children of
 * long lists: a product's scripts, style sheets, menus and forms are never rows of a data
 * table. A querySelector that finds nothing walks the whole page instead: 50 ms on a quiet
 * 20,000-row CRM table and 130 ms on a busy one, in one task (bench:scan profile). Counting
 * a table body's rows costs 4-15 ms there too, on each check: a list stops being counted at
 * its limit (hasChildrenAtLeast), 0.2-1 ms for the whole check.
 */
export function hasMarker(doc: Document, selector: string): boolean {
  const root = doc.documentElement;
  if (!root) return false;
  try {
    const walker = doc.createTreeWalker(root, 0x1 /* SHOW_ELEMENT */);
    let el: Node | null = root;
    while (el) {
      const element = el as Element;
      if (element.matches(selector)) return true;
      el = hasChildrenAtLeast(element, LONG_LIST + 1) ? nextOutside(walker) : walker.nextNode();
    }
    return false;
  } catch {
    return false;
  }
}
