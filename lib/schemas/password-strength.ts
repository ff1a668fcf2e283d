import { ZxcvbnFactory } from '@zxcvbn-ts/core'
import * as common from '@zxcvbn-ts/language-common'

/**
 * Offline password check (issue 18): zxcvbn-ts with its packaged list of ~40,000 common and
 * breached passwords, keyboard patterns, repeats and sequences, plus the user's own name and
 * email. Score 3 of 4 ("safely unguessable") is required. Built on first use: the dictionary is
 * large, and only account forms and the CLI need it.
 */
let factory: ZxcvbnFactory | undefined

export const WEAK_PASSWORD_MESSAGE =
  'Too easy to guess: it is a common or breached password, a repeat or sequence, or close to your name or email. Use a longer phrase of several unrelated words.'

export function isGuessablePassword(password: string, userInputs: string[] = []): boolean {
  factory ??= new ZxcvbnFactory({ dictionary: { ...common.dictionary }, graphs: common.adjacencyGraphs })
  const inputs = userInputs
    .flatMap((input) => [input, ...input.toLowerCase().split(/[^a-z0-9]+/)])
    .filter((part) => part.length >= 3)
  return factory.check(password, inputs).score < 3
}
