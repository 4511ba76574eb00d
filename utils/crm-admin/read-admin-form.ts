import { isShown } from '../login/is-shown';
import { closestMatching, hasMarker, queryAll } from '../login/login-rule';
import type { AdminFormRule } from './admin-form-rule';

/** What the content script sends when an admin form is submitted (see crm-admin/saved). */
export type AdminSave =
  | { entity: 'user'; user: Record<string, string>; isNew: boolean }
  | { entity: 'list'; list: Record<string, string> };

export type SaveOutcome = 'saved' | 'refused' | 'none';

/** The rule of the admin form an element belongs to (the form itself, a field, its button). */
export function findAdminForm(
  el: Element,
  rules: readonly AdminFormRule[],
): { rule: AdminFormRule; form: Element } | null {
  for (const rule of rules) {
    const form = closestMatching(el, rule.form);
    if (form) return { rule, form };
  }
  return null;
}

/** Whether the element is the save button of one of the rules' forms (SPAs without <form>). */
export function isAdminSubmit(el: Element, rules: readonly AdminFormRule[]): boolean {
  return rules.some((rule) => {
    const button = rule.submit ? closestMatching(el, rule.submit) : null;
    return button !== null && closestMatching(button, rule.form) !== null;
  });
}

/** By tag name, not instanceof: the page's elements may come from another realm (frames). */
function readValue(input: Element): string | undefined {
  const tag = input.tagName.toLowerCase();
  if (tag === 'input') {
    const field = input as HTMLInputElement;
    const type = (field.getAttribute('type') ?? '').toLowerCase();
    if (type === 'checkbox' || type === 'radio') return field.checked ? 'Y' : 'N';
    return field.value;
  }
  if (tag === 'select' || tag === 'textarea') return (input as HTMLSelectElement).value;
  // SPAs may show a field as an editable element rather than an input.
  return input.textContent ?? undefined;
}

/**
 * The seed's fields as typed into the form. Text is trimmed as the CRMs trim it, except the
 * passwords, which are taken as typed; empty fields are left out (an empty password on an edit
 * form means "unchanged"). For a new user or list, the rule's defaults fill fields the CRM has
 * no input for.
 */
export function readAdminForm(form: Element, rule: AdminFormRule): AdminSave {
  const isNew =
    rule.entity === 'list' || !(rule.editing && queryAll(form, rule.editing).length > 0);
  // Defaults fill what add_user requires; an update leaves them out, or it would overwrite the
  // dialer user's own level and group with them.
  const fields: Record<string, string> = isNew ? { ...rule.defaults } : {};
  for (const [field, selector] of Object.entries(rule.fields)) {
    const inputs = queryAll(form, selector);
    if (inputs.length === 0) continue;
    const secret = field === 'agent_pass' || field === 'phone_pass';
    // Several inputs for one field are joined: first and last name make the full name.
    const parts = inputs.map((input) => readValue(input) ?? '').map((v) => (secret ? v : v.trim()));
    const value = parts.filter((part) => part !== '').join(' ');
    if (value !== '') fields[field] = value;
  }
  if (rule.entity === 'list') return { entity: 'list', list: fields };
  return { entity: 'user', user: fields, isNew };
}

/** Whether a shown element matches: one left over hidden in the markup says nothing. */
const showsAny = (root: ParentNode, selector: string | undefined, also = (_el: Element) => true) =>
  queryAll(root, selector).some((el) => also(el) && isShown(el));

/**
 * What this page says about the last save: its error element, else the success sign of a rule
 * (its URL parameter or element), else nothing. An element only counts when it is shown, not
 * left over hidden in the markup.
 */
export function readSaveOutcome(
  doc: Document,
  url: URL,
  rules: readonly AdminFormRule[],
): SaveOutcome {
  for (const rule of rules) {
    if (showsAny(doc, rule.refused)) return 'refused';
  }
  for (const rule of rules) {
    const { param, selector } = rule.saved;
    if (param && hasParam(url, param)) return 'saved';
    if (showsAny(doc, selector)) return 'saved';
  }
  return 'none';
}

/** Whether any of the rules' forms is on the page (the page is an admin screen). */
export function hasAdminForm(doc: Document, rules: readonly AdminFormRule[]): boolean {
  // The first match is enough: this runs on every page load of every enabled site.
  return rules.some((rule) => hasMarker(doc, rule.form));
}

/** The success and error elements of the rules now on the page, to tell new ones later. */
export function outcomeElements(doc: Document, rules: readonly AdminFormRule[]): Set<Element> {
  const found = new Set<Element>();
  for (const rule of rules) {
    for (const el of queryAll(doc, rule.saved.selector)) found.add(el);
    for (const el of queryAll(doc, rule.refused)) found.add(el);
  }
  return found;
}

/**
 * For single-page apps, where the save does not load a page: the outcome shown by elements that
 * were not there when the form was submitted (`before`), else `none`.
 */
export function readNewSaveOutcome(
  doc: Document,
  rules: readonly AdminFormRule[],
  before: ReadonlySet<Element>,
): SaveOutcome {
  const isNew = (el: Element) => !before.has(el);
  for (const rule of rules) {
    if (showsAny(doc, rule.refused, isNew)) return 'refused';
  }
  for (const rule of rules) {
    if (showsAny(doc, rule.saved.selector, isNew)) return 'saved';
  }
  return 'none';
}

/**
 * `saved`, `view=Detail`, or several joined with `&` (`module=Users&view=Detail`): every
 * parameter is there (with that value). A detail view of any other module is not a saved user.
 */
function hasParam(url: URL, param: string): boolean {
  return param.split('&').every((part) => {
    const [name = '', value] = part.split('=');
    return value === undefined ? url.searchParams.has(name) : url.searchParams.get(name) === value;
  });
}
