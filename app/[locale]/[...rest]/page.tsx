import { notFound } from "next/navigation";

// Any address under a language that no page matches: the language's 404 page (app/[locale]/not-found.tsx).
export default function UnknownPage() {
  notFound();
}
