import { describe, expect, it } from 'vitest';
import { createLog, withLogFields } from './log.js';
import { putMetric } from './metrics.js';

describe('business metrics', () => {
  it('are written in the embedded metric format, dimension Stage, with the work’s fields beside them', () => {
    const lines: string[] = [];
    const log = createLog((line) => lines.push(line), 'info');
    withLogFields({ agencyId: 'dinsos-hss', eventId: 'e1' }, () => putMetric('emailsSent', 2, 'Count', log));
    const [line] = lines.map((text) => JSON.parse(text));
    expect(line).toEqual({
      _aws: {
        Timestamp: expect.any(Number),
        CloudWatchMetrics: [
          { Namespace: 'Capaian', Dimensions: [['Stage']], Metrics: [{ Name: 'EmailsSent', Unit: 'Count' }] },
        ],
      },
      Stage: 'test',
      EmailsSent: 2,
      agencyId: 'dinsos-hss',
      eventId: 'e1',
    });
  });

  it('leave out counts of nothing, and are not written below info', () => {
    const lines: string[] = [];
    putMetric(
      'emailsFailed',
      0,
      'Count',
      createLog((line) => lines.push(line), 'info'),
    );
    putMetric(
      'emailsFailed',
      1,
      'Count',
      createLog((line) => lines.push(line), 'warn'),
    );
    expect(lines).toEqual([]);
  });
});
