/**
 * The entry of the bundled CLI (scripts/build-cli.mjs): `main` for bin/, and, when the bundle is
 * started as a validation thread, that thread's work.
 */
import { WORKER_ARG } from './args.ts'

export { main } from './main.ts'

if (process.argv.includes(WORKER_ARG))
  void import('./validateWorkers.ts').then(({ runThread }) => runThread())
