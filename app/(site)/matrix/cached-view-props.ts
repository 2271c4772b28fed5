/** What a cached matrix view is rendered for: its key (server/cache/view-routes.ts), decoded. */
export type CachedViewProps = { today: string; search: string };
