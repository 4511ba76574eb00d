import { defineConfig } from 'wxt';

// The e2e build pre-grants loopback origins: headless Chromium can never accept a
// permission prompt (toolchain.md, pitfall 10), and the simulator runs on loopback.
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  manifest: ({ mode }) => ({
    name: 'Dialer Bridge',
    description:
      'Call buttons on every phone number in your CRM, dialer login that follows the CRM, and admin sync to the Elision / VICIdial dialer.',
    permissions: ['storage', 'scripting', 'tabs', 'windows'],
    host_permissions:
      mode === 'e2e' ? ['http://127.0.0.1/*', 'http://localhost/*'] : ['http://127.0.0.1/*'],
    optional_host_permissions: ['http://*/*', 'https://*/*'],
  }),
});
