import { describe, expect, it } from 'vitest';
import { classifyContext, classifyLabel, cueBefore } from './context-cues';

describe('classifyLabel', () => {
  it.each([
    'Phone',
    'Tel.',
    'Mobile',
    'Cell',
    'Fax',
    'Contact number',
    'Work phone',
    'Téléphone',
    'Telefon',
    'Handy',
    'Celular',
    'Phone #',
    'Phone No.',
    'Account phone',
    'WhatsApp',
  ])('reads "%s" as a phone label', (label) => {
    expect(classifyLabel(label)).toBe('supports');
  });

  it.each([
    'Order',
    'Order #',
    'Invoice',
    'Ticket',
    'ID',
    '#',
    'SKU',
    'Account',
    'PO',
    'Phone ID',
    'Customer No.',
    'Customer ID',
    'Tracking number',
    'Zip',
    'Amount',
    'Created',
    'N° de commande',
  ])('reads "%s" as a label of something else', (label) => {
    expect(classifyLabel(label)).toBe('suppresses');
  });

  it.each(['', 'Name', 'Customer', 'Number', 'Notes'])('has no opinion on "%s"', (label) => {
    expect(classifyLabel(label)).toBe('neutral');
  });
});

describe('classifyContext', () => {
  it('listens to the label first, then to the column header', () => {
    expect(classifyContext({ label: 'Phone', header: 'Order' })).toBe('supports');
    expect(classifyContext({ label: 'Notes', header: 'Order' })).toBe('suppresses');
    expect(classifyContext(undefined)).toBe('neutral');
  });
});

describe('cueBefore', () => {
  const cueOf = (text: string) => cueBefore(text, text.length);

  it.each(['Order #', 'Invoice ', 'Ref: ', 'ID:', 'Ticket No. ', 'Order number is ', '#'])(
    'suppresses after "%s"',
    (text) => {
      expect(cueOf(text)).toBe('suppresses');
    },
  );

  it.each(['Tel: ', 'Phone: ', 'Call ', 'Mob. ', 'call us at ', 'Phone #: ', 'Fax - '])(
    'supports after "%s"',
    (text) => {
      expect(cueOf(text)).toBe('supports');
    },
  );

  it.each(['Order 12345, ', 'Invoice sent; reach me at ', 'Jane Doe ', ''])(
    'says nothing when the cue is not right before the number: "%s"',
    (text) => {
      expect(cueOf(text)).toBe('neutral');
    },
  );
});
