import assert from 'node:assert/strict'
import { test } from 'node:test'
import { extract } from '../../pipeline.js'
import { toRecords } from '../records.js'

// Whole wire-style articles written for these tests (150–500 words each, like the articles users feed sitrep): each
// fixed cause of an event that did not happen, beside a twin that must still give its event. A record is
// [sub-event type, status, location, date, fatalities]; only what a user sees by default (reported or claimed).
function events(text: string, published = '2024-05-10') {
  const doc = extract({ article: { id: 't', title: null, section: null, byline: null, source: null, url: null, published, input: 't' }, text })
  const records = toRecords(doc).filter((r) => r.status === 'reported' || r.status === 'claimed')
    .map((r) => [r.sub_event_type, r.status, r.location, r.event_date, r.fatalities])
  const rules = doc.messages.filter((m) => m.stage === 'events').map((m) => m.rule)
  return { records, rules }
}

const court = [
  'Former militia commander jailed for 20 years over 2017 village massacre',
  '',
  'BUNIA, Democratic Republic of Congo (Wire) — A military court in eastern Democratic Republic of Congo on Wednesday sentenced a former militia commander to 20 years in prison for his role in the killing of 35 villagers in 2017, lawyers for the victims said.',
  'The court in Bunia found the defendant guilty of murder and of recruiting child soldiers. Prosecutors had told the court that fighters under his command attacked the village of Kapanga at dawn, burned homes and shot residents who tried to flee.',
  'The defence said it would appeal the verdict.',
  'Human rights groups welcomed the ruling as a rare conviction in a region where most killings go unpunished. "Today the families of Kapanga have been heard," said a lawyer for the victims.',
  'The trial, which opened in February, heard testimony from more than 40 witnesses, several of whom spoke from behind screens to protect their identity.',
].join('\n')

const courtTwin = [
  'Gunmen kill five in Congo village hours after verdict',
  '',
  'BUNIA, Democratic Republic of Congo (Wire) — A military court in eastern Democratic Republic of Congo on Wednesday sentenced a former militia commander to 20 years in prison for his role in the killing of 35 villagers in 2017, lawyers for the victims said.',
  'The defence said it would appeal the verdict.',
  'Hours after the ruling, gunmen attacked the village of Lopa, north of Bunia, on Wednesday night and killed five civilians, a local official said. The attackers burned several homes before fleeing into the forest.',
  '"They came shooting at everyone," a resident told reporters by telephone. The army said it had sent troops to the area.',
  'Human rights groups said the killings showed how fragile security remained in the province despite the verdict.',
].join('\n')

const washer = [
  'Army to inspect wiring at bases after soldier\'s death',
  '',
  'WASHINGTON (Wire) — The Army will inspect electrical wiring at hundreds of buildings on its bases after a soldier died of an electric shock while cleaning a vehicle in Texas, officials said on Thursday.',
  'Sergeant Paul Reyes, a member of the Texas Army National Guard, was killed on Monday when the power washer he was using short-circuited, the Army said.',
  'An investigation found that the washer had been plugged into an outlet with no ground wire. Inspectors have since found faulty wiring at a number of motor pools and barracks, according to an internal report.',
  '"One death from faulty wiring is one too many," an Army spokesman said. The service said it expected the inspections to take about three months and would replace outlets where needed.',
  'Reyes, 29, had served two tours overseas. He is survived by his wife and two children.',
].join('\n')

const washerTwin = [
  'Soldier killed in ambush on patrol in northern Mali',
  '',
  'BAMAKO, Mali (Wire) — A soldier was killed on Monday when gunmen ambushed an army patrol near the town of Gao in northern Mali, the army said.',
  'The patrol came under fire from attackers on motorcycles about 20 kilometres east of the town, and a second soldier was wounded, an army statement said.',
  'No group has claimed the attack, but fighters linked to al Qaeda are active in the area and have carried out similar ambushes on the road in recent months.',
  'The army said reinforcements had been sent to the area and that the wounded soldier had been flown to a military hospital for treatment.',
].join('\n')

