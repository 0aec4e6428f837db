import { useMessages } from '../../i18n/use-messages';
import { useAppStore } from '../../store/store-context';
import { ConnectionStatus } from './ConnectionStatus';
import { LanguageSelect } from './LanguageSelect';
import { ThemeSelect } from './ThemeSelect';
import { VireoMark } from './VireoMark';
import './header.css';

export function Header() {
  const t = useMessages();
  const openPreferences = useAppStore((state) => state.setPreferencesOpen);
  return (
    <header className="app-header">
      <div className="app-header__brand">
        <VireoMark />
        <h1 className="app-header__title">{t.appName}</h1>
      </div>
      <ConnectionStatus />
      <div className="app-header__settings">
        <LanguageSelect />
        <ThemeSelect />
        <button type="button" className="button" onClick={() => openPreferences(true)}>
          <svg
            className="button__icon"
            viewBox="0 0 16 16"
            width="16"
            height="16"
            aria-hidden="true"
            focusable="false"
          >
            <path
              d="M2.5 4.5h6M12 4.5h1.5M2.5 11.5H4M7.5 11.5h6"
              fill="none"
              stroke="currentColor"
              strokeWidth="1.6"
              strokeLinecap="round"
            />
            <circle cx="10.2" cy="4.5" r="1.8" fill="none" stroke="currentColor" strokeWidth="1.6" />
            <circle cx="5.8" cy="11.5" r="1.8" fill="none" stroke="currentColor" strokeWidth="1.6" />
          </svg>
          {t.mwPreferences}
        </button>
      </div>
    </header>
  );
}
