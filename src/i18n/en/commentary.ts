export const commentary = {
  label: 'Commentary',
} as const
