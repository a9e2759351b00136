export function electronBinary(cwd?: string, env?: Record<string, string | undefined>): string | null;
