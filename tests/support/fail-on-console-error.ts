import { afterEach, vi } from 'vitest'

// A console.error during a test is a bug we have not looked at: fail the test (epic-stack habit).
const errors: unknown[][] = []
vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
  errors.push(args)
})

afterEach(() => {
  if (errors.length) {
    const first = errors.map((args) => args.map(String).join(' ')).join('\n')
    errors.length = 0
    throw new Error(`console.error was called during the test:\n${first}`)
  }
})
