import * as z from 'zod/mini';
import {
  addListSchema,
  addUserSchema,
  toFieldIssues,
  updateUserSchema,
} from '@/utils/dialer/request-schemas';

export type FormValues = Record<string, string>;
export type FieldErrors = Record<string, string>;

export type FormCheck = { ok: true; fields: FormValues } | { ok: false; errors: FieldErrors };

/**
 * The popup's forms checked with the dialer client's own schemas, so a field is refused here
 * with the same rule and words as the client would use. Empty fields are left out: they are
 * the optional ones, or on an update the ones to leave as they are.
 */
function check(schema: z.ZodMiniType, values: FormValues): FormCheck {
  const fields = Object.fromEntries(Object.entries(values).filter(([, value]) => value !== ''));
  const parsed = z.safeParse(schema, fields);
  if (parsed.success) return { ok: true, fields };
  const errors: FieldErrors = {};
  for (const issue of toFieldIssues(parsed.error.issues)) {
    errors[issue.field] ??= issue.message;
  }
  return { ok: false, errors };
}

/** Create: add_user (which has no `active`); update: update_user, only the fields filled in. */
export function checkUserForm(mode: 'add' | 'update', values: FormValues): FormCheck {
  if (mode === 'add') {
    const { active: _active, ...rest } = values;
    return check(addUserSchema, rest);
  }
  return check(updateUserSchema, values);
}

export function checkListForm(values: FormValues): FormCheck {
  return check(addListSchema, values);
}
