import { utcOffsets } from '../../shared/calendar/due-date.js';
import type { TAgency } from '../../shared/model/organisation.js';

const hourMs = 3_600_000;

/** The next moment (after `now`) whose local hour in the zone is `hour`:00. */
export function nextLocalHour(now: Date, hour: number, timeZone: TAgency['timeZone']): Date {
  const offsetHours = Number(utcOffsets[timeZone].slice(0, 3));
  const local = new Date(now.getTime() + offsetHours * hourMs);
  const next =
    Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate(), hour) - offsetHours * hourMs;
  return new Date(next > now.getTime() ? next : next + 24 * hourMs);
}

/** Runs `job` every day at `hour`:00 local time (locally what EventBridge Scheduler does on AWS). */
export function runDaily(
  hour: number,
  timeZone: TAgency['timeZone'],
  job: () => Promise<unknown>,
): () => void {
  let timer: NodeJS.Timeout;
  const schedule = () => {
    timer = setTimeout(
      async () => {
        await job().catch((error) => console.error('daily job failed', error));
        schedule();
      },
      nextLocalHour(new Date(), hour, timeZone).getTime() - Date.now(),
    );
  };
  schedule();
  return () => clearTimeout(timer);
}
