import { describe, expect, it } from 'vitest'
import {
  ANSWER_ID_HEADER,
  apiAnswerKey,
  markKeepable,
  matchesEtag,
  takeKeepable,
  toCachedAnswer,
} from './api-answer-cache'

const json = { 'content-type': 'application/json', etag: '"v1"', 'cache-control': 'public, no-cache' }

describe('API answers kept by the front', () => {
  it('keys public API GETs by origin and URL as sent, and nothing else', () => {
    expect(apiAnswerKey('GET', '/api/v1/jurisdictions?kind=state', { host: 'lex.test' })).toBe(
      'lex.test,,|/api/v1/jurisdictions?kind=state',
    )
    expect(apiAnswerKey('POST', '/api/v1/jurisdictions', {})).toBeNull()
    expect(apiAnswerKey('GET', '/api/admin/export/x', {})).toBeNull()
    expect(apiAnswerKey('GET', '/api/auth/get-session', {})).toBeNull()
    expect(
      apiAnswerKey('GET', '/api/v1/standards', { 'if-modified-since': 'Tue, 01 Dec 2026 00:00:00 GMT' }),
    ).toBeNull()
  })

  it('keeps only what the handler marked: a 200 with an ETag and no cookie, without per-reader headers', () => {
    const body = Buffer.from('{}')
    const headers = {
      ...json,
      ratelimit: '"api";r=5;t=9',
      'x-cache': 'miss',
      date: 'x',
      'access-control-allow-origin': '*',
    }
    expect(toCachedAnswer(true, 200, headers, body)).toEqual({
      etag: '"v1"',
      body,
      headers: [
        ['content-type', 'application/json'],
        ['etag', '"v1"'],
        ['cache-control', 'public, no-cache'],
        ['access-control-allow-origin', '*'],
      ],
    })
    expect(toCachedAnswer(false, 200, json, body)).toBeNull()
    expect(toCachedAnswer(true, 400, json, body)).toBeNull()
    expect(toCachedAnswer(true, 200, { 'content-type': 'application/json' }, body)).toBeNull()
    expect(toCachedAnswer(true, 200, { ...json, 'set-cookie': 'a=b' }, body)).toBeNull()
  })

  it('lets a handler mark the request the front tagged, once', () => {
    markKeepable(new Request('http://x/api/v1/standards', { headers: { [ANSWER_ID_HEADER]: 'id-1' } }))
    markKeepable(new Request('http://x/api/v1/standards')) // not through the front: nothing to mark
    expect(takeKeepable('id-1')).toBe(true)
    expect(takeKeepable('id-1')).toBe(false)
  })

  it('matches If-None-Match as the handlers do', () => {
    expect(matchesEtag('"v1"', '"v1"')).toBe(true)
    expect(matchesEtag('W/"v1", "v0"', '"v1"')).toBe(true)
    expect(matchesEtag('*', '"v1"')).toBe(true)
    expect(matchesEtag('"v0"', '"v1"')).toBe(false)
    expect(matchesEtag(undefined, '"v1"')).toBe(false)
  })
})
