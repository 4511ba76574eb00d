import { type DialerFailure, type DialerFunction, failure } from './dialer-types';

/**
 * The dialer's error reasons (text lines and JSON messages) mapped to a failure kind, the field
 * they are about, and a message a person can act on. Matching is on the reason text, never on
 * the data order, which varies between functions and servers. No message quotes a password.
 */

export interface ReasonInput {
  fn: DialerFunction;
  /** `USER ALREADY EXISTS`, `1101 list already exist`, `Login incorrect, please try again`. */
  reason: string;
  /** The reply's data fields (text lines) — used for user and group names, never passwords. */
  data: readonly string[];
  /**
   * The thing the reason is about: the second data field of a text line (`api|ADFHR` -> ADFHR)
   * or the first word of a JSON message (`TESTCAMP campaign does not exist` -> TESTCAMP).
   */
  subject?: string;
}

type Rule = [RegExp, (input: ReasonInput, match: RegExpExecArray) => DialerFailure];

const quoted = (value: string | undefined) => (value ? `"${value}"` : 'this value');

const NOT_RECEIVED_HINT =
  'With the POST method some dialers read only the query string: switch the request method to GET.';

const VALID_FIELD: Record<string, string> = {
  'FULL NAME': 'agent_full_name',
  'USER LEVEL': 'agent_user_level',
  'USER GROUP': 'agent_user_group',
  'PHONE LOGIN': 'phone_login',
  'PHONE PASSWORD': 'phone_pass',
  'VOICEMAIL ID': 'voicemail_id',
  EMAIL: 'email',
};

function validFieldFailure(input: ReasonInput, what: string): DialerFailure {
  const field = VALID_FIELD[what] ?? what.toLowerCase().replace(/ /g, '_');
  const opts = { field, reason: input.reason };
  switch (field) {
    case 'agent_user_level':
      return failure(
        'invalid',
        `agent_user_level: the dialer refused level ${quoted(input.data[1])}; it must be 1-9 and below the API user's own level${input.data[2] ? ` (${input.data[2]})` : ''}.`,
        opts,
      );
    case 'agent_user_group':
      return failure(
        'invalid',
        `agent_user_group: ${quoted(input.data[1])} is not a user group in the dialer; pick an existing one.`,
        opts,
      );
    case 'phone_login':
      return failure(
        'invalid',
        `phone_login: ${quoted(input.data[1])} is not a phone login in the dialer; create the phone first or leave the field out.`,
        opts,
      );
    default:
      return failure('invalid', `${field}: the dialer refused this value (${input.reason}).`, opts);
  }
}

