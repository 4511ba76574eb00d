import { type FormEvent, useEffect, useState } from 'react';
import type { JobOutcome } from '@/utils/crm-admin/job-outcome';
import { sendMessage } from '@/utils/messaging/send-message';
import { FormField } from './form-field';
import { runJob } from './run-job';
import { JobOutcomeText } from './user-form';
import { checkListForm, type FieldErrors, type FormValues } from './validate-forms';

const FIELDS = [
  { name: 'list_id', label: 'List id', hint: '2-14 digits' },
  { name: 'list_name', label: 'List name', hint: '6-30 characters' },
  { name: 'campaign_id', label: 'Campaign', hint: 'An existing campaign id' },
];

/** Creates a dialer list (add_list), checked with the client's rules first. */
export function ListForm() {
  const [values, setValues] = useState<FormValues>({ active: 'N' });
  const [errors, setErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<JobOutcome>();
  const campaigns = useCampaigns();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setOutcome(undefined);
    const checked = checkListForm(values);
    if (!checked.ok) return setErrors(checked.errors);
    setErrors({});
    setBusy(true);
    const subject = `List ${checked.fields.list_id}`;
    const result = await runJob(
      { kind: 'list-create', title: subject, list: checked.fields },
      subject,
    ).catch((failure: Error): JobOutcome => ({ done: true, ok: false, text: failure.message }));
    setBusy(false);
    setOutcome(result);
  };

  return (
    <form onSubmit={(event) => void submit(event)} aria-label="Dialer list" noValidate>
      {FIELDS.map(({ name, label, hint }) => (
        <FormField key={name} id={`list-${name}`} label={label} hint={hint} error={errors[name]}>
          {(props) => (
            <input
              {...props}
              name={name}
              list={name === 'campaign_id' && campaigns.length > 0 ? 'dialer-campaigns' : undefined}
              autoComplete="off"
              value={values[name] ?? ''}
              onChange={(event) => setValues({ ...values, [name]: event.target.value })}
            />
          )}
        </FormField>
      ))}
      <datalist id="dialer-campaigns">
        {campaigns.map((campaign) => (
          <option key={campaign} value={campaign} />
        ))}
      </datalist>
      <div className="field">
        <label>
          <input
            type="checkbox"
            checked={values.active === 'Y'}
            onChange={(event) => setValues({ ...values, active: event.target.checked ? 'Y' : 'N' })}
          />{' '}
          Active
        </label>
      </div>
      <button type="submit" className="primary" disabled={busy}>
        Create list
      </button>
      <JobOutcomeText busy={busy} outcome={outcome} />
    </form>
  );
}

/**
 * The campaigns of the dialer's active lists, as suggestions for the campaign field. Stock
 * VICIdial has no active_lists: then there are none, and the campaign id is typed.
 */
function useCampaigns(): string[] {
  const [campaigns, setCampaigns] = useState<string[]>([]);
  useEffect(() => {
    sendMessage('dialer/active-lists', {}).then(
      (reply) => {
        if (reply.ok) setCampaigns([...new Set(reply.lists.map((list) => list.campaignId))].sort());
      },
      () => undefined,
    );
  }, []);
  return campaigns;
}
