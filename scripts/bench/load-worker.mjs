// The load generator of `npm run bench -- load`, run in a worker thread (plain JavaScript, so the
// worker needs no TypeScript loader) so it never shares an event loop with the embedded database:
// `clients` loops, each sending one request after another over keep-alive connections until
// `seconds` have passed, cycling through `paths`. Posts { requests, errors, seconds, latencies, statuses }.
import { Agent, request } from 'node:http'
import { parentPort, workerData } from 'node:worker_threads'

const { base, paths, clients, seconds, headers } = workerData
const agent = new Agent({ keepAlive: true, maxSockets: clients })
const latencies = []
const statuses = {}
let errors = 0
let next = 0
const started = performance.now()
const deadline = started + seconds * 1000

const one = (index) =>
  new Promise((resolve) => {
    const sent = performance.now()
    const req = request(
      `${base}${paths[index]}`,
      { agent, headers: headers?.[index] ?? {}, timeout: 10_000 },
      (res) => {
        res.resume()
        res.on('end', () => {
          latencies.push(performance.now() - sent)
          statuses[res.statusCode] = (statuses[res.statusCode] ?? 0) + 1
          if (res.statusCode !== 200 && res.statusCode !== 304) errors++
          resolve()
        })
      },
    )
    req.on('timeout', () => req.destroy(new Error('timeout')))
    req.on('error', () => {
      errors++
      statuses.error = (statuses.error ?? 0) + 1
      latencies.push(performance.now() - sent)
      resolve()
    })
    req.end()
  })

await Promise.all(
  Array.from({ length: clients }, async () => {
    while (performance.now() < deadline) await one(next++ % paths.length)
  }),
)
agent.destroy()
parentPort.postMessage({
  requests: latencies.length,
  errors,
  seconds: (performance.now() - started) / 1000,
  latencies,
  statuses,
})
