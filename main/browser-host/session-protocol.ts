/** The WebSocket subprotocol the bridge asks for; the session secret rides beside it (browsers cannot set headers there). */
export const eventsProtocol = 'passcode-desk.events';
