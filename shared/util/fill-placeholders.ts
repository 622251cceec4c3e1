/**
 * Fills `{name}` placeholders the way vue-i18n reads the same message, so main can say in its own
 * English exactly what a window shows from one shared table. An unknown name stays as written.
 */
export function fillPlaceholders(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (placeholder, name: string) => (Object.hasOwn(values, name) ? String(values[name]) : placeholder));
}
