import type { CountryCode } from '../types';
import { type CorpusCase, type ExpectedNumber, number as n } from './types';

const c = (text: string, country: CountryCode, ...expected: ExpectedNumber[]): CorpusCase => ({
  text,
  country,
  expected,
});

/** Texts as CRM records and notes hold them, numbers mixed with dates, amounts and references. */
export const crmNotes: CorpusCase[] = [
  c(
    'Please call John Smith at (312) 555-0198 before 3:00 PM on 04/12/2024.',
    'US',
    n('(312) 555-0198', '+13125550198'),
  ),
  c(
    'Invoice 2024-0087 | Amount due $1,250.00 | Contact: 617-555-0144',
    'US',
    n('617-555-0144', '+16175550144'),
  ),
  c(
    'Customer since 2015. Mobile: +1 646 555 0162; office: +1 (212) 555-0100 ext. 310',
    'US',
    n('+1 646 555 0162', '+16465550162'),
    n('+1 (212) 555-0100 ext. 310', '+12125550100', '310'),
  ),
  c('Order #A-39281 shipped via UPS 1Z9999999999999999 on 2024-03-02', 'US'),
  c(
    'Lead score 87, last touch 2024-03-01T09:15:00Z, next step: call 503.555.0111',
    'US',
    n('503.555.0111', '+15035550111'),
  ),
  c('Acct 9876543210 balance $-45.00', 'US'),
  c('Dial 1 800 555 0175 then press 2', 'US', n('1 800 555 0175', '+18005550175')),
  c(
    'Fax (415) 555-0177 — Phone (415) 555-0176',
    'US',
    n('(415) 555-0177', '+14155550177'),
    n('(415) 555-0176', '+14155550176'),
  ),
  c(
    'Toronto: 647 555 0133 | Ottawa: 613-555-0190',
    'CA',
    n('647 555 0133', '+16475550133'),
    n('613-555-0190', '+16135550190'),
  ),
  c('Case number 00123456 opened 3/4/2024', 'CA'),
  c(
    'Ph: 080-4112-3456, Mobile No. 9845098450',
    'IN',
    n('080-4112-3456', '+918041123456'),
    n('9845098450', '+919845098450'),
  ),
  c('Shipment AWB 1234567890 dispatched on 12-03-2024', 'IN'),
  c('Customer care: 1800-425-1234 (toll free)', 'IN', n('1800-425-1234', '+9118004251234')),
  c('GSTIN 07AAACB1234C1Z5, PAN AAACB1234C, CIN U72200DL2005PTC123456', 'IN'),
  c(
    'Regd. office: Plot 14, Sector 18, Gurugram 122015. Tel +91 124 456 7890',
    'IN',
    n('+91 124 456 7890', '+911244567890'),
  ),
  // 01632 960xxx and 07700 900xxx are Ofcom's drama ranges: not valid numbers.
  c('Please ring 01632 960 001 or 0117 496 0123', 'GB', n('0117 496 0123', '+441174960123')),
  c(
    'Office hours 09:00–17:30, Mon–Fri. Tel: 029 2018 0000',
    'GB',
    n('029 2018 0000', '+442920180000'),
  ),
  c('Booking ref 7911123456, arriving 14/03/2024', 'GB'),
  c('Contact Sarah on 07700 900 461 or sarah@example.co.uk', 'GB'),
  c(
    'Direct line: +44 (0)113 496 0000, mobile +44 (0)7911 123456',
    'GB',
    n('+44 (0)113 496 0000', '+441134960000'),
    n('+44 (0)7911 123456', '+447911123456'),
  ),
  c(
    'Bitte rufen Sie uns an: 0221 / 123 45 67 oder 0172 9876543',
    'DE',
    n('0221 / 123 45 67', '+492211234567'),
    n('0172 9876543', '+491729876543'),
  ),
  c('Rechnung Nr. 2024-001 vom 05.03.2024, fällig am 19.03.2024', 'DE'),
  c('Geschäftsführer: Max Mustermann, HRB 98765, Amtsgericht München', 'DE'),
  c('Telefon +49 (0) 40 / 300 800 - 0', 'DE', n('+49 (0) 40 / 300 800 - 0', '+49403008000')),
  c('Service : 01 70 36 39 50 — Commande n° 2024031512', 'FR', n('01 70 36 39 50', '+33170363950')),
  c(
    'Rendez-vous le 12/03/2024 à 14h30, appeler le 06 45 23 12 89',
    'FR',
    n('06 45 23 12 89', '+33645231289'),
  ),
  c('Prix : 1 299,99 € TTC', 'FR'),
  c(
    'Call reception on (08) 8123 4567 or 0400 123 456',
    'AU',
    n('(08) 8123 4567', '+61881234567'),
    n('0400 123 456', '+61400123456'),
  ),
  c('Invoice INV-000123, ABN 12 345 678 901, due 31/03/2024', 'AU'),
  c(
    'Fale conosco: (11) 4002-8922 ou WhatsApp (11) 99999-1234',
    'BR',
    n('(11) 4002-8922', '+551140028922'),
    n('(11) 99999-1234', '+5511999991234'),
  ),
  c('Pedido 123456 enviado em 05/03/2024, valor R$ 249,90', 'BR'),
  c(
    'CEP 22041-001, Rio de Janeiro - RJ, Tel. (21) 2548-1234',
    'BR',
    n('(21) 2548-1234', '+552125481234'),
  ),
];
