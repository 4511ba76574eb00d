import { closestMatching, queryAll } from '../login/login-rule';
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

function readValue(input: Element | undefined): string | undefined {
  if (!input) return undefined;
  if (input instanceof HTMLInputElement && (input.type === 'checkbox' || input.type === 'radio')) {
    return input.checked ? 'Y' : 'N';
  }
  if (
    input instanceof HTMLInputElement ||
    input instanceof HTMLSelectElement ||
    input instanceof HTMLTextAreaElement
  ) {
    return input.value;
  }
  // SPAs may show a field as an editable element rather than an input.
  return input.textContent ?? undefined;
}

/**
 * The seed's fields as typed into the form. Text is trimmed as the CRMs trim it, except the
 * passwords, which are taken as typed; empty fields are left out (an empty password on an edit
 * form means "unchanged"). The rule's defaults fill fields the CRM has no input for.
 */
export function readAdminForm(form: Element, rule: AdminFormRule): AdminSave {
  const fields: Record<string, string> = { ...rule.defaults };
  for (const [field, selector] of Object.entries(rule.fields)) {
    const raw = readValue(queryAll(form, selector)[0]);
    if (raw === undefined) continue;
    const value = field === 'agent_pass' || field === 'phone_pass' ? raw : raw.trim();
    if (value !== '') fields[field] = value;
  }
  if (rule.entity === 'list') return { entity: 'list', list: fields };
  const isNew = !(rule.editing && queryAll(form, rule.editing).length > 0);
  return { entity: 'user', user: fields, isNew };
}

/**
 * What this page says about the last save: the success sign of a rule (its URL parameter or
 * element), else its error element, else nothing. An element inside a form only counts when
 * it is shown, not left over hidden in the markup.
 */
export function readSaveOutcome(
  doc: Document,
  url: URL,
  rules: readonly AdminFormRule[],
): SaveOutcome {
  for (const rule of rules) {
    if (rule.refused && queryAll(doc, rule.refused).length > 0) return 'refused';
  }
  for (const rule of rules) {
    const { param, selector } = rule.saved;
    if (param && url.searchParams.has(param)) return 'saved';
    if (selector && queryAll(doc, selector).length > 0) return 'saved';
  }
  return 'none';
}

/** Whether any of the rules' forms is on the page (the page is an admin screen). */
export function hasAdminForm(doc: Document, rules: readonly AdminFormRule[]): boolean {
  return rules.some((rule) => queryAll(doc, rule.form).length > 0);
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
    if (queryAll(doc, rule.refused).some(isNew)) return 'refused';
  }
  for (const rule of rules) {
    if (queryAll(doc, rule.saved.selector).some(isNew)) return 'saved';
  }
  return 'none';
}
