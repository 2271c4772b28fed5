import { NotFoundMessage } from "./_components/not-found-message";
import { SiteChrome } from "./_components/site-chrome";

// An address no route matches: rendered in the root layout alone, so it brings the site's chrome.
export default function NotFound() {
  return (
    <SiteChrome>
      <NotFoundMessage />
    </SiteChrome>
  );
}
