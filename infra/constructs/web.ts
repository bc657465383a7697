import { Duration, Fn, RemovalPolicy, type SecretValue, Validations } from 'aws-cdk-lib';
import type { IHttpApi } from 'aws-cdk-lib/aws-apigatewayv2';
import { Certificate } from 'aws-cdk-lib/aws-certificatemanager';
import {
  AllowedMethods,
  CachePolicy,
  Function as CloudFrontFunction,
  Distribution,
  FunctionCode,
  FunctionEventType,
  FunctionRuntime,
  HeadersFrameOption,
  HeadersReferrerPolicy,
  HttpVersion,
  OriginProtocolPolicy,
  OriginRequestPolicy,
  OriginSslPolicy,
  PriceClass,
  ResponseHeadersPolicy,
  SecurityPolicyProtocol,
  ViewerProtocolPolicy,
} from 'aws-cdk-lib/aws-cloudfront';
import { HttpOrigin, S3BucketOrigin } from 'aws-cdk-lib/aws-cloudfront-origins';
import {
  BlockPublicAccess,
  Bucket,
  BucketEncryption,
  type IBucket,
  ObjectOwnership,
} from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';
import { originSecretHeader } from '../../functions/api/origin-header.js';
import { spaRoutingCode } from './spa-routing.js';

export type WebProps = {
  stage: string;
  accessLogs: IBucket;
  /** A custom domain and its us-east-1 certificate; unset, the CloudFront domain serves the app. */
  domain?: { name: string; certificateArn: string };
  /** Cognito's hosted sign-in origin: the app calls its token endpoint and navigates there. */
  signInOrigin: string;
  /** Other origins the app calls: Cognito's API, the evidence bucket (presigned uploads). */
  connectSources: string[];
  /** The web firewall (a CloudFront web ACL, from us-east-1); unset, none (`webFirewall`). */
  webAclArn?: string;
};

/**
 * Only our own code runs; the app talks to itself, Cognito and S3 (presigned uploads). The API's
 * JSON responses carry the same policy, harmlessly.
 */
function contentSecurityPolicy(signInOrigin: string, connectSources: string[]): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    // React sets style attributes; inline styles cannot run code.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src 'self' ${[signInOrigin, ...connectSources].join(' ')}`,
    `form-action 'self' ${signInOrigin}`,
    "frame-ancestors 'none'",
    "base-uri 'self'",
    "object-src 'none'",
  ].join('; ');
}

/**
 * The web app: a private bucket behind CloudFront (origin access control) and the web firewall,
 * client-side routes answered with index.html, security headers on every response, and `/api/*`
 * forwarded to the HTTP API so the app and its API share one origin (no CORS, one certificate).
 * The built app is uploaded by WebAppUpload (web-app-upload.ts).
 */
export class Web extends Construct {
  readonly bucket: Bucket;
  readonly distribution: Distribution;
  /** `https://<domain>` without a trailing slash. */
  readonly url: string;
  private readonly headers: ResponseHeadersPolicy;

