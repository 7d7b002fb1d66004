/**
 * Batches a poller has received and not yet settled: lists of message (or record) job ids
 * under a small integer id, so the id can ride in a job column or an event argument, with
 * when the batch was received, who took it and how often its invocation was throttled.
 */
export class BatchStore {
  private readonly lists: (number[] | undefined)[] = [];
  readonly receivedAt: number[] = [];
  readonly owner: number[] = [];
  readonly throttles: number[] = [];
  private readonly free: number[] = [];

  add(list: number[], receivedAt = 0, owner = 0): number {
    const id = this.free.pop() ?? this.lists.length;
    this.lists[id] = list;
    this.receivedAt[id] = receivedAt;
    this.owner[id] = owner;
    this.throttles[id] = 0;
    return id;
  }

  get(id: number): number[] {
    return this.lists[id] ?? [];
  }

  release(id: number): void {
    this.lists[id] = undefined;
    this.free.push(id);
  }
}