const crowd = [
  'Protest over teacher\'s death turns violent in Kenyan town',
  '',
  'KISII, Kenya (Wire) — Thousands of residents marched through the town of Kisii on Monday to demand justice for a teacher who died in police custody last week, witnesses said.',
  'The marchers carried the teacher\'s photograph and chanted slogans against the local police commander as they walked to the county offices.',
  'Later in the afternoon, the crowd set fire to a police post and hurled stones at officers, who responded with tear gas.',
  'Shops in the town centre stayed shut for the rest of the day, and several roads were blocked with rocks and burning tyres, a police spokesman said.',
  'The Interior Ministry said an inquiry into the teacher\'s death had been opened and urged residents to remain calm. The teachers\' union called on its members across the county to hold a minute of silence on Friday.',
].join('\n')

const crowdTwin = [
  'Protests over teacher\'s death spread to second Kenyan town',
  '',
  'KISII, Kenya (Wire) — Thousands of residents marched peacefully through the town of Kisii on Monday to demand justice for a teacher who died in police custody last week, witnesses said.',
  'The marchers carried the teacher\'s photograph and chanted slogans against the local police commander as they walked to the county offices, where they handed over a petition.',
  'On Tuesday, in the town of Nyamira, a crowd set fire to a police post and hurled stones at officers, who responded with tear gas, a police spokesman said.',
  'The Interior Ministry said an inquiry into the teacher\'s death had been opened and urged residents to remain calm. The teachers\' union called on its members across the region to hold a minute of silence on Friday.',
].join('\n')

const shot = [
  'Police shoot two protesters at Lagos fuel price march',
  '',
  'LAGOS, Nigeria (Wire) — Police shot two protesters on Tuesday as hundreds of people marched through the Ikeja district of Lagos to denounce a sharp rise in fuel prices, witnesses said.',
  'The marchers, many of them market traders and motorcycle taxi drivers, had gathered at dawn outside the state secretariat carrying placards and chanting slogans against the government.',
  'Officers fired live rounds when the crowd refused to disperse, and two men were taken to hospital with gunshot wounds, according to a nurse at the general hospital.',
  'A police spokesman said officers had acted in self-defence after being pelted with stones.',
  'The Nigeria Labour Congress, which did not call the march, said it would announce its own plans next week.',
].join('\n')

const shotTwin = [
  'Police fire tear gas at Lagos fuel price march',
  '',
  'LAGOS, Nigeria (Wire) — Police fired tear gas on Tuesday as hundreds of people marched through the Ikeja district of Lagos to denounce a sharp rise in fuel prices, witnesses said.',
  'The marchers, many of them market traders and motorcycle taxi drivers, had gathered at dawn outside the state secretariat carrying placards and chanting slogans against the government.',
  'Officers moved in when the crowd refused to leave the road, and several people were treated for breathing problems, according to a nurse at the general hospital.',
  'A police spokesman said the officers had acted to keep the highway open.',
  'The Nigeria Labour Congress, which did not call the march, said it would announce its own plans next week.',
].join('\n')

const levy = [
  'Traders march against new market levy in Kumasi',
  '',
  'KUMASI, Ghana (Wire) — Hundreds of traders marched through central Kumasi on Monday against a new daily levy on market stalls, closing shops at the city\'s main market for most of the day.',
  'The traders, most of them women who sell food and cloth, walked from the Kejetia market to the offices of the metropolitan assembly, where their leaders handed over a petition to the chief executive.',
  '"We cannot pay this levy when customers have no money," said the head of the market women\'s association.',
  'The assembly said the levy would pay for new drainage and lighting in the market and that it would meet the traders\' leaders on Thursday.',
  'Prices of staples such as maize and yam have risen sharply this year, and the cedi has lost a fifth of its value against the dollar.',
].join('\n')