  constructor(scope: Construct, id: string, props: WebProps) {
    super(scope, id);
    this.bucket = new Bucket(this, 'Bucket', {
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      objectOwnership: ObjectOwnership.BUCKET_OWNER_ENFORCED,
      encryption: BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      minimumTLSVersion: 1.2,
      serverAccessLogsBucket: props.accessLogs,
      serverAccessLogsPrefix: 'web/',
      // Kept with the stack like the other buckets: the uploads are retained (see deployApp), so
      // CloudFormation could not delete it anyway. Rebuilt from git whenever needed.
      removalPolicy: RemovalPolicy.RETAIN,
    });

    this.headers = new ResponseHeadersPolicy(this, 'SecurityHeaders', {
      comment: `Capaian ${props.stage} security headers`,
      securityHeadersBehavior: {
        contentSecurityPolicy: {
          contentSecurityPolicy: contentSecurityPolicy(props.signInOrigin, props.connectSources),
          override: true,
        },
        strictTransportSecurity: {
          accessControlMaxAge: Duration.days(730),
          includeSubdomains: true,
          override: true,
        },
        contentTypeOptions: { override: true },
        frameOptions: { frameOption: HeadersFrameOption.DENY, override: true },
        referrerPolicy: {
          referrerPolicy: HeadersReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN,
          override: true,
        },
      },
      customHeadersBehavior: {
        customHeaders: [
          { header: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=()', override: true },
        ],
      },
    });

    const spaRouting = new CloudFrontFunction(this, 'SpaRouting', {
      code: FunctionCode.fromInline(spaRoutingCode),
      runtime: FunctionRuntime.JS_2_0,
      comment: 'Serve index.html for client-side routes',
    });

    this.distribution = new Distribution(this, 'Distribution', {
      comment: `Capaian ${props.stage}`,
      webAclId: props.webAclArn,
      defaultRootObject: 'index.html',
      defaultBehavior: {
        origin: S3BucketOrigin.withOriginAccessControl(this.bucket),
        viewerProtocolPolicy: ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
        cachePolicy: CachePolicy.CACHING_OPTIMIZED,
        responseHeadersPolicy: this.headers,
        functionAssociations: [{ function: spaRouting, eventType: FunctionEventType.VIEWER_REQUEST }],
        compress: true,
      },
      ...(props.domain
        ? {
            domainNames: [props.domain.name],
            certificate: Certificate.fromCertificateArn(this, 'Certificate', props.domain.certificateArn),
            // Only a custom certificate lets the minimum be raised; the default one is fixed.
            minimumProtocolVersion: SecurityPolicyProtocol.TLS_V1_2_2021,
          }
        : {}),
      httpVersion: HttpVersion.HTTP2_AND_3,
      // Price class 200 includes the edge locations in Indonesia and the rest of Asia.
      priceClass: PriceClass.PRICE_CLASS_200,
    });
    this.url = `https://${props.domain?.name ?? this.distribution.distributionDomainName}`;

    Validations.of(this.distribution).acknowledge(
      {
        id: 'AwsSolutions-CFR3',
        reason:
          'No CloudFront standard logs: CloudFront cannot deliver them to buckets in opt-in regions such as ap-southeast-3 (Jakarta). API requests are logged by the HTTP API stage; the static files carry no data.',
      },
      {
        id: 'AwsSolutions-CFR1',
        reason:
          'No geo restriction: officials report from anywhere (travel, Hajj, study leave) and every API call is authenticated.',
      },
      ...(props.webAclArn
        ? []
        : [
            {
              id: 'AwsSolutions-CFR2',
              reason:
                'The web firewall is off (webFirewall=false) to keep a regency under US$ 5 a month (DEPLOY.md, Monthly cost): the HTTP API throttles the stage, refuses what did not come through CloudFront, and authenticates every call.',
            },
          ]),
      ...(props.domain
        ? []
        : [
            {
              id: 'AwsSolutions-CFR4',
              reason:
                'Without a custom domain CloudFront serves its default *.cloudfront.net certificate, whose minimum protocol cannot be raised; set webDomain and webCertificateArn to enforce TLS 1.2.',
            },
          ]),
    );
  }

  /**
   * Forwards `/api/*` to the HTTP API, uncached, with everything but the Host header, and the
   * origin secret by which the API knows the request passed this distribution and its firewall.
   */
  routeApi(httpApi: IHttpApi, originSecret: SecretValue): void {
    // apiEndpoint is https://<id>.execute-api.<region>.amazonaws.com; CloudFront wants the host.
    const apiHost = Fn.select(2, Fn.split('/', httpApi.apiEndpoint));
    this.distribution.addBehavior(
      '/api/*',
      new HttpOrigin(apiHost, {
        protocolPolicy: OriginProtocolPolicy.HTTPS_ONLY,
        originSslProtocols: [OriginSslPolicy.TLS_V1_2],
        // CloudFront overwrites a header of the same name sent by the caller.
        customHeaders: { [originSecretHeader]: originSecret.unsafeUnwrap() },
      }),
      {
        viewerProtocolPolicy: ViewerProtocolPolicy.HTTPS_ONLY,
        allowedMethods: AllowedMethods.ALLOW_ALL,
        cachePolicy: CachePolicy.CACHING_DISABLED,
        // API Gateway routes by its own Host name; the viewer's would not match.
        originRequestPolicy: OriginRequestPolicy.ALL_VIEWER_EXCEPT_HOST_HEADER,
        responseHeadersPolicy: this.headers,
        compress: true,
      },
    );
  }
}
