import * as z from 'zod/mini';
import type { LoginRule } from './login-rule';
import { checkSelectorInDom, checkSelectorSyntax } from './selector-syntax';
import { checkUrlPattern, urlPatternMatches } from './url-pattern';

export const MAX_SELECTOR_LENGTH = 500;
export const MAX_NAME_LENGTH = 80;
export const MAX_PATTERN_LENGTH = 300;

/** How each field is named in messages, in the order of the options form. */
export const CUSTOM_RULE_FIELDS = {
  name: 'Name',
  urlPattern: 'Pages',
  usernameSelector: 'Username field selector',
  passwordSelector: 'Password field selector',
  submitSelector: 'Login button selector',
  logoutSelector: 'Logout control selector',
  loggedInSelector: 'Signed-in element selector',
} as const;
export type CustomRuleField = keyof typeof CUSTOM_RULE_FIELDS;

const selector = (field: CustomRuleField) => {
  const label = CUSTOM_RULE_FIELDS[field];
  return z.string().check(
    z.maxLength(MAX_SELECTOR_LENGTH, `${label} must be at most ${MAX_SELECTOR_LENGTH} characters`),
    z.superRefine((value, ctx) => {
      if (value.length > MAX_SELECTOR_LENGTH) return;
      const check = checkSelectorSyntax(value);
      if (!check.ok)
        ctx.issues.push({ code: 'custom', input: value, message: `${label} ${check.reason}` });
    }),
  );
};

/**
 * A rule the user writes for their own CRM on the options page. Selectors are checked with the
 * pure parser (selector-syntax.ts), so the schema gives the same answer in every context, the
 * background worker included; validateCustomRule adds the browser's own check where it has one.
 */
export const customRuleSchema = z.object({
  name: z
    .string()
    .check(
      z.minLength(1, 'Name is required'),
      z.maxLength(MAX_NAME_LENGTH, `Name must be at most ${MAX_NAME_LENGTH} characters`),
    ),
  urlPattern: z.string().check(
    z.maxLength(MAX_PATTERN_LENGTH, `Pages must be at most ${MAX_PATTERN_LENGTH} characters`),
    z.superRefine((value, ctx) => {
      const check = checkUrlPattern(value);
      if (!check.ok)
        ctx.issues.push({ code: 'custom', input: value, message: `Pages ${check.reason}` });
    }),
  ),
  usernameSelector: selector('usernameSelector'),
  passwordSelector: selector('passwordSelector'),
  submitSelector: z.optional(selector('submitSelector')),
  logoutSelector: selector('logoutSelector'),
  loggedInSelector: z.optional(selector('loggedInSelector')),
});
export type CustomRule = z.infer<typeof customRuleSchema>;

export interface RuleProblem {
  field: CustomRuleField | 'rule';
  message: string;
}

export type CustomRuleValidation =
  | { ok: true; rule: CustomRule }
  | { ok: false; problems: RuleProblem[] };

const OPTIONAL_FIELDS = new Set<string>(['submitSelector', 'loggedInSelector']);

/**
 * Checks a rule before it is saved. Text fields are trimmed and an empty optional field is left
 * out. Each problem names its field, and its message names the rule. Pass `dom` (the options
 * page's document) to also have the browser parse each selector.
 */
export function validateCustomRule(
  input: unknown,
  options: { dom?: Document } = {},
): CustomRuleValidation {
  const normalized = normalize(input);
  const ruleName =
    typeof normalized.name === 'string' && normalized.name !== ''
      ? `Rule "${normalized.name.slice(0, MAX_NAME_LENGTH)}"`
      : 'New rule';
  const result = customRuleSchema.safeParse(normalized);
  const problems: RuleProblem[] = result.success
    ? []
    : result.error.issues.map((issue) => {
        const field = issue.path[0];
        const known = typeof field === 'string' && field in CUSTOM_RULE_FIELDS;
        const message =
          issue.code === 'invalid_type' && known
            ? `${CUSTOM_RULE_FIELDS[field as CustomRuleField]} is required`
            : issue.message;
        return {
          field: known ? (field as CustomRuleField) : 'rule',
          message: `${ruleName}: ${message}`,
        };
      });
  if (result.success && options.dom) {
    for (const field of Object.keys(CUSTOM_RULE_FIELDS) as CustomRuleField[]) {
      const value = result.data[field];
      if (field === 'name' || field === 'urlPattern' || value === undefined) continue;
      const check = checkSelectorInDom(value, options.dom);
      if (!check.ok) {
        problems.push({
          field,
          message: `${ruleName}: ${CUSTOM_RULE_FIELDS[field]} ${check.reason}`,
        });
      }
    }
  }
  return result.success && problems.length === 0
    ? { ok: true, rule: result.data }
    : { ok: false, problems };
}

function normalize(input: unknown): Record<string, unknown> {
  if (typeof input !== 'object' || input === null) return {};
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(input)) {
    const text = typeof value === 'string' ? value.trim() : value;
    if (OPTIONAL_FIELDS.has(key) && (text === '' || text === null)) continue;
    out[key] = text;
  }
  return out;
}

/** The rule the detectors use for a saved custom rule. */
export function ruleFromCustom(custom: CustomRule): LoginRule {
  return {
    id: `custom:${custom.name}`,
    name: custom.name,
    matches: (url) => urlPatternMatches(custom.urlPattern, url),
    loginForm: {
      username: custom.usernameSelector,
      password: custom.passwordSelector,
      submit: custom.submitSelector ?? '',
    },
    logoutControl: custom.logoutSelector,
    loggedInSignal: custom.loggedInSelector,
  };
}
