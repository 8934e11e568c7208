/**
 * @module bench/instr: CPU instructions per extracted article, counted by valgrind's callgrind: a
 * figure that is the same from run to run on a loaded machine, where articles per second are not.
 *
 *   node dist/src/bench/instr.js [--warm 20] [--articles 20] [--corpus events|quiet] [--cold] [--keep]
 *
 * A child process (`node --predictable`, so V8 compiles on the main thread in a fixed order) runs
 * under `valgrind --tool=callgrind --instr-atstart=no`: it loads the pipeline and extracts `--warm`
 * articles of the bench corpus uninstrumented (fast), then says "ready"; this driver turns counting
 * on (`callgrind_control -i on`), the child extracts the next `--articles` articles, says "done", and
 * the driver dumps the counts (`callgrind_control -d`). Instructions per article = the dump's total
 * / `--articles`. V8's optimising compiler runs inside the count (as it does on a helper thread in
 * production), so a change that makes code deoptimise less shows too. `--cold` also counts a whole
 * `sitrep extract` of one short file from process start to exit (the cold start). `--keep` leaves
 * the callgrind files in the temporary directory (for `callgrind_annotate`; JIT-compiled JavaScript
 * shows as unnamed addresses, use `node --cpu-prof` to see which functions they are).
 * SITREP_INSTR_NODE_FLAGS adds node/V8 flags to the measured child.
 * Slow: the defaults took 5–10 minutes on the shared 2-core machine (load 15–30); valgrind must be installed.
 */
import { spawn, spawnSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createInterface } from 'node:readline'
import { fileURLToPath } from 'node:url'
import { packageRoot } from '../paths.js'

const VALGRIND = ['--tool=callgrind', '--smc-check=all-non-file']

/** The child: warm up, wait for "go" on stdin, extract the measured articles, wait again before exiting. */
async function child(warm: number, n: number, kind: string): Promise<void> {
  const { tuneV8 } = await import('../cli/v8.js')
  tuneV8()
  const { extract } = await import('../pipeline.js')
  const { toRecords } = await import('../events/records.js')
  const { corpus, quietCorpus } = await import('./corpus.js')
  const docs = (kind === 'quiet' ? quietCorpus : corpus)(warm + n)
  let events = 0
  for (const d of docs.slice(0, warm)) events += toRecords(extract(d)).length
  const lines = createInterface({ input: process.stdin })[Symbol.asyncIterator]()
  process.stdout.write('ready\n')
  await lines.next()
  for (const d of docs.slice(warm)) events += toRecords(extract(d)).length
  process.stdout.write(`done ${events}\n`)
  await lines.next()
  process.exit(0)
}

/** The `totals:` line of every callgrind file in `dir` whose name starts with `prefix`, summed. */
function total(dir: string, prefix: string): number {
  let sum = 0
  for (const f of readdirSync(dir)) if (f.startsWith(prefix)) {
    const m = /^totals: (\d+)/m.exec(readFileSync(join(dir, f), 'utf8'))
    if (m) sum += Number(m[1])
  }
  return sum
}

/** Instructions of `articles` extractions after `warm` uninstrumented ones. */
async function measure(dir: string, warm: number, articles: number, kind: string): Promise<{ instructions: number; events: number }> {
  const out = join(dir, `steady.${kind}`)
  // SITREP_INSTR_NODE_FLAGS: more node/V8 flags for the child (to count what a V8 setting changes).
  const flags = (process.env.SITREP_INSTR_NODE_FLAGS ?? '').split(/\s+/).filter(Boolean)
  const p = spawn('valgrind', [...VALGRIND, '--instr-atstart=no', `--callgrind-out-file=${out}`, process.execPath, '--predictable', ...flags,
    fileURLToPath(import.meta.url), '--child', String(warm), String(articles), kind], { stdio: ['pipe', 'pipe', 'pipe'] })
  let err = ''
  p.stderr.on('data', (c: Buffer) => { err += c.toString() })
  const exited = new Promise<number>((resolve) => p.on('close', (code) => resolve(code ?? -1)))
  const lines = createInterface({ input: p.stdout })
  let events = -1
  for await (const line of lines) {
    if (line === 'ready') {
      const r = spawnSync('callgrind_control', ['-i', 'on', String(p.pid)], { encoding: 'utf8' })
      if (r.status !== 0) throw new Error(`callgrind_control -i on: ${r.stdout}${r.stderr}`)
      p.stdin.write('go\n')
    } else if (line.startsWith('done ')) {
      events = Number(line.slice(5))
      const r = spawnSync('callgrind_control', ['-d', String(p.pid)], { encoding: 'utf8' })
      if (r.status !== 0) throw new Error(`callgrind_control -d: ${r.stdout}${r.stderr}`)
      p.stdin.end('go\n')
    }
  }
  const code = await exited
  if (events < 0) throw new Error(`child exited ${code} without measuring:\n${err.slice(-2000)}`)
  // The dump at "done" is `${out}.1`; the file written at exit holds only the few instructions after it.
  return { instructions: total(dir, 'steady.' + kind + '.1'), events }
}

/** Instructions of a whole `sitrep extract` of one short article: process start to exit. */
function cold(dir: string): number {
  const file = join(dir, 'one.txt')
  writeFileSync(file, 'World\nClashes near Aleppo\nGunmen attacked a checkpoint near Aleppo on Sunday, killing three soldiers.\n')
  const r = spawnSync('valgrind', [...VALGRIND, `--callgrind-out-file=${join(dir, 'cold.%p')}`, process.execPath, join(packageRoot, 'bin', 'sitrep.js'),
    'extract', '--pub-date', '2024-03-12', file], { encoding: 'utf8', maxBuffer: 1 << 26 })
  if (r.status !== 0) throw new Error(`cold extract failed: ${r.stderr.slice(-2000)}`)
  return total(dir, 'cold.')
}

function flag(args: string[], name: string, fallback: string): string {
  const i = args.indexOf(name)
  return i >= 0 && i + 1 < args.length ? args[i + 1] : fallback
}

async function main(args: string[]): Promise<void> {
  if (args[0] === '--child') return child(Number(args[1]), Number(args[2]), args[3])
  const warm = Number(flag(args, '--warm', '20')), articles = Number(flag(args, '--articles', '20'))
  const kind = flag(args, '--corpus', 'events')
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-instr-'))
  try {
    const m = await measure(dir, warm, articles, kind)
    const put = (k: string, v: string | number): void => { process.stdout.write(`${k.padEnd(30)} ${v}\n`) }
    put('corpus', `${kind} (articles ${warm + 1}–${warm + articles}, ${m.events} events in all)`)
    put('instructions_per_article', Math.round(m.instructions / articles))
    if (args.includes('--cold')) put('cold_extract_instructions', cold(dir))
  } finally {
    if (args.includes('--keep')) process.stderr.write(`instr: callgrind files in ${dir}\n`)
    else rmSync(dir, { recursive: true, force: true })
  }
}

if (process.argv[1] && /bench[\\/]instr\.(js|ts)$/.test(process.argv[1])) await main(process.argv.slice(2))
