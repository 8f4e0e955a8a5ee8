// @types/node 20 does not declare the WebAssembly global (22+ does); this is
// the part of it that src/db/schemaEngine.ts uses.
declare namespace WebAssembly {
  interface Instance {
    readonly exports: Record<string, unknown>;
  }
  function instantiate(
    bytes: Uint8Array,
    imports: Record<string, Record<string, unknown>>,
  ): Promise<{ instance: Instance }>;
}
