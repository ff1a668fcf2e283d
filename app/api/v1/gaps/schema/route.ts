import { NextResponse } from 'next/server'
import { z } from 'zod'
import { gapMatrixResponseSchema } from '@/lib/schemas/gaps'

/** The JSON Schema of GET /api/v1/gaps, generated from the zod schema the tests validate against. */
export function GET() {
  return NextResponse.json(z.toJSONSchema(gapMatrixResponseSchema, { io: 'output' }))
}
