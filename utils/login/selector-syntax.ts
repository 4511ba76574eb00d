/**
 * A pure check of CSS selector syntax (Selectors Level 4, what `querySelectorAll` takes), for
 * places with no DOM (the background worker) and for DOMs whose parser differs from browsers'
 * (happy-dom refuses `[name=x i]` and accepts `:foo`). It checks the grammar and the names of
 * pseudo-classes that current browsers support, and refuses pseudo-elements, which never match
 * an element. The options page also asks its own browser (checkSelectorInDom) before saving.
 */
import { scanIdent, scanString } from './css-scan';

export type SelectorCheck = { ok: true } | { ok: false; reason: string };

const PSEUDO_CLASSES = new Set(
  (
    'active any-link autofill checked default defined disabled empty enabled first-child ' +
    'first-of-type focus focus-visible focus-within fullscreen host hover in-range indeterminate ' +
    'invalid last-child last-of-type link modal only-child only-of-type optional out-of-range ' +
    'placeholder-shown popover-open read-only read-write required root scope target user-invalid ' +
    'user-valid valid visited -webkit-autofill'
  ).split(' '),
);
const LEGACY_PSEUDO_ELEMENTS = new Set(['before', 'after', 'first-line', 'first-letter']);
const AN_PLUS_B = /^\s*(odd|even|[+-]?\d+|[+-]?\d*n(\s*[+-]\s*\d+)?)\s*$/i;

class SyntaxFailure extends Error {}

export function checkSelectorSyntax(selector: string): SelectorCheck {
  if (selector.trim() === '') return { ok: false, reason: 'is empty' };
  try {
    const parser = new SelectorParser(selector);
    parser.list(false);
    if (!parser.atEnd()) parser.fail();
    return { ok: true };
  } catch (error) {
    if (error instanceof SyntaxFailure) return { ok: false, reason: error.message };
    throw error;
  }
}

class SelectorParser {
  private pos = 0;
  constructor(private readonly src: string) {}

  atEnd = () => this.pos >= this.src.length;
  private peek = (ahead = 0) => this.src[this.pos + ahead] ?? '';

  fail(expected?: string): never {
    const wanted = expected ? `: ${expected} expected` : '';
    if (this.atEnd()) throw new SyntaxFailure(`ends too early${wanted}`);
    throw new SyntaxFailure(
      `has an unexpected "${this.peek()}" at character ${this.pos + 1}${wanted}`,
    );
  }

  private skipSpace(): boolean {
    const start = this.pos;
    while (/\s/.test(this.peek()) && !this.atEnd()) this.pos++;
    return this.pos > start;
  }

  private eat(ch: string): boolean {
    if (this.peek() !== ch) return false;
    this.pos++;
    return true;
  }

  private expect(ch: string): void {
    if (!this.eat(ch)) this.fail(`"${ch}"`);
  }

  /** A comma-separated list of complex selectors; `relative` lets each start with > + ~. */
  list(relative: boolean): void {
    do {
      this.skipSpace();
      this.complex(relative);
      this.skipSpace();
    } while (this.eat(','));
  }

  private complex(relative: boolean): void {
    if (relative && '>+~'.includes(this.peek()) && !this.atEnd()) {
      this.pos++;
      this.skipSpace();
    }
    this.compound();
    for (;;) {
      const spaced = this.skipSpace();
      const next = this.peek();
      if (this.atEnd() || next === ',' || next === ')') return;
      if ('>+~'.includes(next)) {
        this.pos++;
        this.skipSpace();
      } else if (!spaced) {
        this.fail();
      }
      this.compound();
    }
  }

  /** A type or * (with an optional namespace), then #id .class [attr] :pseudo, at least one. */
  compound(): void {
    let parts = 0;
    if (this.eat('*') || this.ident()) parts++;
    if (this.peek() === '|' && this.peek(1) !== '=') {
      this.pos++;
      if (!this.eat('*') && !this.ident()) this.fail('a type name after "|"');
      parts++;
    }
    for (;;) {
      const ch = this.peek();
      if (ch === '#' || ch === '.') {
        this.pos++;
        if (!this.ident()) this.fail(`a name after "${ch}"`);
      } else if (ch === '[') {
        this.attribute();
      } else if (ch === ':') {
        this.pseudo();
      } else {
        break;
      }
      parts++;
    }
    if (parts === 0) this.fail('a selector');
  }

