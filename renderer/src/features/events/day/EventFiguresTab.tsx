/** A tab of the event page; replaced by the event-day implementation. */
export function EventFiguresTab(_props: { eventId: number }) {
  return null;
}