const levyTwin = [
  'Ghana stocks rally as cedi steadies',
  '',
  'ACCRA, Ghana (Wire) — Shares on the Ghana Stock Exchange rallied on Monday as the cedi steadied against the dollar, with banks and telecoms leading the gains.',
  'The exchange\'s composite index rose 2.1 percent, its biggest one-day gain in three months, while the cedi firmed 0.8 percent after the central bank sold dollars to importers.',
  '"Investors were waiting for a sign that the currency had found a floor," said an analyst at an Accra brokerage. "Today they got it."',
  'Shares in the largest lender rallied 6 percent, and the main mobile operator gained 4 percent. Trading volumes were double the daily average of the past month.',
  'The central bank meets next week to set interest rates, and most analysts expect it to hold its benchmark rate at 29 percent.',
].join('\n')

const truce = [
  'France urges new sanctions amid ceasefire violations in eastern Ukraine',
  '',
  'PARIS (Wire) — France\'s foreign minister on Wednesday urged the European Union to impose a new round of sanctions on Russia\'s energy and banking sectors amid repeated ceasefire violations in eastern Ukraine.',
  'In a statement published by the ministry, the minister said the violations showed that Moscow was not serious about peace, and called on EU governments to agree on the measures at a summit next month.',
  'Monitors from the Organization for Security and Co-operation in Europe have recorded hundreds of breaches of the truce along the front line in recent weeks, according to their latest report.',
  'Russia has denied that its forces are involved in the fighting and accuses Kyiv of provoking the breaches.',
  'The EU has already imposed several rounds of sanctions on Russian companies and officials.',
].join('\n')

const truceTwin = [
  'Sudan\'s warring sides sign ceasefire in Jeddah',
  '',
  'JEDDAH, Saudi Arabia (Wire) — Sudan\'s army and the paramilitary Rapid Support Forces signed a seven-day ceasefire in the Saudi city of Jeddah on Saturday, Saudi and U.S. mediators said in a joint statement.',
  'The truce is due to take effect on Monday evening and allows aid to reach Khartoum and other cities hit by five weeks of fighting, the statement said.',
  'Both sides have agreed to allow monitors to report any breaches, it added. Earlier truces collapsed within hours as fighting resumed in the capital.',
  'Aid agencies welcomed the deal but warned that millions of people were short of food and water.',
].join('\n')

const disease = [
  'Cholera outbreak kills 14 in northern Malawi district',
  '',
  'LILONGWE, Malawi (Wire) — A cholera outbreak has killed 14 people and sickened more than 300 in the northern district of Karonga since late April, the health ministry said on Thursday.',
  'Health officials said the disease spread quickly through fishing villages along the lake shore, where many households draw water from shallow wells. The ministry has sent rapid response teams and oral vaccine doses to the area, and has banned the sale of cooked food at markets in the district.',
  '"We are fighting this outbreak on every front," a ministry spokeswoman told reporters in Lilongwe. "The next two weeks are critical."',
  'The World Health Organization said it was supporting the response with testing kits and staff. Neighbouring Tanzania reported 40 cases in border towns last month.',
  'Doctors at Karonga district hospital said the wards were full and that patients were being treated in tents outside the main building. Aid groups warned that heavy rains forecast for the coming week could spread the infection further.',
].join('\n')

const sport = [
  'City crush United in derby to go top',
  '',
  'MANCHESTER, England (Wire) — City launched a relentless attack from the first whistle and thrashed United 4-0 in the derby on Sunday to go top of the league.',
  'The visitors\' defence was torn apart by a fierce assault down the left flank, and the striker shot home twice before half-time. United\'s captain was sent off after a clash with the goalkeeper early in the second half.',
  '"We were killed on the break," the United manager told reporters. "They fought for every ball and we did not."',
  'Fans of both clubs marched to the stadium under heavy police presence, but the match passed off without trouble, police said.',
  'City travel to Lisbon on Wednesday for the first leg of the Champions League quarter-final.',
].join('\n')

