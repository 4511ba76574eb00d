import * as z from 'zod/mini';

/**
 * The dialer widget's messages, exactly as the seed document defines them (section 1 and 3).
 * Strict objects: a message with anything extra is not the seed's and is not relayed.
 * `@__PURE__` lets the call-button script, which uses only the types, leave them out (see
 * createContentSender).
 */
export const loginMessageSchema = z.strictObject({
  action: z.literal('login'),
  username: /* @__PURE__ */ z.string().check(z.minLength(1), z.maxLength(100)),
  password: /* @__PURE__ */ z.string().check(z.minLength(1), z.maxLength(100)),
  extension: /* @__PURE__ */ z.string().check(z.maxLength(20)),
  phone_pass: /* @__PURE__ */ z.string().check(z.maxLength(20)),
});

export const logoutMessageSchema = z.strictObject({ action: z.literal('logout') });

export const clickToCallMessageSchema = z.strictObject({
  action: z.literal('click_to_call'),
  /** The country calling code, e.g. '1' or '91'. */
  phone_code: /* @__PURE__ */ z
    .string()
    .check(z.regex(/^[0-9]{1,3}$/, 'phone_code must be 1-3 digits')),
  /** The national number, digits only (the dialer strips anything else). */
  phone_number: /* @__PURE__ */ z
    .string()
    .check(z.regex(/^[0-9]{4,15}$/, 'phone_number must be 4-15 digits')),
});

export const widgetMessageSchema = z.discriminatedUnion('action', [
  loginMessageSchema,
  logoutMessageSchema,
  clickToCallMessageSchema,
]);

export type WidgetMessage = z.infer<typeof widgetMessageSchema>;
export type ClickToCallMessage = z.infer<typeof clickToCallMessageSchema>;

/**
 * Parses a message and rebuilds it field by field, so what is relayed is always a fresh plain
 * object with the seed's keys in the seed's order, never the object that arrived.
 */
export function rebuildWidgetMessage(input: unknown): WidgetMessage | null {
  const parsed = widgetMessageSchema.safeParse(input);
  if (!parsed.success) return null;
  const message = parsed.data;
  switch (message.action) {
    case 'login':
      return {
        action: 'login',
        username: message.username,
        password: message.password,
        extension: message.extension,
        phone_pass: message.phone_pass,
      };
    case 'logout':
      return { action: 'logout' };
    case 'click_to_call':
      return {
        action: 'click_to_call',
        phone_code: message.phone_code,
        phone_number: message.phone_number,
      };
  }
}

/** What is shown or logged of a message: never the passwords. */
export function describeWidgetMessage(message: WidgetMessage): string {
  switch (message.action) {
    case 'login':
      return `login ${message.username} on extension ${message.extension || '(none)'}`;
    case 'logout':
      return 'logout';
    case 'click_to_call':
      return `click_to_call +${message.phone_code} ${message.phone_number}`;
  }
}
