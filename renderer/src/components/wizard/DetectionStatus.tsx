import { format } from '../../i18n/format';
import { useMessages } from '../../i18n/use-messages';
import { Spinner } from './Spinner';
import type { IsoDetection } from './use-iso-detection';

/** What `osinfo.detect` made of the ISO: "Detected: Debian 12" or "Not detected", with its volume ID. */
export function DetectionStatus({ detection }: { detection: IsoDetection }) {
  const t = useMessages();
  return (
    <div className="detection" role="status">
      {detection.status === 'idle' && <p className="detection__line">{t.wzOsWaitingForIso}</p>}
      {detection.status === 'detecting' && (
        <p className="detection__line">
          <Spinner />
          {t.wzOsDetecting}
        </p>
      )}
      {detection.status === 'failed' && (
        <p className="detection__line">{format(t.wzOsDetectFailed, { message: detection.message })}</p>
      )}
      {detection.status === 'done' && (
        <>
          <p className="detection__line detection__result">
            {detection.os ? format(t.wzOsDetected, { os: detection.os.name }) : t.wzOsNotDetected}
          </p>
          <p className="detection__line detection__volume">
            {detection.volumeId === null
              ? t.wzOsNoVolumeId
              : format(t.wzOsVolumeId, { volumeId: detection.volumeId })}
          </p>
        </>
      )}
    </div>
  );
}
