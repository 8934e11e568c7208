/** @module web/e2e-fixtures: short invented articles and the exact records a stub deriver returns for them. */
import type { EventRecord } from '../schema/record.js'
import type { Deriver } from '../store/index.js'

interface Fixture {
  id: string; title: string; published: string; text: string
  event: Partial<EventRecord>
  evidence: Record<string, string>          // field → the words that support it (first occurrence)
  claims?: { value: number; words: string; claimant: string | null; group: string | null }[]
}

export const XSS_TEXT = 'Gunmen attacked a market in Gao on Friday. <script>window.__pwned=1</script> ' +
  'Residents said <img src=x onerror="window.__pwned=1"> two traders were wounded.'

export const FIXTURES: Fixture[] = [
  {
    id: 'fx-aleppo', title: 'Clashes near Aleppo', published: '2024-03-12',
    text: 'Government troops clashed with rebel fighters near Aleppo on Sunday, killing 12 fighters, a monitoring group said.',
    event: { event_date: '2024-03-10', event_type: 'Battles', sub_event_type: 'Armed clash', disorder_type: 'Political violence',
      actor1: 'Military Forces of Syria (2000-)', inter1: 1, actor2: 'Rebel Forces (Syria)', inter2: 2, interaction: 12,
      country: 'Syria', iso: 'SY', admin1: 'Aleppo', location: 'Aleppo', latitude: 36.2021, longitude: 37.1343, geo_precision: 1,
      fatalities: 12, confidence: 0.9, notes: 'Troops and rebels fought near Aleppo; 12 killed.' },
    evidence: { event_type: 'clashed', location: 'Aleppo', event_date: 'on Sunday', actor1: 'Government troops', actor2: 'rebel fighters', fatalities: '12 fighters' },
    claims: [{ value: 12, words: '12 fighters', claimant: 'a monitoring group', group: 'rebels' }],
  },
  {
    id: 'fx-mosul', title: 'Bomb hits patrol in Mosul', published: '2024-03-10',
    text: 'A roadside bomb struck a police patrol in Mosul on Saturday, killing three policemen, security sources said.',
    event: { event_date: '2024-03-09', event_type: 'Explosions/Remote violence', sub_event_type: 'Remote explosive/landmine/IED',
      disorder_type: 'Political violence', actor1: 'Unidentified Armed Group (Iraq)', inter1: 3, actor2: 'Police Forces of Iraq (2020-)', inter2: 1,
      interaction: 13, country: 'Iraq', iso: 'IQ', admin1: 'Nineveh', location: 'Mosul', latitude: 36.335, longitude: 43.1189,
      geo_precision: 2, fatalities: 3, confidence: 0.5, notes: 'A roadside bomb killed three policemen in Mosul.' },
    evidence: { event_type: 'roadside bomb', location: 'Mosul', event_date: 'on Saturday', fatalities: 'three policemen' },
    claims: [{ value: 3, words: 'three policemen', claimant: 'security sources', group: 'police' }],
  },
  {
    id: 'fx-kandahar', title: 'Students protest in Kandahar', published: '2024-03-05',
    text: 'Hundreds of students marched through Kandahar on Monday to demand the release of detained classmates.',
    event: { event_date: '2024-03-04', event_type: 'Protests', sub_event_type: 'Peaceful protest', disorder_type: 'Demonstrations',
      actor1: 'Protesters (Afghanistan)', inter1: 6, interaction: 60, country: 'Afghanistan', iso: 'AF', admin1: 'Kandahar',
      location: 'Kandahar', latitude: 31.6133, longitude: 65.7101, geo_precision: 1, fatalities: 0, confidence: 0.7,
      notes: 'Students protested in Kandahar for detained classmates.' },
    evidence: { event_type: 'marched', location: 'Kandahar', event_date: 'on Monday' },
  },
  {
    id: 'fx-palmyra', title: 'Army retakes Palmyra', published: '2024-01-15',
    text: 'Syrian government forces recaptured Palmyra from militants on Sunday after a week of fighting, state media said.',
    event: { event_date: '2024-01-14', event_type: 'Battles', sub_event_type: 'Government regains territory', disorder_type: 'Political violence',
      actor1: 'Military Forces of Syria (2000-)', inter1: 1, actor2: 'Islamic State (Syria)', inter2: 2, interaction: 12,
      country: 'Syria', iso: 'SY', admin1: 'Homs', location: 'Palmyra', latitude: 34.5605, longitude: 38.2673, geo_precision: 1,
      fatalities: 0, confidence: 0.8, notes: 'Government forces retook Palmyra from militants.' },
    evidence: { event_type: 'recaptured', location: 'Palmyra', event_date: 'on Sunday', actor1: 'Syrian government forces' },
  },
  {
    id: 'fx-xss', title: 'Market attack in Gao', published: '2024-03-09', text: XSS_TEXT,
    event: { event_date: '2024-03-08', event_type: 'Violence against civilians', sub_event_type: 'Attack', disorder_type: 'Political violence',
      actor1: 'Unidentified Armed Group (Mali)', inter1: 3, actor2: 'Civilians (Mali)', inter2: 7, interaction: 37, country: 'Mali', iso: 'ML',
      admin1: 'Gao', location: 'Gao <img src=x onerror="window.__pwned=2">', latitude: 16.2666, longitude: -0.0400, geo_precision: 1, fatalities: 0, confidence: 0.6,
      notes: 'Gunmen attacked a market in Gao.' },
    evidence: { event_type: 'attacked', location: 'Gao', notes: '<script>window.__pwned=1</script>' },
  },
]

