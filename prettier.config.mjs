// One format for the whole codebase, checked by `npm run format:check` (in `npm test`); `npm run format` applies it.
// The Tailwind plugin sorts class names in the order Tailwind's own docs use.

/** @type {import("prettier").Config & import("prettier-plugin-tailwindcss").PluginOptions} */
const config = {
  printWidth: 120,
  plugins: ["prettier-plugin-tailwindcss"],
  tailwindStylesheet: "./app/globals.css",
  tailwindFunctions: ["cn", "clsx"],
};

export default config;
