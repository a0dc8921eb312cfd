/** The form and navigator commands are pure and live in core (the CLI's `set` runs them too). */
import '../../core/commands/documentCommands.ts'
