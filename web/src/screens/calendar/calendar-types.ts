import type { InferResponseType } from 'hono/client';
import type { api } from '../../api/client';

/** The calendar as the API answers it. */
export type TCalendarView = InferResponseType<
  (typeof api.agencies)[':agencyId']['years'][':year']['calendar']['$get'],
  200
>;
