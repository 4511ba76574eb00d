/**
 * A tiny HTML template helper. Every interpolated value is escaped unless it is already
 * `SafeHtml`, so demo data (names, notes, form input echoed back) can never inject markup:
 * the pages are a test bed for an extension that scans them, and stray markup would make
 * the ground truth lie.
 */
export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

export type HtmlValue = SafeHtml | string | number | boolean | null | undefined | HtmlValue[];

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
  '`': '&#96;',
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"'`]/g, (ch) => ESCAPES[ch] ?? ch);
}

function render(value: HtmlValue): string {
  if (value instanceof SafeHtml) return value.value;
  if (Array.isArray(value)) return value.map(render).join('');
  // null, undefined and false render as nothing so that `${cond && html`...`}` reads naturally.
  if (value === null || value === undefined || value === false) return '';
  return escapeHtml(String(value));
}

export function html(strings: TemplateStringsArray, ...values: HtmlValue[]): SafeHtml {
  let out = strings[0] ?? '';
  values.forEach((value, i) => {
    out += render(value) + (strings[i + 1] ?? '');
  });
  return new SafeHtml(out);
}

/** Marks text that is already HTML (use only for constants written in this folder). */
export function raw(text: string): SafeHtml {
  return new SafeHtml(text);
}

/** A whole page; `head` and `body` are already-built `SafeHtml`. */
export function htmlDocument(page: {
  title: string;
  head?: SafeHtml;
  body: SafeHtml;
  bodyAttrs?: SafeHtml;
}): string {
  return html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
<title>${page.title}</title>
${page.head}
</head>
<body ${page.bodyAttrs}>
${page.body}
</body>
</html>
`.value;
}
