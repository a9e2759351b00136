export function electronBinary(cwd?: string): string | null;
