import { notFound } from 'next/navigation'
import { isAppError } from '@/lib/errors/app-error'

/** For pages: a NOT_FOUND AppError from lib/data becomes the 404 page. */
export async function notFoundOnMissing<T>(promise: Promise<T>): Promise<T> {
  try {
    return await promise
  } catch (error) {
    if (isAppError(error) && error.code === 'NOT_FOUND') notFound()
    throw error
  }
}
