import * as z from 'zod/mini';

/**
 * The one schema for every setting: types, defaults and the rule messages all come from here.
 * Secrets (the API password and the agent's phone password) are not part of it: they live in
 * their own storage item that only the background reads (see secrets-schema.ts).
 */

export const BACKENDS = ['elision', 'vicidial'] as const;
export type Backend = (typeof BACKENDS)[number];

export const DEFAULT_API_PATHS: Record<Backend, string> = {
  elision: '/dialer/elision_api.php',
  vicidial: '/vicidial/non_agent_api.php',
};

export const WIDGET_MODES = ['window', 'docked'] as const;

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
  /** The seed's `source` parameter: 2-20 characters, shown in the dialer's API log. */
  source: z._default(
    z
      .string()
      .check(
        z.minLength(2, 'Source must be 2-20 characters'),
        z.maxLength(20, 'Source must be 2-20 characters'),
      ),
    'dialerbridge',
  ),
  widgetUrl: z._default(optionalHttpUrl('Widget URL'), ''),
  widgetMode: z._default(
    z.enum(WIDGET_MODES, { message: 'Widget mode must be window or docked' }),
    'window',
  ),
  /** ISO 3166 region used for numbers written without a country code. */
  defaultCountry: z._default(
    z.string().check(z.regex(/^[A-Z]{2}$/, 'Default country must be two capital letters, e.g. US')),
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
};

export const settingsSchema = z.object(settingsShape);
export type Settings = z.infer<typeof settingsSchema>;
export type SettingsField = keyof typeof settingsShape;

export const DEFAULT_SETTINGS: Settings = settingsSchema.parse({});
