import { Duration, RemovalPolicy, Stack, Validations } from 'aws-cdk-lib';
import {
  AccountRecovery,
  ClientAttributes,
  FeaturePlan,
  Mfa,
  OAuthScope,
  UserPool,
  type UserPoolClient,
  UserPoolClientIdentityProvider,
  type UserPoolDomain,
  UserPoolEmail,
} from 'aws-cdk-lib/aws-cognito';
import type { IGrantable } from 'aws-cdk-lib/aws-iam';
import { Construct } from 'constructs';

export type AuthProps = {
  stage: string;
  /** The hosted sign-in domain's prefix; default `capaian-<stage>-<account id>` (globally unique). */
  domainPrefix?: string;
  /** Set to send Cognito's own emails through SES (the identity must already be verified). */
  sesSender?: { fromAddress: string; fromName: string; identity: string; configurationSet: string };
};

/** Where the web app receives the authorisation code after the hosted sign-in. */
export const signInCallbackPath = '/auth/callback';

/**
 * Sign-in only: Cognito proves who someone is (e-mail and password, optional authenticator-app
 * MFA) and the API verifies its ID tokens itself. Roles, agency and unit live in the Capaian user
 * record in DynamoDB, bound to the token's `sub` (at onboarding, or at the first sign-in with a
 * verified address), so one place decides what anyone may do, locally and on AWS alike. Nobody
 * signs up: planners/admins create users.
 */
export class Auth extends Construct {
  readonly userPool: UserPool;
  readonly domain: UserPoolDomain;

  constructor(scope: Construct, id: string, props: AuthProps) {
    super(scope, id);
    const { sesSender } = props;
    this.userPool = new UserPool(this, 'UserPool', {
      userPoolName: `capaian-${props.stage}`,
      selfSignUpEnabled: false,
      signInAliases: { email: true },
      signInCaseSensitive: false,
      autoVerify: { email: true },
      standardAttributes: { email: { required: true, mutable: true } },
      // A new address takes effect only once its owner verifies it; until then tokens carry the
      // old one. Identity is the `sub` anyway (functions/auth/sign-in.ts), never the address.
      keepOriginal: { email: true },
      mfa: Mfa.OPTIONAL,
      // Authenticator apps only: SMS costs per message and needs its own sandbox exit.
      mfaSecondFactor: { otp: true, sms: false },
      passwordPolicy: {
        minLength: 12,
        requireLowercase: true,
        requireUppercase: true,
        requireDigits: true,
        requireSymbols: true,
        tempPasswordValidity: Duration.days(7),
      },
      accountRecovery: AccountRecovery.EMAIL_ONLY,
      featurePlan: FeaturePlan.ESSENTIALS,
      // Sent by AdminCreateUser when a region admin, head or planner adds someone: Indonesian
      // first, as the people invited read it; one English line for the few who do not.
      userInvitation: {
        emailSubject: 'Undangan ke Capaian, aplikasi kinerja perangkat daerah',
        emailBody:
          'Yth. Bapak/Ibu,<br><br>Anda diundang ke Capaian, aplikasi laporan kinerja (SAKIP) ' +
          'perangkat daerah Anda. Masuklah dengan<br>nama pengguna: {username}<br>' +
          'kata sandi sementara: {####}<br>Kata sandi ini berlaku 7 hari; saat masuk pertama kali ' +
          'Anda diminta membuat kata sandi sendiri.<br><br>' +
          'You are invited to Capaian. User name: {username}, temporary password: {####} ' +
          '(valid for 7 days; you will be asked to change it).',
      },
      userVerification: {
        emailSubject: 'Kode verifikasi Capaian / Capaian verification code',
        emailBody: 'Kode verifikasi Anda / Your verification code: {####}',
      },
      email: sesSender
        ? UserPoolEmail.withSES({
            fromEmail: sesSender.fromAddress,
            fromName: sesSender.fromName,
            sesRegion: Stack.of(this).region,
            configurationSetName: sesSender.configurationSet,
            ...(sesSender.identity.includes('@') ? {} : { sesVerifiedDomain: sesSender.identity }),
          })
        : UserPoolEmail.withCognito(),
      // Losing the pool locks every user out; it stays when the stack goes (see DEPLOY.md).
      deletionProtection: true,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    Validations.of(this.userPool).acknowledge(
      {
        id: 'AwsSolutions-COG2',
        reason:
          'MFA is optional by design: agency staff sign in a few times per quarter, often on shared office PCs without a phone at hand; planners and admins are asked to enrol an authenticator app (DEPLOY.md).',
      },
      {
        id: 'AwsSolutions-COG8',
        reason:
          'The Plus plan (threat protection) costs USD 0.02 per monthly active user on top; for a few hundred staff the optional MFA, 12-character passwords and no self sign-up are the proportionate controls.',
      },
    );

    this.domain = this.userPool.addDomain('HostedSignIn', {
      cognitoDomain: {
        domainPrefix: props.domainPrefix ?? `capaian-${props.stage}-${Stack.of(this).account}`,
      },
    });
  }

  /**
   * Lets `grantee` bring a user's access in line with their Capaian record: invite a new user
   * (and read the pool user an address has already), sign them out everywhere, disable and enable
   * them (the outbox processor, after a user is added or disabled).
   */
  grantAccessControl(grantee: IGrantable): void {
    this.userPool.grant(
      grantee,
      'cognito-idp:AdminCreateUser',
      'cognito-idp:AdminGetUser',
      'cognito-idp:AdminDisableUser',
      'cognito-idp:AdminEnableUser',
      'cognito-idp:AdminUserGlobalSignOut',
    );
  }

  /** The app client of the web app at `webUrl`: a public client (no secret) using the code flow with PKCE. */
  addWebClient(webUrl: string): UserPoolClient {
    return this.userPool.addClient('WebClient', {
      generateSecret: false,
      authFlows: { userSrp: true },
      oAuth: {
        flows: { authorizationCodeGrant: true },
        scopes: [OAuthScope.OPENID, OAuthScope.EMAIL, OAuthScope.PROFILE],
        callbackUrls: [`${webUrl}${signInCallbackPath}`],
        logoutUrls: [`${webUrl}/`],
      },
      supportedIdentityProviders: [UserPoolClientIdentityProvider.COGNITO],
      // Listed, so the e-mail is not among them: without a list a client may write every attribute.
      writeAttributes: new ClientAttributes().withStandardAttributes({ locale: true }),
      preventUserExistenceErrors: true,
      enableTokenRevocation: true,
      // A working session is an hour; the refresh token keeps people signed in for a working month.
      idTokenValidity: Duration.hours(1),
      accessTokenValidity: Duration.hours(1),
      refreshTokenValidity: Duration.days(30),
    });
  }
}
