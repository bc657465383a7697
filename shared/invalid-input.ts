/**
 * What an operator reads when a setting or a file is wrong: what was read, then each problem on a
 * line of its own with its path (zod's issues, classic or mini).
 */
export function invalidInputError(
  what: string,
  issues: readonly { path: readonly PropertyKey[]; message: string }[],
): Error {
  const problems = issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
  return new Error(`Capaian: invalid ${what}:\n${problems.join('\n')}`);
}
