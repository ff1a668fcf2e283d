import { readdirSync, readFileSync } from 'node:fs'
import { Agent, request } from 'node:http'

/**
 * A bounded local load generator (`npm run bench -- load`): `clients` loops, each sending one
 * request after another over keep-alive connections until `seconds` have passed, cycling through
 * `paths`. Runs in a worker thread so it never shares an event loop with the embedded database.
 */
export type LoadOptions = { base: string; paths: string[]; clients: number; seconds: number; headers?: Record<string, string>[] }
export type LoadResult = { requests: number; errors: number; seconds: number; latencies: number[]; statuses: Record<string, number> }

export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  const agent = new Agent({ keepAlive: true, maxSockets: options.clients })
  const latencies: number[] = []
  const statuses: Record<string, number> = {}
  let errors = 0
  let next = 0
  const started = performance.now()
  const deadline = started + options.seconds * 1000
  const one = (index: number) =>
    new Promise<void>((resolve) => {
      const sent = performance.now()
      const req = request(`${options.base}${options.paths[index]}`, { agent, headers: options.headers?.[index] ?? {}, timeout: 10_000 }, (res) => {
        res.resume()
        res.on('end', () => {
          latencies.push(performance.now() - sent)
          const status = String(res.statusCode)
          statuses[status] = (statuses[status] ?? 0) + 1
          if (res.statusCode !== 200 && res.statusCode !== 304) errors++
          resolve()
        })
      })
      req.on('timeout', () => req.destroy(new Error('timeout')))
      req.on('error', () => {
        errors++
        statuses.error = (statuses.error ?? 0) + 1
        latencies.push(performance.now() - sent)
        resolve()
      })
      req.end()
    })
  const client = async () => {
    while (performance.now() < deadline) await one(next++ % options.paths.length)
  }
  await Promise.all(Array.from({ length: options.clients }, client))
  agent.destroy()
  return { requests: latencies.length, errors, seconds: (performance.now() - started) / 1000, latencies, statuses }
}

// As a worker: options in workerData, result posted back.
const { isMainThread, parentPort, workerData } = await import('node:worker_threads')
if (!isMainThread && parentPort && (workerData as { lexbridgeLoad?: LoadOptions })?.lexbridgeLoad) {
  parentPort.postMessage(await runLoad((workerData as { lexbridgeLoad: LoadOptions }).lexbridgeLoad))
}

/** Resident memory (MB) of a process and all its descendants, from /proc (Linux). */
export function treeRssMb(pid: number): number {
  const children = new Map<number, number[]>()
  for (const entry of readdirProc()) {
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8')
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1])
      children.set(ppid, [...(children.get(ppid) ?? []), entry])
    } catch {
      // the process ended while we looked
    }
  }
  let kb = 0
  const visit = (p: number) => {
    try {
      const match = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${p}/status`, 'utf8'))
      kb += match ? Number(match[1]) : 0
    } catch {
      // ended
    }
    for (const child of children.get(p) ?? []) visit(child)
  }
  visit(pid)
  return kb / 1024
}

function readdirProc(): number[] {
  return readdirSync('/proc').filter((name) => /^\d+$/.test(name)).map(Number)
}
