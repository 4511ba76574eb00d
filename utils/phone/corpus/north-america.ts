import { type CorpusCase, number as n, none } from './types';

const SF = '+14155550134';

export const northAmerica: CorpusCase[] = [
  // United States: national formats
  { text: 'Call (415) 555-0134 today', country: 'US', expected: [n('(415) 555-0134', SF)] },
  { text: '415-555-0134', country: 'US', expected: [n('415-555-0134', SF)] },
  { text: 'Reach me on 415.555.0134.', country: 'US', expected: [n('415.555.0134', SF)] },
  { text: 'phone 4155550134', country: 'US', expected: [n('4155550134', SF)] },
  {
    text: 'Toll free: 1-800-555-0199',
    country: 'US',
    expected: [n('1-800-555-0199', '+18005550199')],
  },
  {
    text: '1 (888) 555-0110 (24/7)',
    country: 'US',
    expected: [n('1 (888) 555-0110', '+18885550110')],
  },
  {
    text: 'Reach Dana at 305 555 0117 after 5pm.',
    country: 'US',
    expected: [n('305 555 0117', '+13055550117')],
  },
  { text: 'Tel:7185550165', country: 'US', expected: [n('7185550165', '+17185550165')] },
  // international formats
  { text: '+1 415 555 0134', country: 'US', expected: [n('+1 415 555 0134', SF)] },
  { text: 'HQ +1 (415) 555-0134', country: 'US', expected: [n('+1 (415) 555-0134', SF)] },
  { text: '+1-503-555-0191', country: 'US', expected: [n('+1-503-555-0191', '+15035550191')] },
  { text: '+14155550134', country: 'US', expected: [n('+14155550134', SF)] },
  {
    text: 'London office: 011 44 20 7946 0958',
    country: 'US',
    expected: [n('011 44 20 7946 0958', '+442079460958')],
  },
  {
    text: 'Pune team 011 91 98765 43210',
    country: 'US',
    expected: [n('011 91 98765 43210', '+919876543210')],
  },
  {
    text: 'Berlin: +49 30 12345678',
    country: 'US',
    expected: [n('+49 30 12345678', '+493012345678')],
  },
  {
    text: 'Paris +33 1 42 68 53 00',
    country: 'US',
    expected: [n('+33 1 42 68 53 00', '+33142685300')],
  },
  {
    text: 'Sydney desk 0061 2 9876 5432',
    country: 'US',
    expected: [n('0061 2 9876 5432', '+61298765432')],
  },
  // extensions
  {
    text: 'Main: 212-736-5000 x4521',
    country: 'US',
    expected: [n('212-736-5000 x4521', '+12127365000', '4521')],
  },
  {
    text: '(646) 555-0188 ext. 12',
    country: 'US',
    expected: [n('(646) 555-0188 ext. 12', '+16465550188', '12')],
  },
  {
    text: '312-555-0147 extension 3',
    country: 'US',
    expected: [n('312-555-0147 extension 3', '+13125550147', '3')],
  },
  {
    text: 'Support (415) 555-0134 #12',
    country: 'US',
    expected: [n('(415) 555-0134 #12', SF, '12')],
  },
  { text: '+1 415 555 0134 ext 7', country: 'US', expected: [n('+1 415 555 0134 ext 7', SF, '7')] },
  {
    text: '(530) 583-6985 x302/x2303',
    country: 'US',
    expected: [n('(530) 583-6985 x302', '+15305836985', '302')],
  },
  // lists
  {
    text: 'Phones: 415-555-0134, 212-555-0187, 646-555-0123',
    country: 'US',
    expected: [
      n('415-555-0134', SF),
      n('212-555-0187', '+12125550187'),
      n('646-555-0123', '+16465550123'),
    ],
  },
  {
    text: '415-555-0134,212-555-0187',
    country: 'US',
    expected: [n('415-555-0134', SF), n('212-555-0187', '+12125550187')],
  },
  {
    text: '415-555-0134; 212-555-0187',
    country: 'US',
    expected: [n('415-555-0134', SF), n('212-555-0187', '+12125550187')],
  },
  {
    text: '415-555-0134;212-555-0187',
    country: 'US',
    expected: [n('415-555-0134', SF), n('212-555-0187', '+12125550187')],
  },
  {
    text: 'Office 617-555-0102 / Fax 617-555-0103',
    country: 'US',
    expected: [n('617-555-0102', '+16175550102'), n('617-555-0103', '+16175550103')],
  },
  {
    text: '(202) 555-0173 or (202) 555-0174',
    country: 'US',
    expected: [n('(202) 555-0173', '+12025550173'), n('(202) 555-0174', '+12025550174')],
  },
  {
    text: 'Her cell is 773.555.0155, office 773.555.0156.',
    country: 'US',
    expected: [n('773.555.0155', '+17735550155'), n('773.555.0156', '+17735550156')],
  },
  {
    text: 'Springfield, IL 62704 217-555-0142',
    country: 'US',
    expected: [n('217-555-0142', '+12175550142')],
  },
  { text: 'San Francisco CA 94103 415 555 0134', country: 'US', expected: [n('415 555 0134', SF)] },
  // Canada
  { text: '(416) 555-0199', country: 'CA', expected: [n('(416) 555-0199', '+14165550199')] },
  {
    text: 'Vancouver office 604-555-0142',
    country: 'CA',
    expected: [n('604-555-0142', '+16045550142')],
  },
  {
    text: 'Montréal : +1 514 555 0123',
    country: 'CA',
    expected: [n('+1 514 555 0123', '+15145550123')],
  },
  { text: '1-613-555-0171', country: 'CA', expected: [n('1-613-555-0171', '+16135550171')] },
  {
    text: 'Bureau 418 555-0186 poste 204',
    country: 'CA',
    expected: [n('418 555-0186', '+14185550186')],
  },
  {
    text: 'Call 905-555-0136, 905-555-0137',
    country: 'CA',
    expected: [n('905-555-0136', '+19055550136'), n('905-555-0137', '+19055550137')],
  },
  {
    text: 'NYC partner (212) 555-0187',
    country: 'CA',
    expected: [n('(212) 555-0187', '+12125550187')],
  },
  {
    text: 'Calgary 403.555.0110 ext 22',
    country: 'CA',
    expected: [n('403.555.0110 ext 22', '+14035550110', '22')],
  },
  {
    text: 'Toronto T: 011 44 161 234 5678',
    country: 'CA',
    expected: [n('011 44 161 234 5678', '+441612345678')],
  },
  // not numbers
  ...none(
    'US',
    'Order #4155550134 shipped',
    'Invoice 4155550134 is overdue',
    'INV-4155550134',
    'PO 4500012345 approved',
    'Ref: 2125550187',
    'Springfield, IL 62704-1234',
    'ZIP+4 94103-1234',
    'SSN 078-05-1120',
    '123-45-6789',
    'Total: $4155550134',
    'Paid $1,234.56 on 01/15/2023',
    'Card 4111 1111 1111 1111',
    'Visa 4111-1111-1111-1111',
    'Amex 3782 822463 10005',
    'Tracking 1Z999AA10123456784',
    'USPS 9400 1000 0000 0000 0000 00',
    'Call 555-0134',
    'Dial 911 or 411',
    '(123) 456-7890',
    'Meeting 10:30-11:45 on 2023-01-15',
  ),
  ...none(
    'CA',
    'Postal code K1A 0B1',
    'SIN 046 454 286',
    'Claim #6045550142',
    'Updated 2024-03-05T14:22:10Z',
  ),
];
