import { useMemo } from 'react';
import { useFormat, useT } from '../../hooks/use-messages';
import { useStore } from '../../store/store';
import { groupDays, outcomeGroups } from './outcome-groups';

const height = 120;
const maxBarWidth = 18;
const width = 320;

/** Actions per day, stacked by outcome: plain SVG, with the same numbers as a table for screen readers. */
export function PerDayChart() {
  const t = useT();
  const format = useFormat();
  const perDay = useStore((s) => s.reviewPerDay);
  const untrusted = useStore((s) => s.reviewUntrusted);
  const days = useMemo(() => groupDays([...perDay].sort((a, b) => a.day.localeCompare(b.day))), [perDay]);
  if (days.length === 0 && untrusted === 0) return null;

  if (days.length === 0) return <ChartUntrustedOnly untrusted={untrusted} />;
  const max = Math.max(1, ...days.map((d) => d.total));
  const slot = width / days.length;
  const barWidth = Math.max(2, Math.min(maxBarWidth, slot - 2));
  const total = days.reduce((sum, d) => sum + d.total, 0);
  const summary = t.review.chartSummary(format.number(days.length), format.number(total));

  return (
    <section className="card per-day" aria-labelledby="per-day-title">
      <h3 id="per-day-title" className="section-title">
        {t.review.chartTitle}
      </h3>
      <svg className="chart" viewBox={`0 0 ${width} ${height}`} role="img" aria-label={summary} preserveAspectRatio="none">
        {days.map((day, i) => {
          let y = height;
          return (
            <g key={day.day}>
              <title>{`${format.day(day.day)}: ${format.number(day.total)}`}</title>
              {outcomeGroups.map((group) => {
                const h = (day.groups[group] / max) * (height - 4);
                y -= h;
                return h > 0 ? <rect key={group} className={`bar bar-${group}`} x={i * slot + (slot - barWidth) / 2} y={y} width={barWidth} height={h} /> : null;
              })}
            </g>
          );
        })}
      </svg>
      <div className="chart-axis muted small" aria-hidden="true">
        <span>{format.day(days[0]!.day)}</span>
        <span>{t.review.chartMax(format.number(max))}</span>
        <span>{format.day(days[days.length - 1]!.day)}</span>
      </div>
      {untrusted > 0 && <p className="small untrusted-count">{t.review.chartUntrusted(untrusted, format.number(untrusted))}</p>}
      <ul className="legend">
        {outcomeGroups.map((group) => (
          <li key={group}>
            <span className={`swatch bar-${group}`} aria-hidden="true" />
            {t.review.outcome[group]}
          </li>
        ))}
      </ul>
      <details className="chart-table">
        <summary>{t.review.chartAsTable}</summary>
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t.review.day}</th>
              {outcomeGroups.map((group) => (
                <th scope="col" key={group}>
                  {t.review.outcome[group]}
                </th>
              ))}
              <th scope="col">{t.review.total}</th>
            </tr>
          </thead>
          <tbody>
            {days.map((day) => (
              <tr key={day.day}>
                <th scope="row">{format.day(day.day)}</th>
                {outcomeGroups.map((group) => (
                  <td key={group}>{format.number(day.groups[group])}</td>
                ))}
                <td>{format.number(day.total)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </section>
  );
}

function ChartUntrustedOnly({ untrusted }: { untrusted: number }) {
  const t = useT();
  const format = useFormat();
  return (
    <section className="card per-day" aria-labelledby="per-day-title">
      <h3 id="per-day-title" className="section-title">
        {t.review.chartTitle}
      </h3>
      <p className="small untrusted-count">{t.review.chartUntrusted(untrusted, format.number(untrusted))}</p>
    </section>
  );
}
