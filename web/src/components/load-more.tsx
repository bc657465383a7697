import { commonMessages } from '../../../shared/messages/common';
import { useMessages } from '../i18n/i18n';

type TLoadMoreProps = {
  /** The list's infinite query: whether a page follows, and how to fetch it. */
  query: { hasNextPage: boolean; isFetchingNextPage: boolean; fetchNextPage: () => unknown };
};

/** "Muat lebih banyak" under a list read a page at a time, while a page follows the ones shown. */
export function LoadMore({ query }: TLoadMoreProps) {
  const m = useMessages(commonMessages);
  if (!query.hasNextPage) return null;
  return (
    <p className="load-more">
      <button
        type="button"
        className="secondary"
        disabled={query.isFetchingNextPage}
        onClick={() => void query.fetchNextPage()}
      >
        {query.isFetchingNextPage ? m.loading : m.loadMore}
      </button>
    </p>
  );
}
