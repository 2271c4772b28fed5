import { NotFoundMessage } from "@/app/_components/not-found-message";

// notFound() from a page of the site: rendered inside the site's layout.
export default function NotFound() {
  return <NotFoundMessage />;
}
