import { config } from './config.js';
import { log, type TLog } from './log.js';
import { metricNames, metricsNamespace, type TMetricName } from './metric-names.js';

/**
 * Business metrics in CloudWatch's embedded metric format: a JSON log line that CloudWatch turns
 * into a metric value (namespace `Capaian`, dimension `Stage`), with the work's log fields beside
 * it (agency, event…) for Logs Insights. One line per value, written at once: the functions
 * publish a handful per invocation, so batching (what Powertools Metrics adds, ~15 KB) buys
 * nothing here.
 */
export function putMetric(
  name: TMetricName,
  value: number,
  unit: 'Count' | 'Seconds' = 'Count',
  target: TLog = log,
): void {
  if (value === 0 && unit === 'Count') return;
  const metricName = metricNames[name];
  target.raw({
    _aws: {
      Timestamp: Date.now(),
      CloudWatchMetrics: [
        { Namespace: metricsNamespace, Dimensions: [['Stage']], Metrics: [{ Name: metricName, Unit: unit }] },
      ],
    },
    Stage: config.STAGE,
    [metricName]: value,
  });
}
