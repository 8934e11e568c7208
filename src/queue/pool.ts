/** @module queue/pool: a fixed set of worker threads running one script; a task goes to the next idle thread. */
import { Worker } from 'node:worker_threads'

export interface ThreadPool<T, R> {
  readonly size: number
  /** Run one task on the next idle thread; rejects if that thread dies while running it. */
  run(task: T): Promise<R>
  /** Stop every thread (tasks still queued are rejected). */
  close(): Promise<void>
}

interface Job<T, R> { task: T; resolve(value: R): void; reject(error: Error): void; tries: number }

/** How many times a task whose thread died runs again on a fresh thread before it fails: a thread may die of something
 * else than its article (its heap limit reached while still loading the gazetteer on a busy machine). */
const RETRIES = 1

/**
 * `size` threads of `script`; each receives a task as a message and answers with one message.
 * A thread that crashes is replaced; its task runs once more on a fresh thread, then is rejected if that one dies too,
 * so one bad article never stalls the rest and a thread that died for another reason loses no article.
 */
export function threadPool<T, R>(script: URL, size: number, limits?: { maxOldGenerationSizeMb: number }): ThreadPool<T, R> {
  const idle: Worker[] = []
  const running = new Map<Worker, Job<T, R>>()
  const queue: Job<T, R>[] = []
  let closed = false

  function start(): void {
    const worker = script.pathname.endsWith('.ts')
      // Under tsx (tests), a thread does not inherit its loader hooks: register them, then load the source.
      ? new Worker(`import('tsx/esm/api').then((m) => { m.register(); return import(${JSON.stringify(script.href)}) })`, { eval: true, resourceLimits: limits })
      : new Worker(script, { resourceLimits: limits })
    worker.on('message', (value: R) => {
      const job = running.get(worker)
      running.delete(worker)
      job?.resolve(value)
      next(worker)
    })
    worker.on('error', (error) => {
      const job = running.get(worker)
      running.delete(worker)
      if (job) fail(job, error)
    })
    worker.on('exit', () => {
      const job = running.get(worker)
      running.delete(worker)
      if (job) fail(job, new Error('worker thread exited'))
      const at = idle.indexOf(worker)
      if (at >= 0) idle.splice(at, 1)
      if (!closed) { start(); drain() }
    })
    idle.push(worker)
  }

  /** A task whose thread died: again, first in line, on the thread that replaces it; after RETRIES, rejected. */
  function fail(job: Job<T, R>, error: Error): void {
    if (!closed && job.tries < RETRIES) { job.tries++; queue.unshift(job) } else job.reject(error)
  }

  function next(worker: Worker): void {
    const job = queue.shift()
    if (job) { running.set(worker, job); worker.postMessage(job.task) }
    else idle.push(worker)
  }

  function drain(): void {
    while (queue.length > 0 && idle.length > 0) next(idle.pop()!)
  }

  for (let i = 0; i < size; i++) start()
  return {
    size,
    run(task) {
      if (closed) return Promise.reject(new Error('thread pool closed'))
      return new Promise<R>((resolve, reject) => { queue.push({ task, resolve, reject, tries: 0 }); drain() })
    },
    async close() {
      closed = true
      for (const job of queue.splice(0)) job.reject(new Error('thread pool closed'))
      const all = [...idle, ...running.keys()]
      await Promise.all(all.map((w) => w.terminate()))
    },
  }
}
