/** The document command registry lives in core (the CLI runs it too); state re-exports it. */
export * from '../../core/commands/registry.ts'