const markets = [
  'Oil prices rocket as supply fears grip markets',
  '',
  'LONDON (Wire) — Oil prices rocketed to a six-month high on Monday as traders bet on tighter supply, while stock markets in Asia and Europe came under fire from rising bond yields.',
  'Brent crude rose 4 percent to $91 a barrel, its biggest one-day gain since March, and U.S. crude climbed 3.8 percent. Analysts said the rally was driven by production cuts and a fall in U.S. inventories.',
  '"The bulls have won this battle, but the war is not over," said one analyst at a London brokerage.',
  'Shares in airlines were hammered, with several carriers losing more than 5 percent, and the dollar rallied against the yen. The FTSE 100 index fell 1.2 percent, and the DAX in Frankfurt dropped 1.5 percent as investors fled to bonds.',
  'Traders said markets would watch inflation figures due on Thursday for clues on interest rates.',
].join('\n')

const election = [
  'Candidates make final push as Ghana election campaign closes',
  '',
  'ACCRA, Ghana (Wire) — Ghana\'s two main presidential candidates held their final rallies on Thursday as campaigning closed ahead of Saturday\'s election, which analysts expect to be the closest in the country\'s history.',
  'Tens of thousands of supporters of the ruling party marched through central Accra waving flags and dancing behind the candidate\'s motorcade, while the opposition candidate addressed a rally of party supporters in Kumasi.',
  'Both candidates urged voters to turn out in large numbers and called for a peaceful vote. "This election is a battle of ideas, not of fists," the opposition candidate told the crowd.',
  'The electoral commission said 18 million voters had registered and that ballot papers had been delivered to all 16 regions. Observers from the African Union and ECOWAS are in the country to monitor the vote.',
  'Polls open at 7 a.m. on Saturday and results are expected within 72 hours.',
].join('\n')

const anniv = [
  'Survivors mark 30 years since Kigali church massacre',
  '',
  'KIGALI, Rwanda (Wire) — Hundreds of survivors and relatives gathered at a church on the outskirts of Kigali on Sunday to mark 30 years since militiamen killed more than 2,000 people who had sought shelter there during the 1994 genocide.',
  'Mourners laid wreaths at a memorial holding the remains of victims, and a choir sang as the names of the dead were read aloud. Survivors recalled how militiamen armed with machetes and grenades broke down the church doors on April 15, 1994.',
  '"We remember them so that it never happens again," said one survivor, who lost her parents and four siblings in the attack.',
  'The government says about 800,000 people were killed in 100 days of slaughter. Commemorations continue across the country until July.',
].join('\n')

test('a court story about a militia commander gives no event; gunmen who attack a village after the verdict do', () => {
  const trial = events(court)
  assert.deepEqual(trial.records, [])
  assert.ok(trial.rules.includes('court-proceeding'))
  // The 35 dead of the 2017 massacre tried in court are no claim of the new attack, nor is "a local official" one more dead.
  assert.deepEqual(events(courtTwin).records, [['Attack', 'reported', 'Bunia', '2024-05-08', 5]])
})

test('a soldier killed when a washer short-circuited died in an accident; a soldier killed when gunmen ambushed a patrol did not', () => {
  const accident = events(washer)
  assert.deepEqual(accident.records, [])
  assert.ok(accident.rules.includes('non-human-cause'))
  assert.deepEqual(events(washerTwin).records.map((r) => [r[0], r[1], r[3], r[4]]), [['Armed clash', 'reported', '2024-05-06', 1]])
})

test('"the crowd later set fire to a police post" after a march is that protest turned violent: one event in its town', () => {
  const riot = events(crowd)
  assert.deepEqual(riot.records, [['Violent demonstration', 'reported', 'Kisii', '2024-05-06', 0]])
  assert.ok(riot.rules.includes('crowd-again'))
  // A crowd in another town on another day is an event of its own; the peaceful march stays peaceful.
  assert.deepEqual(events(crowdTwin).records, [['Peaceful protest', 'reported', 'Kisii', '2024-05-06', 0], ['Violent demonstration', 'reported', 'Nyamira', '2024-05-07', 0]])
})

test('"Police shot two protesters" is excessive force against protesters; tear gas alone is a protest with intervention', () => {
  assert.deepEqual(events(shot).records, [['Excessive force against protesters', 'reported', 'Lagos', '2024-05-07', 0]])
  assert.deepEqual(events(shotTwin).records, [['Protest with intervention', 'reported', 'Lagos', '2024-05-07', 0]])
})

