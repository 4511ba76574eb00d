import type { PublicSettings } from '@/utils/messaging/protocol';
import {
  type Backend,
  type CRM_ADMIN_FOLLOW,
  DEFAULT_API_PATHS,
  type Settings,
  type WIDGET_MODES,
} from '@/utils/settings/settings-schema';

/** The editable part of the settings, as the form holds it (sites have their own editor). */
export interface SettingsDraft {
  backend: Backend;
  dialerUrl: string;
  apiPath: string;
  apiUser: string;
  source: string;
  widgetUrl: string;
  widgetMode: (typeof WIDGET_MODES)[number];
  defaultCountry: string;
  phoneCode: string;
  agentExtension: string;
  crmAdminFollow: (typeof CRM_ADMIN_FOLLOW)[number];
}

/** A secret the form may replace: undefined leaves the stored one alone, '' clears it. */
export interface SecretsDraft {
  apiPass?: string;
  agentPhonePass?: string;
}

export function draftFromSettings(settings: Settings): SettingsDraft {
  const { sites: _sites, loginRules: _loginRules, ...draft } = settings;
  return draft;
}

/** Switching back end moves the API path along, unless the user had typed their own. */
export function withBackend(draft: SettingsDraft, backend: Backend): SettingsDraft {
  const pathIsDefault = draft.apiPath === DEFAULT_API_PATHS[draft.backend];
  return { ...draft, backend, apiPath: pathIsDefault ? DEFAULT_API_PATHS[backend] : draft.apiPath };
}

export function plainHttpWarning(url: string): string | undefined {
  return url.startsWith('http://')
    ? 'Plain HTTP: the API password travels unencrypted and the dialer writes every request URL, password included, to its log. Use https:// if the dialer offers it.'
    : undefined;
}

export function problemsByField(problems: PublicSettings['problems']): Record<string, string> {
  const byField: Record<string, string> = {};
  for (const problem of problems) byField[problem.field] ??= problem.message;
  return byField;
}
