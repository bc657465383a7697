import { CfnOutput, Stack, type StackProps } from 'aws-cdk-lib';
import type { Construct } from 'constructs';
import type { TInfraConfig } from './config.js';
import { Api } from './constructs/api.js';
import { Buckets } from './constructs/buckets.js';
import { DataTable } from './constructs/table.js';

export type CapaianStackProps = StackProps & { config: TInfraConfig };

/** Everything one stage of Capaian runs on. */
export class CapaianStack extends Stack {
  constructor(scope: Construct, id: string, props: CapaianStackProps) {
    const { config } = props;
    super(scope, id, {
      // Both unset keeps the template environment-agnostic, so synth needs no AWS credentials.
      env: { account: config.account, region: config.region },
      description: `Capaian SAKIP performance reporting, stage ${config.stage}`,
      tags: { project: 'capaian', stage: config.stage },
      ...props,
    });

    const data = new DataTable(this, 'Data');
    const buckets = new Buckets(this, 'Buckets', { noncurrentVersionDays: config.noncurrentVersionDays });
    const api = new Api(this, 'Api', {
      stage: config.stage,
      table: data.table,
      reportsBucket: buckets.reports,
      evidenceBucket: buckets.evidence,
      logRetention: config.logRetentionDays,
      throttle: { rateLimit: config.apiRateLimit, burstLimit: config.apiBurstLimit },
    });

    new CfnOutput(this, 'ApiUrl', { value: api.url });
    new CfnOutput(this, 'TableName', { value: data.table.tableName });
    new CfnOutput(this, 'ReportsBucketName', { value: buckets.reports.bucketName });
    new CfnOutput(this, 'EvidenceBucketName', { value: buckets.evidence.bucketName });
  }
}