test('traders who march against a market levy protest; shares that rally on the stock exchange do not', () => {
  assert.deepEqual(events(levy).records, [['Peaceful protest', 'reported', 'Kumasi', '2024-05-06', 0]])
  assert.deepEqual(events(levyTwin).records, [])
})

test('ceasefire violations named in a call for sanctions are no agreement; a ceasefire signed is', () => {
  const broken = events(truce)
  assert.deepEqual(broken.records, [])
  assert.ok(broken.rules.includes('false-friend'))
  assert.deepEqual(events(truceTwin).records, [['Agreement', 'reported', 'Jeddah', '2024-05-04', 0]])
})

test('disease, sport, market, election-campaign and anniversary stories give no event', () => {
  for (const text of [disease, sport, markets, election, anniv]) assert.deepEqual(events(text).records, [])
})

const missile = [
  'Russia warns over U.S. missile shield in Europe',
  '',
  'MOSCOW (Wire) — Russia\'s foreign minister warned on Tuesday that a U.S. missile shield in Poland and Romania would force Moscow to respond, as arms control talks between the two countries resumed in Geneva.',
  'Washington says the interceptor missiles and radars of the system are meant to stop long-range missiles from Iran, but Moscow sees the shield as aimed at its own nuclear forces.',
  '"Our missiles are a guarantee of peace, not a threat to anyone," the minister told a news conference in Moscow.',
  'Russia has said it could station short-range missiles in its Baltic exclave of Kaliningrad if the shield goes ahead. Analysts said the talks in Geneva were unlikely to settle the dispute quickly.',
  'The two delegations are due to meet again next month, a U.S. State Department spokesman said.',
].join('\n')

const missileTwin = [
  'Missiles hit power station in Ukraine\'s Kharkiv region',
  '',
  'KYIV, Ukraine (Wire) — Russian missiles hit a power station near the city of Kharkiv on Tuesday, killing two workers and cutting electricity to thousands of homes, the regional governor said.',
  'The governor said three missiles struck the plant shortly after dawn and that rescue teams were searching the rubble for a third worker.',
  'Ukraine\'s air force said it had shot down four other missiles over the region. Power was partly restored by the evening, the national grid operator said.',
  'Moscow did not comment on the strike. Russia has repeatedly targeted Ukraine\'s energy system since the start of its invasion.',
].join('\n')

const hoax = [
  'Police say text message about mall shooting is a hoax',
  '',
  'DAYTON, Ohio (Wire) — Police in Dayton said on Thursday that a text message warning of a possible gang initiation shooting at a shopping mall was a hoax, and urged residents not to forward it.',
  'The message, which has circulated in several states, tells recipients to stay away from malls over the weekend because of a planned shooting by gang members. It does not name a particular mall.',
  '"We have found nothing to suggest the message is credible," a police spokeswoman said. "These reports are investigated, and so far they are unsubstantiated."',
  'The mall\'s owner said it had been told about the message and that security would be normal.',
  'Police said similar messages had been found to be false in other cities over the past year.',
].join('\n')

const hoaxTwin = [
  'Gunmen kill three at market in Mexican border city',
  '',
  'CIUDAD JUAREZ, Mexico (Wire) — Gunmen opened fire at a market in Ciudad Juarez on Thursday, killing three vendors and wounding two shoppers, state prosecutors said.',
  'The attackers arrived in a pickup truck shortly before noon and fired on a row of stalls before fleeing, according to a prosecutors\' statement. Investigators found more than 30 shell casings at the scene.',
  'Prosecutors said the shooting appeared to be linked to a dispute between gangs over extortion payments from market vendors. No arrests had been made by Thursday evening.',
  'Ciudad Juarez, across the border from El Paso, Texas, has seen a rise in killings linked to extortion this year.',
].join('\n')

