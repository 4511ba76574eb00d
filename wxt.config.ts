import { defineConfig } from 'wxt';
import { metadataAsJson } from './scripts/build/metadata-as-json';

// Loopback is where the local simulator runs. Only the e2e build (also used by the demo)
// pre-grants it, because headless Chromium can never answer a permission prompt
// (toolchain.md, pitfall 10). The store build asks for each CRM and dialer origin at run time.
const LOOPBACK = ['http://127.0.0.1/*', 'http://localhost/*'];

export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  vite: () => ({ plugins: [metadataAsJson()] }),
  // MV3 for Firefox too: optional host permissions and runtime script registration need it.
  manifestVersion: 3,
  manifest: ({ mode, browser }) => ({
    name: 'Dialer Bridge',
    description:
      'Call buttons on every phone number in your CRM, dialer login that follows the CRM, and admin sync to the Elision / VICIdial dialer.',
    // alarms: wakes the worker to resume a sync job; notifications: says when a long job ends.
    permissions: ['storage', 'scripting', 'contextMenus', 'activeTab', 'alarms', 'notifications'],
    commands: {
      'call-selection': {
        suggested_key: { default: 'Alt+Shift+D' },
        description: 'Call the selected phone number',
      },
    },
    host_permissions: mode === 'e2e' ? LOOPBACK : [],
    optional_host_permissions: ['http://*/*', 'https://*/*'],
    // Firefox needs a fixed id for storage and permissions; Chrome would warn about the key.
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: { id: 'dialer-bridge@dialerbridge.dev', strict_min_version: '128.0' },
      },
    }),
  }),
});
