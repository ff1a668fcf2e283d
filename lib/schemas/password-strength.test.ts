import { describe, expect, it } from 'vitest'
import { isGuessablePassword } from './password-strength'

describe('isGuessablePassword', () => {
  it.each(['aaaaaaaaaaaa', 'password1234', '123456789012', 'qwertyuiopas', 'iloveyou2024!'])(
    'refuses %s',
    (password) => {
      expect(isGuessablePassword(password)).toBe(true)
    },
  )
  it('refuses a password built from the account holder’s own name', () => {
    expect(isGuessablePassword('margaretthatcher', ['Margaret Thatcher', 'margaret@example.org'])).toBe(true)
  })
  it.each(['correct horse battery staple', 'vellum-orbit-tarnish-57', 'Q7#kLm2@pRz9!wX'])('accepts %s', (password) => {
    expect(isGuessablePassword(password)).toBe(false)
  })
})
