import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The page's address, written in the fixture's first line: `<!-- fixture-url: … -->`. */
const FIXTURE_URL = /<!--\s*fixture-url:\s*(\S+)\s*-->/;

// Paths, not URL objects: under happy-dom the global URL is the DOM's, which node:fs refuses.
export const FIXTURES_DIR = join(dirname(fileURLToPath(import.meta.url)), '../../fixtures');
export const fixturePath = (name: string) => join(FIXTURES_DIR, `${name}.html`);

export interface Fixture {
  doc: Document;
  url: URL;
  html: string;
}

interface HappyDomGlobal {
  happyDOM?: { settings: Record<string, unknown> };
}

/** Fixtures link the product's style sheets and scripts: happy-dom must not fetch them. */
function loadNoResources(): void {
  const settings = (globalThis as HappyDomGlobal).happyDOM?.settings;
  if (!settings) return;
  settings.disableCSSFileLoading = true;
  settings.disableJavaScriptFileLoading = true;
  settings.handleDisabledFileLoadingAsSuccess = true;
}

/** A saved page (fixtures/<name>.html) parsed into its own document, with its address. */
export function loadFixture(name: string): Fixture {
  const html = readFileSync(fixturePath(name), 'utf8');
  const address = FIXTURE_URL.exec(html)?.[1];
  if (!address) throw new Error(`fixtures/${name}.html has no <!-- fixture-url: … --> line`);
  return { doc: parseHtml(html), url: new URL(address), html };
}

/** A page's HTML as its own document, without fetching its style sheets and scripts. */
export function parseHtml(html: string): Document {
  loadNoResources();
  return new DOMParser().parseFromString(html, 'text/html');
}

/** Makes an element shown the way the product's script does (style, class or attribute). */
export function reveal(el: Element | null): void {
  if (!el) throw new Error('nothing to reveal');
  el.removeAttribute('hidden');
  el.classList.remove('hide');
  (el as HTMLElement).style.removeProperty('display');
}

/** Types into a field as a user would: value set, input event fired. */
export function type(field: HTMLInputElement | null | undefined, value: string): void {
  if (!field) throw new Error('no field to type into');
  field.value = value;
  field.dispatchEvent(new Event('input', { bubbles: true }));
}
