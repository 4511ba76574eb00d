import { USER_FIELDS } from '../dialer/user-fields';
import type { JobInput } from '../jobs/job-types';
import type { AdminSave } from './read-admin-form';

/** add_user has no `active` (only update_user sets it); the add job would refuse the field. */
const ADD_USER_FIELDS = new Set<string>(USER_FIELDS.filter((field) => field !== 'active'));

export interface PlannedSync {
  input: JobInput;
  /** The question the toast asks, e.g. "Create user jdoe in the dialer?" */
  question: string;
  /** The offer's button, e.g. "Create". */
  acceptLabel: string;
  /** What is synced, for messages: "User jdoe". */
  subject: string;
}

/** The dialer job that follows a save on the CRM's admin screen. */
export function planSync(save: AdminSave): PlannedSync {
  if (save.entity === 'list') {
    const id = save.list.list_id ?? '';
    const name = save.list.list_name ? ` (${save.list.list_name})` : '';
    return {
      input: { kind: 'list-create', title: `CRM list ${id}`, list: save.list },
      question: `Create list ${id}${name} in the dialer?`,
      acceptLabel: 'Create',
      subject: `List ${id}`,
    };
  }
  const username = save.user.agent_user ?? '';
  const user = save.isNew
    ? Object.fromEntries(Object.entries(save.user).filter(([key]) => ADD_USER_FIELDS.has(key)))
    : save.user;
  const verb = save.isNew ? 'Create' : 'Update';
  return {
    input: {
      kind: 'user-sync',
      title: `CRM user ${username}`,
      mode: save.isNew ? 'add' : 'update',
      users: [user],
    },
    question: `${verb} user ${username} in the dialer?`,
    acceptLabel: verb,
    subject: `User ${username}`,
  };
}
