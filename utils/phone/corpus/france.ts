import { type CorpusCase, number as n, none } from './types';

const PARIS = '+33123456789';
const MOBILE = '+33612345678';

export const france: CorpusCase[] = [
  { text: '01 23 45 67 89', country: 'FR', expected: [n('01 23 45 67 89', PARIS)] },
  { text: '+33 1 23 45 67 89', country: 'FR', expected: [n('+33 1 23 45 67 89', PARIS)] },
  { text: '+33 (0)1 23 45 67 89', country: 'FR', expected: [n('+33 (0)1 23 45 67 89', PARIS)] },
  { text: 'Portable : 06 12 34 56 78', country: 'FR', expected: [n('06 12 34 56 78', MOBILE)] },
  { text: '06.12.34.56.78', country: 'FR', expected: [n('06.12.34.56.78', MOBILE)] },
  { text: '0612345678', country: 'FR', expected: [n('0612345678', MOBILE)] },
  { text: '0033 6 12 34 56 78', country: 'FR', expected: [n('0033 6 12 34 56 78', MOBILE)] },
  {
    text: 'Marseille 04 91 23 45 67',
    country: 'FR',
    expected: [n('04 91 23 45 67', '+33491234567')],
  },
  { text: 'Tél : 01 42 68 53 00', country: 'FR', expected: [n('01 42 68 53 00', '+33142685300')] },
  {
    text: 'Numéro vert 0 800 12 34 56',
    country: 'FR',
    expected: [n('0 800 12 34 56', '+33800123456')],
  },
  {
    text: 'Tél. 01 42 68 53 00 ; fax 01 42 68 53 01',
    country: 'FR',
    expected: [n('01 42 68 53 00', '+33142685300'), n('01 42 68 53 01', '+33142685301')],
  },
  {
    text: '06 12 34 56 78, 07 81 23 45 67',
    country: 'FR',
    expected: [n('06 12 34 56 78', MOBILE), n('07 81 23 45 67', '+33781234567')],
  },
  {
    text: 'Appelez le 05-56-12-34-56 demain',
    country: 'FR',
    expected: [n('05-56-12-34-56', '+33556123456')],
  },
  {
    text: 'Bruxelles +32 2 555 12 12',
    country: 'FR',
    expected: [n('+32 2 555 12 12', '+3225551212')],
  },
  ...none(
    'FR',
    '6 12 34 56 78',
    '75008 Paris',
    'SIRET 123 456 789 00012',
    '12,50 €',
    'le 15/01/2023 à 10h30',
    'N° de commande 0612345678',
    'Facture 0123456789',
    'TVA FR 40 303 265 045',
  ),
];
