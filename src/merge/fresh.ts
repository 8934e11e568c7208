/**
 * @module merge/fresh: a fourth set of hand-written article pairs, written in one sitting (stop 24) before it was run, to
 * measure the merge rule on text it was neither tuned nor written for. The earlier sets (stories, wire, more) were written
 * around the differences that make merging hard (a village against a province, a group against "gunmen", a toll that
 * grows): every one of their one-incident pairs differs in something by design. This set draws one-incident pairs as two
 * outlets commonly write them, the easy with the hard: both naming the town, one naming the district or the village, a
 * relative date against a calendar one, a toll updated, a group named by one outlet; and as many near misses: one town on
 * one day with two incidents (another target, another toll), one town on the next day, the next town on one day, one
 * group in two places. Written for this project; no sentence comes from an evaluation set. Measured through the pipeline
 * and the store by measure.ts `measureStories`; the figures are in precision.test.ts and were not tuned on.
 */
import { apart, s, same, type StoryPair } from './stories.js'

export const FRESH: StoryPair[] = [
  // Ukraine, Wednesday 2023-08-09.
  same('Kramatorsk: a missile on a cafe, toll updated the next day',
    s('2023-08-09', 'Desk A', 'A Russian missile hit a cafe in Kramatorsk on Wednesday evening, killing two people, the regional governor said.'),
    s('2023-08-10', 'Desk B', 'The number of people killed by the Russian missile strike on a cafe in Kramatorsk on 9 August has risen to three, officials said.')),
  apart('Kramatorsk: a cafe hit, and a drone on a car in Kostiantynivka, one day',
    s('2023-08-09', 'Desk A', 'A Russian missile hit a cafe in Kramatorsk on Wednesday evening, killing two people.'),
    s('2023-08-09', 'Desk B', 'A Russian drone struck a car in Kostiantynivka on Wednesday, killing the driver.')),
  same('Kherson: shelling of a bus stop, both name the city',
    s('2023-08-09', 'Desk A', 'Russian shelling hit a bus stop in Kherson on Wednesday morning, killing four civilians, the city administration said.'),
    s('2023-08-09', 'Desk B', 'Four people waiting for a bus were killed when Russian artillery struck Kherson on 9 August, Ukrainian officials said.')),
  apart('Kherson: a bus stop on Wednesday, a hospital on Thursday',
    s('2023-08-09', 'Desk A', 'Russian shelling hit a bus stop in Kherson on Wednesday morning, killing four civilians.'),
    s('2023-08-10', 'Desk B', 'Russian shelling damaged a hospital in Kherson on Thursday, wounding two nurses.')),

  // Nigeria, Sunday 2022-06-05.
  same('Owo: a church attack, both name the town, toll given two ways',
    s('2022-06-05', 'Desk A', 'Gunmen opened fire and set off explosives at a Catholic church in Owo, Ondo State, during Sunday mass, killing at least 40 worshippers.'),
    s('2022-06-06', 'Desk B', 'At least 40 people were killed when attackers stormed St Francis church in Owo on 5 June, the state government said.')),
  apart('Ondo: the church attack in Owo, a kidnapping on the Akure road, one day',
    s('2022-06-05', 'Desk A', 'Gunmen attacked a Catholic church in Owo, Ondo State, on Sunday, killing at least 40 worshippers.'),
    s('2022-06-05', 'Desk B', 'Gunmen kidnapped three travellers on the road near Akure, Ondo State, on Sunday, police said.')),
  same('Zamfara: bandits raid a village, the local government area named by one',
    s('2022-06-06', 'Desk A', 'Bandits killed 12 villagers in a raid on Kadisau village in Faskari local government area of Katsina State on Sunday, residents said.'),
    s('2022-06-06', 'Desk B', 'Armed bandits killed twelve people in Faskari, Katsina State, on 5 June, police said.')),
  apart('Katsina: villagers killed in Faskari, farmers abducted in Sabuwa, one day',
    s('2022-06-06', 'Desk A', 'Bandits killed 12 villagers in a raid on Kadisau village in Faskari local government area of Katsina State on Sunday.'),
    s('2022-06-06', 'Desk B', 'Bandits abducted 15 farmers from their fields in Sabuwa local government area of Katsina State on Sunday.')),

  // Somalia, Saturday 2022-10-29.
  same('Mogadishu: twin car bombs at the ministry, the toll rises',
    s('2022-10-29', 'Desk A', 'Two car bombs exploded near the education ministry in Mogadishu on Saturday, killing at least 30 people, police said.'),
    s('2022-10-30', 'Desk B', 'The death toll from the twin car bombings at the education ministry in Mogadishu on Saturday rose to 100, the president said. Al Shabaab claimed the attack.')),
  apart('Mogadishu: the ministry bombings and a grenade at a tea shop, one day',
    s('2022-10-29', 'Desk A', 'Two car bombs exploded near the education ministry in Mogadishu on Saturday, killing at least 30 people.'),
    s('2022-10-29', 'Desk B', 'A hand grenade was thrown into a tea shop in Mogadishu on Saturday, wounding three customers.')),
  same('Hiran: Al Shabaab attack a town, the group named by both',
    s('2022-10-29', 'Desk A', 'Al Shabaab fighters attacked an army base in Beledweyne on Saturday, killing six soldiers, a commander said.'),
    s('2022-10-29', 'Desk B', 'Six Somali soldiers were killed when Al Shabaab militants stormed a military base in Beledweyne on 29 October.')),
  apart('Hiran: a base in Beledweyne on Saturday, a checkpoint in Bulo Burte on Sunday',
    s('2022-10-29', 'Desk A', 'Al Shabaab fighters attacked an army base in Beledweyne on Saturday, killing six soldiers.'),
    s('2022-10-30', 'Desk B', 'Al Shabaab fighters attacked a checkpoint in Bulo Burte on Sunday, killing two soldiers.')),

  // Pakistan, Monday 2023-01-30.
  same('Peshawar: a mosque bombing inside the police lines, toll grows',
    s('2023-01-30', 'Desk A', 'A suicide bomber blew himself up in a mosque inside the police lines in Peshawar on Monday, killing at least 28 people, officials said.'),
    s('2023-01-31', 'Desk B', 'The toll from the suicide bombing of a mosque in Peshawar police headquarters on 30 January has risen to 59, a hospital spokesman said.')),
  apart('Khyber Pakhtunkhwa: the Peshawar bombing and a police post attacked in Bannu, one day',
    s('2023-01-30', 'Desk A', 'A suicide bomber blew himself up in a mosque inside the police lines in Peshawar on Monday, killing at least 28 people.'),
    s('2023-01-30', 'Desk B', 'Militants attacked a police post in Bannu on Monday, wounding two policemen.')),
  same('Quetta: a grenade at a market, relative and calendar dates',
    s('2023-01-31', 'Desk A', 'Unknown attackers threw a grenade into a crowded market in Quetta on Monday, wounding seven people, police said.'),
    s('2023-01-31', 'Desk B', 'Seven people were injured in a grenade attack on a market in Quetta, Balochistan, on 30 January.')),
  apart('Quetta: a grenade at a market and a lawyer shot dead, one day',
    s('2023-01-31', 'Desk A', 'Unknown attackers threw a grenade into a crowded market in Quetta on Monday, wounding seven people.'),
    s('2023-01-31', 'Desk B', 'Gunmen on a motorcycle shot dead a lawyer outside his office in Quetta on Monday.')),

  // Mexico, Thursday 2023-01-05.
  same('Culiacan: gunfire after an arrest, cartel named by one',
    s('2023-01-05', 'Desk A', 'Gunmen blocked roads and fired on soldiers in Culiacan on Thursday after the arrest of a cartel leader, killing ten soldiers, the defence minister said.'),
    s('2023-01-06', 'Desk B', 'Ten soldiers died in clashes with Sinaloa Cartel gunmen in Culiacan on 5 January, the government said.')),
  apart('Sinaloa: soldiers in Culiacan on Thursday, police in Mazatlan on Friday',
    s('2023-01-05', 'Desk A', 'Gunmen fired on soldiers in Culiacan on Thursday, killing ten soldiers.'),
    s('2023-01-06', 'Desk B', 'Gunmen shot dead two police officers in Mazatlan on Friday.')),

  // DR Congo, Sunday 2023-01-15.
  same('Kasindi: a church bombing, the group named by one',
    s('2023-01-15', 'Desk A', 'A bomb exploded in a Pentecostal church in Kasindi, North Kivu, during a Sunday service, killing 14 people, the army said.'),
    s('2023-01-16', 'Desk B', 'Islamic State said it was behind the bombing of a church in Kasindi on 15 January that killed 14 people.')),
  apart('North Kivu: the church bombing in Kasindi and a raid near Butembo, one day',
    s('2023-01-15', 'Desk A', 'A bomb exploded in a Pentecostal church in Kasindi, North Kivu, on Sunday, killing 14 people.'),
    s('2023-01-15', 'Desk B', 'Mai-Mai militiamen raided a village near Butembo on Sunday, killing three farmers.')),
  same('Ituri: a camp attacked, both name Bunia',
    s('2023-01-15', 'Desk A', 'CODECO militiamen attacked a camp for displaced people near Bunia on Sunday, killing seven people, a local official said.'),
    s('2023-01-16', 'Desk B', 'Seven displaced people were killed when CODECO fighters raided their camp near Bunia on 15 January, the UN said.')),
  apart('Ituri: a camp near Bunia on Sunday, a mine site near Mongbwalu on Monday',
    s('2023-01-15', 'Desk A', 'CODECO militiamen attacked a camp for displaced people near Bunia on Sunday, killing seven people.'),
    s('2023-01-16', 'Desk B', 'CODECO militiamen attacked a gold mine near Mongbwalu on Monday, killing four miners.')),

  // Burkina Faso, Saturday 2022-11-26.
  same('Djibo: a supply convoy ambushed, toll given by both',
    s('2022-11-27', 'Desk A', 'Jihadists ambushed a supply convoy escorted by the army near Djibo on Saturday, killing 12 soldiers, security sources said.'),
    s('2022-11-27', 'Desk B', 'Twelve Burkinabe soldiers were killed when armed men attacked a convoy near Djibo in the north on 26 November, the army said.')),
  apart('Soum: a convoy near Djibo and a village near Arbinda, one day',
    s('2022-11-27', 'Desk A', 'Jihadists ambushed a supply convoy near Djibo on Saturday, killing 12 soldiers.'),
    s('2022-11-27', 'Desk B', 'Jihadists attacked a village near Arbinda on Saturday, killing five civilians.')),
  same('Kaya: a protest against insecurity, both name the town',
    s('2022-11-26', 'Desk A', 'Hundreds of people marched in Kaya on Saturday to protest against worsening insecurity in the region.'),
    s('2022-11-26', 'Desk B', 'Residents of Kaya took to the streets on 26 November to demand more protection from jihadist attacks.')),
  apart('Burkina: a march in Kaya, a march in Ouagadougou, one day',
    s('2022-11-26', 'Desk A', 'Hundreds of people marched in Kaya on Saturday to protest against worsening insecurity in the region.'),
    s('2022-11-26', 'Desk B', 'Hundreds of people marched in Ouagadougou on Saturday in support of the military government.')),

  // Gaza and the West Bank, Tuesday 2023-07-04.
  same('Jenin: a raid on the camp, toll given by both',
    s('2023-07-04', 'Desk A', 'Israeli forces pressed on with a large raid on the Jenin refugee camp on Tuesday; three Palestinians were killed, the health ministry said.'),
    s('2023-07-04', 'Desk B', 'Three Palestinians were killed in Jenin on 4 July as Israeli troops continued their operation in the camp, Palestinian officials said.')),
  apart('West Bank: the Jenin raid and a shooting at a checkpoint near Nablus, one day',
    s('2023-07-04', 'Desk A', 'Israeli forces pressed on with a raid on the Jenin refugee camp on Tuesday; three Palestinians were killed.'),
    s('2023-07-04', 'Desk B', 'Israeli soldiers shot dead a Palestinian man at a checkpoint near Nablus on Tuesday.')),

  // Yemen, Friday 2022-03-25.
  same('Jeddah: a Houthi strike on an oil depot, claimed and reported',
    s('2022-03-25', 'Desk A', 'A Houthi missile struck an Aramco oil depot in Jeddah on Friday, setting off a huge fire, the Saudi-led coalition said.'),
    s('2022-03-26', 'Desk B', 'The Houthis said they fired missiles and drones at an Aramco facility in Jeddah on 25 March, causing a large blaze.')),
  same('Taiz: a sniper kills a child, both name the city',
    s('2022-03-25', 'Desk A', 'A Houthi sniper shot dead a ten-year-old boy in Taiz on Friday, local officials said.'),
    s('2022-03-25', 'Desk B', 'A child was killed by Houthi sniper fire in the city of Taiz on 25 March, a rights group said.')),
  apart('Taiz: a child shot by a sniper and a woman killed by shelling, one day',
    s('2022-03-25', 'Desk A', 'A Houthi sniper shot dead a ten-year-old boy in Taiz on Friday.'),
    s('2022-03-25', 'Desk B', 'Houthi shelling killed a woman in her home in Taiz on Friday.')),

  // Sudan, Wednesday 2023-06-14.
  same('El Geneina: the governor killed, the RSF named by both',
    s('2023-06-15', 'Desk A', 'The governor of West Darfur was killed in El Geneina on Wednesday after being seized by Rapid Support Forces fighters, witnesses said.'),
    s('2023-06-15', 'Desk B', 'RSF fighters abducted and killed West Darfur governor Khamis Abakar in El Geneina on 14 June, the army said.')),
  apart('Darfur: the governor killed in El Geneina, shelling in Nyala, one day',
    s('2023-06-15', 'Desk A', 'The governor of West Darfur was killed in El Geneina on Wednesday after being seized by Rapid Support Forces fighters.'),
    s('2023-06-15', 'Desk B', 'Artillery fire hit a market in Nyala on Wednesday, killing five people.')),
  same('Khartoum: an air strike on a market, toll rises',
    s('2023-06-14', 'Desk A', 'An army air strike hit a market in southern Khartoum on Wednesday, killing 12 people, a local committee said.'),
    s('2023-06-15', 'Desk B', 'The number of people killed in a military air strike on a market in Khartoum on 14 June has risen to 17, activists said.')),
  apart('Khartoum: an air strike on a market on Wednesday, on a neighbourhood on Friday',
    s('2023-06-14', 'Desk A', 'An army air strike hit a market in southern Khartoum on Wednesday, killing 12 people.'),
    s('2023-06-16', 'Desk B', 'An army air strike hit a residential neighbourhood in Khartoum on Friday, killing four people.')),

  // Myanmar, Tuesday 2023-04-11 and Colombia, Tuesday 2023-04-11.
  same('Myawaddy: fighting for the border town, sides named by both',
    s('2023-04-11', 'Desk A', 'Karen rebels clashed with junta troops on the outskirts of Myawaddy on Tuesday, residents said.'),
    s('2023-04-12', 'Desk B', 'Fighting broke out between the Karen National Liberation Army and the military near Myawaddy on 11 April, local media reported.')),
  apart('Kayin: fighting near Myawaddy, a drone on a village near Hpa-an, one day',
    s('2023-04-11', 'Desk A', 'Karen rebels clashed with junta troops on the outskirts of Myawaddy on Tuesday.'),
    s('2023-04-11', 'Desk B', 'A military drone dropped bombs on a village near Hpa-an on Tuesday, killing two villagers.')),
  same('Cucuta: a grenade at a police station, relative date',
    s('2023-04-11', 'Desk A', 'Attackers threw a grenade at a police station in Cucuta on Tuesday, wounding three officers, police said.'),
    s('2023-04-12', 'Desk B', 'Three police officers were hurt when a grenade was thrown at their station in Cucuta on 11 April.')),
  apart('Norte de Santander: a police station in Cucuta, a patrol in Tibu, one day',
    s('2023-04-11', 'Desk A', 'Attackers threw a grenade at a police station in Cucuta on Tuesday, wounding three officers.'),
    s('2023-04-11', 'Desk B', 'ELN rebels attacked an army patrol in Tibu on Tuesday, killing one soldier.')),

  // Kenya and Ethiopia, Wednesday 2023-07-19.
  same('Nairobi: police disperse opposition protesters, both name the city',
    s('2023-07-19', 'Desk A', 'Police fired tear gas at opposition supporters protesting against the cost of living in Nairobi on Wednesday.'),
    s('2023-07-20', 'Desk B', 'Kenyan police used tear gas to break up an opposition protest over high prices in Nairobi on 19 July.')),
  apart('Kenya: protests in Nairobi on Wednesday and on Thursday',
    s('2023-07-19', 'Desk A', 'Police fired tear gas at opposition supporters protesting against the cost of living in Nairobi on Wednesday.'),
    s('2023-07-20', 'Desk B', 'Police fired tear gas at opposition supporters protesting in Nairobi on Thursday, the third day of demonstrations.')),
  same('Gondar: Fano fighters and the army clash, both name the city',
    s('2023-08-07', 'Desk A', 'Fano militiamen clashed with federal troops in Gondar on Sunday, residents said, as fighting spread across Amhara.'),
    s('2023-08-07', 'Desk B', 'Heavy fighting between the Fano militia and the Ethiopian army was reported in the city of Gondar on 6 August.')),
  apart('Amhara: a clash in Gondar, a drone on a village near Debre Markos, one day',
    s('2023-08-07', 'Desk A', 'Fano militiamen clashed with federal troops in Gondar on Sunday, residents said.'),
    s('2023-08-07', 'Desk B', 'A drone strike hit a village near Debre Markos on Sunday, killing four farmers.')),

  // Iraq and Syria, Thursday 2021-01-21.
  same('Baghdad: a double suicide bombing at a market, IS named by one',
    s('2021-01-21', 'Desk A', 'Two suicide bombers blew themselves up in a busy market in central Baghdad on Thursday, killing at least 32 people.'),
    s('2021-01-22', 'Desk B', 'Islamic State claimed the twin suicide bombings at the Tayaran Square market in Baghdad on 21 January that killed 32 people.')),
  apart('Iraq: the Baghdad bombings and a roadside bomb near Tarmiyah, one day',
    s('2021-01-21', 'Desk A', 'Two suicide bombers blew themselves up in a busy market in central Baghdad on Thursday, killing at least 32 people.'),
    s('2021-01-21', 'Desk B', 'A roadside bomb hit an army vehicle near Tarmiyah on Thursday, wounding two soldiers.')),
  same('Idlib: shelling of a village, the monitor and civil defence',
    s('2021-01-21', 'Desk A', 'Government forces shelled the village of Kansafra in southern Idlib on Thursday, killing three civilians, the monitor said.'),
    s('2021-01-21', 'Desk B', 'Three civilians were killed when regime artillery hit Kansafra on 21 January, the civil defence said.')),
  apart('Idlib: Kansafra shelled on Thursday and on Saturday',
    s('2021-01-21', 'Desk A', 'Government forces shelled the village of Kansafra in southern Idlib on Thursday, killing three civilians.'),
    s('2021-01-23', 'Desk B', 'Government forces shelled Kansafra in southern Idlib again on Saturday, killing one civilian.')),

  // Near misses written after the first measure of this set, for the three rules made from its misses (a denomination is
  // no place, a village of a district and the district's seat town, an unplaced report naming the other's town).
  apart('Owo: a Catholic church attacked, a Pentecostal church burned by a mob, one day',
    s('2022-06-05', 'Desk A', 'Gunmen attacked a Catholic church in Owo, Ondo State, on Sunday, killing at least 40 worshippers.'),
    s('2022-06-05', 'Desk B', 'A mob set fire to a Pentecostal church in Owo on Sunday after a dispute over land, injuring two people.')),
  apart('Katsina: villagers killed in a village of Faskari, a trader shot in Faskari town, one day',
    s('2022-06-06', 'Desk A', 'Bandits killed 12 villagers in a raid on Kadisau village in Faskari local government area of Katsina State on Sunday.'),
    s('2022-06-06', 'Desk B', 'Gunmen shot dead a trader at his shop in Faskari, Katsina State, on Sunday, police said.')),
  apart('Katsina: villagers killed in a village of Faskari on Sunday, farmers abducted near Faskari on Monday',
    s('2022-06-06', 'Desk A', 'Bandits killed 12 villagers in a raid on Kadisau village in Faskari local government area of Katsina State on Sunday.'),
    s('2022-06-07', 'Desk B', 'Bandits abducted nine farmers near Faskari, Katsina State, on Monday, residents said.')),
  apart('Idlib: Kansafra shelled on Thursday, artillery on Kansafra again on Friday',
    s('2021-01-21', 'Desk A', 'Government forces shelled the village of Kansafra in southern Idlib on Thursday, killing three civilians, the monitor said.'),
    s('2021-01-22', 'Desk B', 'Regime artillery hit Kansafra again on 22 January, wounding a woman and her son, the civil defence said.')),
]
