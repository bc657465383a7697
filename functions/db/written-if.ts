import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';

/**
 * Runs a conditional write (a put if absent, a claim, a once-only update): true when it was
 * written, false when its condition did not hold. Any other failure is thrown. Apart from
 * conditional.ts, which loads the app's client and configuration, so that the table scripts and
 * the migrations can use it with a client of their own.
 */
export async function writtenIf(write: Promise<unknown>): Promise<boolean> {
  try {
    await write;
    return true;
  } catch (error) {
    if (error instanceof ConditionalCheckFailedException) return false;
    throw error;
  }
}
