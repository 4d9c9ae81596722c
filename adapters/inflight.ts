/** Handlers still running: replay waits for them, shutdown lets them finish. */
export interface Inflight {
  count: number;
  /** Resolves whenever the count drops to zero. */
  idle: Promise<void>;
  release: () => void;
}

export function inflightCounter(): Inflight {
  return { count: 0, idle: Promise.resolve(), release: () => {} };
}

/** Runs a handler while counting it in flight. */
export async function track<T>(inflight: Inflight, work: () => Promise<T>): Promise<T> {
  if (inflight.count++ === 0) inflight.idle = new Promise<void>((r) => (inflight.release = r));
  try {
    return await work();
  } finally {
    if (--inflight.count === 0) inflight.release();
  }
}
