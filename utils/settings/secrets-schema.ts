import * as z from 'zod/mini';

/**
 * Credentials the background keeps for itself. No message ever returns them: pages only learn
 * whether each one is set (see PublicSettings), and may replace or clear it.
 */
export const secretsSchema = z.object({
  apiPass: z._default(
    z.string().check(z.maxLength(50, 'API password must be at most 50 characters')),
    '',
  ),
  agentPhonePass: z._default(
    z.string().check(z.maxLength(20, 'Phone password must be at most 20 characters')),
    '',
  ),
});
export type Secrets = z.infer<typeof secretsSchema>;
export type SecretField = keyof Secrets;
