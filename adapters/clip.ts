/**
 * Cuts text to a length on a word boundary (when one is near), drops what `dangling` matches at the
 * cut (a half escape), and marks the cut with "…".
 */
export function clipText(text: string, max: number, dangling: RegExp): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(" ");
  return (space > max * 0.6 ? cut.slice(0, space) : cut).replace(dangling, "") + "…";
}
