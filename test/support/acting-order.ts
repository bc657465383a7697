import type { TActingOrder } from '../../shared/model/acting.js';

/** The seed head's stand-in, days far ahead so that no other step of a test meets them in force. */
export const headStandIn: TActingOrder = {
  kind: 'plh',
  duty: 'head',
  userId: 'sekretaris',
  from: '2099-01-05',
  until: '2099-01-06',
  decree: '800/12/Dinsos',
};
