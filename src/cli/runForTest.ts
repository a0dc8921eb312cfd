/** Runs the CLI in-process for a test, collecting what it prints. */
import { main } from './main.ts'

export async function run(...argv: string[]) {
  let stdout = ''
  let stderr = ''
  const code = await main(argv, {
    stdout: (s) => void (stdout += s),
    stderr: (s) => void (stderr += s),
  })
  return { code, stdout, stderr }
}
