import assert from 'node:assert/strict'
import { test } from 'node:test'
import { compilePloverMap, ploverMap } from './plover-map.js'
import { taxonomy } from '../events/taxonomy.js'

// The 25 sub-event types of ACLED's current codebook, from data/events/taxonomy.yaml.
const ACLED_SUB_EVENT_TYPES = taxonomy().subtypes.map((s) => s.sub)

test('data/plover-map.yaml has a row for every ACLED sub-event type and no other', () => {
  assert.deepEqual([...ploverMap().events.keys()].sort(), [...ACLED_SUB_EVENT_TYPES].sort())
})

test('the map reads rows, quad codes and status contexts', () => {
  const map = ploverMap()
  assert.deepEqual(map.events.get('Government regains territory'), { event: 'ASSAULT', mode: null, context: ['military', 'resource'], reciprocal: true })
  assert.deepEqual(map.events.get('Arrests'), { event: 'COERCE', mode: 'arrest', context: ['legal'], reciprocal: false })
  assert.deepEqual([map.quad.get('AGREE'), map.quad.get('RETREAT'), map.quad.get('THREATEN'), map.quad.get('PROTEST')], [1, 2, 3, 4])
  assert.deepEqual([...map.statusContext], [['planned', 'future'], ['background', 'historical']])
})

const base = () => ({
  categories: { ASSAULT: 4 },
  events: { Attack: { event: 'ASSAULT' } },
  sectors: { by_name: [['^Police', 'COP']], by_inter: { 1: 'MIL' } },
  codes: [],
})

test('broken map data throws, naming the file and the entry', () => {
  assert.throws(() => compilePloverMap({ ...base(), events: { Attack: { event: 'FIGHT' } } }),
    { message: 'data/plover-map.yaml: events."Attack": unknown PLOVER category FIGHT' })
  assert.throws(() => compilePloverMap({ ...base(), events: { Grenade: { event: 'ASSAULT', mode: 'Small Arms' } } }),
    { message: 'data/plover-map.yaml: events."Grenade": mode "Small Arms" is not a PLOVER word' })
  assert.throws(() => compilePloverMap({ ...base(), sectors: { by_name: [['(', 'COP']], by_inter: {} } }),
    /^Error: data\/plover-map\.yaml: sectors\.by_name\[0\]: bad pattern \(: /)
  assert.throws(() => compilePloverMap({ ...base(), sectors: { by_name: [], by_inter: { 9: 'MIL' } } }),
    { message: 'data/plover-map.yaml: sectors.by_inter.9: needs inter 1–8 → 3-letter sector' })
})
