import { Duration } from 'aws-cdk-lib';
import type { IHttpApi } from 'aws-cdk-lib/aws-apigatewayv2';
import {
  Alarm,
  ComparisonOperator,
  Dashboard,
  GraphWidget,
  type IMetric,
  Metric,
  TreatMissingData,
} from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { Topic } from 'aws-cdk-lib/aws-sns';
import { EmailSubscription } from 'aws-cdk-lib/aws-sns-subscriptions';
import type { IQueue } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { metricNames, metricsNamespace, type TMetricName } from '../../functions/metric-names.js';

export type MonitoringProps = {
  stage: string;
  httpApi: IHttpApi;
  /** The outbox processor: how far behind the table's stream it reads. */
  outbox: IFunction;
  /** The functions by the name the alarms and the dashboard use. */
  functions: Record<string, IFunction>;
  failureQueue: IQueue;
  /** The reminder sweep's batches: drained within minutes, unless its workers are stuck. */
  sweepQueue: IQueue;
  /** Where alarm notifications are e-mailed (a confirmation link arrives first). */
  alarmEmail?: string;
};

const period = Duration.minutes(5);
/** An outbox event normally runs within seconds; this old, it is stuck or failing over and over. */
const stuckEventSeconds = 15 * 60;
const sweepBehindSeconds = 30 * 60;

/**
 * Alarms that mean someone should look (server errors, crashed or throttled functions, work
 * that gave up), sent to one SNS topic, and a one-screen dashboard of the same figures.
 */
export class Monitoring extends Construct {
  readonly topic: Topic;
  readonly alarms: Alarm[] = [];

  constructor(scope: Construct, id: string, props: MonitoringProps) {
    super(scope, id);
    this.topic = new Topic(this, 'Alarms', {
      displayName: `Capaian ${props.stage} alarms`,
      enforceSSL: true,
    });
    if (props.alarmEmail) this.topic.addSubscription(new EmailSubscription(props.alarmEmail));

    // Hono turns thrown errors into 500s, so 5xx counts what users saw; a few in five minutes is
    // an incident, a single one may be a cold-start timeout.
    this.alarm(
      'Api5xx',
      props.httpApi.metricServerError({ period, statistic: 'Sum' }),
      3,
      'API answered 5xx',
    );
    for (const [name, fn] of Object.entries(props.functions)) {
      this.alarm(
        `${name}Errors`,
        fn.metricErrors({ period, statistic: 'Sum' }),
        1,
        `${name} function failed`,
      );
      this.alarm(
        `${name}Throttles`,
        fn.metricThrottles({ period, statistic: 'Sum' }),
        1,
        `${name} throttled`,
      );
    }
    const iteratorAge = props.outbox.metric('IteratorAge', { period, statistic: 'Maximum' });
    this.alarm(
      'OutboxIteratorAge',
      iteratorAge,
      Duration.minutes(5).toMilliseconds(),
      'The outbox processor reads the table stream 5 minutes or more behind',
    );
    // Published by the functions (embedded metric format) under the names both sides import.
    const business = (name: TMetricName, statistic = 'Sum') =>
      new Metric({
        namespace: metricsNamespace,
        metricName: metricNames[name],
        dimensionsMap: { Stage: props.stage },
        period,
        statistic,
      });
    const oldestPendingEvent = business('oldestPendingEventAge', 'Maximum');
    this.alarm(
      'OutboxStuckEvent',
      oldestPendingEvent,
      stuckEventSeconds,
      'An outbox event has been pending 15 minutes or more: see the Outbox page and DEPLOY.md',
    );
    // An email that fails is retried, but someone should know: a suppressed address, the SES
    // sandbox, an unverified identity do not heal by themselves.
    this.alarm(
      'EmailsFailed',
      business('emailsFailed'),
      1,
      'Emails failed to send: see the logs and DEPLOY.md',
    );
    this.alarm(
      'OutboxEventFailed',
      business('outboxEventsFailed'),
      1,
      'An outbox event failed for good after its retries: see the Outbox page and DEPLOY.md',
    );
    this.alarm(
      'FailureQueue',
      props.failureQueue.metricApproximateNumberOfMessagesVisible({ period, statistic: 'Maximum' }),
      1,
      'Background work gave up: see the failure queue',
    );
    // At 08:00 WIB most of the country's batches arrive at once; the bounded workers clear them
    // in minutes (npm run bench), so one waiting half an hour means the workers are stuck.
    this.alarm(
      'SweepQueueBehind',
      props.sweepQueue.metricApproximateAgeOfOldestMessage({ period, statistic: 'Maximum' }),
      sweepBehindSeconds,
      "A batch of the reminder sweep has waited 30 minutes or more: see the worker's logs and DEPLOY.md",
    );

    const functionGraph = (title: string, metric: (fn: IFunction) => IMetric) =>
      new GraphWidget({
        title,
        width: 8,
        left: Object.values(props.functions).map(metric),
      });
    new Dashboard(this, 'Dashboard', {
      dashboardName: `capaian-${props.stage}`,
      defaultInterval: Duration.days(7),
      widgets: [
        [
          new GraphWidget({
            title: 'API requests and errors',
            width: 12,
            left: [props.httpApi.metricCount({ period, statistic: 'Sum' })],
            right: [
              props.httpApi.metricClientError({ period, statistic: 'Sum' }),
              props.httpApi.metricServerError({ period, statistic: 'Sum' }),
            ],
          }),
          new GraphWidget({
            title: 'API latency (p50, p99)',
            width: 12,
            left: [
              props.httpApi.metricLatency({ period, statistic: 'p50' }),
              props.httpApi.metricLatency({ period, statistic: 'p99' }),
            ],
          }),
        ],
        [
          functionGraph('Invocations', (fn) => fn.metricInvocations({ period, statistic: 'Sum' })),
          functionGraph('Errors', (fn) => fn.metricErrors({ period, statistic: 'Sum' })),
          functionGraph('Duration p99', (fn) => fn.metricDuration({ period, statistic: 'p99' })),
        ],
        [
          new GraphWidget({
            title: 'Failure queue depth',
            width: 8,
            left: [
              props.failureQueue.metricApproximateNumberOfMessagesVisible({ period, statistic: 'Maximum' }),
            ],
          }),
          new GraphWidget({
            title: 'Outbox lag: stream (ms), oldest pending event (s)',
            width: 8,
            left: [iteratorAge],
            right: [oldestPendingEvent],
          }),
          new GraphWidget({
            title: 'Outbox events failed for good',
            width: 8,
            left: [business('outboxEventsFailed')],
          }),
        ],
        [
          new GraphWidget({
            title: 'Emails sent and failed',
            width: 8,
            left: [business('emailsSent')],
            right: [business('emailsFailed')],
          }),
          new GraphWidget({
            title: 'Reminders planned and sent',
            width: 8,
            left: [business('remindersPlanned'), business('remindersSent')],
          }),
          new GraphWidget({
            title: 'Report files generated',
            width: 8,
            left: [business('reportFilesGenerated')],
          }),
        ],
      ],
    });
  }

  private alarm(id: string, metric: IMetric, threshold: number, description: string): void {
    const alarm = new Alarm(this, id, {
      metric,
      threshold,
      evaluationPeriods: 1,
      comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      // No traffic is not a failure: quiet nights must not alarm.
      treatMissingData: TreatMissingData.NOT_BREACHING,
      alarmDescription: description,
    });
    alarm.addAlarmAction(new SnsAction(this.topic));
    alarm.addOkAction(new SnsAction(this.topic));
    this.alarms.push(alarm);
  }
}
