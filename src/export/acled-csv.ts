/** @module export/acled-csv: ACLED's export columns, in ACLED's order, then sitrep's extra fields. */
import type { EventRecord } from '../schema/record.js'
import { acledRegion, numericIso } from './acled-country.js'
import { csvRow, type Cell } from './csv.js'
import { newestPublished, sourceNames, yearOf } from './sources.js'
import { framed, type Out, type RecordWriter } from './writer.js'

/**
 * ACLED's export columns (the API and data-export tool, 2023 codebook), in order. Tools that
 * read ACLED files find every column where they expect it; sitrep's own fields come after.
 */
export const acledColumns = [
  'event_id_cnty', 'event_date', 'year', 'time_precision', 'disorder_type', 'event_type', 'sub_event_type',
  'actor1', 'assoc_actor_1', 'inter1', 'actor2', 'assoc_actor_2', 'inter2', 'interaction', 'civilian_targeting',
  'iso', 'region', 'country', 'admin1', 'admin2', 'admin3', 'location', 'latitude', 'longitude', 'geo_precision',
  'source', 'source_scale', 'notes', 'fatalities', 'tags', 'timestamp',
] as const

/** sitrep's fields after ACLED's. The event id itself is in `event_id_cnty`; `iso2` keeps the letters. */
export const extraColumns = ['status', 'confidence', 'fatalities_low', 'fatalities_high', 'geonameid', 'iso2'] as const

export const acledCsvHeader: string = csvRow([...acledColumns, ...extraColumns])

// ACLED marks an event "Civilian targeting" when civilians are its main target; that is
// coded only for political violence where civilians are the second actor (inter2 7).
const CIVILIAN_TARGETING_TYPES = new Set(['Violence against civilians', 'Explosions/Remote violence', 'Riots'])

/** One record as the cells of one ACLED row, in column order. */
export function acledRow(r: EventRecord): Cell[] {
  const civilianTargeting = r.inter2 === 7 && CIVILIAN_TARGETING_TYPES.has(r.event_type) ? 'Civilian targeting' : ''
  return [
    r.id, r.event_date, yearOf(r.event_date), r.time_precision, r.disorder_type, r.event_type, r.sub_event_type,
    r.actor1, r.assoc_actor_1, r.inter1, r.actor2, r.assoc_actor_2, r.inter2, r.interaction, civilianTargeting,
    numericIso(r.iso), acledRegion(r.iso), r.country, r.admin1, r.admin2, '', r.location, r.latitude, r.longitude,
    r.geo_precision, sourceNames(r).join('; '), '', r.notes, r.fatalities, '', newestPublished(r),
    r.status, r.confidence, r.fatalities_low, r.fatalities_high, r.geonameid, r.iso,
  ]
}

export function acledCsvWriter(out: Out): RecordWriter {
  return framed(out, { open: acledCsvHeader, before: () => '', close: () => '' }, (r) => csvRow(acledRow(r)))
}
