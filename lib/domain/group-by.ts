/**
 * Items grouped by a key, each group in the items' order. `value` picks what a group holds (the
 * item itself by default), so rows can be grouped and reshaped in one pass.
 */
export function groupBy<T, V = T>(
  items: Iterable<T>,
  key: (item: T) => string,
  value: (item: T) => V = (item) => item as unknown as V,
): Map<string, V[]> {
  const groups = new Map<string, V[]>()
  for (const item of items) {
    const k = key(item)
    const group = groups.get(k)
    if (group) group.push(value(item))
    else groups.set(k, [value(item)])
  }
  return groups
}
