import type { LoginForm } from './find-login-form';
import { inputsOf } from './form-fields';
import { isShown } from './is-shown';
import { type LoginRule, queryAll } from './login-rule';

/** Elements that announce an error by role, wherever they are (EspoCRM's toast is in <body>). */
const ALERT_ROLES = '[role="alert"], [aria-live="assertive"]';

/** Elements styled as errors, looked for near the form only (class names, any case). */
const ERROR_CLASSES =
  '[class*="error"], [class*="Error"], [class*="danger"], [class*="invalid"], [class*="fail"], [class*="Fail"]';

/** What a failed login says, in the languages CRMs ship in. */
const FAILURE_TEXT =
  /\b(invalid|incorrect|wrong|failed|not (valid|recogni[sz]ed|correct)|(doesn't|does not|didn't|did not) match|try again|unable to (log|sign)|couldn't (log|sign)|locked)\b|ungültig|falsch|fehlgeschlagen|nicht korrekt|invalide|erron|échou|incorrect[oa]|inválid|err[oó]ne|fallid/i;

/** NodeFilter.SHOW_TEXT, spelled out: the detectors also run on documents of other windows. */
const SHOW_TEXT = 0x4;

const SKIPPED_TEXT_PARENTS = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'option',
  'label',
]);

/** Some of its text is on screen (an alert region may wrap a hidden message). */
function showsText(el: Element): boolean {
  const walker = el.ownerDocument.createTreeWalker(el, SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if ((node.nodeValue ?? '').trim() !== '' && parent && isShown(parent)) return true;
  }
  return false;
}

/**
 * The visible error messages of a failed login: the rule's error selector; alerts anywhere;
 * error-styled elements and failure wording near the form; fields marked aria-invalid.
 */
export function findLoginErrors(
  doc: Document,
  form: LoginForm | null,
  rule?: LoginRule | null,
): Element[] {
  const found = new Set<Element>(queryAll(doc, rule?.loginForm?.error).filter(showsText));
  for (const el of queryAll(doc, ALERT_ROLES)) if (showsText(el)) found.add(el);
  const near = form ? nearScope(form.container) : null;
  if (near) {
    for (const el of queryAll(near, ERROR_CLASSES)) {
      // A wrapper styled as an error (Bootstrap's has-error) holds the field itself: skip it.
      if (!el.contains(form?.password ?? null) && showsText(el)) found.add(el);
    }
    for (const el of failureTextElements(near)) found.add(el);
  }
  for (const input of form ? inputsOf(form.container) : []) {
    if (input.getAttribute('aria-invalid') === 'true' && isShown(input)) found.add(input);
  }
  return [...found];
}

/** The form's grandparent: messages sit beside the form or one level up, rarely further. */
function nearScope(container: Element): Element {
  return container.parentElement?.parentElement ?? container.parentElement ?? container;
}

function failureTextElements(scope: Element): Element[] {
  const doc = scope.ownerDocument;
  const walker = doc.createTreeWalker(scope, SHOW_TEXT);
  const found: Element[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!parent || SKIPPED_TEXT_PARENTS.has(parent.localName)) continue;
    const text = node.nodeValue ?? '';
    if (text.length <= 300 && FAILURE_TEXT.test(text) && isShown(parent)) found.push(parent);
  }
  return found;
}
