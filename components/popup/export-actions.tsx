import { useEffect, useState } from 'react';
import { findTargetTab } from '@/utils/extension/current-tab';
import { openImportPage } from './open-import-page';

/** Lead export happens on the full-tab import page; from here, only the way there. */
export function ExportActions() {
  const [tabId, setTabId] = useState<number | null>(null);
  useEffect(() => {
    findTargetTab(location.search).then(
      (tab) => setTabId(tab && /^https?:/.test(tab.url) ? tab.id : null),
      () => setTabId(null),
    );
  }, []);
  return (
    <div className="row wrap">
      <button type="button" onClick={() => void openImportPage()}>
        Import a file…
      </button>
      {tabId !== null && (
        <button type="button" onClick={() => void openImportPage(`?tabId=${tabId}`)}>
          Export the contacts on this page
        </button>
      )}
    </div>
  );
}
