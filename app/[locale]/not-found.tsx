import { NotFoundMessage } from "@/app/_components/not-found-message";
import { SiteChrome } from "@/app/_components/site-chrome";

// An address no route matches (app/[locale]/[...rest]/), or a page that calls notFound() outside the site's layout:
// rendered in the language's root layout alone, so it brings the site's chrome.
export default function NotFound() {
  return (
    <SiteChrome>
      <NotFoundMessage />
    </SiteChrome>
  );
}
