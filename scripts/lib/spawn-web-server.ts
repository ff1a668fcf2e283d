import { spawn, type ChildProcess } from 'node:child_process'
import type { Env } from '@/lib/env'

/** Starts scripts/lib/next-server.ts (Next.js behind the request guard) as a child process. */
export function spawnWebServer(
  env: Env,
  options: { port: number; dev?: boolean; childEnv: Record<string, string> },
): ChildProcess {
  const args = [
    '--import',
    'tsx',
    'scripts/lib/next-server.ts',
    '--port',
    String(options.port),
    '--hostname',
    env.HOST,
    '--grace-ms',
    String(env.SHUTDOWN_GRACE_MS),
  ]
  if (options.dev) args.push('--dev')
  for (const proxy of env.TRUSTED_PROXIES) args.push('--trusted-proxy', proxy)
  return spawn(process.execPath, args, {
    stdio: 'inherit',
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...options.childEnv },
  })
}

/** Forwards a stop signal and resolves when the child has exited (SIGKILL after graceMs + 5 s). */
export function stopChild(child: ChildProcess, signal: NodeJS.Signals, graceMs: number): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve()
  return new Promise((resolve) => {
    const killer = setTimeout(() => child.kill('SIGKILL'), graceMs + 5_000)
    child.once('exit', () => {
      clearTimeout(killer)
      resolve()
    })
    child.kill(signal)
  })
}
