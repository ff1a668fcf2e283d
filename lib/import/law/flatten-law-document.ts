import { citationOf, pinpointOf } from '@/lib/domain/law-citation'
import type { LawAnnotation, LawDocument, LawNode, LawRef } from '../formats/law-document'
import type { ImportProblem } from '../import-item'

/** One provision row as the bulk insert writes it, in document order. */
export type LawRow = {
  eId: string
  parentEId: string | null
  tag: string
  num: string | null
  heading: string | null
  text: string
  sortOrder: number
  citation: string
  refs: LawRef[] | null
  annotations: LawAnnotation[] | null
}

export type FlatLaw = { rows: LawRow[]; countsByTag: Record<string, number>; problems: ImportProblem[] }

const blank = (value: string | undefined) => (value?.trim() ? value.trim() : null)

/**
 * Walks a LawDocument depth-first into provision rows: parent links by eId, sortOrder in
 * document order, the citation from the short title and the pinpoint. Duplicate or missing eIds
 * are problems (the eId is what links versions of the same provision), reported once each.
 */
export function flattenLawDocument(document: LawDocument, citeAs: string): FlatLaw {
  const rows: LawRow[] = []
  const countsByTag: Record<string, number> = {}
  const problems: ImportProblem[] = []
  const seen = new Set<string>()
  // An explicit stack, not recursion: a 100,000-unit file must not depend on the call stack depth.
  const stack: { node: LawNode; parentEId: string | null; parentPin: string | null; path: string }[] = []
  for (let i = document.nodes.length - 1; i >= 0; i--)
    stack.push({
      node: document.nodes[i],
      parentEId: null,
      parentPin: null,
      path: `${document.nodes[i].tag}[${i + 1}]`,
    })
  while (stack.length) {
    const { node, parentEId, parentPin, path } = stack.pop()!
    const eId = node.eId?.trim()
    if (!eId) {
      problems.push({
        location: path,
        message: `An element <${node.tag}> has no eId; every unit needs one to be linked across versions.`,
      })
      continue
    }
    if (seen.has(eId)) {
      problems.push({ location: eId, message: `The eId "${eId}" is used twice in the file; eIds must be unique.` })
      continue
    }
    seen.add(eId)
    const pin = pinpointOf(node.tag, node.num, parentPin)
    countsByTag[node.tag] = (countsByTag[node.tag] ?? 0) + 1
    rows.push({
      eId,
      parentEId,
      tag: node.tag,
      num: blank(node.num),
      heading: blank(node.heading),
      text: node.text ?? '',
      sortOrder: rows.length,
      citation: citationOf(citeAs, pin, eId),
      refs: node.refs?.length ? node.refs : null,
      annotations: node.annotations?.length ? node.annotations : null,
    })
    for (let i = node.children.length - 1; i >= 0; i--) {
      stack.push({
        node: node.children[i],
        parentEId: eId,
        parentPin: pin,
        path: `${eId} > ${node.children[i].tag}[${i + 1}]`,
      })
    }
  }
  return { rows, countsByTag, problems }
}
