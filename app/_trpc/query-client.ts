import { defaultShouldDehydrateQuery, QueryClient } from "@tanstack/react-query";

// One factory for the server's per-request client and the browser's long-lived one.
export function makeQueryClient() {
  return new QueryClient({
    defaultOptions: {
      queries: { staleTime: 60_000 },
      dehydrate: {
        // Stream queries that are still pending from server components to the client.
        shouldDehydrateQuery: (query) => defaultShouldDehydrateQuery(query) || query.state.status === "pending",
      },
    },
  });
}
