/** A broken invariant (as opposed to an error the app itself shows). */
export class Violation extends Error {}
