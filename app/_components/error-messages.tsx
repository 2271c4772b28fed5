"use client";

import { createContext, useContext } from "react";
import { errorIn, type ErrorCatalog } from "@/server/i18n/error-text";

// The page's catalogue of form error messages (server/i18n/error-catalog.ts), sent only with the pages that have
// forms (ClientMessages with the "forms" namespace), so Field and FormErrors show a message in the page's language.

const Catalog = createContext<ErrorCatalog>({});

export function ErrorMessagesProvider({ catalog, children }: { catalog: ErrorCatalog; children: React.ReactNode }) {
  return <Catalog value={catalog}>{children}</Catalog>;
}

/** A form's error message in the page's language, where the catalogue has it. */
export function useErrorText(): (message: string) => string {
  const catalog = useContext(Catalog);
  return (message) => errorIn(catalog, message);
}

/** A form's or the server's error message as text, in the page's language where the catalogue has it. */
export function ErrorText({ message }: { message: string }) {
  return useErrorText()(message);
}
