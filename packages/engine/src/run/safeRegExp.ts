/** The marketer's pattern compiled, or null when it does not compile (the validator reports it; here it never matches). */
export function safeRegExp(pattern: string, flags?: string): RegExp | null {
  try {
    return new RegExp(pattern, flags);
  } catch {
    return null;
  }
}
