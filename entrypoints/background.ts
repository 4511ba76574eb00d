import browser, { type Runtime } from 'webextension-polyfill';
import { backgroundHandlers } from '@/utils/extension/background-handlers';
import { onCallCommand, onCallMenuClicked, updateCallMenu } from '@/utils/extension/call-selection';
import { closeStorageToContentScripts } from '@/utils/extension/close-storage';
import { syncCrmScriptRegistration } from '@/utils/extension/crm-script-registration';
import { rememberDialerWindowBounds } from '@/utils/extension/dialer-window';
import { startJobService } from '@/utils/extension/job-service';
import { loadSettings, watchSettings } from '@/utils/extension/settings-store';
import { createMessageRouter } from '@/utils/messaging/router';

export default defineBackground(() => {
  const router = createMessageRouter(backgroundHandlers, {
    id: browser.runtime.id,
    pageBase: browser.runtime.getURL('/'),
  });
  browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) =>
    router(message, sender),
  );
  void closeStorageToContentScripts();
  // Every wake-up (browser start, alarm, message) resumes a job a stopped worker left behind.
  startJobService();
  rememberDialerWindowBounds();
  browser.contextMenus.onClicked.addListener(onCallMenuClicked);
  browser.commands.onCommand.addListener(onCallCommand);

  const applySites = () =>
    loadSettings().then(({ settings }) =>
      Promise.all([syncCrmScriptRegistration(settings.sites), updateCallMenu(settings.sites)]),
    );
  // Registrations persist, but a permission may have been revoked while we were away.
  void applySites();
  watchSettings(() => void applySites());
  // A site enabled from the popup gets its permission after the popup may have closed.
  browser.permissions.onAdded.addListener(() => void applySites());
  browser.permissions.onRemoved.addListener(() => void applySites());

  if (import.meta.env.MODE === 'e2e') {
    // Headless Chromium has no context menu or shortcut to press: the e2e build lets tests
    // call the same listeners the browser would.
    Object.assign(globalThis, { __dialerBridgeE2E: { onCallMenuClicked, onCallCommand } });
  }
});
