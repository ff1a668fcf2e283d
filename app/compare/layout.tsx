import type { ReactNode } from 'react'
import './compare.css'

export default function CompareLayout({ children }: { children: ReactNode }) {
  return children
}
