/** @module queue/ordered: map a stream through an async function, several items at once, results in input order. */

/**
 * Yield `fn(item)` for every item of `source`, in the order of `source`, with at most `window`
 * calls in flight. Reading stops while the window is full, so memory stays bounded by the window
 * however long the input is. A rejected call rejects the generator when its turn comes.
 */
export async function* mapOrdered<T, R>(source: AsyncIterable<T> | Iterable<T>, fn: (item: T) => Promise<R>, window: number): AsyncGenerator<R> {
  if (!(window >= 1)) throw new Error(`mapOrdered: window must be at least 1, got ${window}`)
  const pending: Promise<R>[] = []
  for await (const item of source) {
    const call = fn(item)
    call.catch(() => { /* handled when its turn comes; only silences the early-rejection warning */ })
    pending.push(call)
    if (pending.length >= window) yield await pending.shift()!
  }
  while (pending.length > 0) yield await pending.shift()!
}
