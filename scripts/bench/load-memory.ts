import { readdirSync, readFileSync } from 'node:fs'

/** What scripts/bench/load-worker.mjs is given and posts back. */
export type LoadOptions = {
  base: string
  paths: string[]
  clients: number
  seconds: number
  headers?: Record<string, string>[]
}
export type LoadResult = {
  requests: number
  errors: number
  seconds: number
  latencies: number[]
  statuses: Record<string, number>
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
  return readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .map(Number)
}
