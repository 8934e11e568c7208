/**
 * @module merge/clusters: hand-written report clusters for measuring coreference: several outlets per
 * event, worded and dated a little differently, and near misses that must stay apart. Used by the bench.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { EventRecord } from '../schema/record.js'
import { art, claim, rec } from '../store/fixtures.js'
import { openStore } from '../store/index.js'

type Over = Partial<EventRecord>
/** One real-world event: the fields its reports share, then how each report differs. */
interface Cluster { name: string; base: Over; reports: Over[] }

const place = (location: string, iso: string, country: string, latitude: number, longitude: number, geonameid: number): Over =>
  ({ location, iso, country, latitude, longitude, geonameid, admin1: '', admin2: '' })

export const clusters: Cluster[] = [
  { name: 'air strike, Tadmur', base: { event_date: '2016-03-27' },
    reports: [{ fatality_claims: [claim(5)] }, { event_date: '2016-03-28', fatality_claims: [claim(7)] },
      { event_date: '2016-03-21', time_precision: 2, ...place('Homs', 'SY', 'Syria', 34.73, 36.72, 169577), geo_precision: 3 }] },
  { name: 'clash, Maiduguri', base: { event_date: '2017-05-10', event_type: 'Battles', sub_event_type: 'Armed clash', actor1: 'Military Forces of Nigeria (2015-2023)',
    actor2: 'Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad', ...place('Maiduguri', 'NG', 'Nigeria', 11.846, 13.16, 2331447) },
    reports: [{}, { actor2: 'Unidentified Armed Group (Nigeria)' }, { latitude: 11.9, longitude: 13.2, geonameid: null, location: 'outskirts of Maiduguri', geo_precision: 2 }] },
  { name: 'protest, Kyiv', base: { event_date: '2019-04-02', event_type: 'Protests', sub_event_type: 'Peaceful protest', disorder_type: 'Demonstrations',
    actor1: 'Protesters (Ukraine)', actor2: null, ...place('Kyiv', 'UA', 'Ukraine', 50.45, 30.52, 703448) }, reports: [{}, {}, { event_date: '2019-04-01' }] },
  { name: 'suicide bomb, Kabul', base: { event_date: '2018-01-27', sub_event_type: 'Suicide bomb', actor1: 'Taliban', actor2: 'Civilians (Afghanistan)',
    ...place('Kabul', 'AF', 'Afghanistan', 34.53, 69.17, 1138958) }, reports: [{ fatality_claims: [claim(95)] }, { fatality_claims: [claim(103)] }, { actor1: 'Unidentified Armed Group (Afghanistan)' }] },
  { name: 'IED, Mogadishu', base: { event_date: '2017-10-14', sub_event_type: 'Remote explosive/landmine/IED', actor1: 'Al Shabaab', actor2: 'Civilians (Somalia)',
    ...place('Mogadishu', 'SO', 'Somalia', 2.04, 45.34, 53654) }, reports: [{ fatality_claims: [claim(20)] }, { fatality_claims: [claim(230)] }, { fatality_claims: [claim(300)] }, { event_date: '2017-10-15' }] },
  { name: 'shelling, Donetsk', base: { event_date: '2015-02-01', sub_event_type: 'Shelling/artillery/missile attack', actor1: 'Military Forces of Ukraine (2014-2019)',
    actor2: 'Civilians (Ukraine)', ...place('Donetsk', 'UA', 'Ukraine', 48.02, 37.8, 709717) }, reports: [{}, { latitude: 48.0, longitude: 37.77, geonameid: null }] },
  { name: 'attack, Gao', base: { event_date: '2016-06-05', event_type: 'Violence against civilians', sub_event_type: 'Attack', actor1: 'JNIM: Group for Support of Islam and Muslims',
    actor2: 'Civilians (Mali)', ...place('Gao', 'ML', 'Mali', 16.27, -0.04, 2457163) }, reports: [{}, { actor1: 'Unidentified Armed Group (Mali)' }] },
  { name: 'clash, Aden', base: { event_date: '2018-01-28', event_type: 'Battles', sub_event_type: 'Armed clash', actor1: 'Military Forces of Yemen (2012-)',
    actor2: 'STC: Southern Transitional Council', ...place('Aden', 'YE', 'Yemen', 12.78, 45.04, 415189) }, reports: [{}, { actor1: 'STC: Southern Transitional Council', actor2: 'Military Forces of Yemen (2012-)' }] },
  { name: 'car bomb, Karrada', base: { event_date: '2016-07-03', sub_event_type: 'Remote explosive/landmine/IED', actor1: 'Islamic State (Iraq)', actor2: 'Civilians (Iraq)',
    ...place('Karrada', 'IQ', 'Iraq', 33.3, 44.42, 98182) }, reports: [{ fatality_claims: [claim(120)] }, { fatality_claims: [claim(292)] }, { ...place('Baghdad', 'IQ', 'Iraq', 33.34, 44.4, 98182), geo_precision: 2 }] },
  // Near misses: each is an event of its own, close to one above in one way or two.
  { name: 'air strike, Homs city, same day', base: { event_date: '2016-03-27', ...place('Homs', 'SY', 'Syria', 34.73, 36.72, 169577) }, reports: [{}] },
  { name: 'protest, Lviv, same day', base: { event_date: '2019-04-02', event_type: 'Protests', sub_event_type: 'Peaceful protest', actor1: 'Protesters (Ukraine)', actor2: null,
    ...place('Lviv', 'UA', 'Ukraine', 49.84, 24.03, 702550) }, reports: [{}] },
  { name: 'IED, Mogadishu, two weeks later', base: { event_date: '2017-10-28', sub_event_type: 'Remote explosive/landmine/IED', actor1: 'Al Shabaab', actor2: 'Civilians (Somalia)',
    ...place('Mogadishu', 'SO', 'Somalia', 2.04, 45.34, 53654) }, reports: [{}] },
  { name: 'shelling, Donetsk, four days later', base: { event_date: '2015-02-05', sub_event_type: 'Shelling/artillery/missile attack', actor1: 'Military Forces of Ukraine (2014-2019)',
    actor2: 'Civilians (Ukraine)', ...place('Donetsk', 'UA', 'Ukraine', 48.02, 37.8, 709717) }, reports: [{}] },
  { name: 'clash, Aden, other sides', base: { event_date: '2018-01-28', event_type: 'Battles', sub_event_type: 'Armed clash', actor1: 'AQAP: Al Qaeda in the Arabian Peninsula',
    actor2: 'Military Forces of the United Arab Emirates (2004-)', ...place('Aden', 'YE', 'Yemen', 12.78, 45.04, 415189) }, reports: [{}] },
  { name: 'protest, Kabul, next day', base: { event_date: '2018-01-28', event_type: 'Protests', sub_event_type: 'Peaceful protest', actor1: 'Protesters (Afghanistan)', actor2: null,
    ...place('Kabul', 'AF', 'Afghanistan', 34.53, 69.17, 1138958) }, reports: [{}] },
  { name: 'car bomb, Baghdad, other district same day', base: { event_date: '2016-07-03', sub_event_type: 'Remote explosive/landmine/IED', actor1: 'Islamic State (Iraq)', actor2: 'Civilians (Iraq)',
    ...place('Sha\'ab', 'IQ', 'Iraq', 33.39, 44.41, 98183) }, reports: [{}] },
]

