/**
 * @module merge/twins: a sixth set of hand-written article pairs, written in one sitting with the rules of session 26 (stop
 * 26: a province and a town in it with one toll, one article naming both weapons, a base stormed and a base overrun, the
 * seat town at area level) and run once, unchanged since. For each pattern, one incident told two ways and its twins: the
 * same place a day or two later, another toll, another town of the province, another weapon on one day. Written for this
 * project; no sentence comes from an evaluation set. Measured through the pipeline and the store by measure.ts `measureStories`.
 */
import { apart, s, same, type StoryPair } from './stories.js'

export const TWINS: StoryPair[] = [
  // Katsina, Friday 2023-03-03: a town and its state, the group named by one outlet.
  same('Katsina: a town vs the state, bandits vs gunmen, one toll',
    s('2023-03-03', 'Desk A', 'Bandits killed six villagers in Faskari, Katsina State, on Friday, residents said.'),
    s('2023-03-04', 'Desk B', 'Gunmen killed six people in Katsina State on 3 March, police said.')),
  apart('Katsina: six dead in Faskari, four in the state, one day',
    s('2023-03-03', 'Desk A', 'Bandits killed six villagers in Faskari, Katsina State, on Friday, residents said.'),
    s('2023-03-04', 'Desk B', 'Gunmen killed four people in Katsina State on 3 March, police said.')),

  // Kharkiv, Thursday 2024-03-21: missiles and drones.
  same('Kharkiv: missiles and drones vs a missile, one energy site',
    s('2024-03-21', 'Desk A', 'Russian drones and missiles hit an energy facility in Kharkiv on Thursday, injuring three workers, the governor said.'),
    s('2024-03-22', 'Desk B', 'A Russian missile struck a power plant in Kharkiv on 21 March, wounding three people.')),
  apart('Kharkiv: missiles on Thursday, drones on Friday',
    s('2024-03-21', 'Desk A', 'Russian missiles hit an energy facility in Kharkiv on Thursday, injuring three workers.'),
    s('2024-03-22', 'Desk B', 'Russian drones hit a residential building in Kharkiv on Friday, injuring two residents.')),

  // Hiiraan, Sunday 2023-03-12: a base stormed and overrun.
  same('Hiiraan: a base stormed in a town vs overrun in the region',
    s('2023-03-12', 'Desk A', 'Al Shabaab fighters stormed a government base in Mahas on Sunday, killing seven soldiers, a local elder said.'),
    s('2023-03-13', 'Desk B', 'Seven soldiers were killed when al-Shabaab overran an army base in the Hiiraan region on 12 March.')),
  apart('Hiiraan: a base in Mahas and a post in Bulo Burte, one day',
    s('2023-03-12', 'Desk A', 'Al Shabaab fighters stormed a government base in Mahas on Sunday, killing seven soldiers.'),
    s('2023-03-12', 'Desk B', 'Al Shabaab fighters overran an army post in Bulo Burte on Sunday, killing four soldiers.')),

  // Ituri, Monday 2023-02-13: a camp near a town, the province.
  same('Ituri: a camp near Djugu vs the province, militia vs armed men',
    s('2023-02-13', 'Desk A', 'CODECO militiamen killed 12 civilians at a camp for displaced people near Djugu on Monday, a local official said.'),
    s('2023-02-14', 'Desk B', 'Armed men killed 12 displaced people in Ituri province on 13 February, the UN said.')),
  apart('Ituri: near Djugu on Monday and on Wednesday',
    s('2023-02-13', 'Desk A', 'CODECO militiamen killed 12 civilians near Djugu on Monday.'),
    s('2023-02-15', 'Desk B', 'CODECO militiamen killed five civilians near Djugu on Wednesday.')),

  // Cauca, Tuesday 2023-05-16: one police station twice in a week.
  same('Cauca: a police station attacked, told twice',
    s('2023-05-16', 'Desk A', 'FARC dissidents attacked a police station in Suarez, Cauca, on Tuesday, killing two officers.'),
    s('2023-05-17', 'Desk B', 'Two police officers died in an attack on a police station in Suarez on 16 May, the defence ministry said.')),
  apart('Cauca: the police station in Suarez on Tuesday and again on Thursday, one toll',
    s('2023-05-16', 'Desk A', 'FARC dissidents attacked a police station in Suarez on Tuesday, killing two officers.'),
    s('2023-05-18', 'Desk B', 'FARC dissidents attacked a police station in Suarez on Thursday, killing two officers.')),

  // Hodeidah, Saturday 2023-04-08: shells and a drone in one district.
  same('Hodeidah: Houthi shells on a village of Hays, told twice',
    s('2023-04-08', 'Desk A', 'Houthi shelling killed three civilians in Hays district of Hodeidah on Saturday, a local official said.'),
    s('2023-04-09', 'Desk B', 'Three civilians were killed when shells fired by the Houthis hit a village in Hays on 8 April.')),
  apart('Hodeidah: shells and a drone on a market in Hays, one day, one toll',
    s('2023-04-08', 'Desk A', 'Houthi shelling killed three civilians in Hays on Saturday, a local official said.'),
    s('2023-04-08', 'Desk B', 'A Houthi drone struck a market in Hays on Saturday, killing three civilians.')),

  // Magway and Cabo Delgado: a province's report against a town's, other tolls or another day.
  apart('Magway: air strikes on Pauk township, jets on a village of the region, other tolls',
    s('2023-06-13', 'Desk A', 'Junta air strikes killed nine villagers in Pauk township, Magway region, on Tuesday.'),
    s('2023-06-13', 'Desk B', 'Military jets bombed a village in Magway region on Tuesday, killing four people.')),
  apart('Cabo Delgado: five beheaded in Macomia on Friday, five killed in the province on Saturday',
    s('2022-09-02', 'Desk A', 'Insurgents beheaded five villagers in Macomia district on Friday, residents said.'),
    s('2022-09-03', 'Desk B', 'Insurgents killed five villagers in Cabo Delgado province on Saturday, a local official said.')),
]
