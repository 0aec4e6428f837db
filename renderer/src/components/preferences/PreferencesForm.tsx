import { useId, useRef, type ReactNode } from 'react';
import { format } from '../../i18n/format';
import { languageNames } from '../../i18n/languages';
import { useMessages } from '../../i18n/use-messages';
import { ModalDialog } from '../wizard/ModalDialog';
import { PathField } from '../wizard/PathField';
import { ProblemIcon } from '../wizard/ProblemIcon';
import { RadioCards } from '../wizard/RadioCards';
import { SelectField } from '../wizard/SelectField';
import { TextField } from '../wizard/TextField';
import { useHostInfo } from '../wizard/use-host-info';
import { numberRange, rangeText, type PreferenceField } from './preferences-draft';
import { usePreferencesForm } from './use-preferences-form';
import './preferences.css';

function Section({ title, children }: { title: string; children: ReactNode }) {
  const id = useId();
  return (
    <section className="preferences__section" aria-labelledby={id}>
      <h3 id={id} className="preferences__heading">
        {title}
      </h3>
      <div className="form-grid">{children}</div>
    </section>
  );
}

/** The Preferences dialog's form, mounted while open; Save checks, stores, and closes. */
export function PreferencesForm({ onClose }: { onClose(): void }) {
  const t = useMessages();
  const titleId = useId();
  const body = useRef<HTMLDivElement>(null);
  const host = useHostInfo();
  const focus = (field: PreferenceField) =>
    body.current?.querySelector<HTMLElement>(`[data-field="${field}"]`)?.focus();
  const { draft, problems, saving, failure, refusedFields, set, save } = usePreferencesForm(onClose, focus);
  const native = host?.nativeFilePicker ?? false;
  const interval = numberRange('metricsIntervalSec');
  const history = numberRange('metricsHistoryMinutes');
  const scrollback = numberRange('terminalScrollback');

  return (
    <ModalDialog labelledBy={titleId} className="preferences" busy={saving} onCancel={onClose}>
      <form
        className="modal-dialog__form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <header className="modal-dialog__header preferences__header">
          <h2 id={titleId} className="modal-dialog__title">
            {t.pfTitle}
          </h2>
        </header>
        <div className="modal-dialog__body" ref={body}>
          {(failure !== null || refusedFields) && (
            <p className="modal-dialog__alert" role="alert">
              <ProblemIcon severity="error" />
              <span>{failure !== null ? format(t.pfSaveFailed, { message: failure }) : t.pfFixFields}</span>
            </p>
          )}
          <fieldset className="preferences__fields" disabled={saving}>
            <Section title={t.pfSectionAppearance}>
              <SelectField
                field="theme"
                label={t.pfTheme}
                value={draft.theme}
                choices={[
                  { value: 'auto', label: t.pfThemeSystem },
                  { value: 'light', label: t.pfThemeLight },
                  { value: 'dark', label: t.pfThemeDark },
                ]}
                onChange={(value) => set('theme', value)}
                problem={problems.theme}
              />
              <SelectField
                field="language"
                label={t.pfLanguage}
                value={draft.language}
                choices={[
                  { value: 'auto', label: t.pfLanguageSystem },
                  { value: 'en', label: languageNames.en, lang: 'en' },
                  { value: 'zh-CN', label: languageNames['zh-CN'], lang: 'zh-CN' },
                ]}
                onChange={(value) => set('language', value)}
                problem={problems.language}
              />
            </Section>

            <Section title={t.pfSectionNewVms}>
              <div className="form-grid__wide">
                <PathField
                  field="diskFolder"
                  label={t.pfDiskFolder}
                  placeholder={t.pfDiskFolderPlaceholder}
                  purpose="any"
                  nativePicker={false}
                  value={draft.diskFolder}
                  onChange={(value) => set('diskFolder', value)}
                  problem={problems.diskFolder}
                  idleHint={
                    host ? format(t.pfDiskFolderHint, { dataDir: host.dataDir }) : t.pfDiskFolderHintNoDir
                  }
                />
              </div>
              <SelectField
                field="defaultAccel"
                label={t.pfAccel}
                value={draft.defaultAccel}
                choices={[
                  { value: 'auto', label: t.pfAccelAuto },
                  { value: 'kvm', label: t.pfAccelKvm },
                  { value: 'tcg', label: t.pfAccelTcg },
                ]}
                onChange={(value) => set('defaultAccel', value)}
                problem={problems.defaultAccel}
              />
            </Section>

            <Section title={t.pfSectionQemu}>
              {(['qemuSystemPath', 'qemuImgPath'] as const).map((field) => (
                <div key={field} className="form-grid__wide">
                  <PathField
                    field={field}
                    label={field === 'qemuSystemPath' ? t.pfQemuSystemPath : t.pfQemuImgPath}
                    placeholder={t.pfFromPath}
                    purpose="any"
                    nativePicker={native}
                    value={draft[field]}
                    onChange={(value) => set(field, value)}
                    problem={problems[field]}
                    idleHint={t.pfQemuPathHint}
                  />
                </div>
              ))}
            </Section>

            <Section title={t.pfSectionMonitoring}>
              <TextField
                field="metricsIntervalSec"
                label={t.pfMetricsInterval}
                type="number"
                inputMode="decimal"
                min={interval.min}
                max={interval.max}
                value={draft.metricsIntervalSec}
                onChange={(value) => set('metricsIntervalSec', value)}
                problem={problems.metricsIntervalSec}
                hint={format(t.pfRangeHint, rangeText('metricsIntervalSec'))}
              />
              <TextField
                field="metricsHistoryMinutes"
                label={t.pfMetricsHistory}
                type="number"
                inputMode="numeric"
                min={history.min}
                max={history.max}
                value={draft.metricsHistoryMinutes}
                onChange={(value) => set('metricsHistoryMinutes', value)}
                problem={problems.metricsHistoryMinutes}
                hint={format(t.pfRangeHint, rangeText('metricsHistoryMinutes'))}
              />
            </Section>

            <Section title={t.pfSectionTerminals}>
              <TextField
                field="terminalScrollback"
                label={t.pfTerminalScrollback}
                type="number"
                inputMode="numeric"
                min={scrollback.min}
                max={scrollback.max}
                value={draft.terminalScrollback}
                onChange={(value) => set('terminalScrollback', value)}
                problem={problems.terminalScrollback}
                hint={format(t.pfTerminalScrollbackHint, rangeText('terminalScrollback'))}
              />
              <TextField
                field="sshUser"
                label={t.pfSshUser}
                placeholder={t.pfSshUserPlaceholder}
                autoComplete="off"
                autoCapitalize="off"
                spellCheck={false}
                value={draft.sshUser}
                onChange={(value) => set('sshUser', value)}
                problem={problems.sshUser}
                hint={t.pfSshUserHint}
              />
            </Section>

            <section className="preferences__section">
              <RadioCards
                legend={t.pfQuitLegend}
                field="shutDownVmsOnQuit"
                columns={2}
                value={draft.shutDownVmsOnQuit ? 'shutDown' : 'keep'}
                options={[
                  { value: 'keep', label: t.pfQuitKeep, hint: t.pfQuitKeepHint },
                  { value: 'shutDown', label: t.pfQuitShutDown, hint: t.pfQuitShutDownHint },
                ]}
                onChange={(value) => set('shutDownVmsOnQuit', value === 'shutDown')}
              />
            </section>
          </fieldset>
        </div>
        <footer className="modal-dialog__footer">
          <span className="modal-dialog__spacer" />
          <button type="button" className="button" disabled={saving} onClick={onClose}>
            {t.pfCancel}
          </button>
          <button type="submit" className="button modal-dialog__primary" disabled={saving}>
            {saving ? t.pfSaving : t.pfSave}
          </button>
        </footer>
      </form>
    </ModalDialog>
  );
}
