import "server-only";
import { type ErrorCatalog } from "./error-text";
import { type Locale } from "./locales";
import ar from "./errors/ar.json";
import es from "./errors/es.json";
import fr from "./errors/fr.json";
import ru from "./errors/ru.json";
import zh from "./errors/zh.json";

// The form error messages' translations (server/i18n/error-text.ts), one catalogue per language; English needs none.

const CATALOGS: Record<Exclude<Locale, "en">, ErrorCatalog> = { ar, zh, fr, ru, es };

export const errorCatalogIn = (locale: Locale): ErrorCatalog => (locale === "en" ? {} : CATALOGS[locale]);
