/**
 * Rendered calendars of this API instance, least recently used first out, bounded by their
 * total size. Keys carry the calendar's ETag (its identity, window and version), so an entry is
 * never stale: a change makes a new key and the old entry simply ages out. Each instance keeps
 * its own; nothing needs to be shared behind a load balancer.
 */
export class RenderCache {
  private readonly entries = new Map<string, Buffer>();
  /** Renders under way, so a burst of clients after a change renders once. */
  private readonly pending = new Map<string, Promise<Buffer>>();
  private bytes = 0;

  constructor(private readonly maxBytes: number) {}

  get size() {
    return { entries: this.entries.size, bytes: this.bytes };
  }

  /** The cached body under `key`, else `render()`'s, kept when it fits. */
  async get(key: string, render: () => Promise<Buffer>): Promise<Buffer> {
    const hit = this.entries.get(key);
    if (hit) {
      // Map order is insertion order: moving the entry to the end marks it recently used.
      this.entries.delete(key);
      this.entries.set(key, hit);
      return hit;
    }
    if (this.maxBytes <= 0) return render();
    const running = this.pending.get(key);
    if (running) return running;
    const rendering = render().finally(() => this.pending.delete(key));
    this.pending.set(key, rendering);
    const body = await rendering;
    this.put(key, body);
    return body;
  }

  private put(key: string, body: Buffer) {
    if (body.length > this.maxBytes || this.entries.has(key)) return;
    this.entries.set(key, body);
    this.bytes += body.length;
    for (const [oldest, old] of this.entries) {
      if (this.bytes <= this.maxBytes) break;
      this.entries.delete(oldest);
      this.bytes -= old.length;
    }
  }
}
