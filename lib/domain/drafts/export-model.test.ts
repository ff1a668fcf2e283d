import { expect, it } from 'vitest'
import { exportFileName } from './export-model'

it('names an export after the title as a slug and the version', () => {
  expect(exportFileName({ title: 'Model law on Grooming (2nd reading)!', version: 7 })).toBe(
    'model-law-on-grooming-2nd-reading-v7',
  )
  expect(exportFileName({ title: '¿¿??', version: 2 })).toBe('draft-v2')
  expect(exportFileName({ title: 'x'.repeat(80), version: 1 })).toBe(`${'x'.repeat(60)}-v1`)
})
