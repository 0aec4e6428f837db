import { useMessages } from '../../i18n/use-messages';

/** A dash for sight, the word "unknown" for screen readers. */
export function UnknownValue() {
  const t = useMessages();
  return (
    <>
      <span aria-hidden="true">—</span>
      <span className="visually-hidden">{t.unknownValue}</span>
    </>
  );
}
