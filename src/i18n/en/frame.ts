/** English texts of the application frame: masthead, toolbar, tabs, dialogs, notices. */
export const frame = {
  Language: 'Language',
  Theme: 'Theme',
  'Follow the system': 'Follow the system',
  Light: 'Light',
  Dark: 'Dark',
} as const