/** Background history, apart from FIXTURES (which other suites count): hidden unless the status filter asks for it. */
export const BACKGROUND_FIXTURE: Fixture = {
  id: 'fx-history', title: 'Homs remembers', published: '2024-03-11',
  text: 'Residents recalled that army units first shelled Homs in June 1995, long before the present fighting.',
  event: { event_date: '1995-06-01', time_precision: 3, event_type: 'Explosions/Remote violence', sub_event_type: 'Shelling/artillery/missile attack',
    disorder_type: 'Political violence', actor1: 'Military Forces of Syria (2000-)', inter1: 1, interaction: 10, country: 'Syria', iso: 'SY',
    admin1: 'Homs', location: 'Homs', latitude: 34.7268, longitude: 36.7234, geo_precision: 1, fatalities: 0, confidence: 0.6, status: 'background',
    notes: 'Army units shelled Homs in 1995.' },
  evidence: { event_type: 'shelled', location: 'Homs', event_date: 'June 1995' },
}

const span = (text: string, words: string): [number, number] => {
  const at = text.indexOf(words)
  if (at < 0) throw new Error(`fixture: "${words}" is not in its text`)
  return [at, at + words.length]
}

export function fixtureRecord(f: Fixture): EventRecord {
  return {
    id: `ev-${f.id}`, article_id: f.id, event_date: null, time_precision: 1, disorder_type: '', event_type: '', sub_event_type: '',
    actor1: null, assoc_actor_1: '', inter1: 0, actor2: null, assoc_actor_2: '', inter2: 0, interaction: 0,
    country: '', iso: '', admin1: '', admin2: '', location: '', latitude: null, longitude: null, geo_precision: 1, geonameid: null,
    fatalities: 0, fatalities_low: 0, fatalities_high: 0, fatality_claims: [], other_claims: [], status: 'reported', confidence: 0.5,
    sources: [], notes: '',
    ...f.event,
    ...(f.claims ? {
      fatality_claims: f.claims.map((c) => ({ value: c.value, qualifier: 'exact', claimant: c.claimant, group: c.group, span: span(f.text, c.words) })),
      fatalities_low: f.event.fatalities ?? 0, fatalities_high: f.event.fatalities ?? 0,
    } : {}),
    evidence: Object.fromEntries(Object.entries(f.evidence).map(([field, words]) => [field, span(f.text, words)])),
  }
}

/** The stub deriver: a fixture's text gives its record, any other text none. */
export const fixtureDeriver: Deriver = (input) => [...FIXTURES, BACKGROUND_FIXTURE].filter((f) => f.text === input.text).map(fixtureRecord)

export const fixtureArticle = (f: Fixture) => ({ id: f.id, title: f.title, source: 'Fixture Wire', published: f.published, text: f.text })
