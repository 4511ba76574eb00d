import { useCallback, useEffect, useState } from 'react';
import { SelectField } from '@/components/select-field';
import { TextField } from '@/components/text-field';
import { requestOriginsAccess } from '@/utils/extension/request-site-access';
import type { PublicSettings } from '@/utils/messaging/protocol';
import { sendMessage } from '@/utils/messaging/send-message';
import { httpOriginOf } from '@/utils/widget/widget-origin';
import { ConnectionTest } from './connection-test';
import { LoginRulesEditor } from './login-rules-editor';
import { SecretField } from './secret-field';
import {
  draftFromSettings,
  plainHttpWarning,
  problemsByField,
  type SecretsDraft,
  type SettingsDraft,
  withBackend,
} from './settings-draft';
import { SitesEditor } from './sites-editor';

type SaveState =
  | { kind: 'idle' }
  | { kind: 'saved'; warning?: string }
  | { kind: 'error'; message: string };

export function OptionsPage() {
  const [loaded, setLoaded] = useState<PublicSettings>();
  const [draft, setDraft] = useState<SettingsDraft>();
  const [secrets, setSecrets] = useState<SecretsDraft>({});
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saveState, setSaveState] = useState<SaveState>({ kind: 'idle' });

  const apply = useCallback((settings: PublicSettings) => {
    setLoaded(settings);
    setDraft(draftFromSettings(settings.settings));
    setSecrets({});
  }, []);

  useEffect(() => {
    sendMessage('settings/get', {}).then(apply, (error: Error) =>
      setSaveState({ kind: 'error', message: error.message }),
    );
  }, [apply]);

  if (!loaded || !draft) {
    return (
      <main className="options">{saveState.kind === 'error' ? saveState.message : 'Loading…'}</main>
    );
  }

  const isDirty =
    JSON.stringify(draft) !== JSON.stringify(draftFromSettings(loaded.settings)) ||
    Object.values(secrets).some((value) => value !== undefined);

  const set = (field: keyof SettingsDraft) => (value: string) => {
    setDraft({ ...draft, [field]: value });
    setSaveState({ kind: 'idle' });
  };

  const save = async (event: React.FormEvent) => {
    event.preventDefault();
    try {
      // The dialer API is called from the background and the widget is messaged in its own
      // window: both need their origin granted, and only a page in a click can ask for it.
      const origins = [draft.dialerUrl, draft.widgetUrl].flatMap((url) => httpOriginOf(url) ?? []);
      const granted = await requestOriginsAccess(origins);
      const reply = await sendMessage('settings/save', { settings: { ...draft }, secrets });
      if (reply.ok) {
        apply(reply.settings);
        setErrors({});
        setSaveState({
          kind: 'saved',
          warning: granted
            ? undefined
            : `The browser did not allow access to ${origins.join(' and ')}: calls and sync will fail until you allow it.`,
        });
      } else {
        setErrors(problemsByField(reply.problems));
        setSaveState({ kind: 'error', message: 'Nothing was saved: fix the fields marked below.' });
      }
    } catch (error) {
      setSaveState({ kind: 'error', message: (error as Error).message });
    }
  };

  return (
    <main className="options">
      <h1>Dialer Bridge settings</h1>
      {loaded.problems.length > 0 && (
        <div className="status-warn" role="status">
          Some stored settings were unreadable and were reset:
          <ul>
            {loaded.problems.map((problem) => (
              <li key={problem.field}>{problem.message}</li>
            ))}
          </ul>
        </div>
      )}
      <form onSubmit={save} noValidate aria-label="Dialer settings">
        <fieldset>
          <legend>Dialer</legend>
          <SelectField
            label="Back end"
            name="backend"
            value={draft.backend}
            options={[
              { value: 'elision', label: 'Elision dialer (elision_api.php)' },
              { value: 'vicidial', label: 'Stock VICIdial (non_agent_api.php)' },
            ]}
            onChange={(backend) => setDraft(withBackend(draft, backend))}
            error={errors.backend}
          />
          <TextField
            label="Dialer URL"
            name="dialerUrl"
            type="url"
            placeholder="https://dialer.example.com"
            value={draft.dialerUrl}
            onChange={set('dialerUrl')}
            error={errors.dialerUrl}
            warning={plainHttpWarning(draft.dialerUrl)}
          />
          <TextField
            label="API path"
            name="apiPath"
            value={draft.apiPath}
            onChange={set('apiPath')}
            error={errors.apiPath}
          />
          <TextField
            label="API user"
            name="apiUser"
            value={draft.apiUser}
            onChange={set('apiUser')}
            error={errors.apiUser}
          />
          <SecretField
            label="API password"
            name="apiPass"
            isSet={loaded.secretsSet.apiPass}
            value={secrets.apiPass}
            onChange={(apiPass) => setSecrets({ ...secrets, apiPass })}
            error={errors.apiPass}
          />
          <TextField
            label="Source"
            name="source"
            hint="Shown in the dialer's API log: 2-20 letters or digits."
            value={draft.source}
            onChange={set('source')}
            error={errors.source}
          />
        </fieldset>
        <fieldset>
          <legend>Widget</legend>
          <TextField
            label="Widget URL"
            name="widgetUrl"
            type="url"
            placeholder="https://dialer.example.com/widget/"
            value={draft.widgetUrl}
            onChange={set('widgetUrl')}
            error={errors.widgetUrl}
          />
          <SelectField
            label="Widget mode"
            name="widgetMode"
            value={draft.widgetMode}
            options={[
              { value: 'window', label: 'One dialer window shared by every tab' },
              { value: 'docked', label: 'Docked: a panel inside the CRM page, one live tab' },
            ]}
            onChange={(widgetMode) => setDraft({ ...draft, widgetMode })}
            error={errors.widgetMode}
          />
          <p className="field-hint">
            {draft.widgetMode === 'docked'
              ? 'The widget shows in a movable panel inside the CRM page. Only one tab holds it at a time; other tabs offer to take it over. The widget must allow being framed by your CRM.'
              : 'The widget opens in one dialer window shared by every CRM tab.'}{' '}
            When the CRM runs inside the dialer page, that page's own widget is used.
          </p>
        </fieldset>
        <fieldset>
          <legend>Agent and numbers</legend>
          <TextField
            label="Default country"
            name="defaultCountry"
            hint="For numbers written without a country code, e.g. US."
            value={draft.defaultCountry}
            onChange={set('defaultCountry')}
            error={errors.defaultCountry}
          />
          <TextField
            label="Phone code"
            name="phoneCode"
            hint="Country calling code sent with each call, e.g. 1."
            value={draft.phoneCode}
            onChange={set('phoneCode')}
            error={errors.phoneCode}
          />
          <TextField
            label="Phone extension"
            name="agentExtension"
            value={draft.agentExtension}
            onChange={set('agentExtension')}
            error={errors.agentExtension}
          />
          <SecretField
            label="Phone password"
            name="agentPhonePass"
            isSet={loaded.secretsSet.agentPhonePass}
            value={secrets.agentPhonePass}
            onChange={(agentPhonePass) => setSecrets({ ...secrets, agentPhonePass })}
            error={errors.agentPhonePass}
          />
        </fieldset>
        <fieldset>
          <legend>Admin sync</legend>
          <SelectField
            label="Users and lists saved in the CRM"
            name="crmAdminFollow"
            value={draft.crmAdminFollow}
            options={[
              { value: 'offer', label: 'Offer to create them in the dialer (one click)' },
              { value: 'auto', label: 'Create them in the dialer straight away' },
              { value: 'off', label: 'Leave them alone' },
            ]}
            onChange={(crmAdminFollow) => setDraft({ ...draft, crmAdminFollow })}
            error={errors.crmAdminFollow}
          />
        </fieldset>
        <div className="row">
          <button type="submit" className="primary">
            Save
          </button>
          <output
            aria-live="polite"
            className={saveState.kind === 'error' ? 'status-error' : 'status-ok'}
          >
            {saveState.kind === 'saved'
              ? 'Saved.'
              : saveState.kind === 'error'
                ? saveState.message
                : ''}
          </output>
        </div>
      </form>
      <ConnectionTest dirty={isDirty} />
      <SitesEditor sites={loaded.settings.sites} onChange={apply} />
      <LoginRulesEditor rules={loaded.settings.loginRules} onChange={apply} />
    </main>
  );
}
