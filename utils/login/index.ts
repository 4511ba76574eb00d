/**
 * Login and logout detection on CRM pages: the pure part. Everything takes the page's Document
 * (or an element) and an AbortSignal; nothing here touches `browser`, storage or the widget.
 * The content script resolves the rule for its page, watches, and reports to the background.
 */

export { CRM_RULES } from './crm-rules';
export {
  CUSTOM_RULE_FIELDS,
  type CustomRule,
  type CustomRuleField,
  type CustomRuleValidation,
  customRuleSchema,
  MAX_NAME_LENGTH,
  MAX_PATTERN_LENGTH,
  MAX_SELECTOR_LENGTH,
  type RuleProblem,
  ruleFromCustom,
  validateCustomRule,
} from './custom-rule-schema';
export { findLoginErrors } from './find-login-errors';
export { findLoginForm, type LoginForm } from './find-login-form';
export {
  findLogoutControls,
  isLogoutAddress,
  isLogoutControl,
} from './find-logout-controls';
export {
  hasLoginFailed,
  isLoginPage,
  isLoginPageGone,
  isSameLoginSite,
  type LoginAttempt,
  type LoginPageState,
  readLoginPageState,
} from './login-page-state';
export type { LoginFormSelectors, LoginRule } from './login-rule';
export { type ResolvedLoginRule, resolveLoginRules } from './resolve-login-rules';
export { checkSelectorInDom, checkSelectorSyntax, type SelectorCheck } from './selector-syntax';
export { checkUrlPattern, urlPatternMatches } from './url-pattern';
export {
  DEFAULT_CONFIRM_MS,
  type LoginOutcome,
  type WatchLoginOutcomeOptions,
  watchLoginOutcome,
} from './watch-login-outcome';
export { watchLoginPage } from './watch-login-page';
export { type LoginCapture, watchLoginSubmission } from './watch-login-submission';
export { watchLogout } from './watch-logout';
