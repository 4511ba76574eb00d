import { useEffect, useState } from 'react';
import { SelectField } from '@/components/select-field';
import { TextField } from '@/components/text-field';
import type { DialerBackend } from '@/utils/dialer/dialer-types';
import { validateLead } from '@/utils/dialer/lead-schema';
import { addListSchema, validateRequest } from '@/utils/dialer/request-schemas';
import type { LeadExportTarget } from '@/utils/jobs/job-types';
import type { ResponseOf } from '@/utils/messaging/protocol';
import { sendMessage } from '@/utils/messaging/send-message';

type Lists = Extract<ResponseOf<'dialer/active-lists'>, { ok: true }>['lists'];
type Choice = 'existing' | 'typed' | 'new';

/** The target's validity: a target to send to, or the field problems to show. */
export type TargetState =
  | { ok: true; target: LeadExportTarget; describe: string }
  | { ok: false; message: string };

interface ListChooserProps {
  backend: DialerBackend;
  onChange(state: TargetState): void;
}

function listIdProblem(listId: string, backend: DialerBackend): string | undefined {
  // The client's own list_id rule for leads (2-14 digits; stock VICIdial 3-12).
  const checked = validateLead({ phone_number: '4155550134', list_id: listId }, backend);
  return checked.ok ? undefined : checked.issues?.find((i) => i.field === 'list_id')?.message;
}

/**
 * Where the leads go: a list from the dialer's active_lists, a list id typed by hand (the
 * fallback when active_lists fails, and the only way on stock VICIdial), or a new list that the
 * job creates with add_list first, checked with the client's add_list rules.
 */
export function ListChooser({ backend, onChange }: ListChooserProps) {
  const [lists, setLists] = useState<Lists>();
  const [listsError, setListsError] = useState<string>();
  const [unreadable, setUnreadable] = useState<string[]>([]);
  const [choice, setChoice] = useState<Choice>('existing');
  const [selected, setSelected] = useState('');
  const [typed, setTyped] = useState('');
  const [draft, setDraft] = useState({ list_id: '', list_name: '', campaign_id: '', active: 'Y' });

  useEffect(() => {
    sendMessage('dialer/active-lists', {}).then(
      (reply) => {
        if (reply.ok) {
          setLists(reply.lists);
          setUnreadable(reply.unreadable);
          if (reply.lists.length === 0) setChoice('new');
        } else {
          setListsError(reply.message);
          setChoice('typed');
        }
      },
      (error: Error) => {
        setListsError(error.message);
        setChoice('typed');
      },
    );
  }, []);

  const newListIssues = (() => {
    const checked = validateRequest(addListSchema, draft, 'The new list');
    return checked.ok ? [] : (checked.issues ?? []);
  })();
  const issueOf = (field: string) => newListIssues.find((issue) => issue.field === field)?.message;
  const typedProblem = typed === '' ? 'list_id: required.' : listIdProblem(typed, backend);

  let state: TargetState;
  if (choice === 'existing') {
    const list = lists?.find((entry) => entry.listId === selected);
    state = list
      ? {
          ok: true,
          target: { type: 'existing', listId: list.listId },
          describe: `list ${list.listId} (${list.listName}, campaign ${list.campaignId})`,
        }
      : { ok: false, message: 'Choose a list.' };
  } else if (choice === 'typed') {
    state = typedProblem
      ? { ok: false, message: typedProblem }
      : { ok: true, target: { type: 'existing', listId: typed }, describe: `list ${typed}` };
  } else {
    state =
      newListIssues.length > 0
        ? { ok: false, message: newListIssues.map((issue) => issue.message).join(' ') }
        : {
            ok: true,
            target: { type: 'new', list: { ...draft } },
            describe: `the new list ${draft.list_id} (${draft.list_name})`,
          };
  }
  const key = JSON.stringify(state);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the key stands for the state.
  useEffect(() => onChange(state), [key]);

  const choices: { value: Choice; label: string }[] = [
    ...(lists && lists.length > 0 ? [{ value: 'existing' as const, label: 'An active list' }] : []),
    { value: 'typed', label: 'A list id I type' },
    { value: 'new', label: 'A new list' },
  ];

  return (
    <fieldset aria-label="Target list">
      <legend>Send the leads to</legend>
      {listsError && (
        <p className="status-error" role="alert" data-testid="lists-error">
          The dialer's active lists could not be read: {listsError} Type the list id instead.
        </p>
      )}
      {!lists && !listsError && <p>Reading the dialer's active lists…</p>}
      {unreadable.length > 0 && (
        <p className="status-warn">
          {unreadable.length} active list entries could not be read (
          {unreadable.slice(0, 3).join(', ')}
          ): if yours is one of them, type its list id.
        </p>
      )}
      <SelectField<Choice> label="Target" value={choice} options={choices} onChange={setChoice} />
      {choice === 'existing' && lists && (
        <SelectField
          label="Active list"
          value={selected}
          options={[
            { value: '', label: 'Choose a list…' },
            ...lists.map((list) => ({
              value: list.listId,
              // An entry whose campaign, id and name could split more than one way says so.
              label: `${list.listId} · ${list.listName} · campaign ${list.campaignId}${list.ambiguous ? ' (as read from an ambiguous entry: check)' : ''}`,
            })),
          ]}
          onChange={setSelected}
        />
      )}
      {choice === 'typed' && (
        <TextField
          label="List id"
          value={typed}
          onChange={setTyped}
          error={typed === '' ? undefined : typedProblem}
        />
      )}
      {choice === 'new' && (
        <>
          <TextField
            label="New list id"
            value={draft.list_id}
            onChange={(list_id) => setDraft({ ...draft, list_id })}
            error={draft.list_id ? issueOf('list_id') : undefined}
            hint="2-14 digits"
          />
          <TextField
            label="List name"
            value={draft.list_name}
            onChange={(list_name) => setDraft({ ...draft, list_name })}
            error={draft.list_name ? issueOf('list_name') : undefined}
            hint="6-30 characters"
          />
          <TextField
            label="Campaign id"
            value={draft.campaign_id}
            onChange={(campaign_id) => setDraft({ ...draft, campaign_id })}
            error={draft.campaign_id ? issueOf('campaign_id') : undefined}
            hint="2-8 characters, an existing campaign"
          />
          <SelectField
            label="Active"
            value={draft.active}
            options={[
              { value: 'Y', label: 'Y (dial this list)' },
              { value: 'N', label: 'N (not yet)' },
            ]}
            onChange={(active) => setDraft({ ...draft, active })}
          />
        </>
      )}
    </fieldset>
  );
}
