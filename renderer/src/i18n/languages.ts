import type { Preferences } from '../../../shared/preferences';
import { en, type Messages } from './en';
import { zhCN } from './zh-CN';

export type Language = Exclude<Preferences['language'], 'auto'>;

export const dictionaries: Record<Language, Messages> = { en, 'zh-CN': zhCN };

/** Each language's own name, shown the same whatever the current language. */
export const languageNames: Record<Language, string> = { en: 'English', 'zh-CN': '简体中文' };

/** The language to show: the preference, or for 'auto' the browser's (Chinese → zh-CN, else English). */
export function resolveLanguage(preference: Preferences['language'], browserLanguage: string): Language {
  if (preference !== 'auto') return preference;
  return browserLanguage.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
}
