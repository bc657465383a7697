import { AppError, issuesUnder } from '../../shared/app-error.js';
import { t } from '../../shared/i18n.js';
import { cycleMessages } from '../../shared/messages/cycle.js';
import type { TAgreementVersion } from '../../shared/model/agreement.js';
import { checkAgreement } from '../../shared/model/agreement-rules.js';
import type { TUnit } from '../../shared/model/organisation.js';
import { unitsOfYear } from '../../shared/model/unit-history.js';

/**
 * Throws a 400 listing every consistency rule the agreement breaks, each with its field path in
 * the request body (the content travels as `content`). A year's agreement names the units of
 * that year (a restructuring ends some and begins others).
 */
export function assertConsistent(agreement: TAgreementVersion, units: readonly TUnit[]): void {
  const issues = issuesUnder('content', checkAgreement(agreement, unitsOfYear(units, agreement.year)));
  if (issues.length > 0) {
    throw new AppError('BAD_REQUEST', t(cycleMessages).agreementInconsistent, {
      issues,
    });
  }
}
