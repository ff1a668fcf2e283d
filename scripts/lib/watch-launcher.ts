import { readFileSync } from 'node:fs'

/**
 * `npm start` runs us through a chain (npm → sh → tsx → node). If npm is killed, the chain below
 * it may live on re-parented, so watching only our direct parent misses it. This finds the
 * launcher chain — our ancestors up to and including the nearest npm process (Linux /proc; at
 * most 5 levels; none found: just the direct parent) — and calls `onGone` once when any of them
 * has exited.
 */
export function watchLauncher(onGone: () => void, intervalMs = 1000): void {
  const chain = launcherChain()
  const timer = setInterval(() => {
    if (chain.some((pid) => !isAlive(pid)) || process.ppid !== chain[0]) {
      clearInterval(timer)
      onGone()
    }
  }, intervalMs)
  timer.unref()
}

function launcherChain(): number[] {
  const chain = [process.ppid]
  try {
    let pid = process.ppid
    for (let depth = 0; depth < 5 && pid > 1; depth++) {
      if (/npm-cli\.js|\bnpm\b/.test(readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' '))) return chain
      pid = Number(readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ')[1])
      if (pid > 1) chain.push(pid)
    }
  } catch {
    // no /proc (not Linux): the direct parent only
  }
  return [process.ppid]
}

function isAlive(pid: number) {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}
