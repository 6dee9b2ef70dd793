/**
 * A function of a string, computed once per distinct argument. Arguments come from the input
 * (resource types, attribute paths), so the memo stops growing at a bound: a hostile plan with a
 * million made-up types costs time, not memory.
 */
export function memoize<T>(f: (key: string) => T, bound = 10_000): (key: string) => T {
  const memo = new Map<string, T>();
  return (key) => {
    const known = memo.get(key);
    // One lookup when the value is defined, which it is for nearly every call.
    if (known !== undefined || memo.has(key)) return known as T;
    const value = f(key);
    if (memo.size < bound) memo.set(key, value);
    return value;
  };
}
