import { useId } from 'react';
import { useMessages } from '../../i18n/use-messages';
import { cloudImageKind } from './cloud-draft';
import { PathField } from './PathField';
import { TextAreaField } from './TextAreaField';
import { TextField } from './TextField';
import type { Wizard } from './use-wizard';

const plain = { spellCheck: false, autoComplete: 'off', autoCapitalize: 'off' } as const;

/**
 * The Cloud image source: the image (a path the engine checks, or a URL it downloads), its
 * optional SHA-256, and what cloud-init sets up at first boot.
 */
export function CloudSourceFields({ wizard }: { wizard: Wizard }) {
  const t = useMessages();
  const introId = useId();
  const { draft, problems, checks, host } = wizard;
  const url = draft.cloudImage.trim() !== '' && cloudImageKind(draft.cloudImage) === 'url';

  return (
    <>
      <div className="form-stack wizard__paths">
        <PathField
          field="cloudImage"
          label={t.wzCloudImage}
          placeholder={t.wzCloudImagePlaceholder}
          value={draft.cloudImage}
          onChange={(value) => wizard.setText('cloudImage', value)}
          purpose="disk"
          nativePicker={host?.nativeFilePicker ?? false}
          problem={problems.cloudImage}
          check={checks.cloudImage}
          idleHint={url ? t.wzCloudImageUrlHint : t.wzCloudImageHint}
        />
        <TextField
          field="cloudSha256"
          label={t.wzCloudSha256}
          placeholder={t.wzCloudSha256Placeholder}
          className="path-field"
          value={draft.cloudSha256}
          onChange={(value) => wizard.setText('cloudSha256', value)}
          problem={problems.cloudSha256}
          hint={t.wzCloudSha256Hint}
          {...plain}
        />
      </div>
      <fieldset className="wizard__group" aria-describedby={introId}>
        <legend className="wizard__group-title">{t.wzCloudInitGroup}</legend>
        <p id={introId} className="wizard__group-intro">
          {t.wzCloudInitIntro}
        </p>
        <div className="form-grid">
          <TextField
            field="hostname"
            label={t.wzHostname}
            value={wizard.hostname}
            onChange={(value) => wizard.setText('hostname', value)}
            problem={problems.hostname}
            hint={draft.hostnameEdited ? t.wzHostnameHint : t.wzHostnameSuggestedHint}
            {...plain}
          />
          <TextField
            field="cloudUser"
            label={t.wzCloudUser}
            placeholder={t.wzCloudUserPlaceholder}
            value={draft.cloudUser}
            onChange={(value) => wizard.setText('cloudUser', value)}
            problem={problems.cloudUser}
            hint={t.wzCloudUserHint}
            {...plain}
          />
          <TextField
            field="cloudPassword"
            label={t.wzCloudPassword}
            type="password"
            autoComplete="new-password"
            value={draft.cloudPassword}
            onChange={(value) => wizard.setText('cloudPassword', value)}
            problem={problems.cloudPassword}
            hint={t.wzCloudPasswordHint}
          />
          <TextField
            field="cloudPackages"
            label={t.wzCloudPackages}
            placeholder={t.wzCloudPackagesPlaceholder}
            value={draft.cloudPackages}
            onChange={(value) => wizard.setText('cloudPackages', value)}
            problem={problems.cloudPackages}
            hint={t.wzCloudPackagesHint}
            {...plain}
          />
          <TextAreaField
            className="form-grid__wide"
            field="cloudKeys"
            label={t.wzCloudKeys}
            placeholder={t.wzCloudKeysPlaceholder}
            rows={3}
            value={draft.cloudKeys}
            onChange={(value) => wizard.setText('cloudKeys', value)}
            problem={problems.cloudKeys}
            hint={t.wzCloudKeysHint}
            {...plain}
          />
        </div>
      </fieldset>
    </>
  );
}
