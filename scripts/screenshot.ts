// Dev tool: `npx tsx scripts/screenshot.ts <url> <out.png> [width] [top]` — a full-page screenshot
// (or, with `top`, only the first screen) in Debian's Chromium, to look at what a page shows a person.
import { chromium } from '@playwright/test'
import { readEnv } from '@/lib/env'

const [url, out = 'screenshot.png', width = '1280', extent = 'full'] = process.argv.slice(2)
if (!url) {
  console.error('usage: npx tsx scripts/screenshot.ts <url> <out.png> [width] [top]')
  process.exit(2)
}
const browser = await chromium.launch({
  executablePath: readEnv().CHROMIUM_PATH,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
})
const page = await browser.newPage({ viewport: { width: Number(width), height: 900 } })
const response = await page.goto(url, { waitUntil: 'load' })
await page.screenshot({ path: out, fullPage: extent !== 'top' })
console.log(`${response?.status()} ${url} → ${out}`)
await browser.close()
