/** A user's search text as a literal, case-insensitive pattern (no regex injection, no lookarounds). */
export const containsText = (text: string) => new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'i');
