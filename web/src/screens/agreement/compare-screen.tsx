import { useQuery } from '@tanstack/react-query';
import { diffValues } from '../../../../shared/diff';
import { agreementMessages } from '../../../../shared/messages/web/agreement';
import { compareMessages } from '../../../../shared/messages/web/compare';
import { indicatorPlaces } from '../../../../shared/model/agreement-indicators';
import { queries } from '../../api/queries';
import { useAgency, usePaths } from '../../app/agency';
import { navigate, useLocation } from '../../app/router';
import { DataTable } from '../../components/data-table';
import { Loaded } from '../../components/loaded';
import { PageTitle } from '../../components/page-title';
import type { TScreenProps } from '../../components/screen-props';
import { useMessages } from '../../i18n/i18n';

/** Two versions side by side: every indicator's targets and every activity's budget, differences marked. */
export default function CompareScreen({ params }: TScreenProps) {
  const m = useMessages(compareMessages);
  const am = useMessages(agreementMessages);
  const { agency, fmt } = useAgency();
  const paths = usePaths();
  const { query } = useLocation();
  const year = Number(params.year);
  // Every version summed up, then the two compared read whole: never every version's content at once.
  const agreement = useQuery(queries.agreement(agency.id, year));
  const versions = agreement.data?.versions ?? [];
  const aVersion = (versions.find((v) => v.version === Number(query.get('a'))) ?? versions[0])?.version;
  const bVersion = (versions.find((v) => v.version === Number(query.get('b'))) ?? versions.at(-1))?.version;
  const left = useQuery({ ...queries.agreement(agency.id, year, aVersion), enabled: aVersion !== undefined });
  const right = useQuery({
    ...queries.agreement(agency.id, year, bVersion),
    enabled: bVersion !== undefined,
  });
  const a = left.data?.version ?? undefined;
  const b = right.data?.version ?? undefined;
  if (!a || !b)
    return (
      <div className="page">
        {aVersion === undefined || bVersion === undefined ? (
          <Loaded query={agreement}>{() => <p>{am.none}</p>}</Loaded>
        ) : (
          <Loaded query={a ? right : left}>{() => null}</Loaded>
        )}
      </div>
    );
  const changes = diffValues(
    {
      objectives: a.agreement.objectives,
      programs: a.agreement.programs,
      activities: a.agreement.activities,
    },
    {
      objectives: b.agreement.objectives,
      programs: b.agreement.programs,
      activities: b.agreement.activities,
    },
  );
  const rows = compareRows(a.agreement, b.agreement, fmt);
  const picker = (label: string, value: number, key: 'a' | 'b') => (
    <label className="inline-form">
      {label}
      <select
        value={value}
        onChange={(e) => {
          const next = { a: a.version, b: b.version, [key]: Number(e.target.value) };
          navigate(paths.compare(year, next.a, next.b), { replace: true });
        }}
      >
        {versions.map((v) => (
          <option key={v.version} value={v.version}>
            {am.version(v.version)} · {am.kinds[v.kind]}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <div className="page">
      <PageTitle
        title={m.title(year)}
        actions={
          <>
            {picker(m.left, a.version, 'a')}
            {picker(m.right, b.version, 'b')}
          </>
        }
      />
      <p className="muted">{changes.length ? `${m.changed(changes.length)}. ${m.onlyChanged}` : m.same}</p>
      <div className="card">
        <DataTable
          className="compare-table"
          stackOnPhone={false}
          rows={rows}
          rowKey={(row) => row.key}
          rowProps={(row) => ({ className: row.left !== row.right ? 'diff-changed' : undefined })}
          columns={[
            { header: m.what, rowHeader: true, cell: (row) => row.label },
            { header: am.version(a.version), key: 'left', cell: (row) => row.left },
            { header: am.version(b.version), key: 'right', cell: (row) => row.right },
          ]}
        />
      </div>
    </div>
  );
}

type TVersionContent = Parameters<typeof indicatorPlaces>[0];
type TFmt = ReturnType<typeof useAgency>['fmt'];

/** One line per indicator (targets) and per activity (budget), matched across versions by id or code. */
function compareRows(a: TVersionContent, b: TVersionContent, fmt: TFmt) {
  const targets = (v: TVersionContent) =>
    new Map(
      indicatorPlaces(v).map(({ indicator }) => [
        indicator.id,
        {
          label: `${indicator.code} ${indicator.name}`,
          text: `${fmt.target(indicator.target)} · ${indicator.quarterTargets.map(fmt.target).join(' / ')}`,
        },
      ]),
    );
  const budgets = (v: TVersionContent) =>
    new Map(v.activities.map((x) => [x.code, { label: `${x.code} ${x.name}`, text: fmt.rupiah(x.budget) }]));
  const rows: { key: string; label: string; left: string; right: string }[] = [];
  for (const [kind, left, right] of [
    ['i', targets(a), targets(b)],
    ['a', budgets(a), budgets(b)],
  ] as const) {
    for (const key of new Set([...left.keys(), ...right.keys()])) {
      const l = left.get(key);
      const r = right.get(key);
      rows.push({
        key: `${kind}:${key}`,
        label: (r ?? l)?.label ?? key,
        left: l?.text ?? '–',
        right: r?.text ?? '–',
      });
    }
  }
  return rows;
}
