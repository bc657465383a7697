import { beforeAll } from 'vitest';
import { seedDemoDataIfEmpty } from '../../functions/local/seed-demo.js';
import { useIsolatedStore } from './store.js';

/** A fresh table and buckets for the calling file, loaded with the demo data. */
export function useSeededStore(): void {
  useIsolatedStore();
  beforeAll(async () => {
    await seedDemoDataIfEmpty();
  });
}
