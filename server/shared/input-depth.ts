// How deep a caller's input nests. No form or API input nests more than a few levels; 40,000
// nested brackets would overflow any recursive walk of it (a stack overflow: a 500), so such an
// input is refused before anything walks it. Counted without recursion, for the same reason.

export const MAX_INPUT_DEPTH = 32;

export const NESTED_TOO_DEEPLY = `Input may not nest arrays and objects more than ${MAX_INPUT_DEPTH} levels deep.`;

export function nestedTooDeeply(value: unknown, max = MAX_INPUT_DEPTH): boolean {
  const stack: { item: unknown; depth: number }[] = [{ item: value, depth: 0 }];
  for (let next = stack.pop(); next; next = stack.pop()) {
    const { item, depth } = next;
    if (item === null || typeof item !== "object") continue;
    if (depth >= max) return true;
    for (const child of Array.isArray(item) ? item : Object.values(item)) stack.push({ item: child, depth: depth + 1 });
  }
  return false;
}
