import assert from 'node:assert/strict'
import { test } from 'node:test'
import { csvField, csvRow } from './csv.js'

test('a plain field is written as is; null and undefined are empty', () => {
  assert.deepEqual([csvField('Aleppo'), csvField(12), csvField(-1.5), csvField(null), csvField(undefined), csvField('')],
    ['Aleppo', '12', '-1.5', '', '', ''])
})

test('quotes, commas, CR and LF make a quoted field with quotes doubled', () => {
  assert.deepEqual(
    [csvField('say "no"'), csvField('a, b'), csvField('one\ntwo'), csvField('one\r\ntwo'), csvField('"')],
    ['"say ""no"""', '"a, b"', '"one\ntwo"', '"one\r\ntwo"', '""""'])
})

test('a row ends with CRLF', () => {
  assert.equal(csvRow(['a', 'b,c', null, 3]), 'a,"b,c",,3\r\n')
})
