import { buildBudgetTable } from '../../shared/calc/budget-table.js';
import { buildPerformanceTable } from '../../shared/calc/performance-table.js';
import { agreement2019Perubahan, parts2019 } from '../../shared/seed/hss-2019.js';

const t = buildPerformanceTable({ agreement: agreement2019Perubahan, parts: parts2019, asOfQuarter: 2 });
for (const r of t.rows)
  console.log(
    r.level,
    r.code,
    r.ownerName.slice(0, 30),
    '|',
    r.indicatorName.slice(0, 40),
    r.unit,
    r.target,
    r.targetGrade,
    r.quarterTargets.join(),
    '|',
    r.realisations.join(),
    '|',
    r.toDateAchievements.map((x) => x?.toFixed(2)).join(),
    r.band,
    r.unitIds.join(),
  );
const b = buildBudgetTable({ agreement: agreement2019Perubahan, parts: parts2019 });
console.log(
  JSON.stringify(b.total),
  b.programs.length,
  b.programs.map((p) => p.activities.length),
);
