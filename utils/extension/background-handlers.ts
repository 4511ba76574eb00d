import type { Handlers } from '../messaging/router';
import { senderOrigin } from '../messaging/sender';
import { parseSiteInput } from '../sites/parse-site';
import { httpOriginOf } from '../widget/widget-origin';
import { adminHandlers } from './admin-handlers';
import { startLoginScript, syncCrmScriptRegistration } from './crm-script-registration';
import { dialerClientFromSettings, rememberRefusedLogin } from './dialer-from-settings';
import { dockHandlers } from './dock-handlers';
import { importHandlers } from './import-handlers';
import { jobHandlers } from './job-handlers';
import { loadPublicSettings, loadSettings, saveSettings } from './settings-store';
import { widgetHandlers } from './widget-handlers';

/** The background's answers to every protocol message; the router has checked each one. */
export const backgroundHandlers: Handlers = {
  'settings/get': () => loadPublicSettings(),

  'settings/save': async ({ settings, secrets }) => {
    const saved = await saveSettings(settings, secrets);
    if (!saved.ok) return saved;
    return { ok: true, settings: await loadPublicSettings() };
  },

  'sites/set': async ({ origin, enabled }) => {
    const parsed = parseSiteInput(origin);
    if (!parsed.ok) return { ok: false, problems: [{ field: 'site', message: parsed.message }] };
    const { settings } = await loadSettings();
    const others = settings.sites.filter((site) => site.origin !== parsed.origin);
    const saved = await saveSettings({ sites: [...others, { origin: parsed.origin, enabled }] });
    if (!saved.ok) return saved;
    const missing = await syncCrmScriptRegistration((await loadSettings()).settings.sites);
    if (missing.includes(parsed.origin)) {
      return {
        ok: false,
        problems: [
          { field: 'site', message: `The browser has not granted access to ${parsed.origin}` },
        ],
      };
    }
    return { ok: true, settings: await loadPublicSettings() };
  },

  'sites/remove': async ({ origin }) => {
    const { settings } = await loadSettings();
    await saveSettings({ sites: settings.sites.filter((site) => site.origin !== origin) });
    await syncCrmScriptRegistration((await loadSettings()).settings.sites);
    return loadPublicSettings();
  },

  'dialer/test-connection': async () => {
    const made = await dialerClientFromSettings();
    if (!made.ok) return { ok: false, message: made.message, warnings: [] };
    const result = await made.client.testConnection();
    if (!result.ok) {
      if (result.kind === 'auth') await rememberRefusedLogin(made.key);
      return { ok: false, message: result.message, warnings: [...made.client.warnings] };
    }
    const info = result.value;
    const detail =
      info.backend === 'elision'
        ? `${info.listCount ?? 0} active lists`
        : `stock VICIdial ${info.version ?? ''}`.trim();
    return {
      ok: true,
      message: `Connected: the dialer accepted the API user (${detail}).`,
      warnings: info.warnings,
    };
  },

  'content/hello': async (_payload, { sender }) => {
    const { settings } = await loadSettings();
    // The tab's own URL, from the browser, says which site asks; the message cannot claim one.
    const origin = senderOrigin(sender);
    const site = settings.sites.find((entry) => entry.origin === origin);
    return {
      enabled: site?.enabled ?? false,
      defaultCountry: settings.defaultCountry,
      phoneCode: settings.phoneCode,
      widgetOrigin: httpOriginOf(settings.widgetUrl),
      widgetMode: settings.widgetMode,
      crmAdminFollow: settings.crmAdminFollow,
    };
  },

  'content/start-login': async (_payload, { sender }) => {
    const { settings } = await loadSettings();
    const origin = senderOrigin(sender);
    const enabled = settings.sites.some((entry) => entry.origin === origin && entry.enabled);
    if (enabled) startLoginScript(sender);
    return { started: enabled };
  },

  ...widgetHandlers,
  ...jobHandlers,
  ...adminHandlers,
  ...dockHandlers,
  ...importHandlers,
};
