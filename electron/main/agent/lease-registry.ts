/**
 * One lease per identity: whoever holds it is the only window allowed to have, or be
 * creating, a CallAgent for that identity. The SDK cannot enforce this across windows or
 * tabs (each has its own SDK instance), so main does.
 */
export interface Lease {
  readonly id: string;
  readonly identity: string;
  readonly windowId: string;
}

export type AcquireResult = { ok: true; lease: Lease } | { ok: false; holder: Lease };

export class LeaseRegistry {
  private readonly byIdentity = new Map<string, Lease>();
  private counter = 0;

  /** Synchronous on purpose: no await between the check and the take, so no race. */
  acquire(identity: string, windowId: string): AcquireResult {
    const holder = this.byIdentity.get(identity);
    if (holder) return holder.windowId === windowId ? { ok: true, lease: holder } : { ok: false, holder };
    this.counter += 1;
    const lease: Lease = { id: `lease-${this.counter}`, identity, windowId };
    this.byIdentity.set(identity, lease);
    return { ok: true, lease };
  }

  /** Releasing a lease that was already released or replaced is a no-op. */
  release(lease: Lease): void {
    if (this.byIdentity.get(lease.identity)?.id !== lease.id) return;
    this.byIdentity.delete(lease.identity);
  }

  holderOf(identity: string): Lease | undefined {
    return this.byIdentity.get(identity);
  }

  get size(): number {
    return this.byIdentity.size;
  }
}
