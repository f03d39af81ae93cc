/**
 * Names the browser host's server and its bridge script must agree on. They
 * live in shared/ because the bridge runs in the page (it may import only
 * shared/), while the server runs in Node.
 */

/** The meta tag in which the launch page hands the session secret to the bridge. */
export const sessionMetaName = 'passcode-desk-session';

/** The WebSocket subprotocol the bridge asks for; the session secret rides beside it (browsers cannot set headers there). */
export const eventsProtocol = 'passcode-desk.events';