  private attribute(): void {
    this.expect('[');
    this.skipSpace();
    if (this.eat('*') || this.peek() === '|') this.expect('|');
    if (!this.ident()) this.fail('an attribute name');
    if (this.peek() === '|' && this.peek(1) !== '=') {
      this.pos++;
      if (!this.ident()) this.fail('an attribute name');
    }
    this.skipSpace();
    if (this.eat(']')) return;
    if ('~|^$*'.includes(this.peek()) && this.peek(1) === '=') this.pos++;
    this.expect('=');
    this.skipSpace();
    if (!this.string() && !this.ident()) this.fail('a value (a name or a quoted string)');
    this.skipSpace();
    if (/[is]/i.test(this.peek()) && /[\s\]]/.test(this.peek(1))) this.pos++;
    this.skipSpace();
    this.expect(']');
  }

  private pseudo(): void {
    this.expect(':');
    if (this.peek() === ':') {
      throw new SyntaxFailure('uses a pseudo-element ("::"), which never matches an element');
    }
    const start = this.pos;
    if (!this.ident()) this.fail('a pseudo-class name after ":"');
    const name = this.src.slice(start, this.pos).toLowerCase();
    if (LEGACY_PSEUDO_ELEMENTS.has(name)) {
      throw new SyntaxFailure(`uses the pseudo-element ":${name}", which never matches an element`);
    }
    if (!this.eat('(')) {
      if (!PSEUDO_CLASSES.has(name))
        throw new SyntaxFailure(`uses an unknown pseudo-class ":${name}"`);
      return;
    }
    this.pseudoArguments(name);
    this.expect(')');
  }

  private pseudoArguments(name: string): void {
    switch (name) {
      case 'is':
      case 'where':
        this.skipBalanced(); // forgiving lists: anything balanced is accepted
        break;
      case 'not':
        this.list(false);
        break;
      case 'has':
        this.list(true);
        break;
      case 'nth-child':
      case 'nth-last-child':
        this.nth(true);
        break;
      case 'nth-of-type':
      case 'nth-last-of-type':
        this.nth(false);
        break;
      case 'host':
      case 'host-context':
        this.skipSpace();
        this.compound();
        this.skipSpace();
        break;
      case 'lang':
      case 'dir':
        do {
          this.skipSpace();
          if (!this.string() && !this.ident()) this.fail('a language or direction');
          this.skipSpace();
        } while (name === 'lang' && this.eat(','));
        break;
      default:
        throw new SyntaxFailure(`uses an unknown pseudo-class ":${name}()"`);
    }
  }

  /** `an+b`, and for the child forms an optional `of <selector list>`. */
  private nth(allowOf: boolean): void {
    const rest = this.src.slice(this.pos);
    const end = rest.search(allowOf ? /\)|\s+of\s/i : /\)/);
    const formula = end < 0 ? rest : rest.slice(0, end);
    if (!AN_PLUS_B.test(formula)) {
      throw new SyntaxFailure(`has an invalid formula "${formula.trim()}" (use e.g. 2n+1, odd, 3)`);
    }
    this.pos += formula.length;
    if (allowOf && /^\s+of\s/i.test(this.src.slice(this.pos))) {
      this.skipSpace();
      this.pos += 2;
      this.list(false);
    }
  }

  /** Skips to the ")" that closes the current argument, minding nesting and strings. */
  private skipBalanced(): void {
    let depth = 0;
    while (!this.atEnd()) {
      const ch = this.peek();
      if (ch === '"' || ch === "'") this.string();
      else if (ch === '\\') this.pos += 2;
      else if (ch === ')' && depth === 0) return;
      else {
        if (ch === '(' || ch === '[') depth++;
        if (ch === ')' || ch === ']') depth--;
        this.pos++;
      }
    }
  }

  /** A quoted string; false when there is none here. */
  private string(): boolean {
    const scanned = scanString(this.src, this.pos);
    if (!scanned) return false;
    if (!scanned.closed) throw new SyntaxFailure('has a string with no closing quote');
    this.pos = scanned.end;
    return true;
  }

  /** A CSS identifier; false when there is none here. */
  private ident(): boolean {
    const end = scanIdent(this.src, this.pos);
    if (end < 0) return false;
    this.pos = end;
    return true;
  }
}

/** The browser's own verdict, where a DOM is at hand (the options page): a fragment's query. */
export function checkSelectorInDom(selector: string, doc: Document): SelectorCheck {
  try {
    doc.createDocumentFragment().querySelector(selector);
    return { ok: true };
  } catch {
    return { ok: false, reason: 'is not accepted by this browser' };
  }
}
