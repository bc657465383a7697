import { AppError } from '../shared/app-error.js';
import { ChangeConflictError } from './db/commit.js';
import { say } from './language.js';

/** Turns a lost race into a 409 carrying the item as it is now; rethrows anything else. */
export function conflictToAppError(error: unknown): never {
  if (error instanceof ChangeConflictError) {
    throw new AppError(
      'CONFLICT',
      say({
        id: 'Data ini telah diubah orang lain; muat ulang dan coba lagi',
        en: 'Someone else changed this meanwhile; reload and try again',
      }),
      { details: { current: error.current ?? null } },
    );
  }
  throw error;
}
