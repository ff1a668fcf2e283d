import type { RecordTypeKey } from '@/lib/schemas/records'
import { ageBenchmarkConfig, definitionConfig } from './concept-configs'
import { instrumentConfig, jurisdictionConfig, provisionConfig, versionConfig } from './law-configs'
import type { RecordConfig } from './record-config'
import { assessmentConfig, criterionConfig, standardConfig } from './standard-configs'
import { reservationConfig, treatyActionConfig } from './treaty-configs'
import { crosswalkConfig, topicConfig } from './taxonomy-configs'

const recordConfigs: { [K in RecordTypeKey]: RecordConfig<K> } = {
  jurisdictions: jurisdictionConfig,
  topics: topicConfig,
  instruments: instrumentConfig,
  versions: versionConfig,
  provisions: provisionConfig,
  definitions: definitionConfig,
  'age-benchmarks': ageBenchmarkConfig,
  'treaty-actions': treatyActionConfig,
  reservations: reservationConfig,
  standards: standardConfig,
  criteria: criterionConfig,
  assessments: assessmentConfig,
  crosswalks: crosswalkConfig,
}

/** The configs through a type-erased lens, for generic code that handles any record type. */
export function configOf(key: RecordTypeKey): RecordConfig<RecordTypeKey> {
  return recordConfigs[key] as unknown as RecordConfig<RecordTypeKey>
}

export type { RecordConfig }
