/**
 * A text that is a template rather than a scenario document. Its own file: the Explorer checks
 * every paste with it, and the template tools load only when a template is imported.
 */
export function looksLikeTemplate(text: string): boolean {
  if (/^\s*(AWSTemplateFormatVersion|Transform|Resources|Globals)\s*:/m.test(text)) return true;
  return /^\s*\{/.test(text) && /"Resources"\s*:/.test(text) && !/"nodes"\s*:/.test(text);
}
