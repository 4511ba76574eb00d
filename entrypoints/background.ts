import browser, { type Runtime } from 'webextension-polyfill';
import { backgroundHandlers } from '@/utils/extension/background-handlers';
import { syncCrmScriptRegistration } from '@/utils/extension/crm-script-registration';
import { loadSettings } from '@/utils/extension/settings-store';
import { createMessageRouter } from '@/utils/messaging/router';

export default defineBackground(() => {
  const router = createMessageRouter(backgroundHandlers, {
    id: browser.runtime.id,
    pageBase: browser.runtime.getURL('/'),
  });
  browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) =>
    router(message, sender),
  );
  // Registrations persist, but a permission may have been revoked while we were away.
  void loadSettings().then(({ settings }) => syncCrmScriptRegistration(settings.sites));
});
