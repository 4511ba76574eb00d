import { type CorpusCase, number as n, none } from './types';

const SAO_PAULO_MOBILE = '+5511987654321';

export const brazil: CorpusCase[] = [
  { text: '(11) 98765-4321', country: 'BR', expected: [n('(11) 98765-4321', SAO_PAULO_MOBILE)] },
  {
    text: 'Celular 11 98765-4321',
    country: 'BR',
    expected: [n('11 98765-4321', SAO_PAULO_MOBILE)],
  },
  {
    text: '+55 11 98765-4321',
    country: 'BR',
    expected: [n('+55 11 98765-4321', SAO_PAULO_MOBILE)],
  },
  {
    text: 'WhatsApp +55 (11) 98765-4321',
    country: 'BR',
    expected: [n('+55 (11) 98765-4321', SAO_PAULO_MOBILE)],
  },
  {
    text: 'Telefone: (21) 3456-7890',
    country: 'BR',
    expected: [n('(21) 3456-7890', '+552134567890')],
  },
  { text: '011 98765-4321', country: 'BR', expected: [n('011 98765-4321', SAO_PAULO_MOBILE)] },
  {
    text: '(11) 3456-7890 ramal 25',
    country: 'BR',
    expected: [n('(11) 3456-7890', '+551134567890')],
  },
  { text: 'Rio: 21 99876-5432', country: 'BR', expected: [n('21 99876-5432', '+5521998765432')] },
  {
    text: '(31) 3214-5678 / (31) 99123-4567',
    country: 'BR',
    expected: [n('(31) 3214-5678', '+553132145678'), n('(31) 99123-4567', '+5531991234567')],
  },
  {
    text: '(11) 98765-4321, (11) 91234-5678',
    country: 'BR',
    expected: [n('(11) 98765-4321', SAO_PAULO_MOBILE), n('(11) 91234-5678', '+5511912345678')],
  },
  { text: 'Ligue 0800 123 4567', country: 'BR', expected: [n('0800 123 4567', '+558001234567')] },
  {
    text: 'Lisboa +351 21 123 4567',
    country: 'BR',
    expected: [n('+351 21 123 4567', '+351211234567')],
  },
  ...none(
    'BR',
    '98765-4321',
    'CEP 01310-100',
    'CPF 123.456.789-09',
    'CNPJ 12.345.678/0001-90',
    'R$ 1.234,56',
    'Vencimento 15/01/2023',
    'Pedido 11987654321',
  ),
];
