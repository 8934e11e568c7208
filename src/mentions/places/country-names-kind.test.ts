/** @module mentions/places/country-names-kind.test: beside country-names.test (no country name read as a town), the stricter check: every country's name, and the short forms a namesake town or state shares, resolves to that very country, and nothing in the name is read as an area elsewhere (issue 11). Sentences written for these tests. */
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { countries } from '../countries.js'
import { parsePlaces as parse } from './fixtures/parse.js'

// Short names a town, county or state elsewhere also bears (Lebanon, Ohio; Peru, Indiana; Georgia, US; Jordan, Utah ...).
const SHORT: [string, string][] = [
  ['Georgia', 'GE'], ['Jordan', 'JO'], ['Chad', 'TD'], ['Niger', 'NE'], ['Lebanon', 'LB'], ['Mexico', 'MX'], ['Peru', 'PE'],
  ['Cuba', 'CU'], ['Panama', 'PA'], ['Togo', 'TG'], ['Mali', 'ML'], ['Guinea', 'GN'], ['Sudan', 'SD'], ['Israel', 'IL'],
  ['Syria', 'SY'], ['Jamaica', 'JM'], ['Malta', 'MT'], ['Cyprus', 'CY'], ['Armenia', 'AM'], ['Albania', 'AL'], ['Angola', 'AO'],
  ['Bolivia', 'BO'], ['Canada', 'CA'], ['Denmark', 'DK'], ['Honduras', 'HN'], ['Poland', 'PL'], ['Vietnam', 'VN'],
  ['Qatar', 'QA'], ['Oman', 'OM'], ['Kuwait', 'KW'], ['Haiti', 'HT'], ['Nepal', 'NP'], ['Laos', 'LA'], ['Benin', 'BJ'],
  ['Gabon', 'GA'], ['Ghana', 'GH'], ['Morocco', 'MA'], ['Chile', 'CL'], ['Ireland', 'IE'], ['Brazil', 'BR'], ['China', 'CN'],
  ['India', 'IN'], ['Russia', 'RU'], ['Britain', 'GB'], ['Holland', 'NL'],
]
// "Congo" alone is the larger Congo in news (data/countries.yaml); Antarctica is a continent here, not a country.
// "Cocos (Keeling) Islands" is checked with the others: the name matcher reads a bracketed part inside a name the gazetteer
// has whole (recognize.ts rule bracket-inside-name), so no bare "Islands" (Hong Kong's Islands district) is left over.
const EITHER: Record<string, string[]> = { Congo: ['CD', 'CG'] }
const SKIP = new Set(['AQ'])

const FRAMES = ['Officials in NAME said on Tuesday that talks would resume next week.', 'The minister flew to NAME on Monday.']

function wrong(name: string, iso: string): string[] {
  const out: string[] = []
  for (const frame of FRAMES) {
    const places = parse(frame.replace('NAME', name)).places
    const p = places.find((x) => x.text !== null && name.includes(x.text))
    const ok = p !== undefined && p.kind === 'country' && (EITHER[name] ?? [iso]).includes(p.countryCode ?? '')
      // A name that lists its parts ("Saint Helena, Ascension and Tristan da Cunha") may also give the parts, in that country.
      && places.every((x) => x.kind === 'country' || (x.kind === 'admin1' && x.countryCode === p.countryCode))
    if (!ok) out.push(`${name} (${iso}) in "${frame}": ${JSON.stringify(places.map((x) => [x.text, x.kind, x.name, x.countryCode]))}`)
  }
  return out
}

test('every country\'s own name resolves to that country, never to a town, district or state of its name', () => {
  const bad = [...countries().values()].filter((c) => !SKIP.has(c.iso)).flatMap((c) => wrong(c.name, c.iso))
  assert.deepEqual(bad, [])
})

test('short country names that towns and states abroad also bear resolve to the country', () => {
  assert.deepEqual(SHORT.flatMap(([name, iso]) => wrong(name, iso)), [])
})

test('a bracketed part inside a country\'s name is read with the name: the country, nothing left over', () => {
  assert.deepEqual(parse('Two fishing boats were stranded off Cocos (Keeling) Islands after the storm.').places.map((x) => [x.text, x.kind, x.countryCode]),
    [['Cocos (Keeling) Islands', 'country', 'CC']])
})
