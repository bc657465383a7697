import { app } from '../../functions/api/app.js';
import { authorizationOf } from './api-client.js';

/** Lambda's most for a synchronous answer: the JSON it is sent as, 6 MB. */
export const lambdaAnswerBytes = 6 * 1024 * 1024;

/** A GET as the Lambda adapter hands its answer back (its body inside the JSON of the result), by `userId`. */
export async function lambdaAnswer(
  path: string,
  userId = 'pengamat',
): Promise<{ status: number; bytes: number; body: unknown }> {
  const response = await app.request(path, { headers: await authorizationOf(userId) });
  const text = await response.text();
  const result = { statusCode: response.status, headers: {}, body: text, isBase64Encoded: false };
  return {
    status: response.status,
    bytes: Buffer.byteLength(JSON.stringify(result)),
    body: JSON.parse(text),
  };
}
