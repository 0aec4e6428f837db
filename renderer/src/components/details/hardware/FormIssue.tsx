/** A form's problem that belongs to no single field, announced when it appears. */
export function FormIssue({ message }: { message: string | undefined }) {
  return (
    <div role="alert" className="hw-form-issue">
      {message !== undefined && <p className="hw-field__error">{message}</p>}
    </div>
  );
}
