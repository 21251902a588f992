/**
 * The event's slots (`deriveSlots(event, sessions)`: index, start, end, session). The arithmetic
 * lives in the contract so the renderer previews exactly what the services store and check.
 */
export { deriveSlots, layoutIssues, slotsInWindows, toClock, toMinutes } from '../../api/contract/event/slots';
export type { SlotLayout, SlotSession } from '../../api/contract/event/slots';
export type { Slot } from '../../api/contract/event/setup';
