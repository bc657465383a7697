import { beforeAll } from 'vitest';
import { seedDemoDataIfEmpty } from '../../functions/local/seed-demo.js';
import { withIsolatedStore } from './store.js';

/** A fresh table and buckets for the calling file, loaded with the demo data. */
export function withSeededStore(): void {
  withIsolatedStore();
  beforeAll(async () => {
    await seedDemoDataIfEmpty();
  });
}
