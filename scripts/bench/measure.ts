/** Times `fn` `iterations` times (after `warmup` runs) and returns percentiles in milliseconds. */
export type Timing = { label: string; iterations: number; p50: number; p95: number; max: number }

export async function measure(
  label: string,
  fn: () => Promise<unknown>,
  options: { iterations?: number; warmup?: number } = {},
): Promise<Timing> {
  const iterations = options.iterations ?? 50
  for (let i = 0; i < (options.warmup ?? 5); i++) await fn()
  const samples: number[] = []
  for (let i = 0; i < iterations; i++) {
    const started = performance.now()
    await fn()
    samples.push(performance.now() - started)
  }
  samples.sort((a, b) => a - b)
  const pick = (q: number) => samples[Math.min(samples.length - 1, Math.floor(q * samples.length))]
  return { label, iterations, p50: pick(0.5), p95: pick(0.95), max: samples[samples.length - 1] }
}

export function formatTiming(t: Timing, targetMs?: number) {
  const verdict =
    targetMs === undefined
      ? ''
      : t.p95 <= targetMs
        ? `  ✓ target p95 ≤ ${targetMs} ms`
        : `  ✗ target p95 ≤ ${targetMs} ms`
  return `${t.label.padEnd(48)} p50 ${t.p50.toFixed(1).padStart(7)} ms   p95 ${t.p95.toFixed(1).padStart(7)} ms   (n=${t.iterations})${verdict}`
}
