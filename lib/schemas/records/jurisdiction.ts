import { z } from 'zod'
import { jurisdictionKindLabels } from '@/lib/schemas/enum-labels'
import { enumField, optionalText, requiredText } from '../fields'
import { optionalJurisdictionRef, jurisdictionRef, sourceUrl, verification, curatorNote } from './shared'
import {
  curatorNoteField,
  jurisdictionRefField,
  optionsOf,
  sourceUrlField,
  verificationField,
  type FieldSpec,
} from './form-fields'

export const jurisdictionInputSchema = z.object({
  code: jurisdictionRef,
  name: requiredText(200, 2),
  officialName: optionalText(300),
  kind: enumField([
    'STATE',
    'SUBNATIONAL',
    'TERRITORY',
    'OTHER',
    'REGIONAL_ORGANISATION',
    'INTERNATIONAL_ORGANISATION',
  ]),
  parent: optionalJurisdictionRef,
  iso3: optionalText(3),
  m49Code: optionalText(3),
  regionCode: optionalText(3),
  regionName: optionalText(100),
  subregionCode: optionalText(3),
  subregionName: optionalText(100),
  notes: optionalText(2000),
  sourceUrl,
  curatorNote,
  verification,
})
type JurisdictionInput = z.infer<typeof jurisdictionInputSchema>

export const jurisdictionFields: FieldSpec[] = [
  { ...jurisdictionRefField, name: 'code', label: 'Code' },
  { name: 'name', label: 'Name', kind: 'text', required: true },
  { name: 'officialName', label: 'Official name', kind: 'text' },
  { name: 'kind', label: 'Kind', kind: 'select', options: optionsOf(jurisdictionKindLabels), required: true },
  {
    ...jurisdictionRefField,
    name: 'parent',
    label: 'Parent jurisdiction code',
    required: false,
    help: 'For sub-national units, e.g. US for US-CA.',
  },
  { name: 'iso3', label: 'ISO 3166-1 alpha-3', kind: 'text' },
  { name: 'm49Code', label: 'UN M49 code', kind: 'text' },
  {
    name: 'regionCode',
    label: 'Region code (M49)',
    kind: 'text',
    help: 'e.g. 150 for Europe; used by the region filter.',
  },
  { name: 'regionName', label: 'Region (M49)', kind: 'text' },
  { name: 'subregionCode', label: 'Sub-region code (M49)', kind: 'text' },
  { name: 'subregionName', label: 'Sub-region (M49)', kind: 'text' },
  { name: 'notes', label: 'Notes', kind: 'textarea' },
  sourceUrlField,
  curatorNoteField,
  verificationField,
]
