// The words that say what a number next to them is, for context-cues.ts. They are compared
// lower-cased and without accents ("Téléphone" is "telephone", "N°" is "no").

const words = (list: string): ReadonlySet<string> => new Set(list.trim().split(/\s+/));

export const SUPPORTING = words(`
  phone phones ph phn telephone tel tele telefon telefone telefono telf fon fone
  mobile mobil movil mob cell cellphone cellular celular cel handy portable fixe fax
  contact contato whatsapp landline call dial ring hotline helpline direct voice sms
`);

export const SUPPRESSING = words(`
  order orders ord invoice inv ticket tkt case ref reference id ids uid uuid identifier sku
  account acct acc po sn serial tracking track awb shipment consignment parcel transaction txn
  pnr receipt booking confirmation policy claim license licence vin isbn ean upc barcode model
  part item product lot batch quote quotation
  bestellung bestellnummer rechnung auftrag kundennummer commande facture pedido fatura protocolo

  amount price total subtotal balance cost revenue salary budget payment paid due
  usd eur gbp inr rs aud cad brl

  ssn sin nino pan aadhaar aadhar gst gstin vat tax tin ein cpf cnpj rg iban swift bic routing
  card cc cvv passport siret siren abn acn tfn

  zip zipcode postcode postal pin pincode plz cep

  date dob born time timestamp created updated modified year years period epoch unix
  version ver build release ip mac qty quantity otp
`);

/** Words that name a reference only when qualified: "Customer No." suppresses, "Customer" not. */
export const SUPPRESSING_WHEN_QUALIFIED = words(`
  customer client member membership loyalty lead record contract registration reg patient
  employee student kunden
`);

/** "Phone number", "Order No.": these decide nothing alone. */
export const QUALIFIERS = words('number numbers num nos nummer numero is de');
/** A bare "#" or "No." marks a reference ("#4155550134", a "#" column). */
export const REFERENCE_MARKS = words('# № no nr');
/** Words allowed between "Call" and its number: "Call us at", "call me now on". */
export const FILLERS = words('me us at on now or to our my your');
