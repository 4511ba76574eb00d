import { autocompleteTokens, fieldDescription } from './control-text';
import { isShown } from './is-shown';

/** Input types a user name can be typed into (`type` reads `text` when missing or unknown). */
const TEXT_TYPES = new Set(['text', 'email', 'tel']);

const USERNAME_NAME =
  /user|login|e-?mail|account|acct|\buid\b|logon|benutzer|usuario|utilisateur|identifiant|courriel/i;

export function isInput(el: Element | null | undefined): el is HTMLInputElement {
  return el?.localName === 'input';
}

export function isPasswordField(el: Element): el is HTMLInputElement {
  return isInput(el) && el.type === 'password';
}

/**
 * Every input under `root`, through the browser's live tag-name collection where it has one:
 * the browser keeps the collection's items until the DOM under `root` changes, so looking at a
 * page's inputs a second time costs nothing, where each `querySelectorAll('input')` walks the
 * whole page again (6 ms each on a 20,000-row table; the login checks looked twice).
 */
export function inputsIn(root: ParentNode): HTMLInputElement[] {
  const byTag = (root as Partial<Pick<Element, 'getElementsByTagName'>>).getElementsByTagName;
  return byTag
    ? Array.from(byTag.call(root, 'input') as HTMLCollectionOf<HTMLInputElement>)
    : Array.from(root.querySelectorAll('input'));
}

/** The inputs that belong to a form-like container, `form=` associated ones included. */
export function inputsOf(container: Element): HTMLInputElement[] {
  const inside = inputsIn(container);
  if (container.localName !== 'form') return inside;
  const owned = Array.from((container as HTMLFormElement).elements).filter(isInput);
  return [...new Set([...inside, ...owned])];
}

export const isTextField = (input: HTMLInputElement) => TEXT_TYPES.has(input.type);

/** Node.DOCUMENT_POSITION_FOLLOWING, spelled out: no DOM globals needed. */
const DOCUMENT_POSITION_FOLLOWING = 0x4;

const precedes = (a: Element, b: Element) =>
  (a.compareDocumentPosition(b) & DOCUMENT_POSITION_FOLLOWING) !== 0;

/**
 * The user name field that goes with a password field: autocomplete username/email, then
 * type=email, then a name or id that says so, then the nearest text field before the password.
 * Visible fields first; then fields hidden by CSS (a multi-step login keeps the name typed on
 * step one in the form, as Microsoft and Zoho do); last, a hidden input named like a user name.
 */
export function findUsernameField(
  container: Element,
  password: HTMLInputElement,
): HTMLInputElement | null {
  const inputs = inputsOf(container).filter((input) => input !== password);
  const textLike = inputs.filter(isTextField);
  const shown = textLike.filter(isShown);
  for (const pool of [shown, textLike]) {
    const pick =
      pool.find((input) =>
        autocompleteTokens(input).some((t) => t === 'username' || t === 'email'),
      ) ??
      pool.find((input) => input.type === 'email') ??
      pool.find((input) => USERNAME_NAME.test(`${input.name} ${input.id}`)) ??
      pool.filter((input) => precedes(input, password)).at(-1) ??
      pool[0];
    if (pick) return pick;
  }
  return (
    inputs.find(
      (input) => input.type === 'hidden' && input.value !== '' && USERNAME_NAME.test(input.name),
    ) ?? null
  );
}

/** A password field of a sign-up or change-password form, by what the page says it is for. */
const NEW_PASSWORD =
  /new[\s_-]?pass|pass(word)?[\s_-]?new|confirm|repeat|retype|re-?enter|again|wiederhol|bestätig|neues|nouveau|nuevo|confirmar|confirmer/i;

export function isNewPasswordField(input: HTMLInputElement): boolean {
  if (autocompleteTokens(input).includes('new-password')) return true;
  return NEW_PASSWORD.test(fieldDescription(input));
}

export function isCurrentPasswordField(input: HTMLInputElement): boolean {
  return autocompleteTokens(input).includes('current-password');
}
