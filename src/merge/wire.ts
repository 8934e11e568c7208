/**
 * @module merge/wire: a second set of hand-written article pairs, told the way two wire services tell one incident
 * differently: one names the village and the other the district or the province; one names the town and the other
 * says "near the border"; the toll grows between the two; one says "on Tuesday" and the other gives the date; one
 * names the group and the other says "gunmen"; the act is worded as another sub-event type. Near misses are two
 * incidents of one place and day, or of one group a day later in the next town. Every incident falls on a Tuesday
 * (2021-03-09, 2021-06-15, 2021-09-21, 2022-01-11, 2022-04-05, 2022-07-19, 2022-10-04, 2023-02-14, 2023-05-23,
 * 2023-09-12, 2024-01-16, 2024-03-26, 2024-06-11, 2024-09-03) or the Wednesday after. Written for this project: no
 * sentence comes from an evaluation set. Measured through the pipeline and the store by measure.ts `measureStories`.
 *
 * Since (stop 26, 45 of 55): Port-au-Prince merges (Pétionville is read now; "near Port-au-Prince" is the seat town of its
 * arrondissement at area level, match.ts seatOf), Balkh and Far North merge (a province and a town in it on one day with one
 * toll of 3 or more: contained_toll 0.4, no one_sided_actor on top). The 10 left: Gifu/Kani, Tigray, Oromia, Khyber, Mopti
 * (places), Chin (sub-event type; with it right the pair would now merge on contained_toll), Manipur (actors, and two
 * district-level reports sharing a toll of two), Idlib, Khartoum ("southern Khartoum" read as the city, a quarter named by the
 * other: two towns 11 km apart), West Bank, Arauca (the merge rule, below).
 * Where the 14 missed pairs failed (41 of 55 merged), by the stage that errs:
 * - places (6): Kani read as Japan's (Gifu: the gazetteer has no Kani township of Sagaing); no place at all for Adi Daero
 *   (Tigray), Petion-Ville (Port-au-Prince) and Gida Kiremu / East Wollega (Oromia: "zone" not read); Torkham and Khyber
 *   district unknown, both reports coded to Pakistan and then naming other places; "near the border with Burkina Faso" coded
 *   to all Mali (Mopti: country_place 0.65 is more than a toll, a patrol and close publication pay);
 * - actors (1): "suspected militants" as Naxal-Maoist rebels (Manipur). Two more merge since a side guessed with no words
 *   for it gives way to the other report's written one at guessed_actor 0.1 (stop 24): "officers" given to the army against
 *   the police (Tank), an unnamed "missile" given to NAF: United Armed Forces of Novorossiya against Russia (Zaporizhzhia);
 * - the sub-event type (1): "the military bombed a town" (Chin) is an attack ("military bombed" as an air-strike trigger
 *   would hide the actor inside the trigger); with it an air strike the pair would still pay a town inside the state and a
 *   side named by one only (0.65) with a toll and close publication (0.4);
 * - no event (1): "claimed responsibility for a bombing" (Balkh): events/attribution. Lifting the rule for an act told first
 *   in the claim ("for a bombing", indefinite) raised CASE false alarms 0.047 → 0.071: CASE labels such sentences ATTRIB;
 * - the merge rule (5, kept apart on purpose: each would also merge distinct incidents of one front line or region): two
 *   "near Idlib" reports (area-level both: a front line; the two "near Beni" ones merge since a large toll is worth 0.65, stop 25), a Khartoum neighbourhood and "southern
 *   Khartoum" with the perpetrator named by one only, a raid and an exchange of fire near one camp (close types and an
 *   area), two reports of the Far North region only with one side named, and two of Arauca department (region only, a
 *   toll of two). On the 46 pairs extracted right (or whose guessed side now gives way) the recall is 41 / 46 = 0.89.
 * Extraction fixes since the count of 34 (stop 22, data/events triggers.yaml, cues.yaml; events/gate/sentence.ts, classify.ts,
 * roles.ts): "a bus was bombed" a planted explosive (Quetta), "a jet bombed a village" an air strike (Kachin), "suspected
 * herders" no suspect a crowd punished but a communal militia's raid (Plateau), "six people died in an armed attack …, state
 * prosecutors said" an attack the prosecutors only tell (Celaya).
 * Merge rule changes since the first count (34 missed): a report coded to its whole country holds the places of that country,
 * two region-level reports whose articles name one village are one place on one day, "post" meets both "base" and
 * "checkpoint", one_sided_actor 0.3 → 0.2, a force and a unit of it are one actor; then a battle's sides compared as a set
 * with another type's (Omdurman), a close sub-event type pair weighing as one event type in the score (Lower Shabelle), a
 * police station and a police post one target (Cauca).
 */
import { apart, s, same, type StoryPair } from './stories.js'

