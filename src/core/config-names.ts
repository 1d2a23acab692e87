/** Config file names looked for in each folder, first match wins (CLI, extension and language server). */
export const CONFIG_FILE_NAMES = ['.neuroterm.json', '.neuroterm.yaml', '.neuroterm.yml'] as const;
