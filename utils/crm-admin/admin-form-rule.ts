/**
 * A CRM's admin screen for users or lists, as a rule file describes it: which form it is, where
 * each seed field is typed, and how the page after a save says it worked. Every value is a CSS
 * selector list, like the login rules, so a bad selector finds nothing instead of throwing.
 */

import { USER_FIELDS } from '../dialer/user-fields';

export { USER_FIELDS };
export const LIST_FIELDS = ['list_id', 'list_name', 'campaign_id', 'active'] as const;

export type UserField = (typeof USER_FIELDS)[number];
export type ListField = (typeof LIST_FIELDS)[number];

interface AdminFormCommon {
  /** The form (or the SPA's edit view) on the admin screen. */
  form: string;
  /** In SPAs without a real <form>: the save button, whose click counts as the submit. */
  submit?: string;
  /**
   * How a save that worked shows: a URL parameter of the next page (`saved`, or `view=Detail`
   * for a value) and/or an element.
   */
  saved: { param?: string; selector?: string };
  /** What a form sent back with errors shows: then nothing was saved and nothing is offered. */
  refused?: string;
}

export interface UserFormRule extends AdminFormCommon {
  entity: 'user';
  /**
   * Seed field → its input inside the form. A checkbox gives Y or N; several inputs are joined
   * with a space (first and last name).
   */
  fields: Partial<Record<UserField, string>>;
  /** Present inside the form only when an existing user is edited (else it is a new user). */
  editing?: string;
  /** For a new user: values for seed fields the CRM has no input for (e.g. the user group). */
  defaults?: Partial<Record<UserField, string>>;
}

export interface ListFormRule extends AdminFormCommon {
  entity: 'list';
  fields: Partial<Record<ListField, string>>;
  defaults?: Partial<Record<ListField, string>>;
}

export type AdminFormRule = UserFormRule | ListFormRule;

/** Every selector of a rule, for the selector-syntax meta-test. */
export function adminRuleSelectors(rule: AdminFormRule): string[] {
  return [
    rule.form,
    rule.submit,
    rule.saved.selector,
    rule.refused,
    rule.entity === 'user' ? rule.editing : undefined,
    ...Object.values(rule.fields),
  ].filter((selector): selector is string => typeof selector === 'string');
}
