/** A small Dinic max-flow, for the upper bounds (graphs of a few thousand edges). */
export class FlowGraph {
  private head: number[];
  private to: number[] = [];
  private cap: number[] = [];
  private next: number[] = [];
  private level: Int32Array;
  private iter: Int32Array;

  constructor(private readonly n: number) {
    this.head = new Array<number>(n).fill(-1);
    this.level = new Int32Array(n);
    this.iter = new Int32Array(n);
  }

  addEdge(from: number, to: number, capacity: number): void {
    this.push(from, to, capacity);
    this.push(to, from, 0);
  }

  private push(from: number, to: number, capacity: number): void {
    this.to.push(to);
    this.cap.push(capacity);
    this.next.push(this.head[from]!);
    this.head[from] = this.to.length - 1;
  }

  private bfs(source: number, sink: number): boolean {
    this.level.fill(-1);
    const queue = [source];
    this.level[source] = 0;
    for (let i = 0; i < queue.length; i++) {
      const v = queue[i]!;
      for (let e = this.head[v]!; e !== -1; e = this.next[e]!) {
        const w = this.to[e]!;
        if (this.cap[e]! > 0 && this.level[w]! < 0) {
          this.level[w] = this.level[v]! + 1;
          queue.push(w);
        }
      }
    }
    return this.level[sink]! >= 0;
  }

  private dfs(v: number, sink: number, pushed: number): number {
    if (v === sink) return pushed;
    for (; this.iter[v] !== -1; this.iter[v] = this.next[this.iter[v]!]!) {
      const e = this.iter[v]!;
      const w = this.to[e]!;
      if (this.cap[e]! > 0 && this.level[w] === this.level[v]! + 1) {
        const got = this.dfs(w, sink, Math.min(pushed, this.cap[e]!));
        if (got > 0) {
          this.cap[e] = this.cap[e]! - got;
          this.cap[e ^ 1] = this.cap[e ^ 1]! + got;
          return got;
        }
      }
    }
    return 0;
  }

  maxFlow(source: number, sink: number): number {
    let flow = 0;
    while (this.bfs(source, sink)) {
      for (let v = 0; v < this.n; v++) this.iter[v] = this.head[v]!;
      for (let f = this.dfs(source, sink, Infinity); f > 0; f = this.dfs(source, sink, Infinity)) flow += f;
    }
    return flow;
  }
}
