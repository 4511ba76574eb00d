/**
 * Turns what a user typed as a CRM site into the origin that permissions and content-script
 * registrations work with. A full address is accepted (its origin is the site); anything that
 * is not an http(s) address is refused with the rule, never guessed at.
 */
export function parseSiteInput(
  input: string,
): { ok: true; origin: string } | { ok: false; message: string } {
  const text = input.trim();
  if (text === '') return { ok: false, message: 'Site is required, e.g. https://crm.example.com' };
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return { ok: false, message: 'Site must be a full address starting with http:// or https://' };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return { ok: false, message: 'Site must start with http:// or https://' };
  }
  if (url.username || url.password) {
    return { ok: false, message: 'Site must not contain a user name or password' };
  }
  return { ok: true, origin: url.origin };
}

/** The match pattern that covers every page of an origin (ports included, as origins are). */
export const originMatchPattern = (origin: string) => `${origin}/*`;
