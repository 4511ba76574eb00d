import { readPageContacts } from '@/utils/import/page-contacts';
import { type callMessages, callResponses } from '@/utils/messaging/call-messages';
import { createContentSender } from '@/utils/messaging/send-content-message';

// Never registered: the background injects it into a CRM tab when the import page asks for the
// contacts on that page (utils/extension/import-handlers.ts). It reads the page and returns
// plain data; it leaves nothing running.
export default defineContentScript({
  registration: 'runtime',
  main: async () => {
    const send = createContentSender<typeof callMessages>(callResponses);
    try {
      const { defaultCountry } = await send('content/hello', {});
      return readPageContacts(document, defaultCountry);
    } catch {
      // A frame the background does not answer for (about:blank, another extension's page).
      return { contacts: [], left: 0 };
    }
  },
});
