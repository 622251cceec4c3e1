/** The browser's (in Electron: the OS's) preferred languages, best first. */
export function systemLanguages(): readonly string[] {
  return navigator.languages.length > 0 ? navigator.languages : [navigator.language];
}