test('missiles named as things (a shield, interceptors, a threat to station them) are no attack; missiles that hit a power station are', () => {
  const shield = events(missile)
  assert.deepEqual(shield.records, [])
  assert.ok(shield.rules.includes('no-firing'))
  assert.deepEqual(events(missileTwin).records.filter((r) => r[1] === 'reported'), [['Shelling/artillery/missile attack', 'reported', 'Kharkiv', '2024-05-07', 2]])
})

test('a "possible gang initiation shooting" called a hoax is no shooting; gunmen who fire on a market are, and their shell casings are no shelling', () => {
  const rumour = events(hoax)
  assert.deepEqual(rumour.records, [])
  assert.ok(rumour.rules.includes('threat') && rumour.rules.includes('hypothetical'))
  assert.deepEqual(events(hoaxTwin).records, [['Attack', 'reported', 'Ciudad Juárez', '2024-05-09', 3]])
})

const separate = [
  'Insurgents kill farmers and villagers in two attacks in Borno state',
  '',
  'MAIDUGURI, Nigeria (Wire) — Suspected Islamist insurgents killed two farmers in their fields near the town of Konduga in Borno state on Friday morning, a local militia leader said.',
  'The farmers were shot dead as they harvested beans about three kilometres from the town, he said. Residents later recovered their bodies and buried them in Konduga.',
  'Later on Friday, insurgents attacked a settlement on the edge of Konduga itself, where they killed three people and set fire to a grain store, the militia leader said.',
  'The army did not respond to a request for comment. Attacks on farmers in the area have increased since the start of the harvest, forcing many families to abandon their fields.',
].join('\n')

const separateTwin = [
  'Insurgents kill two farmers near Nigerian town',
  '',
  'MAIDUGURI, Nigeria (Wire) — Suspected Islamist insurgents killed two farmers in their fields near the town of Konduga in Borno state on Friday morning, a local militia leader said.',
  'The farmers were shot dead as they harvested beans about three kilometres from the town, he said. Residents later recovered their bodies and buried them in Konduga.',
  'The attackers also set fire to a grain store beside the fields before fleeing on motorcycles, the militia leader said.',
  'The army did not respond to a request for comment. Attacks on farmers in the area have increased since the start of the harvest, forcing many families to abandon their fields.',
].join('\n')

const flu = [
  'Soldiers and gunmen killed in two-hour battle in Mexican resort',
  '',
  'ACAPULCO, Mexico (Wire) — A two-hour gun battle between the Mexican army and gunmen in the resort city of Acapulco on Saturday left two soldiers and 16 gunmen dead, the defence ministry said.',
  'Troops sent to a house on a tip were met with gunfire and grenades, the ministry said in a statement.',
  'After the battle, soldiers seized 36 rifles, four grenade launchers and thousands of rounds of ammunition from the house.',
  'The news comes as Acapulco tries to win back tourists after a flu outbreak earlier this year that caused 89 deaths across Mexico and emptied hotels for weeks.',
  'Hotel owners said bookings had started to recover before the weekend.',
].join('\n')

test('"Later on Friday, insurgents attacked ..." is a second incident; a sentence that goes on about the first, with no day of its own, is not', () => {
  const two = events(separate, '2024-05-11')
  assert.deepEqual(two.records, [['Attack', 'reported', 'Konduga', '2024-05-10', 2], ['Attack', 'reported', 'Konduga', '2024-05-10', 3]])
  assert.ok(two.rules.includes('separate-incident'))
  // "The farmers were shot dead ..." and "The attackers also set fire to a grain store" are the first attack's.
  assert.deepEqual(events(separateTwin, '2024-05-11').records, [['Attack', 'reported', 'Konduga', '2024-05-10', 2]])
})

test('weapons seized after a battle are part of it, and the deaths of a flu outbreak named later are not its dead', () => {
  const battle = events(flu, '2024-05-11')
  assert.deepEqual(battle.records, [['Armed clash', 'reported', 'Acapulco de Juárez', '2024-05-11', 18]])
  assert.ok(battle.rules.includes('count-elsewhere'))
})
