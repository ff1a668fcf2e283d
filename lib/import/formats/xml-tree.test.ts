import { describe, expect, it } from 'vitest'
import { parseXml, XmlError } from './xml-tree'

const fails = (xml: string) => {
  try {
    parseXml(xml)
  } catch (error) {
    expect(error).toBeInstanceOf(XmlError)
    return (error as Error).message
  }
  throw new Error('expected the XML to be refused')
}

describe('parseXml (safe XML reader)', () => {
  it('reads elements, namespaces, attributes, mixed text, CDATA and character references', () => {
    const root = parseXml(
      '<?xml version="1.0"?><!-- c --><a:r xmlns:a="urn:a" xmlns="urn:d" x="1 &amp; 2">' +
        '<b>one <i>two</i><![CDATA[<three>]]> &#169;&#x41;</b></a:r>',
    )
    expect(root).toMatchObject({ name: 'r', ns: 'urn:a', attrs: { x: '1 & 2' } })
    const b = root.children[0]
    expect(typeof b !== 'string' && b.ns).toBe('urn:d')
    expect(typeof b !== 'string' && b.children).toEqual([
      'one ',
      expect.objectContaining({ name: 'i' }),
      '<three>',
      ' ©A',
    ])
  })

  it('accepts a DOCTYPE that only names an external DTD, without reading it', () => {
    expect(parseXml('<!DOCTYPE dokumente SYSTEM "http://example.invalid/gii-norm.dtd"><dokumente/>').name).toBe(
      'dokumente',
    )
  })

  it('refuses an external entity (XXE) with the reason first', () => {
    const message = fails('<?xml version="1.0"?><!DOCTYPE r [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><r>&xxe;</r>')
    expect(message).toMatch(/^The file declares its own DTD .*refused for safety/)
  })

  it('refuses entity expansion (billion laughs)', () => {
    const laughs =
      '<!DOCTYPE lolz [<!ENTITY lol "lol">' +
      '<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]><lolz>&lol2;</lolz>'
    expect(fails(laughs)).toMatch(/DOCTYPE and ENTITY declarations are refused/)
  })

  it('refuses an undeclared named entity instead of guessing it', () => {
    expect(fails('<r>a&nbsp;b</r>')).toMatch(/^The entity &nbsp; on line 1 is not defined/)
  })

  it('names truncation as the cause', () => {
    expect(fails('<r>\n<a>text</a>\n<b>more')).toMatch(
      /^The file ends before <b> \(opened on line 3\) is closed: it looks truncated/,
    )
    expect(fails('<r><a href="x')).toMatch(/truncated/)
  })

  it('names an empty file, a non-XML file, mismatched tags and trailing content', () => {
    expect(fails('  \n')).toBe('The file is empty.')
    expect(fails('{"json": true}')).toMatch(/^Not XML: the file starts with "\{"json": true\}"/)
    expect(fails('<r><a></b></r>')).toMatch(/<\/b> on line 1 closes <a>/)
    expect(fails('<r/><s/>')).toMatch(/a second root element on line 1/)
    expect(fails('<p:r/>')).toMatch(/prefix "p:" .* not declared/)
  })
})
