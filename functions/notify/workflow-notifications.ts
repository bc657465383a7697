import { emailMessages } from '../../shared/messages/email.js';
import { indicatorPlaces } from '../../shared/model/agreement-indicators.js';
import type { TUser } from '../../shared/model/organisation.js';
import {
  agencyOf,
  type TOutboxEvent,
  type TOutboxHandler,
  type TOutboxRun,
} from '../../shared/model/outbox.js';
import { webPaths } from '../../shared/web-paths.js';
import { versionForQuarter } from '../agreement/agreement-in-force.js';
import type { TEmail } from '../email/render-email.js';
import { appUrl, eventEmailKey, loadEventContext } from './event-context.js';
import { sendOnce } from './send-once.js';

type TContext = Awaited<ReturnType<typeof loadEventContext>>;

/** Sends each recipient their own email (in their language), at most once per event. */
async function notify(
  event: TOutboxEvent,
  run: TOutboxRun,
  recipients: TUser[],
  email: (user: TUser) => TEmail,
) {
  for (const user of recipients)
    await sendOnce({ key: eventEmailKey(event, user), to: [user], email: email(user), run });
}

/**
 * A part's event: the part as committed, its division heads, its form's link and what every email
 * about the part says to one recipient (its year, quarter and unit).
 */
async function loadPartEvent(event: TOutboxEvent) {
  const context = await loadEventContext(event);
  const { quarter = 1, unitId = '' } = context.payload;
  const part = context.year.parts.find((p) => p.content.quarter === quarter && p.content.unitId === unitId);
  if (!part) throw new Error(`part ${quarter}/${unitId} not found`);
  return {
    context,
    quarter,
    part,
    divisionHeads: context.withRole('division_head').filter((user) => user.unitId === unitId),
    partUrl: appUrl(webPaths.part(agencyOf(event), event.year, quarter, unitId)),
    about: (user: TUser) => ({
      ...context.base(user),
      year: event.year,
      quarter,
      unitName: context.unitName(unitId),
    }),
  };
}

const timeZone = (context: TContext) => context.agency.timeZone;

async function notifyReturned(event: TOutboxEvent, run: TOutboxRun) {
  const { context, quarter, part, divisionHeads, partUrl, about } = await loadPartEvent(event);
  const agreement = versionForQuarter(context.year.agreements, quarter)?.agreement;
  const names = new Map(
    agreement ? indicatorPlaces(agreement).map((p) => [p.indicator.id, p.indicator.name]) : [],
  );
  const quarterRecord = context.year.quarters.find((q) => q.quarter === quarter);
  await notify(event, run, divisionHeads, (user) => ({
    template: 'partReturned',
    props: {
      ...about(user),
      returnedByName: context.payload.actorName,
      comment: part.review?.comment ?? '',
      indicatorComments: Object.entries(part.review?.indicatorComments ?? {}).map(([id, comment]) => ({
        indicatorName: names.get(id) ?? id,
        comment,
      })),
      dueAt:
        quarterRecord && Date.parse(quarterRecord.dueAt) > Date.parse(run.now)
          ? quarterRecord.dueAt
          : undefined,
      timeZone: timeZone(context),
      formUrl: partUrl,
    },
  }));
}

/** The Bappeda's step above the sign-off: the head and the planners learn of it, with the reason. */
function notifyReviewedByRegion(decision: 'accepted' | 'sentBack'): TOutboxHandler {
  return async (event, run) => {
    const context = await loadEventContext(event);
    const { quarter = 1 } = context.payload;
    const recipients = [...context.withRole('head'), ...context.withRole('planner')];
    await notify(event, run, [...new Set(recipients)], (user) => ({
      template: 'quarterReviewed',
      props: {
        ...context.base(user),
        year: event.year,
        quarter,
        decision,
        byName: context.payload.actorName,
        at: event.createdAt,
        timeZone: timeZone(context),
        reason: context.payload.reason,
        quarterUrl: appUrl(webPaths.quarter(agencyOf(event), event.year, quarter)),
      },
    }));
  };
}

/** The emails that follow each workflow event: to whoever must act next, or must know. */
export const workflowNotifications: Record<string, TOutboxHandler> = {
  'part.submit': async (event, run) => {
    const { context, part, partUrl, about } = await loadPartEvent(event);
    await notify(event, run, context.withRole('verifier'), (user) => ({
      template: 'partSubmitted',
      props: {
        ...about(user),
        submittedByName: context.payload.actorName,
        submittedAt: part.submittedAt ?? event.createdAt,
        timeZone: timeZone(context),
        late: part.late ?? false,
        reviewUrl: partUrl,
      },
    }));
  },

  'part.return': notifyReturned,
  'part.headReturn': notifyReturned,

  // The division head learns that their part is done, not only when it comes back.
  'part.verify': async (event, run) => {
    const { context, part, divisionHeads, partUrl, about } = await loadPartEvent(event);
    await notify(event, run, divisionHeads, (user) => ({
      template: 'partVerified',
      props: {
        ...about(user),
        verifiedByName: context.payload.actorName,
        comment: part.review?.comment ?? '',
        partUrl,
      },
    }));
  },

  'quarter.ready': async (event, run) => {
    const context = await loadEventContext(event);
    const { quarter = 1 } = context.payload;
    await notify(event, run, context.withRole('head'), (user) => ({
      template: 'quarterReady',
      props: {
        ...context.base(user),
        year: event.year,
        quarter,
        unitNames: context.units.map((unit) => unit.name),
        signOffUrl: appUrl(webPaths.quarter(agencyOf(event), event.year, quarter)),
      },
    }));
  },

  'quarter.signOff': async (event, run) => {
    const context = await loadEventContext(event);
    const { quarter = 1 } = context.payload;
    const record = context.year.quarters.find((q) => q.quarter === quarter);
    await notify(event, run, context.recipients, (user) => ({
      template: 'quarterSignedOff',
      props: {
        ...context.base(user),
        year: event.year,
        quarter,
        signedOffByName: context.payload.actorName,
        signedOffAt: record?.signedOffAt ?? event.createdAt,
        timeZone: timeZone(context),
        files: [
          {
            label: emailMessages[user.locale].quarterSignedOff.reportsPage,
            url: appUrl(webPaths.reports(agencyOf(event), event.year, quarter)),
          },
        ],
      },
    }));
  },

  'quarter.accept': notifyReviewedByRegion('accepted'),
  'quarter.sendBack': notifyReviewedByRegion('sentBack'),

  'agreement.submit': async (event, run) => {
    const context = await loadEventContext(event);
    const { version = 1 } = context.payload;
    await notify(event, run, context.withRole('head'), (user) => ({
      template: 'agreementSubmitted',
      props: {
        ...context.base(user),
        year: event.year,
        version,
        submittedByName: context.payload.actorName,
        agreementUrl: appUrl(webPaths.agreement(agencyOf(event), event.year)),
      },
    }));
  },

  'agreement.sign': async (event, run) => {
    const context = await loadEventContext(event);
    const { version = 1 } = context.payload;
    const record = context.year.agreements.find((a) => a.version === version);
    await notify(event, run, context.withRole('planner'), (user) => ({
      template: 'agreementSigned',
      props: {
        ...context.base(user),
        year: event.year,
        version,
        signedByName: context.payload.actorName,
        signedAt: record?.signedAt ?? event.createdAt,
        timeZone: timeZone(context),
        effectiveFromQuarter: version > 1 ? record?.effectiveFromQuarter : undefined,
        agreementUrl: appUrl(webPaths.agreement(agencyOf(event), event.year)),
      },
    }));
  },
};
