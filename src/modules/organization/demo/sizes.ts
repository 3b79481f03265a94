/**
 * Splits `total` into parts proportional to `weights`, each at least `minimum`
 * (largest-remainder rounding, so the parts add up to exactly max(total, minimum × parts)).
 */
export function apportion(total: number, weights: readonly number[], minimum: number): number[] {
  const rest = Math.max(0, total - minimum * weights.length);
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((w) => (sum > 0 ? (rest * w) / sum : rest / weights.length));
  const parts = exact.map(Math.floor);
  let left = rest - parts.reduce((a, b) => a + b, 0);
  const byRemainder = exact.map((x, i) => [x - Math.floor(x), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (const [, i] of byRemainder) {
    if (left === 0) break;
    parts[i]!++;
    left--;
  }
  return parts.map((p) => p + minimum);
}
