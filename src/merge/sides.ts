/**
 * @module merge/sides: a fifth set of hand-written article pairs, written with the rules of session 25 (stop 25) and run
 * once they were in: two battles told with their sides in the other order ("gunmen fired on soldiers", "soldiers clashed
 * with the cartel"), a large toll two outlets give for one place near a town, a place before "cartel". For each, one
 * incident told two ways and the near misses that must stay apart: one town and day with two fights (other tolls, another
 * force), one town on one day with two massacres in two villages, one group in two towns. Written for this project; no
 * sentence comes from an evaluation set. Measured through the pipeline and the store by measure.ts `measureStories`.
 */
import { apart, s, same, type StoryPair } from './stories.js'

export const SIDES: StoryPair[] = [
  // Tamaulipas, Saturday 2023-03-11: a fight told from each side.
  same('Reynosa: gunmen against a convoy, the army against the Gulf Cartel, one toll',
    s('2023-03-11', 'Desk A', 'Gunmen opened fire on a military convoy in Reynosa on Saturday; five of the attackers were killed in the shootout, the army said.'),
    s('2023-03-12', 'Desk B', 'Soldiers killed five Gulf Cartel gunmen in a firefight in Reynosa on 11 March, the defence ministry said.')),
  apart('Reynosa: the army against the Gulf Cartel, gunmen against the police, one day',
    s('2023-03-11', 'Desk A', 'Soldiers killed five Gulf Cartel gunmen in a firefight in Reynosa on Saturday, the defence ministry said.'),
    s('2023-03-11', 'Desk B', 'Gunmen shot dead two police officers at a checkpoint in Reynosa on Saturday, the state prosecutor said.')),
  apart('Reynosa: gunmen against soldiers and the army against the cartel, one day, other tolls',
    s('2023-03-11', 'Desk A', 'Gunmen fired on an army patrol in Reynosa on Saturday, killing two soldiers.'),
    s('2023-03-11', 'Desk B', 'Soldiers clashed with Gulf Cartel fighters in Reynosa on Saturday; seven gunmen were killed, the army said.')),
  apart('Tamaulipas: the army against the Gulf Cartel in Reynosa on Saturday, in Matamoros on Sunday',
    s('2023-03-11', 'Desk A', 'Soldiers killed five Gulf Cartel gunmen in a firefight in Reynosa on Saturday.'),
    s('2023-03-12', 'Desk B', 'Soldiers clashed with Gulf Cartel gunmen in Matamoros on Sunday, killing three of them.')),

  // Ituri, Thursday 2023-02-02: a large toll near one town.
  same('Djugu: a camp attacked at night, the militia named by one, a large toll',
    s('2023-02-03', 'Desk A', 'CODECO militiamen killed 22 displaced people in an attack on a camp near Djugu on Thursday night, the army said.'),
    s('2023-02-03', 'Desk B', 'Attackers killed 22 people at a camp for displaced people in Djugu territory, Ituri, on 2 February, a local official said.')),
  apart('Djugu: two villages attacked near one town, one night',
    s('2023-02-03', 'Desk A', 'CODECO militiamen killed 22 people in the village of Plaine Savo near Djugu on Thursday night, the army said.'),
    s('2023-02-03', 'Desk B', 'CODECO militiamen killed 14 people in the village of Lodda near Djugu on Thursday night, a local official said.')),
  apart('Djugu: a camp attacked near the town, miners killed in the territory, one day',
    s('2023-02-03', 'Desk A', 'CODECO militiamen killed 22 displaced people in an attack on a camp near Djugu on Thursday night.'),
    s('2023-02-03', 'Desk B', 'Armed men killed four gold miners at a mine in Djugu territory, Ituri, on 2 February, a local official said.')),
]
