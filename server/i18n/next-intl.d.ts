import type { Locale } from "./locales";
import type { Messages } from "./messages";

// Types next-intl's keys, languages and format names: a message key that does not exist fails the type check.
declare module "next-intl" {
  interface AppConfig {
    Locale: Locale;
    Messages: Messages;
  }
}
