import { type ComponentType, createElement, use } from 'react';
import type { TScreenProps } from '../components/screen-props';

type TScreenModule = { default: ComponentType<TScreenProps> };

/** A screen in its own chunk that can be fetched before it is first rendered. */
export type TLazyScreen = ComponentType<TScreenProps> & { preload: () => Promise<unknown> };

/**
 * Like React.lazy, but a chunk fetched ahead (`preload`) renders at once. React.lazy suspends
 * at least once even then, and React 19 holds a Suspense reveal back for up to 300 ms after a
 * fallback: on the first screen that costs more than everything else together.
 */
export function lazyScreen(load: () => Promise<TScreenModule>): TLazyScreen {
  let loaded: ComponentType<TScreenProps> | undefined;
  let pending: Promise<unknown> | undefined;
  const preload = () => {
    pending ??= load().then(
      (module) => {
        loaded = module.default;
      },
      (error: unknown) => {
        pending = undefined; // a later visit tries again (a dropped connection)
        throw error;
      },
    );
    return pending;
  };
  // biome-ignore lint/correctness/noComponentHookFactories: made once per screen at module load, as React.lazy makes its components.
  function LazyScreen(props: TScreenProps) {
    if (!loaded) use(preload());
    return loaded ? createElement(loaded, props) : null;
  }
  return Object.assign(LazyScreen, { preload });
}
