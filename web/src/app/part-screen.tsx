import type { TScreenProps } from '../components/screen-props';
import { lazyScreen } from './lazy-screen';
import { useUser } from './session';

const QuarterFormScreen = lazyScreen(() => import('../screens/quarter-form/quarter-form-screen'));
const ReviewScreen = lazyScreen(() => import('../screens/review/review-screen'));

/**
 * A part's one address (the one e-mails link to) serves whoever opens it: its unit's division
 * head gets the quarter form, the verifier and the head the review with their decisions, anyone
 * else the same review read-only. Moving around the app loads only the chosen screen's chunk.
 */
export function PartScreen({ params }: TScreenProps) {
  const user = useUser();
  const writes = user.roles.includes('division_head') && user.unitId === params.unitId;
  return writes ? <QuarterFormScreen params={params} /> : <ReviewScreen params={params} />;
}

/** Opened from an e-mail, who is asking is not known yet: both chunks (a few KB) load ahead. */
PartScreen.preload = () => Promise.all([QuarterFormScreen.preload(), ReviewScreen.preload()]);
