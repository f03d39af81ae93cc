/**
 * Plain sentences for the AADSTS codes a helpdesk technician is likely to
 * meet when a desktop public client signs in to a work tenant. The code is
 * always shown beside the sentence: it is what an admin searches for.
 * Source: Microsoft's "Microsoft Entra authentication and authorization
 * error codes" list; the wording is ours.
 */
export const aadsts = {
  16000: 'Pick the work account of the configured tenant; the chosen account does not belong to it.',
  50011: "The app registration does not accept this redirect URI. Add http://localhost under 'Mobile and desktop applications' in the app registration.",
  50020: 'This account is not from the configured tenant. Sign in with a work account of that tenant.',
  50034: 'That account does not exist in the tenant.',
  50053: 'The account is locked after too many attempts. Wait a while, or ask an admin to unlock it.',
  50055: 'The password has expired. Change it, then sign in again.',
  50057: 'The account is disabled. Ask an admin.',
  50058: 'There is no signed-in session to reuse. Sign in again.',
  50076: 'Multi-factor authentication is required. Sign in again and complete it in the browser.',
  50079: 'You must register for multi-factor authentication before you can sign in.',
  50105: 'Your account is not assigned to this app registration. Ask an admin to assign you.',
  50126: 'The user name or password is wrong.',
  50173: 'The sign-in has expired because the password changed. Sign in again.',
  53000: 'Conditional Access requires a compliant or managed device for this sign-in. Ask an admin.',
  53003: 'Conditional Access blocked this sign-in. Ask an admin which policy applies.',
  54005: 'The sign-in code was already used. Start the sign-in again.',
  65001: 'An admin must grant consent to the app registration for the Intune permissions (DeviceManagementManagedDevices.Read.All and .PrivilegedOperations.All).',
  65004: 'Consent was declined, so the app cannot access Intune for you.',
  70000: 'The sign-in grant is not valid any more. Sign in again.',
  70008: 'The sign-in has expired. Sign in again.',
  70011: 'The app asked for a permission the tenant does not offer. Check the app registration.',
  70020: 'The sign-in code expired before it was used. Start again to get a new code.',
  700016: 'No app with this client ID exists in the tenant. Check the tenant and client ID in Settings.',
  700082: 'The sign-in expired after a long time without use. Sign in again.',
  7000218: "The app registration does not allow public client flows. Turn on 'Allow public client flows' under Authentication in the app registration.",
  90002: 'The tenant was not found. Check the tenant ID or domain in Settings.',
  500113: "The app registration has no redirect URI. Add http://localhost under 'Mobile and desktop applications'.",
  501481: 'The sign-in proof (PKCE) did not match. Start the sign-in again.',
  530003: 'Conditional Access requires a managed device for this sign-in. Ask an admin.',
  9002313: 'The saved sign-in is not valid any more. Sign in again.',
} satisfies Record<number, string>;

export type AadstsNumber = keyof typeof aadsts;

/** The sentence for a known AADSTS number, in any language's table. */
export function aadstsIn(table: Readonly<Record<AadstsNumber, string>>, number: string): string | undefined {
  return Object.hasOwn(table, number) ? table[Number(number) as AadstsNumber] : undefined;
}
