/** Words several areas share (buttons, states). English: each key is its own text. */
export const common = {
  Close: 'Close',
  Cancel: 'Cancel',
  Remove: 'Remove',
  Apply: 'Apply',
} as const
