// the seed documentation's example, verbatim: what a first visit opens on
import seedExample from './seed-example.yaml?raw'

export const SEED_EXAMPLE: string = seedExample
