/**
 * Cells a spreadsheet would run as a formula when the CSV is opened (`=`, `@`, a tab or carriage
 * return first, or `+`/`-` not followed by a digit). Papaparse prefixes such cells with `'`.
 * Phone numbers such as `+44 20 7946 0958` or `-` signs before digits stay as they are, so
 * the file still imports back unchanged for every ordinary value.
 */
export const FORMULA_START = /^[=@\t\r]|^[+-](?!\d)/;
