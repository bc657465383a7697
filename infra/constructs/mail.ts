import { CfnOutput, Stack } from 'aws-cdk-lib';
import { type IGrantable, PolicyStatement } from 'aws-cdk-lib/aws-iam';
import {
  ConfigurationSet,
  ConfigurationSetTlsPolicy,
  EmailIdentity,
  Identity,
  SuppressionReasons,
} from 'aws-cdk-lib/aws-ses';
import { Construct } from 'constructs';

export type MailProps = {
  /** A domain (DKIM-verified) or a single address (verified by clicking a link). */
  identity: string;
  /** The bare sender address, inside `identity`. */
  fromAddress: string;
};

/**
 * Sending email with SES v2: the verified identity and a configuration set that keeps bounce and
 * complaint addresses off the list and reports reputation metrics (what AWS looks at before
 * lifting the sandbox).
 */
export class Mail extends Construct {
  readonly identity: EmailIdentity;
  readonly configurationSet: ConfigurationSet;
  private readonly fromAddress: string;

  constructor(scope: Construct, id: string, props: MailProps) {
    super(scope, id);
    this.fromAddress = props.fromAddress;
    this.configurationSet = new ConfigurationSet(this, 'ConfigurationSet', {
      reputationMetrics: true,
      sendingEnabled: true,
      suppressionReasons: SuppressionReasons.BOUNCES_AND_COMPLAINTS,
      // Some regional government mail servers still lack STARTTLS; a reminder that silently
      // never arrives is worse than one sent in the clear.
      tlsPolicy: ConfigurationSetTlsPolicy.OPTIONAL,
    });
    const isDomain = !props.identity.includes('@');
    this.identity = new EmailIdentity(this, 'Identity', {
      identity: isDomain ? Identity.domain(props.identity) : Identity.email(props.identity),
      // Mail sent without naming a configuration set still gets its suppression and metrics.
      configurationSet: this.configurationSet,
    });
    if (isDomain) {
      // Easy DKIM: three CNAME records to publish at the domain's DNS before SES verifies it.
      this.identity.dkimRecords.forEach((record, index) => {
        new CfnOutput(this, `DkimRecord${index + 1}`, {
          description: `CNAME ${index + 1} of 3 to publish for ${props.identity}`,
          value: `${record.name} CNAME ${record.value}`,
        });
      });
    }
  }

  /** Lets `grantee` send as the configured sender, through this identity and configuration set only. */
  grantSend(grantee: IGrantable): void {
    const configurationSetArn = Stack.of(this).formatArn({
      service: 'ses',
      resource: 'configuration-set',
      resourceName: this.configurationSet.configurationSetName,
    });
    grantee.grantPrincipal.addToPrincipalPolicy(
      new PolicyStatement({
        actions: ['ses:SendEmail'],
        // SES v2 authorises a send against the identity and the configuration set it uses.
        resources: [this.identity.emailIdentityArn, configurationSetArn],
        conditions: { StringEquals: { 'ses:FromAddress': this.fromAddress } },
      }),
    );
  }
}
