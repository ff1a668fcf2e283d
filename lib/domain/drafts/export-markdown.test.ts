import { describe, expect, it } from 'vitest'
import { exportInput } from './export-fixture.test-support'
import { buildExportModel } from './export-model'
import { escapeMarkdown, renderDraftMarkdown } from './export-markdown'

describe('renderDraftMarkdown', () => {
  const markdown = renderDraftMarkdown(buildExportModel(exportInput()))

  it('has the clauses with their citations as absolute links', () => {
    expect(markdown).toContain('# Model law on grooming')
    expect(markdown).toContain('### Clause 1 — Grooming')
    expect(markdown).toContain('> Each Party shall criminalise grooming.\n> Attempts are punishable.')
    expect(markdown).toContain(
      'Source: [Lanzarote Convention, art. 23](<https://lexbridge.example.org/instruments/akn/coe/treaty/2007/cets-201#art_23>)',
    )
    expect(markdown).toContain('### Clause 2\n')
  })

  it('has the conformity table, in symbols and words', () => {
    expect(markdown).toContain('| Jurisdiction | Clause 1 | Clause 2 | Changes needed on |')
    expect(markdown).toContain('| United Kingdom | ✓ Meets | — not linked | none |')
    expect(markdown).toContain('| Germany | ✗ Does not meet | — not linked | Clause 1 |')
    expect(markdown).toContain('Adopting this draft would require changes in 1 of 2 jurisdictions, on clause 1.')
  })

  it('lists the evidence and sources, and never lets data become markup', () => {
    expect(markdown).toContain(
      '- **United Kingdom: ✓ Meets.** Lanzarote art. 23: SOA 2003 s. 15. Evidence: [Sexual Offences Act 2003, s. 15]',
    )
    expect(markdown).toContain('Sanctions shall be \\<b\\>effective\\</b\\> \\| dissuasive.')
    expect(markdown).not.toContain('<b>')
    expect(escapeMarkdown('- item\n1. first [x](y)')).toBe('\\- item\n1\\. first \\[x\\]\\(y\\)')
  })
})
