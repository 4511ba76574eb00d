import { useEffect, useState } from 'react';
import { findTargetTab } from '@/utils/extension/current-tab';
import { requestSiteAccess } from '@/utils/extension/request-site-access';
import type { PublicSettings } from '@/utils/messaging/protocol';
import { sendMessage } from '@/utils/messaging/send-message';
import { httpOriginOf } from '@/utils/widget/widget-origin';

/** The current tab's site: enable it in one click, or pause and resume it. */
export function CurrentSite({
  state,
  onChange,
}: {
  state: PublicSettings;
  onChange(next: PublicSettings): void;
}) {
  const [origin, setOrigin] = useState<string | null>();
  const [error, setError] = useState<string>();
  const [changed, setChanged] = useState(false);

  useEffect(() => {
    findTargetTab(location.search).then(
      (tab) => setOrigin(tab ? httpOriginOf(tab.url) : null),
      () => setOrigin(null),
    );
  }, []);

  if (origin === undefined) return null;
  if (origin === null) {
    return (
      <section aria-label="This site" data-testid="current-site">
        <p className="field-hint">This tab is not a web page: nothing to call from here.</p>
      </section>
    );
  }
  const site = state.settings.sites.find((entry) => entry.origin === origin);

  const set = async (enabled: boolean) => {
    setError(undefined);
    // Saved first: Chrome may close the popup while it shows the permission prompt, and the
    // background registers the script as soon as the permission arrives.
    const saved = await sendMessage('sites/set', { origin, enabled });
    if (saved.ok) onChange(saved.settings);
    setChanged(true);
    if (enabled && !(await requestSiteAccess(origin))) {
      setError(`The browser did not allow ${new URL(origin).host}: call buttons stay off there.`);
      return;
    }
    const next = await sendMessage('settings/get', {});
    onChange(next);
  };

  const host = new URL(origin).host;
  return (
    <section aria-label="This site" data-testid="current-site">
      {site?.enabled ? (
        <p>
          Call buttons are <strong className="status-ok">on</strong> for {host}.{' '}
          <button type="button" onClick={() => void set(false)}>
            Pause on this site
          </button>
        </p>
      ) : site ? (
        <p>
          Call buttons are <strong className="status-warn">paused</strong> for {host}.{' '}
          <button type="button" onClick={() => void set(true)}>
            Resume on this site
          </button>
        </p>
      ) : (
        <p>
          {host} is not a CRM site yet.{' '}
          <button type="button" className="primary" onClick={() => void set(true)}>
            Enable on this site
          </button>
        </p>
      )}
      {changed && <p className="field-hint">Reload the CRM tab for the change to take effect.</p>}
      {error && <p className="status-error">{error}</p>}
    </section>
  );
}
