import { controlTexts } from './control-text';
import { isShown } from './is-shown';

/** Elements a user clicks to send a form, including SPA buttons that are not `<button>`. */
export const CONTROL_SELECTOR =
  'button, input[type="submit"], input[type="image"], input[type="button"], [role="button"], a[href], a[role="link"]';

/** Buttons that submit their form (a <button> with no type submits). */
export const SUBMIT_TYPES =
  'button:not([type]), button[type="submit"], input[type="submit"], input[type="image"]';

/** Words that say "log in", after normalizeText: a form's intent. */
export const LOGIN_WORDS =
  /\b(log ?in|log ?on|sign ?in|anmelden|einloggen|login|connexion|se connecter|iniciar sesión|ingresar|entrar|acceder|accedi|aanmelden|inloggen)\b/;

/** Words on a control that sends a form step, beyond login words (multi-step logins). */
const STEP_WORDS = /\b(next|continue|weiter|suivant|siguiente|submit)\b/;

/** Words on controls inside a login form that do not send it. */
const NOT_SUBMIT_WORDS =
  /\b(forgot|reset|show|hide|cancel|back|help|sign ?up|register|create|passwort vergessen|oublié|olvidó|olvidaste)\b/;

export const SIGN_UP_WORDS =
  /\b(sign ?up|register|registration|create (an |your )?account|join|enroll|get started|free trial|registrieren|konto erstellen|s inscrire|inscription|créer un compte|crear (una )?cuenta|registrarse|regístrate)\b/;

export const textMatches = (el: Element, words: RegExp) =>
  controlTexts(el).some((t) => words.test(t));

function isSubmitType(el: Element): boolean {
  if (el.localName === 'button') return (el as HTMLButtonElement).type === 'submit';
  if (el.localName === 'input') {
    const type = (el as HTMLInputElement).type;
    return type === 'submit' || type === 'image';
  }
  return false;
}

/**
 * Whether a control inside a login container sends it: a submit button, or (form-less SPAs,
 * `type=button` handlers) a control whose text reads like "Log in" / "Next".
 */
export function isSubmitControl(control: Element): boolean {
  if (textMatches(control, NOT_SUBMIT_WORDS)) return false;
  return (
    isSubmitType(control) || textMatches(control, LOGIN_WORDS) || textMatches(control, STEP_WORDS)
  );
}

/** The visible control that sends the container: a submit button first, then login wording. */
export function findSubmitControl(container: Element): HTMLElement | null {
  const controls = Array.from(container.querySelectorAll<HTMLElement>(CONTROL_SELECTOR)).filter(
    (control) => isShown(control) && !textMatches(control, NOT_SUBMIT_WORDS),
  );
  return (
    controls.find(isSubmitType) ??
    controls.find((c) => textMatches(c, LOGIN_WORDS) || textMatches(c, STEP_WORDS)) ??
    null
  );
}
