/**
 * Listener sets per event name, as the SDK's objects keep them. Listeners are called in
 * the order they subscribed, from a copy, so one may unsubscribe while being called.
 */
export class EventListeners<Events extends Record<string, (...args: never[]) => void>> {
  private readonly sets = new Map<keyof Events, Set<Events[keyof Events]>>();

  add<K extends keyof Events>(event: K, listener: Events[K]): void {
    let set = this.sets.get(event);
    if (!set) {
      set = new Set();
      this.sets.set(event, set);
    }
    set.add(listener);
  }

  remove<K extends keyof Events>(event: K, listener: Events[K]): void {
    this.sets.get(event)?.delete(listener);
  }

  emit<K extends keyof Events>(event: K, ...args: Parameters<Events[K]>): void {
    const set = this.sets.get(event);
    if (!set) return;
    for (const listener of [...set]) (listener as (...values: Parameters<Events[K]>) => void)(...args);
  }

  clear(): void {
    this.sets.clear();
  }
}