const RULES: Rule[] = [
  [
    /Login incorrect|Too many login attempts/i,
    ({ reason, data }) => {
      const locked = data.includes('LOCK') || /Too many/i.test(reason);
      const message = locked
        ? 'The dialer has locked the API user after too many failed logins. Wait 15 minutes, check the API user and password in the options, then test the connection once.'
        : 'The dialer refused the API user or password ("Login incorrect"). Check both in the options. Nothing is retried: the dialer locks the account after 10 failed logins in 15 minutes.';
      return failure('auth', message, { reason });
    },
  ],
  [
    /PERMISSION TO USE THIS FUNCTION/i,
    ({ fn, reason, data }) =>
      failure(
        'permission',
        `The API user may not use ${data[1] || fn}: allow the function for this user in the dialer (API allowed functions).`,
        { reason },
      ),
  ],
  [
    /PERMISSION TO ADD USERS IN THIS USER LEVEL/i,
    ({ reason, subject }) =>
      failure(
        'permission',
        `The API user may not create users at level ${subject ?? 'this level'}: choose a level below the API user's own level.`,
        { reason, field: 'agent_user_level' },
      ),
  ],
  [
    /PERMISSION TO UPDATE THIS USER/i,
    ({ reason, subject }) =>
      failure(
        'permission',
        `The API user may not update user ${quoted(subject)}: that user's level is not below the API user's level.`,
        { reason, field: 'agent_user' },
      ),
  ],
  [
    /PERMISSION TO (ADD|UPDATE|DELETE) USERS/i,
    ({ reason }, match) =>
      failure(
        'permission',
        `The API user may not ${match[1]?.toLowerCase()} users: it needs user level 8 or higher and "modify users" enabled in the dialer.`,
        { reason },
      ),
  ],
  [
    /permission to add list/i,
    ({ reason }) =>
      failure(
        'permission',
        'The API user may not add lists: it needs user level 8 or higher and "modify lists" enabled in the dialer.',
        { reason },
      ),
  ],
  [
    /PERMISSION TO ADD LEADS/i,
    ({ reason }) =>
      failure(
        'permission',
        'The API user may not add leads: it needs user level 8 or higher and "modify leads" enabled in the dialer.',
        { reason },
      ),
  ],
  [
    /NOT AN ALLOWED LIST ID/i,
    ({ reason, data }) =>
      failure(
        'permission',
        `The API user may not load leads into list ${quoted(data[1])}: its user group may not use that list's campaign.`,
        { reason, field: 'list_id' },
      ),
  ],
  [
    /PERMISSION/i,
    ({ reason }) =>
      failure('permission', `The dialer says the API user may not do this: ${reason}.`, { reason }),
  ],
  [
    /USER ALREADY EXISTS/i,
    ({ reason, subject }) =>
      failure('exists', `User ${quoted(subject)} already exists in the dialer.`, {
        reason,
        field: 'agent_user',
      }),
  ],
  [
    /LIST ALREADY EXIST/i,
    ({ reason, subject }) =>
      failure(
        'exists',
        `List ${quoted(subject)} already exists in the dialer: pick another list id or export into the existing list.`,
        { reason, field: 'list_id' },
      ),
  ],
  [
    /DUPLICATE/i,
    ({ reason }) =>
      failure('exists', `The dialer already has this lead (${reason.toLowerCase()}).`, {
        reason,
        field: 'phone_number',
      }),
  ],
  [
    /USER GROUP DOES NOT EXIST/i,
    ({ reason, subject }) =>
      failure(
        'not_found',
        `User group ${quoted(subject)} does not exist in the dialer: pick an existing group or create it in the dialer first.`,
        { reason, field: 'agent_user_group' },
      ),
  ],
  [
    /USER DOES NOT EXIST/i,
    ({ reason, subject }) =>
      failure('not_found', `User ${quoted(subject)} does not exist in the dialer.`, {
        reason,
        field: 'agent_user',
      }),
  ],
  [
    /CAMPAIGN DOES NOT EXIST/i,
    ({ reason, subject }) =>
      failure(
        'not_found',
        `Campaign ${quoted(subject)} does not exist in the dialer: pick an existing campaign id (case matters).`,
        { reason, field: 'campaign_id' },
      ),
  ],
  [
    /LIST DOES NOT EXIST|NOT A DEFINED LIST ID/i,
    ({ reason, subject }) =>
      failure(
        'not_found',
        `List ${quoted(subject)} does not exist in the dialer: create it first or pick an existing list.`,
        { reason, field: 'list_id' },
      ),
  ],
  [
    /YOU MUST USE A VALID (.+?), THIS IS AN OPTIONAL FIELD/i,
    (input, match) => validFieldFailure(input, match[1]?.toUpperCase() ?? ''),
  ],
  [
    /ACTIVE MUST BE Y OR N/i,
    ({ reason }) =>
      failure('invalid', 'active: must be an uppercase Y or N.', { reason, field: 'active' }),
  ],
  [
    /Invalid Source/i,
    ({ reason }) =>
      failure(
        'invalid',
        'source: the dialer refused the source name; set 2-20 letters and digits as the source in the options.',
        { reason, field: 'source' },
      ),
  ],
  [
    /Please send list id , campaign id and list name/i,
    ({ reason }) =>
      failure(
        'invalid',
        'The dialer refused the list: list_id must be 2-14 digits, list_name 6-30 characters and campaign_id 2-8 characters.',
        { reason },
      ),
  ],
  [
    /Please send phone number and list id/i,
    ({ reason }) =>
      failure('invalid', 'The dialer did not receive a phone number and a list id for this lead.', {
        reason,
        field: 'phone_number',
      }),
  ],
  [
    /Invalid phone number(.*)/i,
    ({ reason, data }, match) =>
      failure(
        'invalid',
        `phone_number: the dialer refused ${quoted(data[0])}${match[1]?.trim() ? ` (${match[1].trim().toLowerCase()})` : ''}; it must be 6-16 digits without the country code.`,
        { reason, field: 'phone_number' },
      ),
  ],
  [
    /YOU MUST USE ALL REQUIRED FIELDS/i,
    ({ fn, reason }) =>
      failure(
        'invalid',
        `The dialer says a required field of ${fn} is missing or too short, although the client sent them all. ${NOT_RECEIVED_HINT}`,
        { reason },
      ),
  ],
  [
    // Stock VICIdial's answer to a function it does not have (active_lists, add_multi_lead).
    /NO FUNCTION SPECIFIED/i,
    ({ fn, reason }) =>
      failure(
        'unsupported',
        `This dialer has no ${fn} function: check the back end setting (Elision or stock VICIdial) and the API path.`,
        { reason },
      ),
  ],
  [
    /NO UPDATES DEFINED/i,
    ({ reason }) =>
      failure('invalid', 'Nothing to update: give at least one field besides agent_user.', {
        reason,
      }),
  ],
  [
    /LIST NAME MUST BE/i,
    ({ reason }) =>
      failure('invalid', 'list_name: must be 6-30 characters.', { reason, field: 'list_name' }),
  ],
];

export function classifyReason(input: ReasonInput): DialerFailure {
  for (const [pattern, build] of RULES) {
    const match = pattern.exec(input.reason);
    if (match) return build(input, match);
  }
  // An unknown refusal: not retried (the server answered), shown with the dialer's own words.
  return failure(
    'invalid',
    `The dialer refused ${input.fn}: ${input.reason || 'no reason given'}.`,
    {
      reason: input.reason,
    },
  );
}
