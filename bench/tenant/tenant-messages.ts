/** What the bench and its tenant process say to each other over the IPC channel. */
export type ToTenant = { type: 'close' } | { type: 'done-devices'; ids: string[] };

export type FromTenant =
  | { type: 'ready'; url: string; token: string; technician: { upn: string; objectId: string; displayName: string }; tenantId: string }
  | { type: 'done-devices'; ids: string[] };
