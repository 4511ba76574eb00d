import { type CorpusCase, number as n, none } from './types';

const LONDON = '+442079460958';
const MOBILE = '+447911123456';

export const unitedKingdom: CorpusCase[] = [
  { text: '020 7946 0958', country: 'GB', expected: [n('020 7946 0958', LONDON)] },
  { text: 'Call us on 020 7946 0958.', country: 'GB', expected: [n('020 7946 0958', LONDON)] },
  { text: '+44 20 7946 0958', country: 'GB', expected: [n('+44 20 7946 0958', LONDON)] },
  { text: 'T: +44 (0)20 7946 0958', country: 'GB', expected: [n('+44 (0)20 7946 0958', LONDON)] },
  { text: '(020) 7946 0958', country: 'GB', expected: [n('(020) 7946 0958', LONDON)] },
  { text: '02079460958', country: 'GB', expected: [n('02079460958', LONDON)] },
  { text: 'Mobile 07911 123456', country: 'GB', expected: [n('07911 123456', MOBILE)] },
  { text: '+44 7911 123456', country: 'GB', expected: [n('+44 7911 123456', MOBILE)] },
  { text: '0044 7911 123456', country: 'GB', expected: [n('0044 7911 123456', MOBILE)] },
  {
    text: 'Manchester 0161 234 5678',
    country: 'GB',
    expected: [n('0161 234 5678', '+441612345678')],
  },
  {
    text: 'Birmingham office: 0121 234 5678',
    country: 'GB',
    expected: [n('0121 234 5678', '+441212345678')],
  },
  {
    text: 'Freephone 0800 123 4567',
    country: 'GB',
    expected: [n('0800 123 4567', '+448001234567')],
  },
  {
    text: 'Tel 0113 234 5678; Fax 0113 234 5679',
    country: 'GB',
    expected: [n('0113 234 5678', '+441132345678'), n('0113 234 5679', '+441132345679')],
  },
  {
    text: 'Switchboard 020 7946 0958 ext 214',
    country: 'GB',
    expected: [n('020 7946 0958 ext 214', LONDON, '214')],
  },
  {
    text: '020 7946 0958, 07911 123456',
    country: 'GB',
    expected: [n('020 7946 0958', LONDON), n('07911 123456', MOBILE)],
  },
  {
    text: 'Edinburgh 0131 496 1234',
    country: 'GB',
    expected: [n('0131 496 1234', '+441314961234')],
  },
  {
    text: 'NY office +1 212 555 0187',
    country: 'GB',
    expected: [n('+1 212 555 0187', '+12125550187')],
  },
  {
    text: 'Mumbai 00 91 98765 43210',
    country: 'GB',
    expected: [n('00 91 98765 43210', '+919876543210')],
  },
  ...none(
    'GB',
    '20 7946 0958',
    '7911 123456',
    'London SW1A 1AA',
    'Manchester M1 1AE',
    'EC1A 1BB',
    'Sort code 12-34-56',
    'NI number QQ 12 34 56 C',
    'Order 02079460958',
    'Ticket #07911123456',
    '£1,250.00 due 31/01/2024',
    'Price £2079.46',
    'Company No. 01234567',
  ),
];
