import type { TokenProvider } from '../main/auth/token-provider';

/** The demo tenant's token for both scope sets, as a consented app registration's would be; the bench never signs in. */
export function staticTokens(token: string): TokenProvider {
  return { getAccessToken: async () => token };
}
