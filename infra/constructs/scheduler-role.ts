import { Stack, Validations } from 'aws-cdk-lib';
import { Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import type { CfnFunction, IFunction } from 'aws-cdk-lib/aws-lambda';
import type { Construct } from 'constructs';

/** The role EventBridge Scheduler assumes, only for schedules of this account, to invoke `target`. */
export function schedulerRole(scope: Construct, target: IFunction, description: string): Role {
  const role = new Role(scope, 'SchedulerRole', {
    assumedBy: new ServicePrincipal('scheduler.amazonaws.com', {
      conditions: { StringEquals: { 'aws:SourceAccount': Stack.of(scope).account } },
    }),
    description,
  });
  const functionId = Stack.of(scope).getLogicalId(target.node.defaultChild as CfnFunction);
  Validations.of(role).acknowledge({
    id: `AwsSolutions-IAM5[Resource::<${functionId}.Arn>:*]`,
    reason:
      "grantInvoke's `:*` covers the function's versions; there are none besides $LATEST, and nothing else.",
  });
  return role;
}
