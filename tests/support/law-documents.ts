import type { LawDocument, LawNode } from '@/lib/import/formats/law-document'

/**
 * LawDocument objects built directly, so pipeline tests do not depend on a format parser.
 * The work is a test-only URI under a test jurisdiction code; nothing here imitates a real law.
 */
export function lawDocument(
  overrides: {
    uri?: string
    country?: string
    asAt?: string
    sections?: number
    text?: (n: number) => string
    shortTitle?: string
  } = {},
): LawDocument {
  const uri = overrides.uri ?? '/akn/xq/act/2020/1'
  const asAt = overrides.asAt ?? '2024-01-01'
  const sections = overrides.sections ?? 3
  const text = overrides.text ?? ((n: number) => `Text of section ${n}.`)
  const section = (n: number): LawNode => ({
    eId: `sec_${n}`,
    tag: 'section',
    num: String(n),
    heading: `Heading ${n}`,
    text: '',
    children: [
      {
        eId: `sec_${n}__subsec_1`,
        tag: 'subsection',
        num: '(1)',
        text: text(n),
        children: [],
        refs: n === 1 ? [{ text: 'section 2', href: '#sec_2' }] : undefined,
      },
      {
        eId: `sec_${n}__subsec_2`,
        tag: 'subsection',
        num: '(2)',
        text: `Second subsection of ${n}.`,
        children: [],
        annotations: n === 1 ? [{ kind: 'remark', text: 'Editorial remark.' }] : undefined,
      },
    ],
  })
  return {
    format: 'akn',
    work: {
      uri,
      country: overrides.country ?? 'xq',
      kind: 'STATUTE',
      status: 'IN_FORCE',
      title: 'Test Instrument Act 2020',
      shortTitle: overrides.shortTitle ?? 'Test Act 2020',
      date: { value: '2020', precision: 'YEAR' },
    },
    expression: { uri: `${uri}/eng@${asAt}`, language: 'eng', asAt: { value: asAt, precision: 'DAY' } },
    nodes: [
      {
        eId: 'part_1',
        tag: 'part',
        num: '1',
        heading: 'General',
        text: '',
        children: Array.from({ length: sections }, (_, i) => section(i + 1)),
      },
    ],
    warnings: [],
  }
}

/** A flat document of n sections (bench and bulk tests). */
export function largeLawDocument(n: number, uri = '/akn/xq/act/2021/9'): LawDocument {
  const nodes: LawNode[] = Array.from({ length: n }, (_, i) => ({
    eId: `sec_${i + 1}`,
    tag: 'section',
    num: String(i + 1),
    heading: `Heading ${i + 1}`,
    text: `Synthetic provision ${i + 1}: a person commits an offence if the person does a thing number ${i + 1}.`,
    children: [],
  }))
  return {
    format: 'akn',
    work: {
      uri,
      country: 'xq',
      kind: 'CODE',
      status: 'IN_FORCE',
      title: 'Synthetic Code',
      shortTitle: 'Synthetic Code',
      date: { value: '2021', precision: 'YEAR' },
    },
    expression: { uri: `${uri}/eng@2021-01-01`, language: 'eng', asAt: { value: '2021-01-01', precision: 'DAY' } },
    nodes,
    warnings: [],
  }
}
