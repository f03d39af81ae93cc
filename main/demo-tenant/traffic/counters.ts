/**
 * What reached the server, so a test can assert at the server: how many
 * resetPasscode POSTs a device received (faulted and throttled ones
 * included: a client that re-sends after a 504 shows up here), and how many
 * requests each route got.
 */
export type RouteName = 'list' | 'device' | 'resetPasscode' | 'syncDevice' | 'audits' | 'complianceStates' | 'exportJobCreate' | 'exportJobRead' | 'demoToken' | 'unmatched';

export interface CountersSnapshot {
  readonly requests: Readonly<Record<RouteName, number>>;
  readonly resetPasscodePosts: Readonly<Record<string, number>>;
}

const zero = (): Record<RouteName, number> => ({ list: 0, device: 0, resetPasscode: 0, syncDevice: 0, audits: 0, complianceStates: 0, exportJobCreate: 0, exportJobRead: 0, demoToken: 0, unmatched: 0 });

export class Counters {
  private byRoute = zero();
  private posts = new Map<string, number>();

  count(route: RouteName, deviceId?: string): void {
    this.byRoute[route]++;
    if (route === 'resetPasscode' && deviceId !== undefined) {
      const key = deviceId.toLowerCase();
      this.posts.set(key, (this.posts.get(key) ?? 0) + 1);
    }
  }

  requests(route: RouteName): number {
    return this.byRoute[route];
  }

  resetPasscodePosts(deviceId: string): number {
    return this.posts.get(deviceId.toLowerCase()) ?? 0;
  }

  snapshot(): CountersSnapshot {
    return { requests: { ...this.byRoute }, resetPasscodePosts: Object.fromEntries(this.posts) };
  }

  reset(): void {
    this.byRoute = zero();
    this.posts = new Map();
  }
}
