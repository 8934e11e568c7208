/** @module scripts/import-partyfacts: Party Facts' core parties → data/actors/kb-parties.yaml (generated). */
// Run: npx tsx scripts/import-partyfacts.ts PATH/partyfacts-core-parties.csv
// Origin and licence (MIT, Party Facts authors) in data/sources/README.md.
import { readFileSync, writeFileSync } from 'node:fs'
import { countries } from '../src/mentions/countries.js'
import { dataPath } from '../src/paths.js'
import { parseCsv } from './csv.js'

const file = process.argv[2]
if (!file) throw new Error('usage: npx tsx scripts/import-partyfacts.ts partyfacts-core-parties.csv')


const [head, ...body] = parseCsv(readFileSync(file, 'utf8'))
const col = (name: string) => { const i = head.indexOf(name); if (i < 0) throw new Error(`${file}: no column ${name}`); return i }
const C = { country: col('country'), technical: col('technical'), short: col('name_short'), english: col('name_english'), first: col('year_first'), last: col('year_last'), share: col('share'), wiki: col('wikipedia') }

const iso3 = new Map([...countries().values()].map((c) => [c.iso3, c.iso]))
const countryNames = new Set([...countries().values()].flatMap((c) => [c.name, ...c.names]))
// Acronyms that are common abbreviations in news before they are any party's.
const commonAcronyms = new Set(['PM', 'MP', 'MPs', 'UN', 'US', 'EU', 'AP', 'AFP', 'TV', 'ID', 'OK', 'CEO', 'NGO', 'PS', 'PR', 'IT', 'AM', 'PC', 'UK', 'GDP', 'PT', 'PD', 'PP', 'ND', 'DA', 'SP', 'SS', 'FE', 'FC', 'NP', 'MK', 'RB', 'LF', 'IE', 'CD', 'DC', 'CC', 'CP', 'NA', 'HQ', 'ISI', 'RAW', 'CIA', 'FBI', 'BBC', 'CNN', 'IS', 'ISIS', 'AQ'])

// Acronyms that spell an English word or name a better-known body (UNDP, the UN's development agency).
const wordAcronyms = new Set(['THE', 'ADD', 'ACT', 'AIM', 'CAR', 'DOE', 'OUR', 'RED', 'TOP', 'MAN', 'NET', 'ONE', 'NOVA', 'LIBRE', 'HAT', 'RAP', 'TIM', 'TIP', 'VIP', 'SYN', 'BIEN', 'CASA', 'COPE', 'DEMOS', 'LAOS', 'PIN', 'SUMA', 'RETE', 'UNDP', 'UNO', 'UNC', 'NPA', 'UNA', 'COL', 'PRO', 'ANN', 'ADA', 'AUM', 'BAM', 'SMS', 'MAS', 'PAN', 'PAS', 'IMS', 'ABC', 'DNA', 'MMM', 'UFO', 'FIRS', 'PALI', 'GANA', 'EMU', 'NHR', 'OLA', 'PKK', 'UPC', 'CHUMA', 'FAR', 'ARC', 'COP', 'KID', 'SNAP', 'SAS', 'SUP', 'YAP', 'VAS', 'ARENA', 'LIDER', 'GANAR', 'FORJA'])

/** `Democratic_Party_%28Serbia%29` → "Democratic Party": the common English name, without a country in brackets. */
function title(url: string): string | null {
  const m = /wikipedia\.org\/wiki\/([^#?]+)/.exec(url)
  if (!m) return null
  let t: string
  try { t = decodeURIComponent(m[1]) } catch { return null }
  t = t.replace(/_/g, ' ').trim()
  const bracket = /\s*\(([^()]*)\)$/.exec(t)
  if (bracket && (countryNames.has(bracket[1]) || /party|politic|\d{4}/i.test(bracket[1]))) t = t.slice(0, bracket.index).trim()
  return /^[\x20-\x7e]+$/.test(t) ? t : null
}

interface Out { name: string; inter: number; country: string; kind: string; from?: string; to?: string; aliases: string[] }
const out: Out[] = []
const seen = new Set<string>()
let skipped = 0
for (const r of body) {
  if (r.length < head.length || r[C.technical]) continue
  const iso = iso3.get(r[C.country])
  const last = Number(r[C.last]) || null
  // Parties active since 2010 with a real following (3 % of a national vote), as a conflict coder meets them.
  // (or, with no vote share recorded, still active and with an encyclopaedia article)
  const share = r[C.share] ? Number(r[C.share]) : null
  if (!iso || (last !== null && last < 2010) || (share !== null ? !(share >= 3) : last !== null || !r[C.wiki])) { skipped++; continue }
  const english = r[C.english].trim()
  const ascii = (s: string) => /^[\x20-\x7e]+$/.test(s) && !s.includes('/')
  // A one-word article title ("Dveri") is too bare an alias: the English name then.
  const wiki = title(r[C.wiki])
  const name = wiki?.includes(' ') ? wiki : english.includes(' ') && ascii(english) ? english : null
  // "The River", "The Left": an article and a common word read as a name in any sentence.
  if (!name || /^the \S+$/i.test(name)) { skipped++; continue }
  const short = r[C.short].trim()
  const acronym = /^[A-Z][A-Za-z0-9()-]{1,9}$/.test(short) && (short.match(/[A-Z]/g) ?? []).length >= 2 && !commonAcronyms.has(short) ? short : null
  const full = acronym ? `${acronym}: ${name}` : name
  if (seen.has(`${iso} ${full}`)) continue
  seen.add(`${iso} ${full}`)
  // A one-word title the dataset also gives as the short name is the party's own word ("Dveri", "Syriza").
  const word = wiki && !wiki.includes(' ') && wiki === short && wiki.length >= 5 ? [wiki] : []
  // Two letters (AD, PT, SD) are too many other things to match on their own; so are English words.
  const matchable = acronym && acronym.replace(/[^A-Za-z]/g, '').length >= 3 && !wordAcronyms.has(acronym) ? [acronym] : []
  const aliases = [name, ...(english.split(' ').length >= 3 && ascii(english) ? [english] : []), ...matchable, ...word]
  const first = Number(r[C.first]) || null
  out.push({ name: full, inter: 6, country: iso, kind: 'party', ...(first && first > 1900 ? { from: `${first}-01-01` } : {}), ...(last ? { to: `${last + 1}-01-01` } : {}), aliases: [...new Set(aliases)] })
}
out.sort((a, b) => a.country.localeCompare(b.country) || a.name.localeCompare(b.name))
const q = (s: string) => `'${s.replace(/'/g, "''")}'`
const lines = [
  '# GENERATED by scripts/import-partyfacts.ts from Party Facts core parties (MIT; see data/sources/README.md). Do not edit.',
  '# Political parties named as ACLED writes them (`ACRONYM: Name`), matched only in their home country;',
  '# ACLED names a party as the associated actor of the protesters, rioters or civilians it stands with.',
  ...out.map((g) => `- {name: ${q(g.name)}, inter: ${g.inter}, country: ${g.country}, kind: ${g.kind}${g.from ? `, from: ${g.from}` : ''}${g.to ? `, to: ${g.to}` : ''}, aliases: [${g.aliases.map(q).join(', ')}]}`),
]
writeFileSync(dataPath('actors', 'kb-parties.yaml'), lines.join('\n') + '\n')
console.log(`kb-parties.yaml: ${out.length} parties (${skipped} rows skipped)`)
