import assert from 'node:assert/strict'
import { test } from 'node:test'
import { extract } from '../../pipeline.js'
import { toRecords } from '../records.js'

// Twins for story bugs seen on whole articles (task story37a): each rule's text beside a near-identical one where it must
// not fire. Texts written for these tests.
function run(text: string, published = '2025-03-11') {
  const doc = extract({ article: { id: 't', title: null, section: null, byline: null, source: null, url: null, published, input: 't' }, text })
  return toRecords(doc).map((r) => [r.sub_event_type, r.actor1, r.actor2, r.location, r.geo_precision, r.fatalities])
}

test('"torched fuel trucks, part of an offensive the group JNIM has waged": the campaign is no act, its owner the doer', () => {
  assert.deepEqual(run('BAMAKO, March 11 (Reuters) - Jihadists torched dozens of fuel trucks near Kati on Tuesday, part of an offensive the group JNIM has waged on the capital, a transport union official said.'),
    [['Looting/property destruction', 'JNIM: Group for Support of Islam and Muslims', null, 'Kati', 2, 0]])
  // Twin: an offensive launched against the group is the act itself.
  assert.deepEqual(run('BAMAKO, March 11 (Reuters) - The army launched an offensive against JNIM near Kati on Tuesday, a military source said.'),
    [['Armed clash', 'Military Forces of Mali (2021-)', 'JNIM: Group for Support of Islam and Muslims', 'Kati', 2, 0]])
})

test('"armed forces bombed a camp of FARC dissidents": a state force\'s bombing of a camp is an air strike', () => {
  assert.deepEqual(run('BOGOTA, March 11 (Reuters) - Colombia\'s armed forces bombed a camp of FARC dissidents in Guaviare province on Tuesday, killing six fighters, the defense ministry said.'),
    [['Air/drone strike', 'Military Forces of Colombia (2022-)', 'FARC Dissidents', 'Guaviare Department', 3, 6]])
  // Twin: dissidents who bombed an army camp fought it; no air strike.
  assert.deepEqual(run('BOGOTA, March 11 (Reuters) - FARC dissidents bombed a camp of the army in Guaviare province on Tuesday, killing six soldiers, the defense ministry said.').map((r) => [r[0], r[1]]),
    [['Armed clash', 'FARC Dissidents']])
})

test('"American forces had struck two Houthi radar installations": the US strike is the event, the dead its toll', () => {
  assert.deepEqual(run('DUBAI, March 11 (Reuters) - U.S. Central Command said American forces had struck two Houthi radar installations near Hodeidah on Tuesday. The Houthi-run health ministry said four people were killed in the strikes.'),
    [['Air/drone strike', 'Military Forces of the United States (2025-)', 'Military Forces of Yemen (2017-) Houthi', 'Al Ḩudaydah', 2, 4]])
})

test('"killed 12 passengers, residents said, blaming the federal army": the side blamed is the unnamed doer', () => {
  const lead = 'ADDIS ABABA, March 11 (Reuters) - A drone strike on a bus in the Amhara region killed 12 passengers on Tuesday'
  assert.deepEqual(run(lead + ', residents said, blaming the federal army.'),
    [['Air/drone strike', 'Military Forces of Ethiopia (2018-)', 'Civilians (Ethiopia)', 'Amhara', 3, 12]])
  assert.deepEqual(run(lead + '. The federal army was blamed for the strike by residents.').map((r) => r[1]), ['Military Forces of Ethiopia (2018-)'])
  // Twin: an army that only denies a role is not blamed.
  assert.deepEqual(run(lead + ', residents said, and the federal army denied any role.').map((r) => r[1]), ['Unidentified Armed Group (Ethiopia)'])
})

test('"hit on a road outside the town of Debre Markos" after a sentence naming the region: the town, precision 2', () => {
  const lead = 'ADDIS ABABA, March 11 (Reuters) - A drone strike killed 12 passengers in Ethiopia\'s Amhara region on Tuesday, residents said. '
  assert.deepEqual(run(lead + 'The bus was hit on a road outside the town of Debre Markos, a witness said.').map((r) => [r[3], r[4]]), [['Debre Mark’os', 2]])
  assert.deepEqual(run('ADDIS ABABA, March 11 (Reuters) - A drone strike killed 12 passengers on a road outside the town of Debre Markos on Tuesday, residents said.').map((r) => [r[3], r[4]]), [['Debre Mark’os', 2]])
  // Twin: a town the bus came from is no place of the strike.
  assert.deepEqual(run(lead + 'The bus was travelling from the town of Debre Markos, a witness said.').map((r) => [r[3], r[4]]), [['Amhara', 3]])
})

test('during the "Saba Saba" protests: a quoted name before an event noun names the event, no village of that name', () => {
  assert.deepEqual(run('NAIROBI, March 11 (Reuters) - Police fired tear gas at crowds on Tuesday during the “Saba Saba” protests, which mark the anniversary of a 1990 uprising, witnesses said.'),
    [['Protest with intervention', 'Protesters (Kenya)', 'Police Forces of Kenya (2022-)', 'Nairobi', 1, 0]])
  // Twin: a town named before the protests, unquoted, is their place.
  assert.deepEqual(run('NAIROBI, March 11 (Reuters) - Police fired tear gas at crowds on Tuesday during the Kisumu protests, witnesses said.').map((r) => r[3]), ['Kisumu'])
})
