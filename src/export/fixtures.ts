/** @module export/fixtures: three hand-made records the export tests share (not real events). */
import type { EventRecord } from '../schema/record.js'

/** An air strike: quotes, commas and a newline in the notes; two sources; an associated actor. */
export const airStrike: EventRecord = {
  id: 'ev_0001aaaa', article_id: 'a1', event_date: '2016-03-27', time_precision: 1,
  disorder_type: 'Political violence', event_type: 'Explosions/Remote violence', sub_event_type: 'Air/drone strike',
  actor1: 'Military Forces of Russia (2000-)', assoc_actor_1: '', inter1: 8,
  actor2: 'Civilians (Syria)', assoc_actor_2: 'Women (Syria)', inter2: 7, interaction: 78,
  country: 'Syria', iso: 'SY', admin1: 'Idlib', admin2: 'Ariha', location: 'Ariha',
  latitude: 35.8137, longitude: 36.6085, geo_precision: 1, geonameid: 170001,
  fatalities: 4, fatalities_low: 3, fatalities_high: 6,
  fatality_claims: [{ value: 4, qualifier: 'at-least', claimant: 'a monitor', group: 'civilians', span: [40, 50] }],
  other_claims: [], status: 'reported', confidence: 0.8, evidence: { event_date: [0, 9] },
  sources: [
    { article_id: 'a1', source: 'Daily "Star", Beirut', url: 'https://example.org/a1', published: '2016-03-28' },
    { article_id: 'a2', source: 'Wire', url: null, published: '2016-03-29' },
  ],
  notes: 'Warplanes struck "the market", killing at least 4,\nincluding 2 women.',
}

/** A planned protest: no coordinates, no second actor, two associated actors, no source name. */
export const protest: EventRecord = {
  id: 'ev_0002bbbb', article_id: 'a3', event_date: '2021-07-10', time_precision: 2,
  disorder_type: 'Demonstrations', event_type: 'Protests', sub_event_type: 'Peaceful protest',
  actor1: 'Protesters (Kenya)', assoc_actor_1: 'Teachers (Kenya); Students (Kenya)', inter1: 6,
  actor2: null, assoc_actor_2: '', inter2: 0, interaction: 60,
  country: 'Kenya', iso: 'KE', admin1: '', admin2: '', location: '',
  latitude: null, longitude: null, geo_precision: 3, geonameid: null,
  fatalities: 0, fatalities_low: 0, fatalities_high: 0, fatality_claims: [], other_claims: [],
  status: 'planned', confidence: 0.5, evidence: {},
  sources: [{ article_id: 'a3', source: null, url: null, published: null }],
  notes: 'Teachers planned a march.',
}

/** A clash told as background: no date, rebels first and the state second, a date-time publication. */
export const clash: EventRecord = {
  id: 'ev_0003cccc', article_id: 'a4', event_date: null, time_precision: 3,
  disorder_type: 'Political violence', event_type: 'Battles', sub_event_type: 'Armed clash',
  actor1: 'JNIM: Group for Support of Islam and Muslims', assoc_actor_1: '', inter1: 2,
  actor2: 'Military Forces of Mali (2021-)', assoc_actor_2: '', inter2: 1, interaction: 12,
  country: 'Mali', iso: 'ML', admin1: 'Mopti', admin2: 'Douentza', location: 'Boni',
  latitude: 15.0167, longitude: -1.8833, geo_precision: 2, geonameid: 2460001,
  fatalities: 12, fatalities_low: 10, fatalities_high: 15, fatality_claims: [], other_claims: [],
  status: 'background', confidence: 0.35, evidence: {},
  sources: [{ article_id: 'a4', source: 'Sahel Times', url: 'https://example.org/a4', published: '2022-01-05T08:30:00' }],
  notes: 'Militants and soldiers clashed near Boni.',
}

export const records: readonly EventRecord[] = [airStrike, protest, clash]
