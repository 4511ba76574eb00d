import { type CorpusCase, number as n } from './types';

/** Texts read with the label or column header the page gives them. */
export const context: CorpusCase[] = [
  {
    text: '415-555-0134',
    country: 'US',
    context: { header: 'Phone' },
    expected: [n('415-555-0134', '+14155550134')],
  },
  { text: '4155550134', country: 'US', context: { header: 'Order #' }, expected: [] },
  { text: '4155550134', country: 'US', context: { header: 'Invoice' }, expected: [] },
  { text: '4155550134', country: 'US', context: { header: 'Ticket' }, expected: [] },
  { text: '4155550134', country: 'US', context: { header: 'ID' }, expected: [] },
  { text: '4155550134', country: 'US', context: { header: '#' }, expected: [] },
  { text: '2125550187', country: 'US', context: { header: 'SKU' }, expected: [] },
  { text: '02079460958', country: 'GB', context: { label: 'Account number' }, expected: [] },
  { text: '4500012345', country: 'US', context: { header: 'PO' }, expected: [] },
  {
    text: '98765 43210',
    country: 'IN',
    context: { label: 'Contact number' },
    expected: [n('98765 43210', '+919876543210')],
  },
  {
    text: '020 7946 0959',
    country: 'GB',
    context: { label: 'Fax' },
    expected: [n('020 7946 0959', '+442079460959')],
  },
  {
    text: '7911 123456',
    country: 'GB',
    context: { header: 'Mobile' },
    expected: [n('7911 123456', '+447911123456')],
  },
  { text: 'Tel: 20 7946 0958', country: 'GB', expected: [n('20 7946 0958', '+442079460958')] },
  { text: 'Order #4155550134', country: 'US', context: { header: 'Phone' }, expected: [] },
  {
    text: 'Tel: 415-555-0134',
    country: 'US',
    context: { header: 'Order' },
    expected: [n('415-555-0134', '+14155550134')],
  },
  { text: '2023-01-15 10:30', country: 'US', context: { header: 'Created' }, expected: [] },
  { text: '415-555-01', country: 'US', context: { header: 'Phone' }, expected: [] },
  { text: 'Tel: 123-456-7890', country: 'US', expected: [] },
  {
    text: '(11) 98765-4321',
    country: 'BR',
    context: { header: 'Celular' },
    expected: [n('(11) 98765-4321', '+5511987654321')],
  },
  {
    text: '030 12345678',
    country: 'DE',
    context: { header: 'Telefon' },
    expected: [n('030 12345678', '+493012345678')],
  },
  { text: '0612345678', country: 'FR', context: { header: 'N° de commande' }, expected: [] },
  { text: '0412 345 678', country: 'AU', context: { header: 'Customer ID' }, expected: [] },
  {
    text: '0412 345 678',
    country: 'AU',
    context: { header: 'Customer' },
    expected: [n('0412 345 678', '+61412345678')],
  },
  {
    text: 'Jane Roe, 415-555-0134',
    country: 'US',
    context: { header: 'Contact' },
    expected: [n('415-555-0134', '+14155550134')],
  },
];
