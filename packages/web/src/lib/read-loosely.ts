// Reading what the server (or a pasted log entry) holds without trusting its shape: any field may be missing.
export const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
export const str = (v: unknown): string | null => (typeof v === 'string' && v.length > 0 ? v : null);
