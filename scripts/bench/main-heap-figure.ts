import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { figure, type Figure } from './figure';
import { InProcessCore } from './in-process-core';
import { bytesToMb } from './stats';

/*
 * Main's heap after many calls against after the first. The core runs in this process (the
 * web host is another process, out of reach of a forced collection); the bench plays the
 * engine's side of each call. A full collection before each reading keeps garbage that is
 * merely uncollected out of the growth.
 */

const budgetMb = 5;

export async function measureMainHeap(calls: number): Promise<Figure> {
  const collect = exposeGc();
  const core = new InProcessCore();
  try {
    await core.signInReady('bench-main-heap');
    await core.playCall(0);
    const afterFirst = heapUsedAfterGc(collect);
    for (let index = 1; index < calls; index += 1) await core.playCall(index);
    const afterAll = heapUsedAfterGc(collect);
    return figure({
      id: 'mainHeapGrowth',
      title: `Main heap growth, ${calls} calls vs the first`,
      unit: 'MB',
      measured: bytesToMb(afterAll - afterFirst),
      budget: budgetMb,
      baseline: { value: bytesToMb(afterFirst), label: 'main heap after the first call' },
      details: { calls, heapAfterFirstMb: bytesToMb(afterFirst), heapAfterAllMb: bytesToMb(afterAll) },
    });
  } finally {
    await core.dispose();
  }
}

/** `gc()` without starting Node with --expose-gc: the flag takes effect for contexts made after it is set. */
function exposeGc(): () => void {
  const existing = (globalThis as { gc?: () => void }).gc;
  if (existing) return existing;
  setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as () => void;
}

function heapUsedAfterGc(collect: () => void): number {
  // Twice: the first pass can leave objects whose finalizers free more on the second.
  collect();
  collect();
  return process.memoryUsage().heapUsed;
}
