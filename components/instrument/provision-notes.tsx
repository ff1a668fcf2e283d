import { lawRefHref } from '@/lib/domain/law-ref-href'

type Ref = { text: string; href: string }
type Annotation = { kind: string; text: string }

const asList = <T,>(value: unknown, keys: string[]): T[] =>
  Array.isArray(value)
    ? (value.filter(
        (item) =>
          item &&
          typeof item === 'object' &&
          keys.every((k) => typeof (item as Record<string, unknown>)[k] === 'string'),
      ) as T[])
    : []

/** A provision's cross-references (as links) and the publisher's remarks and footnotes (as notes, never as headings). */
export function ProvisionNotes({ refs, annotations }: { refs: unknown; annotations: unknown }) {
  const links = asList<Ref>(refs, ['text', 'href'])
  const notes = asList<Annotation>(annotations, ['kind', 'text'])
  if (!links.length && !notes.length) return null
  return (
    <div className="mt-2 space-y-1 text-sm">
      {links.length > 0 && (
        <p>
          <span className="text-slate-600">References: </span>
          {links.map((ref, i) => {
            const href = lawRefHref(ref.href)
            return (
              <span key={i}>
                {i > 0 && '; '}
                {href ? (
                  <a href={href} className="underline">
                    {ref.text}
                  </a>
                ) : (
                  ref.text
                )}
              </span>
            )
          })}
        </p>
      )}
      {notes.map((note, i) => (
        <p key={i} className="rounded border-l-4 border-amber-300 bg-amber-50 px-2 py-1 text-slate-800">
          <span className="font-medium">{note.kind === 'footnote' ? 'Footnote' : 'Editorial note'}: </span>
          {note.text}
        </p>
      ))}
    </div>
  )
}
