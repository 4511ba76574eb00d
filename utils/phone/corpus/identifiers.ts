import { type CorpusCase, none } from './types';

/** Identity, tax, bank and registration numbers that are digits in groups, never phones. */
export const identifiers: CorpusCase[] = [
  ...none('US', 'Ticket ID: 4567890123', 'Serial No: 3456789012', 'Tax ID 12-3456789'),
  ...none('US', 'DUNS 15-048-3782', 'Expiry 12/25, CVV 123', '5105 1051 0510 5100'),
  ...none('US', 'IPv6 2001:0db8:85a3::8a2e:0370:7334', 'MAC 00:1A:2B:3C:4D:5E'),
  ...none('US', 'Coordinates: 40.7128° N, 74.0060° W', 'ISBN 978-0-306-40615-7'),
  ...none('IN', 'A/C No. 50100123456789', 'Aadhaar: 1234 5678 9012', 'UAN 100123456789'),
  ...none('IN', 'IRCTC PNR 4521367890', 'Vehicle MH 12 AB 1234', 'GST No. 27AAPFU0939F1ZV'),
  ...none('GB', 'GB29 NWBK 6016 1331 9268 19', 'NHS number 485 777 3456', 'VAT GB 123 4567 89'),
  ...none('GB', 'Sort code 20-00-00 Account 55779911', 'Company number 09446231'),
  ...none('DE', 'Steuernummer 21/815/08150', 'Kontonummer 1234567890 BLZ 37040044'),
  ...none('DE', 'EAN 4006381333931', 'Rechnungsnummer: 2023-10-0042'),
  ...none('FR', 'SIREN 732 829 320', 'N° SIRET : 73282932000074'),
  ...none('FR', 'Sécurité sociale 1 85 05 78 006 084 36', 'NIR 2 94 03 75 120 005 22'),
  ...none('AU', 'Medicare 2123 45670 1', 'TFN 123 456 782', 'ACN 004 085 616'),
  ...none('AU', 'BSB 062-000 Acc 1234 5678', 'ABN 53 004 085 616'),
  ...none('BR', 'CPF: 529.982.247-25', 'RG 12.345.678-9', 'CNPJ 11.222.333/0001-81'),
  ...none(
    'BR',
    'Boleto 23793.38128 60007.827136 95000.063305 9 84410026000',
    'Pedido nº 123456789',
  ),
];
