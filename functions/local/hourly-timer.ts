import { systemClock } from '../clock.js';
import { log } from '../log.js';

const hourMs = 3_600_000;

/** The next top of an hour after `now` (Indonesia's offsets are whole hours, so local and UTC agree). */
export const nextTopOfHour = (now: Date): Date => new Date((Math.floor(now.getTime() / hourMs) + 1) * hourMs);

/** Runs `job` at the top of every hour with that moment, as EventBridge Scheduler does on AWS. */
export function runHourly(job: (at: Date) => Promise<unknown>): () => void {
  let timer: NodeJS.Timeout;
  const schedule = () => {
    const at = nextTopOfHour(new Date(systemClock.now()));
    timer = setTimeout(async () => {
      await job(at).catch((error) => log.error('hourly job failed', error, { at: at.toISOString() }));
      schedule();
    }, at.getTime() - Date.parse(systemClock.now()));
  };
  schedule();
  return () => clearTimeout(timer);
}
