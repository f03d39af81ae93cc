import { z } from 'zod';

/**
 * What the technician configures. No secret lives here: the app registration
 * is a public client, so tenant and client id are identifiers, not credentials.
 */
export const languages = ['system', 'en', 'it'] as const;
export type LanguageSetting = (typeof languages)[number];

const guid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
// A verified domain such as contoso.onmicrosoft.com or contoso.com.
const domain = /^(?=.{4,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/i;

export function isGuid(value: string): boolean {
  return guid.test(value);
}

export const tenantSchema = z
  .string()
  .trim()
  .max(253)
  .refine((v) => isGuid(v) || domain.test(v), {
    message: 'Tenant must be a directory (tenant) ID such as 72f988bf-86f1-41af-91ab-2d7cd011db47, or a domain such as contoso.onmicrosoft.com',
  });

export const clientIdSchema = z
  .string()
  .trim()
  .max(36)
  .refine(isGuid, {
    message: 'Client ID must be the Application (client) ID of your app registration, a GUID such as 1b2c3d4e-0000-4000-8000-00000000abcd',
  });

export const settingsSchema = z
  .object({
    /** null: no tenant configured, the app runs on the built-in demo tenant. */
    tenant: tenantSchema.nullable(),
    clientId: clientIdSchema.nullable(),
    requireTicketReference: z.boolean(),
    /** Send each log entry to the organisation's collector; only has effect when the policy names one. */
    forwardingEnabled: z.boolean(),
    language: z.enum(languages),
  })
  .strict()
  .refine((s) => (s.tenant === null) === (s.clientId === null), {
    message: 'Give both the tenant and the client ID, or neither to use the demo tenant',
    path: ['clientId'],
  });
export type Settings = z.infer<typeof settingsSchema>;

export const defaultSettings: Settings = {
  tenant: null,
  clientId: null,
  requireTicketReference: true,
  forwardingEnabled: true,
  language: 'system',
};

export type AppMode = 'demo' | 'tenant';

export function modeOf(settings: Settings): AppMode {
  return settings.tenant && settings.clientId ? 'tenant' : 'demo';
}
