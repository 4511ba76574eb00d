import { useEffect, useState } from 'react';
import browser from 'webextension-polyfill';
import type { PublicSettings } from '@/utils/messaging/protocol';
import { sendMessage } from '@/utils/messaging/send-message';
import { CurrentSite } from './current-site';
import { describeSetup } from './describe-setup';
import { DialerStatus } from './dialer-status';
import { ExportActions } from './export-actions';
import { JobProgress } from './job-progress';
import { ListForm } from './list-form';
import { Section } from './section';
import { UserForm } from './user-form';

export function PopupPage() {
  const [state, setState] = useState<PublicSettings>();
  const [error, setError] = useState<string>();

  useEffect(() => {
    sendMessage('settings/get', {}).then(setState, (failure: Error) => setError(failure.message));
  }, []);

  const openOptions = () => void browser.runtime.openOptionsPage();

  if (error) return <main className="popup status-error">{error}</main>;
  if (!state) return <main className="popup">Loading…</main>;
  const setup = describeSetup(state);
  return (
    <main className="popup">
      <h1>Dialer Bridge</h1>
      <section aria-label="Setup" data-testid="setup-status">
        {setup.missing.length === 0 ? (
          <p className="status-ok">
            Set up for <strong>{setup.dialerHost}</strong> as{' '}
            <strong>{state.settings.apiUser}</strong>
          </p>
        ) : (
          <p className="status-warn">Not configured yet. Missing: {setup.missing.join(', ')}.</p>
        )}
        <p>
          {setup.enabledSites} of {state.settings.sites.length} CRM sites enabled
        </p>
      </section>
      <DialerStatus />
      <CurrentSite state={state} onChange={setState} />
      <JobProgress />
      <Section title="Dialer user">
        <UserForm />
      </Section>
      <Section title="Dialer list">
        <ListForm />
      </Section>
      <Section title="Export leads">
        <ExportActions />
      </Section>
      <div className="footer">
        <button type="button" onClick={openOptions}>
          Settings
        </button>
      </div>
    </main>
  );
}
