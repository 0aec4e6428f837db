import { main } from './main';

/** Exits once stdout and stderr are flushed: a pipe reader must get all of a long `--json` answer. */
function exitWhenFlushed(code: number): void {
  const flushed = (stream: NodeJS.WriteStream) =>
    new Promise<void>((resolve) => stream.write('', () => resolve()));
  void Promise.all([flushed(process.stdout), flushed(process.stderr)]).then(() => process.exit(code));
}

main(process.argv.slice(2)).then(exitWhenFlushed, (error: unknown) => {
  process.stderr.write(`vireo: ${error instanceof Error ? error.message : String(error)}\n`);
  exitWhenFlushed(1);
});
