import { useMessages } from '../../i18n/use-messages';
import { ConnectionStatus } from './ConnectionStatus';
import { LanguageSelect } from './LanguageSelect';
import { ThemeSelect } from './ThemeSelect';
import { VireoMark } from './VireoMark';
import './header.css';

export function Header() {
  const t = useMessages();
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
      </div>
    </header>
  );
}
