/*
 * What `npm run dev` (the only command that runs Vite's dev server) changes in it. Vite 8's
 * default CORS policy lets any page on a localhost origin read what the dev server serves —
 * workspace files through /@fs/, the app's data — and /__open-in-editor opens files in the
 * user's editor on request. Hot reload needs neither.
 * (Plain JS with a .d.mts beside it: both Vite configs import it with its extension, as Vite's
 * native config loader wants.)
 */

export const hardenedDevServer = {
  cors: false,
};

/** Answers /__open-in-editor with 404 before Vite's own handler sees it. */
export function blockOpenInEditor() {
  return {
    name: 'softphone:block-open-in-editor',
    apply: 'serve',
    // A plain configureServer hook runs before Vite adds its middlewares, so this comes first.
    configureServer(server) {
      server.middlewares.use('/__open-in-editor', (_request, response) => {
        response.statusCode = 404;
        response.end('Not found');
      });
    },
  };
}
