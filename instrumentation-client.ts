import { config } from 'zod/v4/core'

// Runs in the browser before the app (Next.js instrumentation-client). zod probes for eval with
// `new Function('')` on its first object parse; under our CSP (no 'unsafe-eval', decision 1011)
// the browser reports that probe as a violation even though zod catches it. jitless skips it.
config({ jitless: true })
