/**
 * A synthetic Akoma Ntoso 3.0 act with `provisions` hierarchical units (parts of 10 sections,
 * each section with 4 subsections: every part, section and subsection counts as one provision),
 * for speed checks and the import bench. Its text is invented filler and says so in its title.
 */
export function syntheticAkn(provisions: number, options: { uri?: string; date?: string } = {}): string {
  const uri = options.uri ?? '/akn/zz/act/2026/1'
  const date = options.date ?? '2026-01-01'
  const out: string[] = []
  out.push(
    '<?xml version="1.0" encoding="UTF-8"?>\n<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0">',
    '<act name="act"><meta><identification source="#lexbridge">',
    `<FRBRWork><FRBRthis value="${uri}/main"/><FRBRuri value="${uri}"/>`,
    '<FRBRalias value="Synthetic Test Act (not real law)" name="title"/>',
    `<FRBRdate date="${date}" name="Generation"/><FRBRauthor href="#lexbridge"/>`,
    `<FRBRcountry value="${uri.split('/')[2]}"/></FRBRWork>`,
    `<FRBRExpression><FRBRthis value="${uri}/eng@${date}/main"/><FRBRuri value="${uri}/eng@${date}"/>`,
    `<FRBRdate date="${date}" name="Generation"/>`,
    '<FRBRauthor href="#lexbridge"/><FRBRlanguage language="eng"/></FRBRExpression>',
    `<FRBRManifestation><FRBRthis value="${uri}/eng@${date}/main.xml"/><FRBRuri value="${uri}/eng@${date}.akn"/>`,
    `<FRBRdate date="${date}" name="Generation"/><FRBRauthor href="#lexbridge"/></FRBRManifestation>`,
    '</identification></meta><body>',
  )
  let made = 0
  let part = 0
  let section = 0
  while (made < provisions) {
    part++
    made++
    out.push(`<part eId="part_${part}"><num>${part}</num><heading>Synthetic part ${part}</heading>`)
    for (let s = 0; s < 10 && made < provisions; s++) {
      section++
      made++
      const sec = `sec_${section}`
      const previous = Math.max(1, section - 1)
      out.push(`<section eId="${sec}"><num>${section}</num><heading>Synthetic section ${section}</heading>`)
      for (let sub = 1; sub <= 4 && made < provisions; sub++) {
        made++
        out.push(
          `<subsection eId="${sec}__subsec_${sub}"><num>(${sub})</num><content>`,
          `<p>Synthetic provision ${section}(${sub}): a person commits an offence under `,
          `<ref href="#sec_${previous}">section ${previous}</ref> where the conditions in this subsection are met; `,
          'filler text for measuring import speed.</p></content></subsection>',
        )
      }
      out.push('</section>')
    }
    out.push('</part>')
  }
  out.push('</body></act></akomaNtoso>\n')
  return out.join('')
}
