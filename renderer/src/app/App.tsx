import { ErrorAlerts } from '../components/errors/ErrorAlerts';
import { Header } from '../components/header/Header';
import { VmTable } from '../components/vm-table/VmTable';
import { useDocumentSettings } from './use-document-settings';
import './app.css';

export function App() {
  useDocumentSettings();
  return (
    <div className="app">
      <Header />
      <main className="app__main">
        <ErrorAlerts />
        <VmTable />
      </main>
    </div>
  );
}
