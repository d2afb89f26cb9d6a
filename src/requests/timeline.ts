/**
 * The timeline: events are appended and never edited; a `retraction` event removes an earlier event
 * from the fold (the retraction itself stays on the timeline).
 */
export interface StoredEvent {
  id: number;
  type: string;
  date: string;
  data: string;
}

export function retractedIds(events: readonly StoredEvent[]): Set<number> {
  const ids = new Set<number>();
  for (const e of events) {
    if (e.type !== 'retraction') continue;
    const target = (JSON.parse(e.data) as { eventId?: number }).eventId;
    if (typeof target === 'number') ids.add(target);
  }
  return ids;
}

/** Events that count, in timeline order (date, then entry order). */
export function activeEvents<E extends StoredEvent>(events: readonly E[]): E[] {
  const retracted = retractedIds(events);
  return events
    .filter((e) => e.type !== 'retraction' && !retracted.has(e.id))
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id - b.id));
}
