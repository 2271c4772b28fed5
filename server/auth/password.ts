import "server-only";
import { hash, verify } from "@node-rs/argon2";

// argon2id (the library's default algorithm) with OWASP's recommended minimum cost:
// 19 MiB of memory, 2 iterations, 1 degree of parallelism.
const OWASP_ARGON2ID = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export const hashPassword = (password: string) => hash(password, OWASP_ARGON2ID);

export const verifyPassword = (passwordHash: string, password: string) => verify(passwordHash, password);
