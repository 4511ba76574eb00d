import { createRoot } from 'react-dom/client';
import { demoContacts } from '../demo-contacts';
import { ContactsApp } from './contacts-app';
import { reportReactError } from './error-log';
import { rowCount, toRow } from './table-model';

/**
 * The React CRM page's script, bundled by react-crm-bundle.ts. The data comes from the same
 * seeded generator as the server-rendered pages (demo-contacts.ts), so the ground truth is the
 * same. React renders into #react-root only: whatever else is added to the document (an
 * extension's UI in body) is outside the tree React manages.
 */
const container = document.getElementById('react-root');
if (container) {
  const contacts = demoContacts();
  const rows = contacts.slice(0, rowCount(location.search, contacts.length)).map(toRow);
  const phonePool = contacts.map((c) => ({ display: c.phone.display, e164: c.phone.e164 }));
  const root = createRoot(container, {
    onUncaughtError: (error) => reportReactError('uncaught', error),
    onCaughtError: (error) => reportReactError('caught', error),
    onRecoverableError: (error) => reportReactError('recoverable', error),
  });
  const markReady = () => {
    container.dataset.ready = 'true';
  };
  root.render(<ContactsApp rows={rows} phonePool={phonePool} onMounted={markReady} />);
}
