import { heapGrowthFigure, type Figure } from './figure';
import { exposeGc } from './gc';
import { InProcessCore } from './in-process-core';

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
    return heapGrowthFigure({ id: 'mainHeapGrowth', side: 'Main', calls, afterFirst, afterAll, budgetMb });
  } finally {
    await core.dispose();
  }
}

function heapUsedAfterGc(collect: () => void): number {
  // Twice: the first pass can leave objects whose finalizers free more on the second.
  collect();
  collect();
  return process.memoryUsage().heapUsed;
}
