import * as z from 'zod/mini';
import { type DialerFailure, type FieldIssue, failure } from './dialer-types';
import { checkActive, checkText, FIELD_RULES, type TextRule } from './field-rules';

/**
 * One schema per dialer function, from the seed's field rules. A value the dialer would refuse
 * or silently change is refused here, before anything is sent, with a message that names the
 * field and the rule. Nothing is trimmed, cut or upper-cased on the caller's behalf.
 */

/** update_user's way to empty an optional field, as stock VICIdial documents it. */
export const BLANK = '--BLANK--';

type RawIssue = { code?: string; input?: unknown; keys?: string[] };

/** Messages for the type errors zod finds itself (missing field, not text, unknown field). */
function typeMessage(field: string) {
  return (issue: RawIssue) =>
    issue.input === undefined ? `${field}: required.` : `${field}: must be text.`;
}

function objectMessage(what: string) {
  return (issue: RawIssue) => {
    if (issue.code === 'unrecognized_keys') {
      const keys = issue.keys ?? [];
      return `${keys.join(', ')}: not a field of ${what}; the dialer would ignore ${keys.length > 1 ? 'them' : 'it'}.`;
    }
    return `${what}: expected an object of fields.`;
  };
}

/** A text field checked against its rule; `allowBlank` also accepts `--BLANK--`. */
export function textField(field: string, rule: TextRule, allowBlank = false) {
  return z.string({ error: typeMessage(field) }).check(
    z.superRefine((value, ctx) => {
      if (allowBlank && value === BLANK) return;
      for (const message of checkText(field, rule, value)) {
        ctx.addIssue({ code: 'custom', message, input: value });
      }
    }),
  );
}

const activeField = z.string({ error: typeMessage('active') }).check(
  z.superRefine((value, ctx) => {
    for (const message of checkActive(value))
      ctx.addIssue({ code: 'custom', message, input: value });
  }),
);

const R = FIELD_RULES;
const optional = z.optional;

export const addUserSchema = z.strictObject(
  {
    agent_user: textField('agent_user', R.agent_user),
    agent_pass: textField('agent_pass', R.agent_pass),
    agent_user_level: textField('agent_user_level', R.agent_user_level),
    agent_full_name: textField('agent_full_name', R.agent_full_name),
    agent_user_group: textField('agent_user_group', R.agent_user_group),
    phone_login: optional(textField('phone_login', R.phone_login)),
    phone_pass: optional(textField('phone_pass', R.phone_pass)),
    voicemail_id: optional(textField('voicemail_id', R.voicemail_id)),
    email: optional(textField('email', R.email)),
  },
  { error: objectMessage('add_user') },
);
export type AddUserInput = z.input<typeof addUserSchema>;

export const updateUserSchema = z.strictObject(
  {
    agent_user: textField('agent_user', R.agent_user),
    agent_pass: optional(textField('agent_pass', R.agent_pass)),
    agent_user_level: optional(textField('agent_user_level', R.agent_user_level)),
    agent_full_name: optional(textField('agent_full_name', R.agent_full_name, true)),
    agent_user_group: optional(textField('agent_user_group', R.agent_user_group)),
    phone_login: optional(textField('phone_login', R.phone_login, true)),
    phone_pass: optional(textField('phone_pass', R.phone_pass, true)),
    voicemail_id: optional(textField('voicemail_id', R.voicemail_id, true)),
    email: optional(textField('email', R.email, true)),
    active: optional(activeField),
  },
  { error: objectMessage('update_user') },
);
export type UpdateUserInput = z.input<typeof updateUserSchema>;

/** upsertUser: everything add_user needs, plus `active` which only update_user can set. */
export const upsertUserSchema = z.strictObject(
  { ...addUserSchema.shape, active: optional(activeField) },
  { error: objectMessage('upsertUser') },
);
export type UpsertUserInput = z.input<typeof upsertUserSchema>;

export const addListSchema = z.strictObject(
  {
    list_id: textField('list_id', R.list_id),
    list_name: textField('list_name', R.list_name),
    campaign_id: textField('campaign_id', R.campaign_id),
    active: optional(activeField),
  },
  { error: objectMessage('add_list') },
);
export type AddListInput = z.input<typeof addListSchema>;

export const sourceField = textField('source', R.source);

export type Validated<T> = { ok: true; value: T } | DialerFailure;

/** Turns zod's issues into ours: the field is the first path element, the message is ours. */
export function toFieldIssues(issues: readonly z.core.$ZodIssue[]): FieldIssue[] {
  return issues.map((issue) => {
    const head = issue.path[0];
    const keys = issue.code === 'unrecognized_keys' ? issue.keys.join(', ') : '';
    const field = typeof head === 'string' ? head : keys || 'request';
    return { field, message: issue.message };
  });
}

/** An `invalid` failure listing every rule broken; nothing was sent. */
export function invalidRequest(issues: FieldIssue[], what: string): DialerFailure {
  const message =
    issues.length === 1
      ? `${issues[0]?.message ?? ''} Nothing was sent.`
      : `${what} has ${issues.length} problems, nothing was sent: ${issues.map((i) => i.message).join(' ')}`;
  return failure('invalid', message, { field: issues[0]?.field, issues });
}

export function validateRequest<S extends z.ZodMiniType>(
  schema: S,
  input: unknown,
  what: string,
): Validated<z.output<S>> {
  const parsed = z.safeParse(schema, input);
  if (parsed.success) return { ok: true, value: parsed.data };
  return invalidRequest(toFieldIssues(parsed.error.issues), what);
}

/** The request parameters in the seed's order, leaving out fields that were not given. */
export function toParams(value: Record<string, string | undefined>): Array<[string, string]> {
  const params: Array<[string, string]> = [];
  for (const [key, field] of Object.entries(value))
    if (field !== undefined) params.push([key, field]);
  return params;
}
