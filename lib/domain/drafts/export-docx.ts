import {
  AlignmentType,
  BorderStyle,
  Document,
  ExternalHyperlink,
  HeadingLevel,
  Packer,
  PageOrientation,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx'
import type { ExportModel, ExportRef } from '@/lib/domain/drafts/export-model'

/**
 * The draft as a Word document (docx library), landscape so the conformity table fits. Same
 * content as the Markdown export: both render lib/domain/drafts/export-model.ts.
 */
export async function renderDraftDocx(model: ExportModel): Promise<Buffer> {
  const children: (Paragraph | Table)[] = [new Paragraph({ text: model.title, heading: HeadingLevel.TITLE })]
  if (model.purpose) children.push(new Paragraph({ text: model.purpose }))
  children.push(
    new Paragraph({ children: [new TextRun({ text: model.meta, italics: true, size: 18 })] }),
    new Paragraph({
      children: [new TextRun({ text: 'Conformity forecast. ', bold: true }), new TextRun(model.summary)],
      spacing: { before: 200 },
    }),
    new Paragraph({ text: 'Clauses', heading: HeadingLevel.HEADING_1 }),
  )
  if (model.clauses.length === 0) children.push(new Paragraph('This draft has no clauses yet.'))
  for (const clause of model.clauses) {
    children.push(new Paragraph({ text: clause.title, heading: HeadingLevel.HEADING_2 }))
    for (const line of clause.text.split(/\r?\n/)) children.push(new Paragraph({ text: line, indent: { left: 360 } }))
    if (clause.source)
      children.push(new Paragraph({ children: [new TextRun({ text: 'Source: ', bold: true }), refRun(clause.source)] }))
    if (clause.links.length)
      children.push(
        new Paragraph({
          children: [new TextRun({ text: 'Linked to: ', bold: true }), new TextRun(clause.links.join('; '))],
        }),
      )
  }

  children.push(new Paragraph({ text: 'Conformity table', heading: HeadingLevel.HEADING_1 }))
  if (model.table.rows.length === 0) children.push(new Paragraph('No participating jurisdictions yet.'))
  else {
    children.push(
      new Table({
        width: { size: 100, type: WidthType.PERCENTAGE },
        rows: [
          new TableRow({ tableHeader: true, children: model.table.header.map((h) => cell(h, true)) }),
          ...model.table.rows.map(
            (row) =>
              new TableRow({
                children: [cell(row.jurisdiction, true), ...row.cells.map((c) => cell(c.text)), cell(row.changes)],
              }),
          ),
        ],
      }),
      new Paragraph({
        children: [
          new TextRun({
            text: 'Key: ✓ meets · ◐ partly meets · ✗ does not meet · ? not known (no assessment or definition recorded).',
            size: 18,
          }),
        ],
      }),
    )
  }

  const withEvidence = model.clauses.filter((c) => c.evidence.length)
  if (withEvidence.length) children.push(new Paragraph({ text: 'Evidence by clause', heading: HeadingLevel.HEADING_1 }))
  for (const clause of withEvidence) {
    children.push(new Paragraph({ text: clause.title, heading: HeadingLevel.HEADING_3 }))
    for (const e of clause.evidence) {
      const runs: (TextRun | ExternalHyperlink)[] = [
        new TextRun({ text: `${e.jurisdiction}: ${e.status}. `, bold: true }),
        new TextRun(e.basis.join(' ')),
      ]
      if (e.citations.length)
        runs.push(
          new TextRun(' Evidence: '),
          ...e.citations.flatMap((c, i) => (i ? [new TextRun('; '), refRun(c)] : [refRun(c)])),
        )
      children.push(new Paragraph({ children: runs, bullet: { level: 0 } }))
    }
  }
  if (model.sources.length) {
    children.push(
      new Paragraph({ text: 'Sources cited', heading: HeadingLevel.HEADING_1 }),
      ...model.sources.map((s) => new Paragraph({ children: [refRun(s)], bullet: { level: 0 } })),
    )
  }

  const document = new Document({
    creator: 'LexBridge',
    title: model.title,
    description: model.summary,
    sections: [{ properties: { page: { size: { orientation: PageOrientation.LANDSCAPE } } }, children }],
  })
  return Packer.toBuffer(document)
}

function refRun(ref: ExportRef) {
  return ref.url && /^https?:/.test(ref.url)
    ? new ExternalHyperlink({ link: ref.url, children: [new TextRun({ text: ref.text, style: 'Hyperlink' })] })
    : new TextRun(ref.text)
}

const border = { style: BorderStyle.SINGLE, size: 4, color: '94A3B8' }
function cell(text: string, bold = false) {
  return new TableCell({
    borders: { top: border, bottom: border, left: border, right: border },
    children: [new Paragraph({ alignment: AlignmentType.LEFT, children: [new TextRun({ text, bold, size: 18 })] })],
  })
}
