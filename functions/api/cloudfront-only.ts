import { createHash, timingSafeEqual } from 'node:crypto';
import { createMiddleware } from 'hono/factory';
import { AppError } from '../../shared/app-error.js';
import { t } from '../../shared/i18n.js';
import { apiMessages } from '../../shared/messages/api.js';
import { originSecretHeader } from './origin-header.js';

const digest = (value: string) => createHash('sha256').update(value).digest();

/**
 * Refuses every request that did not come through the web distribution, so none skips its web
 * firewall: only CloudFront sends the origin secret. Refused before anything reads the database.
 */
export function cloudFrontOnly(originSecret: string) {
  const expected = digest(originSecret);
  return createMiddleware(async (c, next) => {
    const sent = c.req.header(originSecretHeader);
    // Compared as digests: equal lengths, and no timing hint of how much matched.
    if (sent === undefined || !timingSafeEqual(digest(sent), expected)) {
      throw new AppError('FORBIDDEN', t(apiMessages).webAppOnly);
    }
    await next();
  });
}
