import { AppError } from '../../shared/app-error.js';
import { t } from '../../shared/i18n.js';
import { cycleMessages } from '../../shared/messages/cycle.js';
import type { TAgreementVersion } from '../../shared/model/agreement.js';
import { checkAgreement } from '../../shared/model/agreement-rules.js';
import type { TUnit } from '../../shared/model/organisation.js';

/**
 * Throws a 400 listing every consistency rule the agreement breaks, each with its field path in
 * the request body (the content travels as `content`).
 */
export function assertConsistent(agreement: TAgreementVersion, units: readonly TUnit[]): void {
  const issues = checkAgreement(agreement, units).map((issue) => ({
    ...issue,
    path: `content.${issue.path}`,
  }));
  if (issues.length > 0) {
    throw new AppError('BAD_REQUEST', t(cycleMessages).agreementInconsistent, {
      issues,
    });
  }
}
