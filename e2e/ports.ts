// The end-to-end servers' ports (playwright.config.ts starts them).
export const PGLITE_PORT = 3210;
export const POSTGRES_PORT = 3211;
/** A second app server on the PostgreSQL test database, for the specs of several instances. */
export const POSTGRES_SECOND_PORT = 3212;
/** Servers that e2e/lifecycle.spec.ts starts and stops itself. */
export const LIFECYCLE_PORT = 3230;
export const LIFECYCLE_SECOND_PORT = 3231;
/** The server e2e/own-server.ts starts with email configured and its database behind a proxy it freezes. */
export const OWN_SERVER_PORT = 3232;
