import type { Preferences } from '../../../../shared/preferences';
import { languageNames } from '../../i18n/languages';
import { useMessages } from '../../i18n/use-messages';
import { useAppStore } from '../../store/store-context';
import { PreferenceSelect, type SelectOption } from './PreferenceSelect';

export function LanguageSelect() {
  const t = useMessages();
  const language = useAppStore((state) => state.preferences.language);
  const setPreferences = useAppStore((state) => state.setPreferences);
  const options: SelectOption<Preferences['language']>[] = [
    { value: 'auto', label: t.languageAuto },
    { value: 'en', label: languageNames.en, lang: 'en' },
    { value: 'zh-CN', label: languageNames['zh-CN'], lang: 'zh-CN' },
  ];
  return (
    <PreferenceSelect
      label={t.language}
      value={language}
      options={options}
      onChange={(value) => void setPreferences({ language: value })}
    />
  );
}
