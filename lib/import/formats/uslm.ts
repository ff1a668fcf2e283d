import type { ImportProblem } from '../import-item'
import type { LawDocument } from './law-document'
import type { XmlElement } from './xml-tree'
export function parseUslm(_root: XmlElement, _warnings: ImportProblem[]): LawDocument { throw new Error('todo') }
