/** English texts of the application frame: masthead, toolbar, tabs, dialogs, notices. */
export const frame = {
  // masthead
  'SiteConfig Studio': 'SiteConfig Studio',
  'Current document': 'Current document',
  Language: 'Language',
  Theme: 'Theme',
  'Follow the system': 'Follow the system',
  Light: 'Light',
  Dark: 'Dark',
  'Saving…': 'Saving…',
  'Not saved': 'Not saved',
  'Saved {{time}}': 'Saved {{time}}',
  'Unsaved changes': 'Unsaved changes',
  'Another tab saved this document at {{time}}.': 'Another tab saved this document at {{time}}.',
  'Your changes here are not autosaved until you choose.':
    'Your changes here are not autosaved until you choose.',
  "Load the other tab's version": "Load the other tab's version",
  'Keep mine': 'Keep mine',
  'Autosave failed': 'Autosave failed',
  'Another tab saved this document': 'Another tab saved this document',
  // toolbar
  Document: 'Document',
  Import: 'Import',
  'Import SiteConfig file': 'Import SiteConfig file',
  New: 'New',
  Undo: 'Undo',
  Redo: 'Redo',
  'Copy YAML': 'Copy YAML',
  'Download YAML': 'Download YAML',
  'Start over': 'Start over',
  'Commands…': 'Commands…',
  '{{action}} ({{keys}})': '{{action}} ({{keys}})',
  'Start over?': 'Start over?',
  'Discard and start over': 'Discard and start over',
  'This discards the autosaved document and its undo history and opens the documentation example again. Download your work first if you need it.':
    'This discards the autosaved document and its undo history and opens the documentation example again. Download your work first if you need it.',
  'New document': 'New document',
  Create: 'Create',
  Template: 'Template',
  'The current document has changes since it was opened. Download it first if you need it: creating a new one replaces it.':
    'The current document has changes since it was opened. Download it first if you need it: creating a new one replaces it.',
  'Drop a SiteConfig file to import it': 'Drop a SiteConfig file to import it',
  // notices (Alert's screen-reader prefix)
  'Info alert:': 'Info alert:',
  'Danger alert:': 'Danger alert:',
  'Warning alert:': 'Warning alert:',
  // right pane
  'Document views': 'Document views',
  YAML: 'YAML',
  Preview: 'Preview',
  Diff: 'Diff',
  Problems: 'Problems',
  'Changed since the baseline': 'Changed since the baseline',
  '(changed)': '(changed)',
  'Loading the YAML editor…': 'Loading the YAML editor…',
  'Loading the preview…': 'Loading the preview…',
  'Loading the review…': 'Loading the review…',
  'Back to the YAML': 'Back to the YAML',
  'Scroll back': 'Scroll back',
  'Scroll forward': 'Scroll forward',
  'Resize the YAML pane': 'Resize the YAML pane',
  'SiteConfig YAML': 'SiteConfig YAML',
  'Tab inserts indentation. Press Ctrl+M (Ctrl+Shift+M on macOS) to move focus with Tab.':
    'Tab inserts indentation. Press Ctrl+M (Ctrl+Shift+M on macOS) to move focus with Tab.',
  'This pane could not show the document: {{message}}. The other views still work; it is tried again when the document changes.':
    'This pane could not show the document: {{message}}. The other views still work; it is tried again when the document changes.',
  'Try again': 'Try again',
  'Target release': 'Target release',
  'any (no release checks)': 'any (no release checks)',
  // status-line notices
  '{{message}}': '{{message}}',
  'Imported {{name}}.': 'Imported {{name}}.',
  'Import of {{name}} failed: {{error}}. The document was not changed.':
    'Import of {{name}} failed: {{error}}. The document was not changed.',
  'Downloaded {{name}}.': 'Downloaded {{name}}.',
  'Copied {{count}} lines of YAML.': 'Copied {{count}} lines of YAML.',
  'The browser did not allow copying {{count}} lines of YAML; use Download instead.':
    'The browser did not allow copying {{count}} lines of YAML; use Download instead.',
  'Copied the patch ({{count}} lines).': 'Copied the patch ({{count}} lines).',
  'The browser did not allow copying the patch ({{count}} lines); use Download instead.':
    'The browser did not allow copying the patch ({{count}} lines); use Download instead.',
  'Copied {{name}}.': 'Copied {{name}}.',
  'The browser did not allow copying {{name}}; use Download instead.':
    'The browser did not allow copying {{name}}; use Download instead.',
  'Restored your work from {{time}}.': 'Restored your work from {{time}}.',
  'Restored your work.': 'Restored your work.',
  "Loaded the other tab's version, saved at {{time}}.":
    "Loaded the other tab's version, saved at {{time}}.",
  'New document from the template “{{name}}”.': 'New document from the template “{{name}}”.',
  'Marked as committed: the diff now starts from this text.':
    'Marked as committed: the diff now starts from this text.',
  'Reverted: {{change}}.': 'Reverted: {{change}}.',
  'Fixed: {{fix}}. Undo with Ctrl+Z.': 'Fixed: {{fix}}. Undo with Ctrl+Z.',
  'Image pre-caching enabled. Undo with Ctrl+Z.': 'Image pre-caching enabled. Undo with Ctrl+Z.',
  'Pre-caching removed from cluster {{name}} and its nodes. Undo with Ctrl+Z.':
    'Pre-caching removed from cluster {{name}} and its nodes. Undo with Ctrl+Z.',
  'Pre-caching removed from node {{name}}. Undo with Ctrl+Z.':
    'Pre-caching removed from node {{name}}. Undo with Ctrl+Z.',
  // command palette
  'Command palette': 'Command palette',
  Command: 'Command',
  Commands: 'Commands',
  'Type to search the commands': 'Type to search the commands',
  'No command matches.': 'No command matches.',
} as const
