/**
 * @module merge/more: a third set of hand-written article pairs, written after the merge rule was changed for the misses of
 * merge/stories.ts and merge/wire.ts, to measure it on text it was not tuned on. One incident told by two outlets in
 * other words (a town and its district, province or country; a group named by one and "gunmen" by the other; a toll that
 * grows; an attack at night dated a day apart; one act worded as two sub-event types) and near misses that must stay
 * apart (one place on another day, one day in the next town, one group hitting another target). Written for this
 * project: no sentence comes from an evaluation set. Measured through the pipeline and the store by measure.ts `measureStories`.
 */
import { apart, s, same, type StoryPair } from './stories.js'

export const MORE: StoryPair[] = [
  // Kunduz, Friday 2021-10-08.
  same('Kunduz: a mosque bombing, city vs province, toll grows',
    s('2021-10-08', 'Desk A', 'A suicide bomber attacked a Shia mosque in Kunduz city during Friday prayers, killing at least 30 worshippers, a local official said.'),
    s('2021-10-09', 'Desk B', 'Islamic State said it carried out the suicide bombing of a mosque in Kunduz province on 8 October; the toll has reached 46.')),
  apart('Kunduz: a mosque bombing and a roadside bomb on a police car, one day',
    s('2021-10-08', 'Desk A', 'A suicide bomber attacked a Shia mosque in Kunduz city on Friday, killing at least 30 worshippers.'),
    s('2021-10-08', 'Desk B', 'A roadside bomb hit a police vehicle in Khanabad district of Kunduz on Friday, wounding two officers.')),

  // Kaduna, Thursday 2022-09-08.
  same('Kaduna: village named vs the local government area, bandits vs gunmen',
    s('2022-09-09', 'Desk A', 'Bandits killed nine villagers in an attack on Kizachi village in Kauru local government area of Kaduna State on Thursday, residents said.'),
    s('2022-09-09', 'Desk B', 'Gunmen killed nine people in Kauru, Kaduna State, on 8 September, the state security commissioner said.')),
  apart('Kaduna: killings in Kauru, next day an abduction in Kajuru',
    s('2022-09-09', 'Desk A', 'Gunmen killed nine people in Kauru, Kaduna State, on Thursday.'),
    s('2022-09-10', 'Desk B', 'Gunmen abducted 20 worshippers from a church in Kajuru, Kaduna State, on Friday.')),

  // Ukraine, Thursday 2023-03-16.
  same('Odesa: drones overnight, dated a day apart',
    s('2023-03-16', 'Desk A', 'Russian drones struck an energy facility in Odesa overnight, injuring three people, the governor said on Thursday.'),
    s('2023-03-16', 'Desk B', 'Three people were injured when Russian drones hit an energy facility in Odesa late on Wednesday, officials said.')),
  apart('Odesa: drones on two nights',
    s('2023-03-16', 'Desk A', 'Russian drones struck an energy facility in Odesa late on Wednesday, injuring three people.'),
    s('2023-03-18', 'Desk B', 'Russian drones struck the port of Odesa late on Friday, injuring one person.')),
  same('Kherson: a city district vs the city, shelling',
    s('2023-03-16', 'Desk A', 'Russian shelling of the Korabel district of Kherson killed two civilians on Thursday, the regional administration said.'),
    s('2023-03-16', 'Desk B', 'Russian artillery killed two civilians in Kherson on 16 March, the regional governor said.')),
  apart('Kherson: shelling in the city and a drone on a village across the river, one day',
    s('2023-03-16', 'Desk A', 'Russian shelling killed two civilians in Kherson on Thursday.'),
    s('2023-03-16', 'Desk B', 'A Ukrainian drone hit a car in Oleshky on Thursday, killing one man, Russian-installed officials said.')),

  // Pakistan, Thursday 2023-10-12.
  same('Dera Ismail Khan: militants vs the Pakistani Taliban, district named by one',
    s('2023-10-12', 'Desk A', 'Militants attacked a police station in Dera Ismail Khan on Thursday, killing four policemen, officials said.'),
    s('2023-10-13', 'Desk B', 'Four police officers were killed when Pakistani Taliban fighters stormed a police station in Dera Ismail Khan district on 12 October.')),
  apart('Khyber Pakhtunkhwa: a police station in Dera Ismail Khan, a checkpoint in Lakki Marwat, one day',
    s('2023-10-12', 'Desk A', 'Militants attacked a police station in Dera Ismail Khan on Thursday, killing four policemen.'),
    s('2023-10-12', 'Desk B', 'Militants attacked a police checkpoint in Lakki Marwat on Thursday, killing two policemen.')),

  // Ituri, Thursday 2024-02-01.
  same('Ituri: a camp named vs the territory, toll grows',
    s('2024-02-01', 'Desk A', 'CODECO militiamen attacked a camp for displaced people in Djugu territory on Thursday, killing 18 people, a local official said.'),
    s('2024-02-02', 'Desk B', 'The toll from the CODECO attack on a displacement camp in Djugu, Ituri province, on 1 February rose to 22, a humanitarian source said.')),
  apart('Ituri: a camp on Thursday, a mining site on Friday, one group',
    s('2024-02-01', 'Desk A', 'CODECO militiamen attacked a camp for displaced people in Djugu territory on Thursday, killing 18 people.'),
    s('2024-02-02', 'Desk B', 'CODECO militiamen attacked a gold mining site in Djugu territory on Friday, killing six miners.')),

  // Kenya, Thursday 2024-06-20 and Tuesday 2024-06-25.
  same('Nairobi: protest dispersed, tear gas told two ways',
    s('2024-06-20', 'Desk A', 'Police fired tear gas at thousands of people protesting against tax rises in central Nairobi on Thursday.'),
    s('2024-06-21', 'Desk B', 'Thousands of young Kenyans marched against the finance bill in Nairobi on 20 June before police dispersed them with tear gas.')),
  apart('Kenya: protests in Nairobi and in Mombasa, one day',
    s('2024-06-20', 'Desk A', 'Police fired tear gas at thousands of people protesting against tax rises in central Nairobi on Thursday.'),
    s('2024-06-20', 'Desk B', 'Hundreds of people marched peacefully against tax rises in Mombasa on Thursday.')),
  apart('Nairobi: protests on Thursday and on Tuesday',
    s('2024-06-20', 'Desk A', 'Police fired tear gas at thousands of people protesting against tax rises in central Nairobi on Thursday.'),
    s('2024-06-25', 'Desk B', 'Police fired tear gas at protesters who stormed parliament in Nairobi on Tuesday.')),

  // Burkina Faso, Thursday 2022-06-16.
  same('Djibo: an army detachment vs a military post in the province',
    s('2022-06-17', 'Desk A', 'Jihadists attacked an army detachment in Djibo on Thursday, killing 11 soldiers, security sources said.'),
    s('2022-06-17', 'Desk B', 'Eleven soldiers were killed when armed men attacked a military post in Soum province on 16 June, the army said.')),
  apart('Djibo: the army post and a water point, one day, one group',
    s('2022-06-17', 'Desk A', 'JNIM fighters attacked an army detachment in Djibo on Thursday, killing 11 soldiers.'),
    s('2022-06-17', 'Desk B', 'JNIM fighters attacked women fetching water at a well in Djibo on Thursday, killing three of them.')),

  apart('Burkina: an ambush in the north of the country and a checkpoint in Djibo, one day, one toll',
    s('2022-06-17', 'Desk A', 'Four soldiers were killed when jihadists ambushed an army convoy in northern Burkina Faso on Thursday, the army said.'),
    s('2022-06-17', 'Desk B', 'Jihadists attacked an army checkpoint in Djibo on Thursday, killing four soldiers, security sources said.')),

  // Somalia, Thursday 2023-04-13.
  same('Lower Shabelle: a base in a town vs the region, group named by one',
    s('2023-04-13', 'Desk A', 'Al Shabaab fighters stormed a military base in Bulo Marer on Thursday, killing five soldiers, residents said.'),
    s('2023-04-14', 'Desk B', 'Five Somali soldiers died when militants overran their base in the Lower Shabelle region on 13 April, an army officer said.')),
  apart('Lower Shabelle: a base in Bulo Marer, a checkpoint in Afgoye, one day',
    s('2023-04-13', 'Desk A', 'Al Shabaab fighters stormed a military base in Bulo Marer on Thursday, killing five soldiers.'),
    s('2023-04-13', 'Desk B', 'Al Shabaab fighters attacked a checkpoint in Afgoye on Thursday, killing two policemen.')),

  // Plateau, Saturday night 2023-12-23.
  same('Plateau: a night raid dated Saturday by one outlet and Sunday by the other',
    s('2023-12-24', 'Desk A', 'Gunmen attacked Mushu village in Bokkos local government area of Plateau State late on Saturday, killing 16 people, residents said.'),
    s('2023-12-25', 'Desk B', 'Sixteen people were killed when armed men raided Mushu in Bokkos, Plateau State, on Sunday, police said.')),
  apart('Plateau: raids on two villages the same night',
    s('2023-12-24', 'Desk A', 'Gunmen attacked Mushu village in Bokkos local government area of Plateau State late on Saturday, killing 16 people.'),
    s('2023-12-24', 'Desk B', 'Gunmen attacked Hurum village in Barkin Ladi local government area of Plateau State late on Saturday, killing nine people.')),

  apart('Plateau: one village raided on two nights',
    s('2023-12-24', 'Desk A', 'Gunmen attacked Mushu village in Bokkos local government area of Plateau State late on Saturday, killing 16 people.'),
    s('2023-12-25', 'Desk B', 'Gunmen attacked Mushu village in Bokkos local government area of Plateau State late on Sunday, killing three people.')),

  // Iraq, Thursday 2024-03-14.
  same('Iraq: a roadside bomb in a town vs north of the capital',
    s('2024-03-14', 'Desk A', 'A roadside bomb struck an army vehicle in Tarmiyah on Thursday, killing two soldiers, security sources said.'),
    s('2024-03-15', 'Desk B', 'Two Iraqi soldiers were killed when an improvised explosive device hit their vehicle in Tarmiyah district, north of Baghdad, on 14 March.')),
  apart('Tarmiyah: roadside bombs on Thursday and on Saturday',
    s('2024-03-14', 'Desk A', 'A roadside bomb struck an army vehicle in Tarmiyah on Thursday, killing two soldiers.'),
    s('2024-03-16', 'Desk B', 'A roadside bomb struck an army vehicle in Tarmiyah on Saturday, wounding three soldiers.')),

  // Yemen, Thursday 2022-11-17.
  same('Marib: a drone strike told as a drone strike and an attack on a position',
    s('2022-11-17', 'Desk A', 'A Houthi drone struck a government army position in Sirwah district of Marib on Thursday, killing three soldiers.'),
    s('2022-11-18', 'Desk B', 'Three government soldiers were killed when the Houthis hit their position in Marib province with a drone on 17 November, a military source said.')),
  apart('Marib: a drone on Thursday, shelling on Friday',
    s('2022-11-17', 'Desk A', 'A Houthi drone struck a government army position in Sirwah district of Marib on Thursday, killing three soldiers.'),
    s('2022-11-18', 'Desk B', 'Houthi artillery shelled government positions in Sirwah district of Marib on Friday, killing one soldier.')),

  // Mali, Thursday 2023-07-06.
  same('Bandiagara: a village vs central Mali, jihadists named by one',
    s('2023-07-07', 'Desk A', 'Suspected jihadists killed 12 civilians in the village of Djiguibombo near Bandiagara on Thursday, a local official said.'),
    s('2023-07-07', 'Desk B', 'Twelve villagers were killed by gunmen in the Bandiagara area of central Mali on 6 July, a local official said.')),
  apart('Bandiagara: civilians killed and a bus hit by a mine, one day',
    s('2023-07-07', 'Desk A', 'Suspected jihadists killed 12 civilians in the village of Djiguibombo near Bandiagara on Thursday.'),
    s('2023-07-07', 'Desk B', 'A passenger bus hit a landmine near Bandiagara on Thursday, killing four passengers.')),

  // Second round, written for the causes of false merges among distinct incidents of one region and fortnight: a city's
  // daily protests and shootings with no side named, and a front-line place named again the next day.
  apart('Multan: two rallies in one city, one day, no group or demand shared',
    s('2020-11-02', 'Desk A', 'Dozens of people rallied outside the press club in Multan on Monday, chanting slogans against the district administration.'),
    s('2020-11-02', 'Desk B', 'Residents staged a peaceful demonstration on a main road in Multan on Monday.')),
  apart('Culiacan: two shootings by unidentified gunmen, one day, one dead each',
    s('2020-11-02', 'Desk A', 'Unidentified gunmen shot dead a taxi driver in Culiacan on Sunday, police said.'),
    s('2020-11-02', 'Desk B', 'A shopkeeper was killed by unknown attackers on motorbikes in Culiacan on Sunday, local media reported.')),
  same('Culiacan: a shooting at a bar told twice, the toll shared',
    s('2020-11-02', 'Desk A', 'Unidentified gunmen opened fire in a bar in Culiacan on Sunday, killing six people, police said.'),
    s('2020-11-02', 'Desk B', 'Six people were killed when unknown attackers stormed a bar in Culiacan on Sunday night, local media reported.')),
  apart('Donetsk front: one village fought over on two days, the same sides',
    s('2023-06-05', 'Desk A', 'Ukrainian and Russian troops fought for the Kashlagach bridge in Vuhledar on Monday, the general staff said.'),
    s('2023-06-06', 'Desk B', 'Ukrainian and Russian troops fought again for the Kashlagach bridge in Vuhledar on Tuesday, the general staff said.')),
  apart('Karachi: journalists protest outside one building on two days',
    s('2020-11-02', 'Desk A', 'Journalists protested outside the Jang building in Karachi on Monday against the arrest of an editor.'),
    s('2020-11-03', 'Desk B', 'Journalists held another protest outside the Jang building in Karachi on Tuesday against the arrest of an editor.')),
]
