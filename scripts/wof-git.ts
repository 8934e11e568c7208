/**
 * @module scripts/wof-git: read the blobs of a Who's On First git mirror (no work tree) through one `git cat-file --batch`,
 * shared by wof-to-geonames.ts and wof-districts.ts.
 */
import { spawn } from 'node:child_process'

/** Streams each blob's bytes to `onBlob` in the order of `blobs` (object ids), then calls `onEnd`. */
export function readBlobs(gitDir: string, blobs: readonly string[], onBlob: (body: Buffer) => void, onEnd: () => void): void {
  const cat = spawn('git', ['--git-dir', gitDir, 'cat-file', '--batch'], { stdio: ['pipe', 'pipe', 'inherit'] })
  let buf = Buffer.alloc(0)
  cat.stdout.on('data', (chunk: Buffer) => {
    buf = Buffer.concat([buf, chunk])
    for (;;) {
      // Each answer: "<id> blob <size>\n<size bytes>\n".
      const nl = buf.indexOf(10)
      if (nl < 0) return
      const size = Number(buf.toString('latin1', 0, nl).split(' ')[2])
      if (buf.length < nl + 1 + size + 1) return
      const body = buf.subarray(nl + 1, nl + 1 + size)
      buf = buf.subarray(nl + 1 + size + 1)
      onBlob(body)
    }
  })
  cat.on('close', onEnd)
  cat.stdin.end(blobs.join('\n') + '\n')
}
