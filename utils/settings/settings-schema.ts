import * as z from 'zod/mini';
import { DEFAULT_API_PATHS } from '../dialer/client-config';
import { DIALER_BACKENDS as BACKENDS } from '../dialer/dialer-types';
import { customRuleSchema } from '../login/custom-rule-schema';
import { isSupportedCountry } from '../phone';

/**
 * The one schema for every setting: types, defaults and the rule messages all come from here.
 * Secrets (the API password and the agent's phone password) are not part of it: they live in
 * their own storage item that only the background reads (see secrets-schema.ts).
 */

// The dialer client owns what a back end is and where its API lives.
export { DEFAULT_API_PATHS } from '../dialer/client-config';
export { DIALER_BACKENDS as BACKENDS, type DialerBackend as Backend } from '../dialer/dialer-types';

export const WIDGET_MODES = ['window', 'docked'] as const;
export const CRM_ADMIN_FOLLOW = ['offer', 'auto', 'off'] as const;

/** An http(s) URL, or empty while the extension is not configured yet. */
const optionalHttpUrl = (field: string) =>
  z.string().check(
    z.refine((value) => value === '' || isHttpUrl(value), {
      message: `${field} must be a full http:// or https:// address`,
    }),
  );

export function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
  } catch {
    return false;
  }
}

export const siteSchema = z.object({
  /** An origin such as `https://crm.example.com`: scripts are registered per origin. */
  origin: z.string().check(
    z.refine((value) => isHttpUrl(value) && new URL(value).origin === value, {
      message: 'Site must be an origin such as https://crm.example.com',
    }),
  ),
  enabled: z.boolean(),
});
export type Site = z.infer<typeof siteSchema>;

export const settingsShape = {
  backend: z._default(
    z.enum(BACKENDS, { message: 'Back end must be elision or vicidial' }),
    'elision',
  ),
  dialerUrl: z._default(optionalHttpUrl('Dialer URL'), ''),
  apiPath: z._default(
    z.string().check(z.regex(/^\/\S*$/, 'API path must start with / and contain no spaces')),
    DEFAULT_API_PATHS.elision,
  ),
  apiUser: z._default(
    z.string().check(z.maxLength(20, 'API user must be at most 20 characters')),
    '',
  ),
  /**
   * The seed's `source` parameter, shown in the dialer's API log: 2-20 characters, and only
   * letters and digits, because stock VICIdial strips anything else without saying so.
   */
  source: z._default(
    z.string().check(z.regex(/^[0-9a-zA-Z]{2,20}$/, 'Source must be 2-20 letters or digits')),
    'dialerbridge',
  ),
  widgetUrl: z._default(optionalHttpUrl('Widget URL'), ''),
  widgetMode: z._default(
    z.enum(WIDGET_MODES, { message: 'Widget mode must be window or docked' }),
    'window',
  ),
  /** ISO 3166 region used for numbers written without a country code. */
  defaultCountry: z._default(
    z
      .string()
      .check(
        z.regex(/^[A-Z]{2}$/, 'Default country must be two capital letters, e.g. US'),
        z.refine(
          isSupportedCountry,
          'Default country must be a country with phone numbers, e.g. US',
        ),
      ),
    'US',
  ),
  /** The seed's `phone_code`: the country calling code sent with click_to_call. */
  phoneCode: z._default(
    z.string().check(z.regex(/^[0-9]{1,3}$/, 'Phone code must be 1-3 digits, e.g. 1')),
    '1',
  ),
  agentExtension: z._default(
    z.string().check(z.maxLength(20, 'Phone extension must be at most 20 characters')),
    '',
  ),
  sites: z._default(z.array(siteSchema), []),
  /**
   * A user or list saved on the CRM's own admin screens: offer the matching dialer sync in one
   * click (offer), do it straight away (auto), or leave it (off).
   */
  crmAdminFollow: z._default(
    z.enum(CRM_ADMIN_FOLLOW, { message: 'CRM screen follow must be offer, auto or off' }),
    'offer',
  ),
  /** The user's own login/logout rules for CRMs the built-in rules do not know. */
  loginRules: z._default(z.array(customRuleSchema), []),
};

export const settingsSchema = z.object(settingsShape);
export type Settings = z.infer<typeof settingsSchema>;
export type SettingsField = keyof typeof settingsShape;

export const DEFAULT_SETTINGS: Settings = settingsSchema.parse({});
