import { sendMessage } from '@/utils/messaging/send-message';
import { mountUiRoot } from '@/utils/page/mount-ui-root';

// Registered at run time by the background, only for the CRM sites the user enabled
// (see utils/extension/crm-script-registration.ts); the manifest matches nothing.
export default defineContentScript({
  registration: 'runtime',
  async main(ctx) {
    const site = await sendMessage('content/hello', {});
    if (!site.enabled || ctx.isInvalid) return;
    const ui = mountUiRoot(document);
    ui.host.dataset.state = 'ready';
    ctx.onInvalidated(() => ui.remove());
  },
});
