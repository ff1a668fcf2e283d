import { describe, expect, it } from 'vitest'
import { pathSegments, uriFromSegments } from './path-params'
import { ApiProblem } from './problem'

describe('URI path parameters', () => {
  it('joins the catch-all segments back into the work URI', () => {
    expect(uriFromSegments(pathSegments({ uri: ['akn', 'gb', 'act', '2023', '50'] }, 'uri'))).toBe(
      '/akn/gb/act/2023/50',
    )
  })

  it('reads the URI a generated client sends as one segment with encoded slashes', () => {
    // openapi-fetch and similar clients encodeURIComponent the {uri} parameter.
    expect(uriFromSegments(pathSegments({ uri: ['akn%2Fgb%2Fact%2F2023%2F50'] }, 'uri'))).toBe('/akn/gb/act/2023/50')
    expect(uriFromSegments(pathSegments({ uri: ['akn%2fgb%2fact%2F1978%2F37'] }, 'uri'))).toBe('/akn/gb/act/1978/37')
    // A provision: the URI as one segment, then the eId.
    const segments = pathSegments({ path: ['akn%2Fgb%2Fact%2F2023%2F50%2Feng%402023-10-26', 'sec_10'] }, 'path')
    expect(segments.at(-1)).toBe('sec_10')
  })

  it('refuses what is not an Akoma Ntoso URI, naming the parameter', () => {
    for (const segments of [[], ['gb', 'act'], ['akn%20x']]) {
      let problem: unknown
      try {
        uriFromSegments(pathSegments({ uri: segments }, 'uri').map(decodeURIComponent))
      } catch (error) {
        problem = error
      }
      expect(problem, JSON.stringify(segments)).toBeInstanceOf(ApiProblem)
    }
  })
})
