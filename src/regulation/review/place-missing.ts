import { detectLanguage } from '../detect-language.js';
import { detectProfile } from '../detect-profile.js';
import { findSections } from '../find-sections.js';
import { parseStructure } from '../parse-structure.js';
import type { DocumentLine } from '../read-regulation.js';
import { loadProfile, profileIds } from '../regulation-profile.js';

/**
 * Whether a section of the draft starts at its last logical line, as the check finds sections (language and profile
 * detected as the check detects them; for a Russian text that names neither country, either profile's). The check
 * names the last line for a missing section that belongs before a section found there, and for a missing part that
 * belongs at the text's end: this tells the two apart.
 */
export function sectionStartsAtLastLine(lines: readonly DocumentLine[]): boolean {
  const text = lines.map((line) => line.text).join('\n');
  const lang = detectLanguage(text);
  if (!lang) return false;
  const detected = detectProfile(text, lang);
  const candidates = (detected ? [detected] : [...profileIds]).map((id) => loadProfile(id)).filter((profile) => profile.languages.includes(lang));
  return candidates.some((profile) => {
    const structured = parseStructure([...lines], profile, lang);
    return findSections(structured, profile, lang).some((section) => section.index === structured.length - 1);
  });
}