export const WIRE: StoryPair[] = [
  // Borno, 2021-03-09.
  same('Borno: village and LGA vs the state only',
    s('2021-03-10', 'Wire A', 'Insurgents killed 14 rice farmers at Zabarmari, in Jere local government area of Borno State, on Tuesday, a militia leader said.'),
    s('2021-03-10', 'Wire B', 'Boko Haram militants killed 14 farmers in Borno State on 9 March, residents said.')),
  same('Borno: toll grows two days on',
    s('2021-03-09', 'Wire A', 'Boko Haram fighters killed at least 14 farmers working in rice fields at Zabarmari on Tuesday, residents said.'),
    s('2021-03-11', 'Wire B', 'The number of farmers killed by Boko Haram at Zabarmari in Borno State on 9 March has risen to 22, a local official said.')),
  apart('Borno: farmers killed and a base attacked, one day',
    s('2021-03-10', 'Wire A', 'Insurgents killed 14 rice farmers at Zabarmari, Borno State, on Tuesday, a militia leader said.'),
    s('2021-03-10', 'Wire B', 'Boko Haram fighters attacked a military base in Damasak, Borno State, on Tuesday; five soldiers were killed.')),
  apart('Borno: farmers on Tuesday, fishermen in the next town on Wednesday',
    s('2021-03-10', 'Wire A', 'Boko Haram militants killed 14 farmers at Zabarmari, Borno State, on Tuesday.'),
    s('2021-03-11', 'Wire B', 'Boko Haram militants killed nine fishermen near Kukawa, Borno State, on Wednesday.')),
  apart('Borno: loggers in the state, farmers in a village',
    s('2021-03-10', 'Wire A', 'Boko Haram fighters killed six loggers in Borno State on Tuesday, a local official said.'),
    s('2021-03-10', 'Wire B', 'Insurgents killed 14 rice farmers at Zabarmari, Borno State, on Tuesday, a militia leader said.')),

  // Burkina Faso and the Philippines, 2021-06-15.
  same('Burkina: village named vs a village in the region',
    s('2021-06-16', 'Wire A', 'Gunmen killed 11 civilians in an attack on the village of Tadaryat in Oudalan province on Tuesday, a security source said.'),
    s('2021-06-16', 'Wire B', 'Jihadists attacked a village in the Sahel region of Burkina Faso on 15 June, killing 11 civilians, the government said.')),
  same('Burkina: town named vs near the border',
    s('2021-06-16', 'Wire A', 'Suspected jihadists ambushed a gendarmerie patrol near Seytenga in Seno province on Tuesday, killing four gendarmes.'),
    s('2021-06-16', 'Wire B', 'Four gendarmes were killed in an ambush in northern Burkina Faso near the border with Niger on Tuesday, the army said.')),
  same('Burkina: toll grows, named group vs gunmen',
    s('2021-06-15', 'Wire A', 'Gunmen attacked a market in Djibo on Tuesday, killing six traders, residents said.'),
    s('2021-06-17', 'Wire B', 'Al-Qaeda-linked JNIM fighters killed nine traders in an attack on the market in Djibo on 15 June, security sources said.')),
  apart('Burkina: a village massacre and a cattle theft, one province and day',
    s('2021-06-16', 'Wire A', 'Gunmen killed 11 civilians in an attack on the village of Tadaryat in Oudalan province on Tuesday.'),
    s('2021-06-16', 'Wire B', 'Gunmen stole cattle and killed two herders near Gorom-Gorom in Oudalan province on Tuesday.')),
  apart('Burkina: market in Djibo, next day a checkpoint in Arbinda',
    s('2021-06-16', 'Wire A', 'JNIM fighters attacked the market in Djibo on Tuesday, killing six traders.'),
    s('2021-06-17', 'Wire B', 'JNIM fighters attacked a checkpoint in Arbinda on Wednesday, killing three volunteers.')),
  same('Philippines: municipality vs province',
    s('2021-06-16', 'Wire A', 'Soldiers clashed with New People\'s Army guerrillas in the mountains of Las Navas, Northern Samar, on Tuesday; three rebels were killed.'),
    s('2021-06-16', 'Wire B', 'Three communist rebels died in a firefight with army troops in Northern Samar province on 15 June, the military said.')),
  apart('Philippines: clash on Tuesday, another in the next town on Wednesday',
    s('2021-06-16', 'Wire A', 'Soldiers clashed with New People\'s Army guerrillas in Las Navas, Northern Samar, on Tuesday; three rebels were killed.'),
    s('2021-06-17', 'Wire B', 'Soldiers clashed with New People\'s Army guerrillas in Catubig, Northern Samar, on Wednesday; one soldier was killed.')),

  // Somalia and Cameroon, 2021-09-21.
  same('Mogadishu: group named by one outlet',
    s('2021-09-21', 'Wire A', 'A suicide car bomb exploded near the presidential palace in Mogadishu on Tuesday, killing eight people, police said.'),
    s('2021-09-21', 'Wire B', 'Al Shabaab said it carried out a car bombing in Mogadishu on 21 September that killed eight people.')),
  same('Mogadishu: toll grows, "Tuesday\'s bombing"',
    s('2021-09-21', 'Wire A', 'A car bomb exploded near the presidential palace in Mogadishu on Tuesday, killing at least eight people.'),
    s('2021-09-22', 'Wire B', 'The death toll from Tuesday\'s car bombing near the presidential palace in Mogadishu rose to 12, a hospital director said.')),
  apart('Mogadishu: a car bomb and a shooting, one day',
    s('2021-09-21', 'Wire A', 'A car bomb exploded near the presidential palace in Mogadishu on Tuesday, killing eight people.'),
    s('2021-09-21', 'Wire B', 'Gunmen shot dead a tax collector in Bakara market in Mogadishu on Tuesday.')),
  apart('Somalia: a bombing on Tuesday, mortars on Afgoye on Wednesday',
    s('2021-09-21', 'Wire A', 'Al Shabaab fighters detonated a car bomb in Mogadishu on Tuesday, killing eight people.'),
    s('2021-09-22', 'Wire B', 'Al Shabaab fighters fired mortars at an army base in Afgoye on Wednesday, wounding three soldiers.')),
  same('Cameroon: city vs region',
    s('2021-09-22', 'Wire A', 'Separatist fighters killed two gendarmes at a checkpoint in Bamenda on Tuesday, officials said.'),
    s('2021-09-22', 'Wire B', 'Two gendarmes were shot dead by Ambazonian separatists in Cameroon\'s North-West region on 21 September.')),
  apart('Bamenda: gendarmes shot and a school burned, one day',
    s('2021-09-22', 'Wire A', 'Separatist fighters killed two gendarmes at a checkpoint in Bamenda on Tuesday.'),
    s('2021-09-22', 'Wire B', 'Separatist fighters set fire to a school in Bamenda on Tuesday; no one was hurt.')),

  // DR Congo and Mozambique, 2022-01-11.
  same('North Kivu: ADF named vs armed men, village vs territory',
    s('2022-01-12', 'Wire A', 'ADF rebels killed 15 civilians in the village of Kisunga near Beni on Tuesday night, the army said.'),
    s('2022-01-12', 'Wire B', 'Armed men killed 15 people in Beni territory, North Kivu, on 11 January, a civil society leader said.')),
  same('North Kivu: clash near the Ugandan border, toll grows',
    s('2022-01-12', 'Wire A', 'M23 rebels clashed with the army near Bunagana on Tuesday; two soldiers were killed.'),
    s('2022-01-13', 'Wire B', 'Four soldiers died in fighting with M23 near Bunagana, on the Ugandan border, on 11 January, the army said.')),
  apart('North Kivu: ADF killings and a police post attacked, one day',
    s('2022-01-12', 'Wire A', 'ADF rebels killed 15 civilians in the village of Kisunga near Beni on Tuesday night.'),
    s('2022-01-12', 'Wire B', 'Mai-Mai militiamen attacked a police post in Butembo on Tuesday, killing one officer.')),
  apart('North Kivu: ADF in Oicha on Tuesday, in Eringeti on Wednesday',
    s('2022-01-12', 'Wire A', 'ADF rebels killed seven civilians in Oicha on Tuesday, local officials said.'),
    s('2022-01-13', 'Wire B', 'ADF rebels killed four civilians in Eringeti on Wednesday, local officials said.')),
  same('Cabo Delgado: district vs province',
    s('2022-01-12', 'Wire A', 'Insurgents beheaded three villagers in Macomia district, Cabo Delgado, on Tuesday, local sources said.'),
    s('2022-01-12', 'Wire B', 'Islamic State-linked militants killed three civilians in a village in Cabo Delgado province on 11 January.')),
  apart('Cabo Delgado: villagers killed, and a clash with Rwandan troops',
    s('2022-01-12', 'Wire A', 'Insurgents beheaded three villagers in Macomia district, Cabo Delgado, on Tuesday.'),
    s('2022-01-12', 'Wire B', 'Rwandan troops clashed with insurgents near Mocimboa da Praia on Tuesday, killing eight militants.')),

  // Pakistan and Syria, 2022-04-05.
  same('Khyber Pakhtunkhwa: militants vs the Pakistani Taliban',
    s('2022-04-06', 'Wire A', 'Militants attacked a police checkpoint in Tank district, Khyber Pakhtunkhwa, on Tuesday, killing three policemen.'),
    s('2022-04-06', 'Wire B', 'The Pakistani Taliban claimed an attack on a checkpoint in Tank on 5 April in which three officers died.')),
  same('Quetta: city vs province',
    s('2022-04-05', 'Wire A', 'A bomb exploded on a passenger bus in Quetta on Tuesday, killing six people, police said.'),
    s('2022-04-06', 'Wire B', 'Six people were killed when a bus was bombed in Balochistan province on 5 April, officials said.')),
  apart('Quetta: a bus bomb and a grenade, one day',
    s('2022-04-05', 'Wire A', 'A bomb exploded on a passenger bus in Quetta on Tuesday, killing six people.'),
    s('2022-04-05', 'Wire B', 'A grenade thrown at a shop in Quetta on Tuesday wounded four people.')),
  apart('Khyber Pakhtunkhwa: Tank on Tuesday, Lakki Marwat on Wednesday',
    s('2022-04-06', 'Wire A', 'Pakistani Taliban fighters attacked a police checkpoint in Tank on Tuesday, killing three policemen.'),
    s('2022-04-07', 'Wire B', 'Pakistani Taliban fighters attacked a police station in Lakki Marwat on Wednesday, killing two policemen.')),
  same('Idlib: outskirts vs near the city',
    s('2022-04-05', 'Wire A', 'Russian warplanes struck the outskirts of Idlib city on Tuesday, killing two civilians.'),
    s('2022-04-06', 'Wire B', 'Two civilians died in Russian air strikes near Idlib on 5 April, the civil defence said.')),
  apart('Idlib: strikes near Idlib and on Jisr al-Shughur',
    s('2022-04-05', 'Wire A', 'Russian warplanes struck the outskirts of Idlib city on Tuesday, killing two civilians.'),
    s('2022-04-05', 'Wire B', 'Russian warplanes struck Jisr al-Shughur on Tuesday, killing three civilians.')),

  // Iraq and South Sudan, 2022-07-19.
  same('Sinjar: town vs province, militia named two ways',
    s('2022-07-19', 'Wire A', 'A Turkish drone strike hit a car near Sinjar on Tuesday, killing two members of a Yazidi militia.'),
    s('2022-07-20', 'Wire B', 'Two fighters of the Sinjar Resistance Units were killed in a Turkish drone strike in Nineveh province on 19 July.')),
  apart('Sinjar: a drone strike and shelling, one day',
    s('2022-07-19', 'Wire A', 'A Turkish drone strike hit a car near Sinjar on Tuesday, killing two fighters.'),
    s('2022-07-19', 'Wire B', 'Artillery shells hit a village near Sinjar on Tuesday, wounding three shepherds.')),
  apart('Iraq: drone strike near Sinjar, next day near Makhmour',
    s('2022-07-19', 'Wire A', 'A Turkish drone strike hit a car near Sinjar on Tuesday, killing two fighters.'),
    s('2022-07-20', 'Wire B', 'A Turkish drone strike hit a vehicle near Makhmour on Wednesday, killing one fighter.')),
  same('Pibor: county vs administrative area',
    s('2022-07-20', 'Wire A', 'Armed youths raided cattle camps in Pibor county on Tuesday, killing 17 people, a local commissioner said.'),
    s('2022-07-20', 'Wire B', 'At least 17 people were killed in a cattle raid in the Greater Pibor Administrative Area on 19 July, officials said.')),
  apart('South Sudan: raid in Pibor, next day near Bor',
    s('2022-07-20', 'Wire A', 'Armed youths raided cattle camps in Pibor on Tuesday, killing 17 people.'),
    s('2022-07-21', 'Wire B', 'Armed youths raided a cattle camp near Bor on Wednesday, killing five herders.')),

  // Ukraine and Ethiopia, 2022-10-04.
  same('Kherson: village vs oblast',
    s('2022-10-04', 'Wire A', 'Russian forces shelled the village of Bilozerka in Kherson region on Tuesday, killing two civilians, the regional governor said.'),
    s('2022-10-05', 'Wire B', 'Two civilians were killed by Russian shelling in Kherson oblast on 4 October, the governor said.')),
  same('Zaporizhzhia: a missile vs Russian missiles',
    s('2022-10-04', 'Wire A', 'A missile struck an apartment block in Zaporizhzhia on Tuesday, killing three people.'),
    s('2022-10-05', 'Wire B', 'Russian missiles hit a residential building in Zaporizhzhia on 4 October; three residents died, officials said.')),
  apart('Kherson: two villages shelled, one day',
    s('2022-10-04', 'Wire A', 'Russian forces shelled the village of Bilozerka in Kherson region on Tuesday, killing two civilians.'),
    s('2022-10-04', 'Wire B', 'Russian forces shelled Beryslav in Kherson region on Tuesday, killing one man.')),
  apart('Zaporizhzhia: missiles on Tuesday and on Wednesday',
    s('2022-10-04', 'Wire A', 'Russian missiles struck an apartment block in Zaporizhzhia on Tuesday, killing three people.'),
    s('2022-10-05', 'Wire B', 'Russian missiles struck an industrial site in Zaporizhzhia on Wednesday, wounding one worker.')),
  same('Tigray: town vs region, more than 50',
    s('2022-10-05', 'Wire A', 'A government drone strike hit a school sheltering displaced people in Adi Daero on Tuesday, killing 50 people, aid workers said.'),
    s('2022-10-06', 'Wire B', 'More than 50 displaced people were killed when a drone hit a school in Tigray region on 4 October, health officials said.')),
  apart('Tigray: a drone strike on Adi Daero, next day on Mekelle',
    s('2022-10-05', 'Wire A', 'A drone strike hit a school in Adi Daero on Tuesday, killing 50 people.'),
    s('2022-10-06', 'Wire B', 'A drone strike hit a residential area of Mekelle on Wednesday, killing three people.')),

  // Myanmar, 2023-02-14.
  same('Sagaing: junta troops vs Myanmar soldiers, township',
    s('2023-02-15', 'Wire A', 'Junta troops torched houses and killed five villagers in a raid in Kani township, Sagaing region, on Tuesday.'),
    s('2023-02-15', 'Wire B', 'Myanmar soldiers killed five civilians in Kani township on 14 February, a local resistance group said.')),
  same('Chin: town vs state',
    s('2023-02-15', 'Wire A', 'An air strike on Mindat in Chin State on Tuesday killed four people, residents said.'),
    s('2023-02-15', 'Wire B', 'The military bombed a town in Chin State on 14 February, killing four civilians.')),
  apart('Kani township: a raid and an ambush, one day',
    s('2023-02-15', 'Wire A', 'Junta troops killed five villagers in a raid in Kani township, Sagaing region, on Tuesday.'),
    s('2023-02-15', 'Wire B', 'Resistance fighters ambushed a military convoy in Kani township, Sagaing region, on Tuesday, killing seven soldiers.')),
  apart('Chin: Mindat bombed on Tuesday, Falam on Wednesday',
    s('2023-02-15', 'Wire A', 'Military jets bombed Mindat in Chin State on Tuesday, killing four people.'),
    s('2023-02-16', 'Wire B', 'Military jets bombed Falam in Chin State on Wednesday, killing two people.')),

  // Sudan, 2023-05-23.
  same('Khartoum: neighbourhood vs the south of the city',
    s('2023-05-24', 'Wire A', 'RSF shelling killed five civilians in the Kalakla neighbourhood of Khartoum on Tuesday, a residents\' committee said.'),
    s('2023-05-24', 'Wire B', 'Five civilians were killed by shelling in southern Khartoum on 23 May, activists said.')),
  same('Omdurman: fighting vs storming the hospital',
    s('2023-05-24', 'Wire A', 'Fighting between the army and the RSF around the military hospital in Omdurman on Tuesday left 17 people dead.'),
    s('2023-05-24', 'Wire B', 'RSF fighters stormed the military hospital in Omdurman on 23 May; 17 people were killed in the battle with the army.')),
  apart('Khartoum: shelling in one quarter, an air strike on a market in another',
    s('2023-05-24', 'Wire A', 'RSF shelling killed five civilians in the Kalakla neighbourhood of Khartoum on Tuesday.'),
    s('2023-05-24', 'Wire B', 'An air strike hit a market in the Haj Yousif neighbourhood of Khartoum on Tuesday, killing three people.')),
  apart('Darfur: RSF in El Geneina, next day in Zalingei',
    s('2023-05-24', 'Wire A', 'RSF fighters attacked a camp for displaced people in El Geneina on Tuesday, killing 12 people.'),
    s('2023-05-25', 'Wire B', 'RSF fighters attacked the market in Zalingei on Wednesday, killing four traders.')),
  same('El Geneina: toll grows, group vs armed men on motorbikes',
    s('2023-05-23', 'Wire A', 'Armed men on motorbikes attacked a camp for displaced people in El Geneina on Tuesday, killing 12 people.'),
    s('2023-05-25', 'Wire B', 'The toll from the RSF attack on a displacement camp in El Geneina on 23 May has risen to 20, a medical union said.')),

  // Mexico and Colombia, 2023-09-12.
  same('Celaya: gunmen at a bar, told twice',
    s('2023-09-13', 'Wire A', 'Gunmen opened fire at a bar in Celaya, Guanajuato, on Tuesday night, killing six people.'),
    s('2023-09-13', 'Wire B', 'Six people died in an armed attack on a bar in the city of Celaya on 12 September, state prosecutors said.')),
  same('Arauca: base vs army post in the department',
    s('2023-09-13', 'Wire A', 'ELN rebels attacked a military base in Puerto Jordan, Arauca, on Tuesday, killing two soldiers.'),
    s('2023-09-13', 'Wire B', 'Two soldiers died in an explosives attack on an army post in Arauca department on 12 September, the defence ministry said.')),
  apart('Celaya: a bar and a police officer, one night',
    s('2023-09-13', 'Wire A', 'Gunmen opened fire at a bar in Celaya, Guanajuato, on Tuesday night, killing six people.'),
    s('2023-09-13', 'Wire B', 'Gunmen shot dead a police officer outside his home in Celaya on Tuesday night.')),
  apart('Arauca: ELN in Puerto Jordan on Tuesday, in Saravena on Wednesday',
    s('2023-09-13', 'Wire A', 'ELN rebels attacked a military base in Puerto Jordan, Arauca, on Tuesday, killing two soldiers.'),
    s('2023-09-14', 'Wire B', 'ELN rebels detonated a car bomb outside a police station in Saravena, Arauca, on Wednesday, wounding five officers.')),
  same('West Bank: a raid vs an exchange of fire',
    s('2023-09-12', 'Wire A', 'Israeli forces raided the Nur Shams camp near Tulkarm on Tuesday, killing two Palestinians.'),
    s('2023-09-13', 'Wire B', 'Two Palestinian gunmen were killed in an exchange of fire with Israeli troops in Tulkarm on 12 September.')),
  apart('West Bank: raids on Tulkarm and Jenin, one day',
    s('2023-09-12', 'Wire A', 'Israeli forces raided the Nur Shams camp near Tulkarm on Tuesday, killing two Palestinians.'),
    s('2023-09-12', 'Wire B', 'Israeli forces raided Jenin on Tuesday, killing one Palestinian.')),

  // Yemen, 2024-01-16.
  same('Taiz: shells kill a child, Houthis named by both',
    s('2024-01-16', 'Wire A', 'Houthi forces shelled residential areas of Taiz on Tuesday, killing a child, local authorities said.'),
    s('2024-01-17', 'Wire B', 'A child was killed when shells fired by the Houthis hit a house in Taiz city on 16 January.')),
  same('Marib: city vs front lines of the province',
    s('2024-01-17', 'Wire A', 'Clashes between Houthi fighters and government forces near Marib on Tuesday left 12 fighters dead, military sources said.'),
    s('2024-01-17', 'Wire B', 'Fighting between the Houthis and government troops on the front lines in Marib province on 16 January killed 12 combatants.')),
  apart('Taiz: shelling and a sniper, one day',
    s('2024-01-16', 'Wire A', 'Houthi forces shelled residential areas of Taiz on Tuesday, killing a child.'),
    s('2024-01-16', 'Wire B', 'A Houthi sniper shot dead a woman in Taiz on Tuesday, local authorities said.')),
  apart('Yemen: clashes near Marib, next day in Al Bayda',
    s('2024-01-17', 'Wire A', 'Houthi fighters clashed with government forces near Marib on Tuesday, leaving 12 fighters dead.'),
    s('2024-01-18', 'Wire B', 'Houthi fighters clashed with government forces in Al Bayda on Wednesday, leaving four fighters dead.')),

  // Mali, Niger, Haiti, 2024-03-26.
  same('Gao: convoy in the region vs between two towns',
    s('2024-03-27', 'Wire A', 'Jihadists ambushed an army convoy near Ansongo on Tuesday, killing nine soldiers, a local official said.'),
    s('2024-03-27', 'Wire B', 'Nine Malian soldiers died when their convoy was ambushed in the Gao region on 26 March, the army said.')),
  same('Tahoua: gunmen in the region vs Islamic State in Tillia',
    s('2024-03-27', 'Wire A', 'Gunmen killed 20 civilians in Tahoua region on Tuesday, a local official said.'),
    s('2024-03-27', 'Wire B', 'Suspected Islamic State fighters killed 20 villagers in Tillia on 26 March, the interior ministry said.')),
  apart('Gao: a convoy ambushed and herders killed, one day',
    s('2024-03-27', 'Wire A', 'Jihadists ambushed an army convoy near Ansongo on Tuesday, killing nine soldiers.'),
    s('2024-03-27', 'Wire B', 'Soldiers killed seven herders near Gao on Tuesday, relatives said.')),
  apart('Tahoua: Tillia on Tuesday, Tassara on Wednesday',
    s('2024-03-27', 'Wire A', 'Islamic State fighters killed 20 villagers in Tillia on Tuesday.'),
    s('2024-03-28', 'Wire B', 'Islamic State fighters killed six villagers in Tassara on Wednesday.')),
  same('Port-au-Prince: suburb vs near the capital',
    s('2024-03-27', 'Wire A', 'Gang members attacked a police station in Petion-Ville on Tuesday, killing two officers.'),
    s('2024-03-27', 'Wire B', 'Two police officers were killed when armed gangs raided a police station near Port-au-Prince on 26 March.')),
  apart('Petion-Ville: a police station and a pharmacy, one day',
    s('2024-03-27', 'Wire A', 'Gang members attacked a police station in Petion-Ville on Tuesday, killing two officers.'),
    s('2024-03-27', 'Wire B', 'Gang members set fire to a pharmacy in Petion-Ville on Tuesday.')),

  // Kenya, 2024-06-11.
  same('Nairobi: students march, told twice',
    s('2024-06-11', 'Wire A', 'Hundreds of students demonstrated in Nairobi on Tuesday against higher tuition fees.'),
    s('2024-06-12', 'Wire B', 'University students marched through central Nairobi on 11 June to protest a rise in fees.')),
  same('Mombasa: traders dispersed vs traders riot',
    s('2024-06-11', 'Wire A', 'Police used tear gas against traders protesting new market levies in Mombasa on Tuesday.'),
    s('2024-06-12', 'Wire B', 'Angry traders burned tyres and threw stones at police in Mombasa on 11 June over new market levies.')),
  apart('Nairobi: students and nurses protest, one day',
    s('2024-06-11', 'Wire A', 'Hundreds of students demonstrated in Nairobi on Tuesday against higher tuition fees.'),
    s('2024-06-11', 'Wire B', 'Nurses marched to the health ministry in Nairobi on Tuesday to demand unpaid allowances.')),
  apart('Kenya: traders in Mombasa on Tuesday, in Kisumu on Wednesday',
    s('2024-06-11', 'Wire A', 'Traders protested new market levies in Mombasa on Tuesday.'),
    s('2024-06-12', 'Wire B', 'Traders protested new market levies in Kisumu on Wednesday.')),

  // Manipur and Afghanistan, 2024-09-03 and 2023-05-23.
  same('Manipur: village vs district',
    s('2024-09-04', 'Wire A', 'Suspected militants fired on villagers in Koutruk in Imphal West district of Manipur on Tuesday, killing two people.'),
    s('2024-09-04', 'Wire B', 'Two villagers were killed when armed men opened fire in Imphal West district, Manipur, on 3 September, police said.')),
  apart('Manipur: firing in Imphal West, houses torched in Jiribam',
    s('2024-09-04', 'Wire A', 'Suspected militants fired on villagers in Koutruk in Imphal West district of Manipur on Tuesday, killing two people.'),
    s('2024-09-04', 'Wire B', 'Suspected militants torched houses in Jiribam district of Manipur on Tuesday; no one was hurt.')),
  same('Balkh: city vs province, claim by Islamic State',
    s('2023-05-23', 'Wire A', 'A bomb attached to a bicycle exploded in Mazar-i-Sharif on Tuesday, killing four people, Taliban police said.'),
    s('2023-05-24', 'Wire B', 'Islamic State claimed responsibility for a bombing in Balkh province on 23 May that killed four people.')),
  apart('Afghanistan: a bombing in Mazar-i-Sharif and a mine in Kunduz',
    s('2023-05-23', 'Wire A', 'A bomb attached to a bicycle exploded in Mazar-i-Sharif on Tuesday, killing four people.'),
    s('2023-05-23', 'Wire B', 'A landmine exploded in Kunduz on Tuesday, killing two children.')),

  // More regions: Zamfara and Mozambique's neighbours, 2022-01-11; Donetsk and the Sahel, 2023-02-14.
  same('Zamfara: LGA vs state, bandits vs armed bandits',
    s('2022-01-12', 'Wire A', 'Bandits killed 30 villagers in Anka local government area of Zamfara State on Tuesday, residents said.'),
    s('2022-01-12', 'Wire B', 'Armed bandits raided villages in Zamfara State on 11 January, killing at least 30 people, police said.')),
  same('Zamfara: toll grows two days on',
    s('2022-01-11', 'Wire A', 'Bandits on motorcycles raided villages in Anka, Zamfara State, on Tuesday, killing 30 people.'),
    s('2022-01-13', 'Wire B', 'The number of people killed in the bandit raids on Anka in Zamfara State on 11 January has risen to 58, a local official said.')),
  apart('Zamfara: Anka on Tuesday, Bukkuyum on Wednesday',
    s('2022-01-12', 'Wire A', 'Bandits raided villages in Anka, Zamfara State, on Tuesday, killing 30 people.'),
    s('2022-01-13', 'Wire B', 'Bandits raided villages in Bukkuyum, Zamfara State, on Wednesday, killing 11 people.')),
  same('Donetsk: shells on Bakhmut, told twice',
    s('2023-02-14', 'Wire A', 'Russian shelling killed three civilians in Bakhmut on Tuesday, the regional governor said.'),
    s('2023-02-15', 'Wire B', 'Three people died when Russian shells hit residential streets of Bakhmut in Donetsk oblast on 14 February.')),
  apart('Donetsk: Bakhmut and Kostiantynivka shelled, one day',
    s('2023-02-14', 'Wire A', 'Russian shelling killed three civilians in Bakhmut on Tuesday, the regional governor said.'),
    s('2023-02-14', 'Wire B', 'Russian shelling killed one civilian in Kostiantynivka on Tuesday, the regional governor said.')),
  same('Mopti: near the border vs the village',
    s('2023-02-15', 'Wire A', 'JNIM fighters ambushed a Malian army patrol near Boni in the Mopti region on Tuesday, killing five soldiers.'),
    s('2023-02-15', 'Wire B', 'Five Malian soldiers were killed when jihadists ambushed their patrol in central Mali near the border with Burkina Faso on 14 February.')),
  apart('Mopti: patrol ambushed near Boni, next day a post near Douentza',
    s('2023-02-15', 'Wire A', 'JNIM fighters ambushed a Malian army patrol near Boni in the Mopti region on Tuesday, killing five soldiers.'),
    s('2023-02-16', 'Wire B', 'JNIM fighters attacked an army post near Douentza in the Mopti region on Wednesday, killing two soldiers.')),

  // Cameroon's Far North, Deir ez-Zor, 2024-01-16.
  same('Far North: town vs near the Nigerian border',
    s('2024-01-17', 'Wire A', 'Boko Haram fighters killed four civilians in Mozogo, in Cameroon\'s Far North region, on Tuesday.'),
    s('2024-01-17', 'Wire B', 'Four civilians were killed by jihadists in Cameroon\'s Far North region near the border with Nigeria on 16 January.')),
  apart('Far North: Mozogo on Tuesday, Kolofata on Wednesday',
    s('2024-01-17', 'Wire A', 'Boko Haram fighters killed four civilians in Mozogo, Far North region, on Tuesday.'),
    s('2024-01-18', 'Wire B', 'Boko Haram fighters killed two civilians in Kolofata, Far North region, on Wednesday.')),
  same('Deir ez-Zor: near the city vs the province',
    s('2024-01-16', 'Wire A', 'A roadside bomb hit a vehicle of the Syrian Democratic Forces near Deir ez-Zor on Tuesday, killing two fighters.'),
    s('2024-01-17', 'Wire B', 'Two Syrian Democratic Forces members were killed by an improvised explosive device in Deir ez-Zor province on 16 January.')),
  apart('Deir ez-Zor: a roadside bomb and a raid, one day',
    s('2024-01-16', 'Wire A', 'A roadside bomb hit a vehicle of the Syrian Democratic Forces near Deir ez-Zor on Tuesday, killing two fighters.'),
    s('2024-01-16', 'Wire B', 'Syrian Democratic Forces raided a village near Deir ez-Zor on Tuesday and arrested five men.')),

  // Colombia and Mexico, 2021-09-21 and 2022-07-19.
  same('Cauca: dissidents named vs armed men, town vs department',
    s('2021-09-22', 'Wire A', 'FARC dissidents attacked a police station in Suarez, Cauca, on Tuesday, wounding three officers.'),
    s('2021-09-22', 'Wire B', 'Three police officers were wounded when armed men attacked a police post in Cauca department on 21 September.')),
  apart('Cauca: Suarez on Tuesday, Jamundi on Wednesday',
    s('2021-09-22', 'Wire A', 'FARC dissidents attacked a police station in Suarez, Cauca, on Tuesday, wounding three officers.'),
    s('2021-09-23', 'Wire B', 'FARC dissidents attacked a police patrol near Toribio, Cauca, on Wednesday, killing one officer.')),
  same('Michoacan: gunmen vs a cartel, town vs state',
    s('2022-07-20', 'Wire A', 'Gunmen ambushed a police patrol in Aguililla, Michoacan, on Tuesday, killing four officers.'),
    s('2022-07-20', 'Wire B', 'Four state police officers died in an ambush by cartel gunmen in Michoacan on 19 July, the governor said.')),
  apart('Michoacan: a patrol ambushed and a shooting in Uruapan, one day',
    s('2022-07-20', 'Wire A', 'Gunmen ambushed a police patrol in Aguililla, Michoacan, on Tuesday, killing four officers.'),
    s('2022-07-20', 'Wire B', 'Gunmen shot dead three men at a car wash in Uruapan, Michoacan, on Tuesday.')),
  same('Tripoli: the capital vs the city',
    s('2022-07-20', 'Wire A', 'Clashes between two militias in Tripoli on Tuesday killed 16 people, the health ministry said.'),
    s('2022-07-21', 'Wire B', 'Sixteen people died in fighting between rival armed groups in the Libyan capital Tripoli on 19 July.')),
  apart('Libya: clashes in Tripoli, next day in Misrata',
    s('2022-07-20', 'Wire A', 'Clashes between two militias in Tripoli on Tuesday killed 16 people.'),
    s('2022-07-21', 'Wire B', 'Clashes between two militias in Misrata on Wednesday killed three people.')),

  // Chhattisgarh, Oromia and Kirkuk, 2023-05-23, 2023-09-12, 2024-06-11.
  same('Chhattisgarh: district vs state, Maoists vs Naxals',
    s('2023-05-24', 'Wire A', 'Maoists blew up a police vehicle with a landmine in Dantewada district on Tuesday, killing ten policemen.'),
    s('2023-05-24', 'Wire B', 'Ten police personnel were killed when Naxal rebels triggered an IED under their vehicle in Chhattisgarh on 23 May.')),
  apart('Chhattisgarh: a landmine in Dantewada, a gunfight in Bijapur',
    s('2023-05-24', 'Wire A', 'Maoists blew up a police vehicle with a landmine in Dantewada district on Tuesday, killing ten policemen.'),
    s('2023-05-24', 'Wire B', 'Police killed two Maoists in a gunfight in the forests of Bijapur district on Tuesday.')),
  same('Oromia: zone vs region, OLA vs gunmen',
    s('2023-09-13', 'Wire A', 'Gunmen killed 14 civilians in Gida Kiremu district of East Wollega zone on Tuesday, residents said.'),
    s('2023-09-13', 'Wire B', 'Oromo Liberation Army fighters killed 14 civilians in Ethiopia\'s Oromia region on 12 September, the regional government said.')),
  apart('Oromia: civilians killed and a clash with the army, one zone and day',
    s('2023-09-13', 'Wire A', 'Gunmen killed 14 civilians in Gida Kiremu district of East Wollega zone on Tuesday.'),
    s('2023-09-13', 'Wire B', 'Government troops clashed with Oromo Liberation Army fighters near Nekemte in East Wollega on Tuesday; 20 rebels were killed.')),
  same('Kirkuk: province vs district town',
    s('2024-06-12', 'Wire A', 'Islamic State militants attacked an army post in Kirkuk province on Tuesday, killing two soldiers, security sources said.'),
    s('2024-06-12', 'Wire B', 'Two Iraqi soldiers were killed when Islamic State fighters attacked their post near Daquq on 11 June.')),
  apart('Iraq: an army post near Daquq, next day a checkpoint in Diyala',
    s('2024-06-12', 'Wire A', 'Islamic State fighters attacked an army post near Daquq on Tuesday, killing two soldiers.'),
    s('2024-06-13', 'Wire B', 'Islamic State fighters attacked a checkpoint near Baqubah in Diyala on Wednesday, killing three soldiers.')),

  // Bangladesh, Plateau, Pakistan's border, 2024-03-26 and 2023-09-12.
  same('Gazipur: garment workers, a highway vs near Dhaka',
    s('2024-03-26', 'Wire A', 'Garment workers blocked a highway in Gazipur on Tuesday, demanding unpaid wages.'),
    s('2024-03-27', 'Wire B', 'Thousands of garment workers protested in Gazipur near Dhaka on 26 March over unpaid wages.')),
  apart('Bangladesh: garment workers in Gazipur, students in Dhaka',
    s('2024-03-26', 'Wire A', 'Garment workers blocked a highway in Gazipur on Tuesday, demanding unpaid wages.'),
    s('2024-03-26', 'Wire B', 'Students marched in Dhaka on Tuesday to demand safer roads.')),
  same('Plateau: LGA vs state, gunmen vs suspected herders',
    s('2024-03-27', 'Wire A', 'Gunmen killed 20 villagers in attacks on villages in Bokkos, Plateau State, on Tuesday night.'),
    s('2024-03-28', 'Wire B', 'Suspected herders killed 20 people in attacks on villages in Plateau State on 26 March, police said.')),
  apart('Plateau: Bokkos and Mangu, one night',
    s('2024-03-27', 'Wire A', 'Gunmen killed 20 villagers in attacks on villages in Bokkos, Plateau State, on Tuesday night.'),
    s('2024-03-27', 'Wire B', 'Gunmen killed three farmers in Mangu, Plateau State, on Tuesday night.')),
  same('Khyber: a crossing vs the border district',
    s('2023-09-12', 'Wire A', 'Pakistani and Afghan border forces exchanged fire at the Torkham crossing on Tuesday, killing one Pakistani soldier.'),
    s('2023-09-13', 'Wire B', 'A Pakistani soldier was killed in a clash with Afghan border forces in Khyber district on 12 September, the army said.')),
  apart('Pakistan border: Torkham on Tuesday, Chaman on Wednesday',
    s('2023-09-12', 'Wire A', 'Pakistani and Afghan border forces exchanged fire at the Torkham crossing on Tuesday, killing one Pakistani soldier.'),
    s('2023-09-13', 'Wire B', 'Pakistani and Afghan border forces exchanged fire at the Chaman crossing on Wednesday, wounding two civilians.')),

  // One place and day, two incidents; one incident, two tellings: Lower Shabelle, Jonglei, Kachin, 2024-09-03 and 2021-03-09.
  same('Lower Shabelle: a base attacked, militants\' dead counted by one outlet',
    s('2024-09-03', 'Wire A', 'Al Shabaab fighters attacked a military base in Awdheegle on Tuesday, killing seven soldiers, residents said.'),
    s('2024-09-04', 'Wire B', 'Seven Somali soldiers were killed when Al Shabaab stormed an army base in Awdheegle, Lower Shabelle, on 3 September.')),
  apart('Lower Shabelle: a base attacked and a mortar on a market, one day',
    s('2024-09-03', 'Wire A', 'Al Shabaab fighters attacked a military base in Awdheegle on Tuesday, killing seven soldiers.'),
    s('2024-09-03', 'Wire B', 'A mortar shell fired by Al Shabaab hit a market in Awdheegle on Tuesday, killing two women.')),
  same('Kachin: township vs state, air strike worded two ways',
    s('2024-09-04', 'Wire A', 'A military jet bombed a village in Hpakant township, Kachin State, on Tuesday, killing six civilians.'),
    s('2024-09-04', 'Wire B', 'Six civilians died in an air strike by the junta in Kachin State on 3 September, a local rescue group said.')),
  apart('Kachin: an air strike in Hpakant, a clash near Bhamo, one day',
    s('2024-09-04', 'Wire A', 'A military jet bombed a village in Hpakant township, Kachin State, on Tuesday, killing six civilians.'),
    s('2024-09-04', 'Wire B', 'Kachin Independence Army fighters clashed with junta troops near Bhamo, Kachin State, on Tuesday.')),
  same('Jonglei: county vs state, toll grows',
    s('2021-03-09', 'Wire A', 'Armed youths attacked villages in Akobo county on Tuesday, killing eight people, a county official said.'),
    s('2021-03-10', 'Wire B', 'Twelve people were killed in attacks by armed youths on villages in Akobo, Jonglei State, on 9 March, officials said.')),
  apart('Jonglei: Akobo on Tuesday, Uror on Wednesday',
    s('2021-03-09', 'Wire A', 'Armed youths attacked villages in Akobo county on Tuesday, killing eight people.'),
    s('2021-03-10', 'Wire B', 'Armed youths attacked a cattle camp in Uror county on Wednesday, killing four herders.')),
]
