/**
 * How a control or field reads to the user, reduced for comparing with phrase lists: lower case,
 * accents kept, punctuation and icon glyphs dropped, spaces collapsed.
 */
export function normalizeText(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The texts a control is known by: its visible text, aria-label, title and (inputs) value. */
export function controlTexts(el: Element): string[] {
  const texts = [
    el.textContent ?? '',
    el.getAttribute('aria-label') ?? '',
    el.getAttribute('title') ?? '',
  ];
  if (el.localName === 'input') texts.push((el as HTMLInputElement).value);
  for (const img of Array.from(el.querySelectorAll('img[alt]')))
    texts.push(img.getAttribute('alt') ?? '');
  return texts.map(normalizeText).filter((text) => text !== '');
}

/**
 * Everything that names a field: name, id, autocomplete, placeholder, aria-label and its labels'
 * text, joined (raw, not normalised, so `new_password` keeps its underscore for the patterns).
 */
export function fieldDescription(input: HTMLInputElement): string {
  const parts = [
    input.name,
    input.id,
    input.getAttribute('autocomplete') ?? '',
    input.getAttribute('placeholder') ?? '',
    input.getAttribute('aria-label') ?? '',
  ];
  for (const label of Array.from(input.labels ?? [])) parts.push(label.textContent ?? '');
  return parts.join(' ');
}

/** The autocomplete tokens of a field, lower case (`section-x username webauthn` → 3 tokens). */
export function autocompleteTokens(input: HTMLInputElement): string[] {
  return (input.getAttribute('autocomplete') ?? '').toLowerCase().split(/\s+/).filter(Boolean);
}
