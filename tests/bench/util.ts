import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';

export function tmp(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'blikopener-bench-'));
}

export function time<T>(fn: () => T): [T, number] {
  const start = performance.now();
  const result = fn();
  return [result, performance.now() - start];
}

export async function timeAsync<T>(fn: () => Promise<T>): Promise<[T, number]> {
  const start = performance.now();
  const result = await fn();
  return [result, performance.now() - start];
}

function sorted(values: number[]): number[] {
  return [...values].sort((a, b) => a - b);
}

export function median(values: number[]): number {
  return sorted(values)[Math.floor(values.length / 2)] ?? NaN;
}

/** Nearest-rank 95th percentile. */
export function p95(values: number[]): number {
  const s = sorted(values);
  return s[Math.max(0, Math.ceil(0.95 * s.length) - 1)] ?? NaN;
}

export function report(label: string, values: number[]): void {
  console.log(
    `${label.padEnd(58)} median ${median(values).toFixed(1).padStart(8)} ms   (min ${Math.min(...values).toFixed(1)}, max ${Math.max(...values).toFixed(1)}, n=${values.length})`,
  );
}

/** p95 first: the figure the targets are stated in. */
export function reportP95(label: string, values: number[], target?: number): void {
  const figure = p95(values);
  const verdict =
    target === undefined ? '' : figure <= target ? `   (target < ${target} ms)` : `   (ABOVE target < ${target} ms)`;
  console.log(
    `${label.padEnd(58)} p95 ${figure.toFixed(1).padStart(8)} ms   median ${median(values).toFixed(1)} ms, n=${values.length}${verdict}`,
  );
}

export function line(label: string, value: string): void {
  console.log(`${label.padEnd(58)} ${value}`);
}

export function heading(text: string): void {
  console.log(`\n== ${text}`);
}
