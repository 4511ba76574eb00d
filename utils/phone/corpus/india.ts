import { type CorpusCase, number as n, none } from './types';

const MOBILE = '+919876543210';

export const india: CorpusCase[] = [
  { text: '98765 43210', country: 'IN', expected: [n('98765 43210', MOBILE)] },
  { text: 'Mob. 098765 43210', country: 'IN', expected: [n('098765 43210', MOBILE)] },
  { text: '+91 98765 43210', country: 'IN', expected: [n('+91 98765 43210', MOBILE)] },
  { text: 'WhatsApp +91-9876543210', country: 'IN', expected: [n('+91-9876543210', MOBILE)] },
  { text: '09876543210', country: 'IN', expected: [n('09876543210', MOBILE)] },
  { text: 'Call Ravi on 9876543210 tomorrow', country: 'IN', expected: [n('9876543210', MOBILE)] },
  {
    text: 'Bengaluru office 080-2345 6789',
    country: 'IN',
    expected: [n('080-2345 6789', '+918023456789')],
  },
  {
    text: 'Mumbai (022) 2345 6789',
    country: 'IN',
    expected: [n('(022) 2345 6789', '+912223456789')],
  },
  { text: 'Delhi: 011-23456789', country: 'IN', expected: [n('011-23456789', '+911123456789')] },
  {
    text: 'Tel +91 80 4567 8901',
    country: 'IN',
    expected: [n('+91 80 4567 8901', '+918045678901')],
  },
  {
    text: 'Toll free 1800 180 1961',
    country: 'IN',
    expected: [n('1800 180 1961', '+9118001801961')],
  },
  {
    text: 'Mob: 91234 56789, 99887 76655',
    country: 'IN',
    expected: [n('91234 56789', '+919123456789'), n('99887 76655', '+919988776655')],
  },
  {
    text: '98450 12345; 97311 23456',
    country: 'IN',
    expected: [n('98450 12345', '+919845012345'), n('97311 23456', '+919731123456')],
  },
  {
    text: 'From abroad dial 0091 98765 43210',
    country: 'IN',
    expected: [n('0091 98765 43210', MOBILE)],
  },
  {
    text: '+91 (22) 6789 0123',
    country: 'IN',
    expected: [n('+91 (22) 6789 0123', '+912267890123')],
  },
  {
    text: 'Contact 7012345678 or 8123456789',
    country: 'IN',
    expected: [n('7012345678', '+917012345678'), n('8123456789', '+918123456789')],
  },
  {
    text: 'Reception 080 4123 4567 extn 210',
    country: 'IN',
    expected: [n('080 4123 4567 extn 210', '+918041234567', '210')],
  },
  {
    text: 'US client +1 415 555 0134',
    country: 'IN',
    expected: [n('+1 415 555 0134', '+14155550134')],
  },
  {
    text: 'Dubai: 00 971 4 345 6789',
    country: 'IN',
    expected: [n('00 971 4 345 6789', '+97143456789')],
  },
  {
    text: 'Bengaluru - 560001 080 2345 6789',
    country: 'IN',
    expected: [n('080 2345 6789', '+918023456789')],
  },
  ...none(
    'IN',
    'PIN 560001',
    'Bengaluru 560 001',
    'Rs. 98,765.00',
    '₹ 9876543210',
    'Amount: Rs 9876543210/-',
    'Aadhaar 2345 6789 0123',
    'PAN ABCDE1234F',
    'GSTIN 29ABCDE1234F1Z5',
    'Order ID 9876543210',
    'Invoice No. 9876543210',
    'Dated 15-08-2023',
    'Txn 9876543210 successful',
    'PNR 8234567890',
    '1700000000',
  ),
];
