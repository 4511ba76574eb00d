import { CRM_RULES } from './crm-rules';
import { type CustomRule, ruleFromCustom } from './custom-rule-schema';
import { hasMarker, type LoginRule } from './login-rule';
import { checkSelectorInDom } from './selector-syntax';

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
  const onPage = markerCheck(doc, builtIn);
  const rule = builtIn.find((candidate) => safeMatch(candidate, url, doc) || onPage(candidate));
  return rule ? { rule, source: 'built-in' } : { rule: null, source: 'generic' };
}

/** Whether the page belongs to `rule`'s product: by its address or by its markers. */
export function ruleMatches(rule: LoginRule, url: URL, doc: Document): boolean {
  return safeMatch(rule, url, doc) || (rule.markers !== undefined && hasMarker(doc, rule.markers));
}

function safeMatch(rule: LoginRule, url: URL, doc: Document): boolean {
  try {
    return rule.matches(url, doc);
  } catch {
    return false;
  }
}

/**
 * Each marker check that finds nothing walks the page's shell, once per rule. So every
 * rule's markers are first looked for together, in one pass; only when one is there does each
 * rule look for its own. A list the browser cannot parse falls back to one check per rule.
 */
function markerCheck(doc: Document, rules: readonly LoginRule[]): (rule: LoginRule) => boolean {
  let anyOnPage: boolean | undefined;
  return (rule) => {
    if (rule.markers === undefined) return false;
    if (anyOnPage === undefined) {
      const all = rules.flatMap((r) => (r.markers === undefined ? [] : [r.markers])).join(', ');
      anyOnPage = !checkSelectorInDom(all, doc).ok || hasMarker(doc, all);
    }
    return anyOnPage && hasMarker(doc, rule.markers);
  };
}
