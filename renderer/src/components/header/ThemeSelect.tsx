import type { Preferences } from '../../../../shared/preferences';
import { useMessages } from '../../i18n/use-messages';
import { useAppStore } from '../../store/store-context';
import { PreferenceSelect, type SelectOption } from './PreferenceSelect';

export function ThemeSelect() {
  const t = useMessages();
  const theme = useAppStore((state) => state.preferences.theme);
  const setPreferences = useAppStore((state) => state.setPreferences);
  const options: SelectOption<Preferences['theme']>[] = [
    { value: 'auto', label: t.themeAuto },
    { value: 'light', label: t.themeLight },
    { value: 'dark', label: t.themeDark },
  ];
  return (
    <PreferenceSelect
      label={t.theme}
      value={theme}
      options={options}
      onChange={(value) => void setPreferences({ theme: value })}
    />
  );
}
