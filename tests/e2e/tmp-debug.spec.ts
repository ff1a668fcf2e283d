import { test } from '@playwright/test'
import { createCompareFixture } from './support/compare-fixtures'
import { connectE2eDatabase } from './support/database'
const db = connectE2eDatabase()
test('overflow', async ({ page }) => {
  const fx = await createCompareFixture(db)
  await page.setViewportSize({ width: 390, height: 844 })
  for (const url of ['/', `/compare?j=${fx.alpha.code}&j=${fx.beta.code}&topic=${fx.topics.root}`, `/compare/ages?j=${fx.alpha.code}`]) {
    await page.goto(url)
    const wide = await page.evaluate(() => {
      const out: string[] = [`doc ${document.documentElement.scrollWidth}`]
      for (const el of Array.from(document.querySelectorAll('body *'))) {
        const r = el.getBoundingClientRect()
        if (r.right > 392 && r.width > 0 && !el.closest('.compare-scroll')) out.push(`${el.tagName}.${String(el.className).slice(0, 60)} ${Math.round(r.right)}`)
      }
      return out.slice(0, 12)
    })
    console.log(url, wide)
  }
  await db.$disconnect()
})
