import { type CorpusCase, number as n, none } from './types';

const BERLIN = '+493012345678';

export const germany: CorpusCase[] = [
  { text: '030 12345678', country: 'DE', expected: [n('030 12345678', BERLIN)] },
  { text: 'Telefon: 030 12345678', country: 'DE', expected: [n('030 12345678', BERLIN)] },
  { text: '+49 30 12345678', country: 'DE', expected: [n('+49 30 12345678', BERLIN)] },
  {
    text: 'Tel. +49 (0)30 1234567',
    country: 'DE',
    expected: [n('+49 (0)30 1234567', '+49301234567')],
  },
  { text: '030/1234567', country: 'DE', expected: [n('030/1234567', '+49301234567')] },
  { text: '(030) 123 456 78', country: 'DE', expected: [n('(030) 123 456 78', BERLIN)] },
  { text: 'Handy 0151 23456789', country: 'DE', expected: [n('0151 23456789', '+4915123456789')] },
  { text: '+49 151 23456789', country: 'DE', expected: [n('+49 151 23456789', '+4915123456789')] },
  {
    text: 'München 0049 89 1234567',
    country: 'DE',
    expected: [n('0049 89 1234567', '+49891234567')],
  },
  { text: '089 1234567', country: 'DE', expected: [n('089 1234567', '+49891234567')] },
  {
    text: 'Heidelberg 06221 123456',
    country: 'DE',
    expected: [n('06221 123456', '+496221123456')],
  },
  { text: 'Mobil: 0171 1234567', country: 'DE', expected: [n('0171 1234567', '+491711234567')] },
  { text: 'Hamburg 040-12345678', country: 'DE', expected: [n('040-12345678', '+494012345678')] },
  {
    text: 'Tel. 030 1234567, Fax 030 1234568',
    country: 'DE',
    expected: [n('030 1234567', '+49301234567'), n('030 1234568', '+49301234568')],
  },
  {
    text: '0221 9876543; 0211 1234567',
    country: 'DE',
    expected: [n('0221 9876543', '+492219876543'), n('0211 1234567', '+492111234567')],
  },
  { text: 'Zentrale 069 12345-0', country: 'DE', expected: [n('069 12345-0', '+4969123450')] },
  { text: 'Wien +43 1 234 5678', country: 'DE', expected: [n('+43 1 234 5678', '+4312345678')] },
  ...none(
    'DE',
    '30 12345678',
    '151 23456789',
    'Datum: 15.01.2023',
    '10115 Berlin',
    'Rechnung Nr. 030123456',
    'Bestellnummer 0151234567',
    'USt-IdNr. DE123456789',
    'IBAN DE89 3704 0044 0532 0130 00',
    'Preis: 1.234,56 €',
    'Version 2.3.4.5',
    '2019-2023',
    'Öffnungszeiten 08:00-18:00',
  ),
];
