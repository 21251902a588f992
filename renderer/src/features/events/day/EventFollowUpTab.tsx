/** A tab of the event page; replaced by the event-day implementation. */
export function EventFollowUpTab(_props: { eventId: number }) {
  return null;
}
