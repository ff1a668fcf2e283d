import { toNextJsHandler } from 'better-auth/next-js'
import { getAuth } from '@/lib/auth/auth'

// Better Auth's own endpoints (sign-in, sign-out, session). It checks Origin on writes itself.
export async function GET(request: Request) {
  return toNextJsHandler(getAuth()).GET(request)
}
export async function POST(request: Request) {
  return toNextJsHandler(getAuth()).POST(request)
}
