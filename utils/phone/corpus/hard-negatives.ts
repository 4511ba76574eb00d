import type { CountryCode } from '../types';
import { type CorpusCase, none } from './types';

const everywhere = (...texts: string[]): CorpusCase[] =>
  (['US', 'CA', 'IN', 'GB', 'DE', 'FR', 'AU', 'BR'] as CountryCode[]).flatMap((country) =>
    none(country, ...texts),
  );

/** Texts full of digits in which nothing is a phone number, in every corpus country. */
export const hardNegatives: CorpusCase[] = [
  // dates
  ...everywhere('01/15/2023', '15.01.2023', '2023-01-15', '2023/01/15', 'Jan 15, 2023'),
  ...none('US', 'Due 12-31-2023', 'Born 07/04/1976'),
  ...none('DE', 'am 31.12.2023 fällig', '1.1.2024'),
  // times and timestamps
  ...everywhere('10:30:45', '2023-01-15T10:30:00Z', '2023-01-15 10:30:00'),
  ...none('US', '10:30 AM - 11:45 PM', 'Logged 2024-03-05T14:22:10.123+05:30'),
  ...none('IN', 'Created 20230115103000', 'Epoch 1700000000123'),
  ...none('FR', 'Le 15/01/2023 à 10:30'),
  // postcodes
  ...none('US', 'Beverly Hills, CA 90210-1234', 'Boston MA 02134-1234'),
  ...none('GB', 'London W1A 0AX', 'Leeds LS1 4DY', 'Cardiff CF10 1EP'),
  // order, invoice, ticket and reference numbers
  ...none(
    'US',
    'Order #2125550187',
    'Invoice #: 6465550123',
    'Ticket 7735550155 closed',
    'SKU 3125550147',
  ),
  ...none('GB', 'Invoice INV-2023-004512', 'Ref: 02079460958'),
  ...none('DE', 'Auftrag 030123456789', 'Kundennummer 0891234567'),
  ...none('BR', 'Protocolo 11987654321'),
  // prices
  ...none('US', 'Revenue $4,155,550,134', 'USD 415 555 0134', '$ 2125550187.00'),
  ...none('IN', '₹1,23,456.00', 'INR 98765 43210'),
  ...none('DE', '€ 1.234.567,89', '2.125.550 EUR'),
  // addresses on the network
  ...everywhere('192.168.100.200', '10.0.0.1', 'IP 172.16.254.101'),
  // cards and identity numbers
  ...everywhere('4111 1111 1111 1111', '5500-0000-0000-0004', '4111111111111111'),
  ...none('US', 'SSN: 219-09-9999', 'EIN 12-3456789'),
  // versions and year ranges
  ...everywhere('v10.2.3', 'Version 10.2.3.4', '2019-2023', '1998 – 2005'),
  ...none('US', 'FY 2019-2020 report'),
  // tracking numbers
  ...everywhere('1Z999AA10123456784', '9400 1000 0000 0000 0000 00'),
  ...none('US', 'FedEx 7489 2345 6789'),
  // publication pages
  ...none('US', 'VLDB J. 12(3): 211-227 (2003).'),
];
