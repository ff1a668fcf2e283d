/**
 * Rewrites an SVG path of absolute M/L/Z commands with one-decimal coordinates (d3-geo's
 * `digits(1)` output) as relative commands: the same points, about a third fewer bytes. Maps are
 * inlined twice in a page (HTML and the React payload), so this is most of a treaty page's weight.
 * Differences are taken between the rounded absolute values in tenths, so no rounding drifts.
 * Anything it does not recognise is returned unchanged.
 */
export function compactPath(d: string): string {
  if (!/^[MLZ0-9.,\-\s]*$/.test(d)) return d
  const tenths = (v: string) => Math.round(Number(v) * 10)
  const num = (t: number) => {
    const text = (t / 10).toString()
    return text.replace(/^(-?)0\./, '$1.')
  }
  const pair = (dx: number, dy: number) => {
    const y = num(dy)
    return `${num(dx)}${y.startsWith('-') ? '' : ','}${y}`
  }
  let out = ''
  let x = 0
  let y = 0
  let startX = 0
  let startY = 0
  let last = ''
  for (const [, command, args] of d.matchAll(/([MLZ])([^MLZ]*)/g)) {
    if (command === 'Z') {
      out += 'z'
      x = startX
      y = startY
      last = 'z'
      continue
    }
    const values = args.split(/[\s,]+/).filter(Boolean)
    if (values.length % 2 !== 0 || values.some((v) => !Number.isFinite(Number(v)))) return d
    for (let i = 0; i < values.length; i += 2) {
      const nx = tenths(values[i])
      const ny = tenths(values[i + 1])
      const letter = command === 'M' && i === 0 ? 'm' : 'l'
      const text = pair(nx - x, ny - y)
      out += letter === last && !(letter === 'm') ? (text.startsWith('-') ? text : ` ${text}`) : `${letter}${text}`
      last = letter
      x = nx
      y = ny
      if (letter === 'm') {
        startX = nx
        startY = ny
      }
    }
  }
  return out
}
