/** @module bench/corpus: a deterministic synthetic corpus of ~2 KB news articles for throughput runs. */
import type { Input } from '../pipeline.js'

const TOWNS = [['Aleppo', 'Syrian'], ['Mosul', 'Iraqi'], ['Kandahar', 'Afghan'], ['Maiduguri', 'Nigerian'], ['Gao', 'Malian'],
  ['Kismayo', 'Somali'], ['Bakhmut', 'Ukrainian'], ['Taiz', 'Yemeni'], ['Goma', 'Congolese'], ['Culiacan', 'Mexican'],
  ['Peshawar', 'Pakistani'], ['Benghazi', 'Libyan'], ['Djougou', 'Beninese'], ['Srinagar', 'Indian'], ['Caracas', 'Venezuelan']]
const ACTS = [
  'gunmen attacked a village near {T}, killing at least {N} civilians and wounding {M} others, local officials said',
  '{D} troops clashed with militants on the outskirts of {T}, and {N} fighters were killed, the army said',
  'an air strike hit a market in {T} on Sunday, killing {N} people, according to a monitoring group',
  'hundreds of protesters marched through {T} to demand the release of detained students; police fired tear gas',
  'a roadside bomb struck a military convoy near {T}, killing {N} soldiers, a security source said',
  'armed men abducted {N} villagers from a farm outside {T} last week, residents said',
]
const FILLER = [
  'The region has seen repeated violence over the past year as rival groups compete for control of trade routes.',
  'Aid agencies said thousands of families had fled their homes and were sheltering in schools and mosques.',
  'A spokesman for the provincial government said an investigation had been opened and that reinforcements were on their way.',
  'Residents described hearing heavy gunfire for several hours before the area fell quiet in the early morning.',
  'The United Nations called on all parties to respect international humanitarian law and protect civilians.',
  'Local journalists said communication networks had been cut, making it difficult to verify the reports.',
  'Analysts say the government has struggled to extend its authority beyond the main cities.',
]

/** `n` articles, the same on every run (a linear congruential generator, not Math.random). */
export function corpus(n = 2000): Input[] {
  let seed = 42
  const next = (k: number) => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed % k }
  const out: Input[] = []
  for (let i = 0; i < n; i++) {
    const [town, demonym] = TOWNS[next(TOWNS.length)]
    const parts: string[] = []
    while (parts.join(' ').length < 1900) {
      const act = ACTS[next(ACTS.length)].replace('{T}', town).replace('{D}', demonym).replace('{N}', String(2 + next(40))).replace('{M}', String(1 + next(20)))
      parts.push(act.charAt(0).toUpperCase() + act.slice(1) + '.')
      parts.push(FILLER[next(FILLER.length)], FILLER[next(FILLER.length)])
    }
    out.push({
      article: { id: `bench-${i}`, title: `Violence near ${town}`, section: null, byline: null, source: 'Bench Wire', url: null, published: '2024-03-12', input: `bench:${i}` },
      text: parts.join(' '),
    })
  }
  return out
}

const QUIET = [
  'the city council of {T} approved a budget of {N} million dollars for new schools and roads on Monday',
  'shares of the regional bank rose {N} percent after it reported higher quarterly profits, analysts said',
  'the football club from {T} won its third match of the season in front of {M} thousand fans',
  'a new bridge over the river in {T} will open to traffic next month, the transport ministry said',
  'farmers near {T} expect a good harvest this year after steady rains in the spring',
  'the university in {T} opened a library with {N} thousand books and a digital archive',
]
const QUIET_FILLER = [
  'Officials said the project had been planned for several years and would be finished by the end of the year.',
  'Residents welcomed the news and said they hoped the improvements would bring more visitors to the area.',
  'The mayor thanked the engineers and the teachers who had worked on the plans.',
  'Local businesses reported more customers over the holiday weekend than a year earlier.',
]

/** `n` articles of local, business and sports news with no event word: what most of a news archive is. */
export function quietCorpus(n = 500): Input[] {
  let seed = 7
  const next = (k: number) => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed % k }
  const out: Input[] = []
  for (let i = 0; i < n; i++) {
    const [town] = TOWNS[next(TOWNS.length)]
    const parts: string[] = []
    while (parts.join(' ').length < 1900) {
      const s = QUIET[next(QUIET.length)].replace('{T}', town).replace('{N}', String(2 + next(40))).replace('{M}', String(1 + next(20)))
      parts.push(s.charAt(0).toUpperCase() + s.slice(1) + '.', QUIET_FILLER[next(QUIET_FILLER.length)])
    }
    out.push({
      article: { id: `quiet-${i}`, title: `News from ${town}`, section: null, byline: null, source: 'Bench Wire', url: null, published: '2024-03-12', input: `quiet:${i}` },
      text: parts.join(' '),
    })
  }
  return out
}
