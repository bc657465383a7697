/** What the router hands every screen: the named segments of its path. */
export type TScreenProps = { params: Record<string, string> };
