import { type CorpusCase, number as n, none } from './types';

const SYDNEY = '+61298765432';
const MOBILE = '+61412345678';

export const australia: CorpusCase[] = [
  { text: '(02) 9876 5432', country: 'AU', expected: [n('(02) 9876 5432', SYDNEY)] },
  { text: 'Ph 02 9876 5432', country: 'AU', expected: [n('02 9876 5432', SYDNEY)] },
  { text: '+61 2 9876 5432', country: 'AU', expected: [n('+61 2 9876 5432', SYDNEY)] },
  { text: 'Mob 0412 345 678', country: 'AU', expected: [n('0412 345 678', MOBILE)] },
  { text: '+61 412 345 678', country: 'AU', expected: [n('+61 412 345 678', MOBILE)] },
  { text: '0412345678', country: 'AU', expected: [n('0412345678', MOBILE)] },
  { text: 'Bookings 1300 975 707', country: 'AU', expected: [n('1300 975 707', '+611300975707')] },
  { text: 'Free call 1800 123 456', country: 'AU', expected: [n('1800 123 456', '+611800123456')] },
  {
    text: 'Melbourne (03) 9123 4567',
    country: 'AU',
    expected: [n('(03) 9123 4567', '+61391234567')],
  },
  {
    text: 'UK desk 0011 44 20 7946 0958',
    country: 'AU',
    expected: [n('0011 44 20 7946 0958', '+442079460958')],
  },
  {
    text: 'Brisbane (07) 3123 4567, Perth (08) 9123 4567',
    country: 'AU',
    expected: [n('(07) 3123 4567', '+61731234567'), n('(08) 9123 4567', '+61891234567')],
  },
  {
    text: '0412 345 678; 0423 456 789',
    country: 'AU',
    expected: [n('0412 345 678', MOBILE), n('0423 456 789', '+61423456789')],
  },
  {
    text: 'Auckland +64 9 379 4567',
    country: 'AU',
    expected: [n('+64 9 379 4567', '+6493794567')],
  },
  ...none(
    'AU',
    '412 345 678',
    '2 9876 5432',
    'Sydney NSW 2000',
    'ABN 51 824 753 556',
    'A$1,299.00',
    'Invoice 0298765432',
    'Due 30/06/2024',
  ),
];
