import type { ColumnMapping, ImportMode, ImportTarget } from './import-fields';

/**
 * Guesses which field each CSV column fills from its header, for the exports CRMs write
 * (Salesforce, HubSpot, Zoho, Dynamics, Pipedrive, generic spreadsheets). A guess is only a
 * default: the mapping table shows it and the user can change every column.
 *
 * Headers are compared normalised: lower case, every run of other characters one space, and the
 * words CRMs put in front of a field ("Mailing", "Billing", "Primary", "Contact", "Lead") dropped
 * when the rest is still a known header. Each field takes at most one column: the best match,
 * then the leftmost. A second phone column becomes alt_phone.
 */

const SYNONYMS: Record<ImportMode, Partial<Record<ImportTarget, readonly string[]>>> = {
  leads: {
    phone_number: [
      'phone',
      'phone number',
      'phone no',
      'telephone',
      'telephone number',
      'tel',
      'mobile',
      'mobile phone',
      'mobile phone number',
      'mobile number',
      'cell',
      'cell phone',
      'cellphone',
      'work phone',
      'business phone',
      'office phone',
      'direct phone',
      'contact number',
      'phone 1',
      'phone1',
      'number',
    ],
    alt_phone: [
      'alt phone',
      'alternate phone',
      'alternative phone',
      'other phone',
      'home phone',
      'phone 2',
      'phone2',
      'secondary phone',
      'mobile 2',
    ],
    phone_code: [
      'phone code',
      'country calling code',
      'calling code',
      'dialing code',
      'dial code',
      'country dial code',
      'isd code',
    ],
    first_name: ['first name', 'firstname', 'first', 'given name', 'forename', 'fname'],
    last_name: ['last name', 'lastname', 'last', 'surname', 'family name', 'lname'],
    full_name: ['full name', 'fullname', 'name', 'contact name', 'lead name', 'contact'],
    middle_initial: ['middle initial', 'middle name', 'mi'],
    title: ['salutation', 'prefix', 'courtesy title'],
    email: ['email', 'e mail', 'email address', 'e mail address', 'mail', 'work email'],
    city: ['city', 'town', 'locality'],
    state: ['state', 'state code', 'state region', 'state province'],
    province: ['province', 'county', 'region'],
    postal_code: [
      'zip',
      'zip code',
      'zipcode',
      'postal code',
      'postcode',
      'post code',
      'zip postal code',
      'postal zip code',
      'pin code',
      'pincode',
    ],
    country_code: ['country code', 'iso country', 'country iso'],
    address1: ['address', 'address 1', 'address line 1', 'street', 'street address', 'address1'],
    address2: ['address 2', 'address line 2', 'address2', 'street 2'],
    address3: ['address 3', 'address line 3', 'address3'],
    vendor_lead_code: [
      'vendor lead code',
      'lead id',
      'contact id',
      'record id',
      'id',
      'crm id',
      'external id',
      'customer id',
      'account id',
    ],
    source_id: ['source id', 'lead source', 'source'],
    comments: ['comments', 'comment', 'notes', 'note', 'description'],
    date_of_birth: ['date of birth', 'birthdate', 'birth date', 'dob', 'birthday'],
    gender: ['gender', 'sex'],
    owner: ['owner', 'lead owner', 'contact owner', 'record owner', 'owner name'],
    rank: ['rank', 'priority'],
    security_phrase: ['security phrase'],
  },
  users: {
    agent_user: ['agent user', 'user', 'username', 'user name', 'login', 'user id', 'userid'],
    agent_pass: ['agent pass', 'password', 'pass', 'user password'],
    agent_user_level: ['agent user level', 'user level', 'level'],
    agent_full_name: ['agent full name', 'full name', 'name', 'fullname', 'display name'],
    agent_user_group: ['agent user group', 'user group', 'group', 'team'],
    phone_login: ['phone login', 'extension', 'phone extension', 'phone'],
    phone_pass: ['phone pass', 'phone password', 'extension password'],
    voicemail_id: ['voicemail id', 'voicemail', 'voicemail box', 'vm id'],
    email: ['email', 'e mail', 'email address', 'e mail address', 'mail'],
    active: ['active', 'enabled', 'is active'],
  },
};

/** Words CRMs put before a field name ("Mailing City", "Primary Email", "Lead Source"). */
const PREFIXES = ['mailing', 'billing', 'shipping', 'primary', 'contact', 'lead', 'agent', 'work'];

export function normaliseHeader(header: string): string {
  return header
    .replace(/^\uFEFF/, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

type Score = { target: ImportTarget; score: number };

function scoreHeader(header: string, mode: ImportMode, lookup: Map<string, ImportTarget>): Score[] {
  const scores: Score[] = [];
  const name = normaliseHeader(header);
  const exact = lookup.get(name);
  if (exact) scores.push({ target: exact, score: 3 });
  const words = name.split(' ');
  if (words.length > 1 && PREFIXES.includes(words[0] ?? '')) {
    const rest = lookup.get(words.slice(1).join(' '));
    if (rest) scores.push({ target: rest, score: 2 });
  }
  if (mode === 'leads' && !exact && /\b(phone|mobile|cell|telephone|tel)\b/.test(name)) {
    scores.push({ target: 'phone_number', score: 1 });
  }
  if (mode === 'leads' && !exact && /\be ?mail\b/.test(name)) {
    scores.push({ target: 'email', score: 1 });
  }
  return scores;
}

const LOOKUPS = new Map<ImportMode, Map<string, ImportTarget>>();

function lookupFor(mode: ImportMode): Map<string, ImportTarget> {
  let lookup = LOOKUPS.get(mode);
  if (!lookup) {
    lookup = new Map();
    for (const [target, names] of Object.entries(SYNONYMS[mode])) {
      for (const name of names ?? []) lookup.set(name, target as ImportTarget);
    }
    LOOKUPS.set(mode, lookup);
  }
  return lookup;
}

export function guessColumns(headers: readonly string[], mode: ImportMode): ColumnMapping {
  const lookup = lookupFor(mode);
  const candidates = headers.flatMap((header, column) =>
    scoreHeader(header, mode, lookup).map((score) => ({ ...score, column })),
  );
  candidates.sort((a, b) => b.score - a.score || a.column - b.column);
  const mapping: (ImportTarget | '')[] = headers.map(() => '');
  const taken = new Set<ImportTarget>();
  for (const { target, column } of candidates) {
    if (mapping[column] !== '') continue;
    let field = target;
    if (taken.has(field) && field === 'phone_number' && mode === 'leads') field = 'alt_phone';
    if (taken.has(field)) continue;
    mapping[column] = field;
    taken.add(field);
  }
  // A full name is only guessed when the file has no first or last name column of its own.
  if (taken.has('full_name') && (taken.has('first_name') || taken.has('last_name'))) {
    const index = mapping.indexOf('full_name');
    if (index >= 0) mapping[index] = '';
  }
  return mapping;
}
