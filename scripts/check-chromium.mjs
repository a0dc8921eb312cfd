// Playwright cannot download browsers here: the end-to-end tests drive Debian's Chromium.
import { existsSync } from 'node:fs'

const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
if (!existsSync(path)) {
  console.error(
    `No Chromium at ${path}. Install Debian's package:\n` +
      '  apt-get update && apt-get install -y --no-install-recommends chromium\n' +
      'or point CHROMIUM_PATH at a Chromium binary.',
  )
  process.exit(1)
}
