import { type FormEvent, useState } from 'react';
import type { JobOutcome } from '@/utils/crm-admin/job-outcome';
import { FormField } from './form-field';
import { openImportPage } from './open-import-page';
import { runJob } from './run-job';
import { checkUserForm, type FieldErrors, type FormValues } from './validate-forms';

const FIELDS: Array<{ name: string; label: string; type?: string }> = [
  { name: 'agent_user', label: 'Username' },
  { name: 'agent_pass', label: 'Password', type: 'password' },
  { name: 'agent_full_name', label: 'Full name' },
  { name: 'agent_user_group', label: 'User group' },
  { name: 'phone_login', label: 'Phone login' },
  { name: 'phone_pass', label: 'Phone password', type: 'password' },
  { name: 'voicemail_id', label: 'Voicemail id' },
  { name: 'email', label: 'Email', type: 'email' },
];

const EMPTY: FormValues = { agent_user_level: '1', active: '' };

/**
 * Creates (add_user) or updates (update_user) one dialer user, with the same username and
 * password as in the CRM. Each field is checked with the client's rules before anything is
 * sent; the dialer's own reply is shown after.
 */
export function UserForm() {
  const [mode, setMode] = useState<'add' | 'update'>('add');
  const [values, setValues] = useState<FormValues>(EMPTY);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<JobOutcome>();

  const set = (name: string, value: string) => setValues({ ...values, [name]: value });
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setOutcome(undefined);
    const checked = checkUserForm(mode, values);
    if (!checked.ok) return setErrors(checked.errors);
    setErrors({});
    setBusy(true);
    const subject = `User ${checked.fields.agent_user}`;
    const input = { kind: 'user-sync' as const, title: subject, mode, users: [checked.fields] };
    const result = await runJob(input, subject).catch(
      (failure: Error): JobOutcome => ({ done: true, ok: false, text: failure.message }),
    );
    setBusy(false);
    setOutcome(result);
    // From the current values: what was typed while the job ran is kept.
    if (result.ok) setValues((current) => ({ ...current, agent_pass: '', phone_pass: '' }));
  };

  const optional = mode === 'update' ? ' (empty: unchanged)' : '';
  return (
    <form onSubmit={(event) => void submit(event)} aria-label="Dialer user" noValidate>
      <fieldset className="row" aria-label="Action">
        {(['add', 'update'] as const).map((value) => (
          <label key={value}>
            <input
              type="radio"
              name="user-mode"
              value={value}
              checked={mode === value}
              onChange={() => {
                setMode(value);
                setErrors({});
                // An update changes only what is chosen: the level starts as "unchanged".
                setValues({ ...values, agent_user_level: value === 'add' ? '1' : '' });
              }}
            />{' '}
            {value === 'add' ? 'Create' : 'Update'}
          </label>
        ))}
      </fieldset>
      {FIELDS.map(({ name, label, type }) => (
        <FormField
          key={name}
          id={`user-${name}`}
          label={name === 'agent_user' ? label : `${label}${optional}`}
          error={errors[name]}
        >
          {(props) => (
            <input
              {...props}
              name={name}
              type={type ?? 'text'}
              autoComplete={type === 'password' ? 'new-password' : 'off'}
              value={values[name] ?? ''}
              onChange={(event) => set(name, event.target.value)}
            />
          )}
        </FormField>
      ))}
      <FormField id="user-agent_user_level" label="User level" error={errors.agent_user_level}>
        {(props) => (
          <select
            {...props}
            value={values.agent_user_level ?? ''}
            onChange={(event) => set('agent_user_level', event.target.value)}
          >
            {mode === 'update' && <option value="">unchanged</option>}
            {['1', '2', '3', '4', '5', '6', '7', '8', '9'].map((level) => (
              <option key={level}>{level}</option>
            ))}
          </select>
        )}
      </FormField>
      {mode === 'update' && (
        <FormField id="user-active" label="Active" error={errors.active}>
          {(props) => (
            <select
              {...props}
              value={values.active ?? ''}
              onChange={(event) => set('active', event.target.value)}
            >
              <option value="">unchanged</option>
              <option value="Y">Y</option>
              <option value="N">N</option>
            </select>
          )}
        </FormField>
      )}
      <div className="row">
        <button type="submit" className="primary" disabled={busy}>
          {mode === 'add' ? 'Create user' : 'Update user'}
        </button>
        <button type="button" onClick={() => void openImportPage('?what=users')}>
          Bulk from CSV…
        </button>
      </div>
      <JobOutcomeText busy={busy} outcome={outcome} />
    </form>
  );
}

export function JobOutcomeText({ busy, outcome }: { busy: boolean; outcome?: JobOutcome }) {
  return (
    <p role="status" data-testid="job-outcome" className={outcomeClass(busy, outcome)}>
      {busy ? 'Sending to the dialer…' : (outcome?.text ?? '')}
    </p>
  );
}

function outcomeClass(busy: boolean, outcome?: JobOutcome) {
  if (busy || !outcome) return 'field-hint';
  if (outcome.ok) return 'status-ok';
  return outcome.done ? 'status-error' : 'status-warn';
}
