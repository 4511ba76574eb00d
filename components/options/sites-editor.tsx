import { useState } from 'react';
import { TextField } from '@/components/text-field';
import { requestSiteAccess } from '@/utils/extension/request-site-access';
import type { PublicSettings } from '@/utils/messaging/protocol';
import { sendMessage } from '@/utils/messaging/send-message';
import type { Site } from '@/utils/settings/settings-schema';
import { parseSiteInput } from '@/utils/sites/parse-site';

interface SitesEditorProps {
  sites: Site[];
  onChange(settings: PublicSettings): void;
}

/** CRM sites where the call buttons run: each one asks the browser for that origin only. */
export function SitesEditor({ sites, onChange }: SitesEditorProps) {
  const [input, setInput] = useState('');
  const [error, setError] = useState<string>();

  const setSite = async (origin: string, enabled: boolean) => {
    setError(undefined);
    // Asked here, in the click's user gesture: the background cannot prompt.
    if (enabled && !(await requestSiteAccess(origin))) {
      setError(`The browser did not grant access to ${origin}, so it was not enabled.`);
      return false;
    }
    const reply = await sendMessage('sites/set', { origin, enabled });
    if (!reply.ok) {
      setError(reply.problems[0]?.message);
      return false;
    }
    onChange(reply.settings);
    return true;
  };

  const add = async (event: React.FormEvent) => {
    event.preventDefault();
    const parsed = parseSiteInput(input);
    if (!parsed.ok) {
      setError(parsed.message);
      return;
    }
    if (await setSite(parsed.origin, true)) setInput('');
  };

  return (
    <section aria-labelledby="sites-heading">
      <h2 id="sites-heading">CRM sites</h2>
      <p className="field-hint">Call buttons and login follow-up run only on these sites.</p>
      <form onSubmit={add} className="row" aria-label="Add a CRM site">
        <TextField
          label="Site address"
          name="site"
          placeholder="https://crm.example.com"
          value={input}
          onChange={setInput}
          error={error}
        />
        <button type="submit">Add site</button>
      </form>
      <ul className="sites" aria-label="CRM sites">
        {sites.map((site) => (
          <li key={site.origin} className="row">
            <label className="row">
              <input
                type="checkbox"
                checked={site.enabled}
                onChange={(event) => void setSite(site.origin, event.target.checked)}
              />
              {site.origin}
            </label>
            <button
              type="button"
              onClick={() =>
                void sendMessage('sites/remove', { origin: site.origin }).then(onChange)
              }
            >
              Remove
            </button>
          </li>
        ))}
        {sites.length === 0 && <li className="field-hint">No site yet.</li>}
      </ul>
    </section>
  );
}
