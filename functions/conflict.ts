import { AppError } from '../shared/app-error.js';
import { ChangeConflictError } from './db/commit.js';
import { say } from './language.js';

/**
 * Turns a lost race into the answer the user needs: 423 when the quarter was signed off
 * meanwhile, else 409 carrying the item as it is now. Rethrows anything else.
 */
export function conflictToAppError(error: unknown): never {
  if (!(error instanceof ChangeConflictError)) throw error;
  const current = error.current ?? null;
  if (current?.type === 'quarter' && current.state === 'signed_off') {
    throw new AppError(
      'LOCKED',
      say({ id: 'Triwulan ini sudah disahkan dan terkunci', en: 'This quarter is signed off and locked' }),
      {
        details: { current },
      },
    );
  }
  throw staleRevision(current);
}

/** The 409 for a write made from an outdated revision, carrying the current state. */
export function staleRevision(current: unknown): AppError {
  return new AppError(
    'CONFLICT',
    say({
      id: 'Data ini telah diubah orang lain; muat ulang dan coba lagi',
      en: 'Someone else changed this meanwhile; reload and try again',
    }),
    { details: { current } },
  );
}
