import { formFields } from './formFields.ts'

/** English texts of the forms area (see src/i18n/catalog.ts). Each key is its own text. */
export const forms = {
  ...formFields,
  Form: 'Form',
  'Cluster {{name}}': 'Cluster {{name}}',
  'Node {{name}}': 'Node {{name}}',
  'Error:': 'Error:',
  'Back to the site': 'Back to the site',
  'The YAML does not parse': 'The YAML does not parse',
  '(line {{line}}, column {{column}}: {{message}})':
    '(line {{line}}, column {{column}}: {{message}})',
  'The form shows the last valid state and is read-only until the YAML is fixed; your text is kept as you typed it.':
    'The form shows the last valid state and is read-only until the YAML is fixed; your text is kept as you typed it.',
  'Also in the file, not in this form (kept as they are; edit them in the YAML):':
    'Also in the file, not in this form (kept as they are; edit them in the YAML):',
  'Remove {{label}}': 'Remove {{label}}',
  'Remove {{label}} {{n}}': 'Remove {{label}} {{n}}',
  'Add: {{label}}': 'Add: {{label}}',
  '{{label}} {{n}}': '{{label}} {{n}}',
  'Default: {{value}}.': 'Default: {{value}}.',
  'Deprecated. {{note}}': 'Deprecated. {{note}}',
  '(not set)': '(not set)',
  'v2 only': 'v2 only',
  'not set': 'not set',
  'not set ({{value}})': 'not set ({{value}})',
  '{{value}} (not allowed)': '{{value}} (not allowed)',
  '(no flag)': '(no flag)',
  'Enter a whole number.': 'Enter a whole number.',
  'Fix: {{title}}': 'Fix: {{title}}',
  'The file holds {{what}} here, not {{expected}}; edit it in the YAML pane.':
    'The file holds {{what}} here, not {{expected}}; edit it in the YAML pane.',
  null: 'null',
  'a list': 'a list',
  'a mapping': 'a mapping',
  'a string': 'a string',
  'a number': 'a number',
  'a boolean': 'a boolean',
  text: 'text',
  'Too large to show here: more than {{mb}} MB once its YAML aliases are expanded. It is kept as it is; edit it in the YAML pane.':
    'Too large to show here: more than {{mb}} MB once its YAML aliases are expanded. It is kept as it is; edit it in the YAML pane.',
  'The file holds a YAML structure here, but this field must be a string holding JSON.':
    'The file holds a YAML structure here, but this field must be a string holding JSON.',
  'Must be a JSON array, e.g. ["--save-partlabel", "data"].':
    'Must be a JSON array, e.g. ["--save-partlabel", "data"].',
  'Must be a JSON object { … }.': 'Must be a JSON object { … }.',
  'Not valid JSON: {{reason}}': 'Not valid JSON: {{reason}}',
  'Not valid JSON at line {{line}}, column {{column}}: {{reason}}':
    'Not valid JSON at line {{line}}, column {{column}}: {{reason}}',
  'Not valid YAML at line {{line}}, column {{column}}: {{reason}}':
    'Not valid YAML at line {{line}}, column {{column}}: {{reason}}',
  'Flag {{n}}': 'Flag {{n}}',
  'Value {{n}}': 'Value {{n}}',
  'takes no value': 'takes no value',
  value: 'value',
  'Remove argument {{n}}': 'Remove argument {{n}}',
  'Add argument': 'Add argument',
  'New {{label}} key': 'New {{label}} key',
  'new key': 'new key',
  'Add key': 'Add key',
} as const
