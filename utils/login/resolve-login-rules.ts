import { CRM_RULES } from './crm-rules';
import { type CustomRule, ruleFromCustom } from './custom-rule-schema';
import type { LoginRule } from './login-rule';

export interface ResolvedLoginRule {
  /** Null: no rule fits, the generic heuristics alone decide. */
  rule: LoginRule | null;
  source: 'custom' | 'built-in' | 'generic';
}

/**
 * The rule for this page: the user's own rules first (in their order: they wrote them for this
 * CRM, possibly to correct a built-in one), then the built-in CRM rules, else none. With a
 * rule, its selectors are tried first and the generic heuristics stay as the fallback.
 * Self-hosted products are recognised by markers in the page: call this once the DOM is there.
 */
export function resolveLoginRules(
  url: URL,
  doc: Document,
  customRules: readonly CustomRule[] = [],
  builtIn: readonly LoginRule[] = CRM_RULES,
): ResolvedLoginRule {
  for (const custom of customRules) {
    const rule = ruleFromCustom(custom);
    if (safeMatch(rule, url, doc)) return { rule, source: 'custom' };
  }
  const rule = builtIn.find((candidate) => safeMatch(candidate, url, doc));
  return rule ? { rule, source: 'built-in' } : { rule: null, source: 'generic' };
}

function safeMatch(rule: LoginRule, url: URL, doc: Document): boolean {
  try {
    return rule.matches(url, doc);
  } catch {
    return false;
  }
}