/** The reports in ingest order: outlets interleaved, as a day of news arrives. */
export function reports(): { cluster: number; record: EventRecord }[] {
  const out: { cluster: number; record: EventRecord }[] = []
  const longest = Math.max(...clusters.map((c) => c.reports.length))
  for (let k = 0; k < longest; k++) {
    clusters.forEach((c, i) => {
      const over = c.reports[k]
      if (!over) return
      const id = `c${i}r${k}`
      out.push({ cluster: i, record: rec({ ...c.base, ...over, id: `ev_${id}`, article_id: id }) })
    })
  }
  return out
}

/** Pairwise precision and recall of the merges the store makes over every report. */
export async function mergeQuality(): Promise<{ precision: number; recall: number; reports: number }> {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-merge-q-'))
  const store = await openStore(join(dir, 'q.db'))
  try {
    const all = reports()
    for (const r of all) await store.putArticle(art(r.record.article_id, `Report ${r.record.article_id}.`), [r.record])
    const got: string[] = []
    for (const r of all) got.push((await store.getEvent(r.record.id))!.id)
    let tp = 0, fp = 0, fn = 0
    for (let i = 0; i < all.length; i++) {
      for (let j = i + 1; j < all.length; j++) {
        const gold = all[i].cluster === all[j].cluster
        const said = got[i] === got[j]
        if (gold && said) tp++
        else if (said) fp++
        else if (gold) fn++
      }
    }
    const round = (x: number) => Math.round(x * 1000) / 1000
    return { precision: round(tp / (tp + fp || 1)), recall: round(tp / (tp + fn || 1)), reports: all.length }
  } finally {
    await store.close()
    rmSync(dir, { recursive: true, force: true })
  }
}
