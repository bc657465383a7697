/** What the grouping reads of a dashboard row: who answers for it and how far short it falls. */
type TRiskRow = { unitIds: readonly string[]; atRisk: { bestAchievement: number | null } | null };

export type TAtRiskGroup<Row extends TRiskRow> = {
  /** The unit that enters the indicator's realisations (the first responsible one). */
  unitId: string;
  items: (Row & { atRisk: NonNullable<Row['atRisk']> })[];
};

/** The at-risk rows shown in a group before "n more": enough to act on, short enough for a phone. */
export const shownPerGroup = 3;

// The lower the best achievement still on plan, the worse; one without (no target) last.
const severity = (row: TRiskRow) => row.atRisk?.bestAchievement ?? Number.POSITIVE_INFINITY;

/**
 * The indicators at risk, grouped by the unit that answers for them: each group most severe
 * first, and the groups by their most severe indicator, so the head reads first whom to call.
 */
export function atRiskGroups<Row extends TRiskRow>(rows: readonly Row[]): TAtRiskGroup<Row>[] {
  const byUnit = new Map<string, TAtRiskGroup<Row>['items']>();
  for (const row of rows) {
    if (!row.atRisk) continue;
    const unitId = row.unitIds[0] ?? '';
    byUnit.set(unitId, [...(byUnit.get(unitId) ?? []), { ...row, atRisk: row.atRisk }]);
  }
  const groups = [...byUnit].map(([unitId, items]) => ({
    unitId,
    items: items.sort((a, b) => severity(a) - severity(b)),
  }));
  return groups.sort((a, b) => severity(a.items[0] as TRiskRow) - severity(b.items[0] as TRiskRow));
}
