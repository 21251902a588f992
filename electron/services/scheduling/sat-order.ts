/** VSIDS variable order for the SAT solver: activities in a binary max-heap. */
export class VarOrder {
  private activity = new Float64Array(64);
  private heap: number[] = [];
  private heapIndex = new Int32Array(64).fill(-1);
  private increment = 1;
  private count = 0;

  add(v: number): void {
    if (v >= this.activity.length) {
      const activity = new Float64Array(v * 2);
      activity.set(this.activity);
      this.activity = activity;
      const index = new Int32Array(v * 2).fill(-1);
      index.set(this.heapIndex);
      this.heapIndex = index;
    }
    this.count = Math.max(this.count, v + 1);
    this.heapInsert(v);
  }

  bump(v: number): void {
    this.activity[v] = this.activity[v]! + this.increment;
    if (this.activity[v] > 1e100) {
      for (let k = 0; k < this.count; k++) this.activity[k] = this.activity[k]! * 1e-100;
      this.increment *= 1e-100;
    }
    if (this.heapIndex[v]! >= 0) this.heapUp(this.heapIndex[v]!);
  }

  decay(): void {
    this.increment *= 1 / 0.95;
  }

  reinsert(v: number): void {
    if (this.heapIndex[v]! < 0) this.heapInsert(v);
  }

  empty(): boolean {
    return this.heap.length === 0;
  }

  pop(): number {
    return this.heapPop();
  }

  private heapInsert(v: number): void {
    this.heapIndex[v] = this.heap.length;
    this.heap.push(v);
    this.heapUp(this.heap.length - 1);
  }

  private heapUp(i: number): void {
    const h = this.heap;
    const v = h[i]!;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (this.activity[h[parent]!]! >= this.activity[v]!) break;
      h[i] = h[parent]!;
      this.heapIndex[h[i]!] = i;
      i = parent;
    }
    h[i] = v;
    this.heapIndex[v] = i;
  }

  private heapPop(): number {
    const h = this.heap;
    const top = h[0]!;
    const last = h.pop()!;
    this.heapIndex[top] = -1;
    if (h.length > 0) {
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        if (l >= h.length) break;
        const r = l + 1;
        const c = r < h.length && this.activity[h[r]!]! > this.activity[h[l]!]! ? r : l;
        if (this.activity[h[c]!]! <= this.activity[last]!) break;
        h[i] = h[c]!;
        this.heapIndex[h[i]!] = i;
        i = c;
      }
      h[i] = last;
      this.heapIndex[last] = i;
    }
    return top;
  }
}

export function luby(i: number): number {
  let size = 1;
  let seq = 0;
  while (size < i + 1) {
    seq++;
    size = 2 * size + 1;
  }
  let x = i;
  while (size - 1 !== x) {
    size = (size - 1) >> 1;
    seq--;
    x = x % size;
  }
  return 2 ** seq;
}
