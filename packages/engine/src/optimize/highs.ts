// The HiGHS WebAssembly solver, loaded once. The package's types describe a CommonJS default export while Node's
// ESM loader hands us the function itself (highs.mjs); this bridges both so callers get one typed loader.
import highsModule from 'highs';

type Loader = (typeof highsModule)['default'];
export type Highs = Awaited<ReturnType<Loader>>;

const exported: unknown = highsModule;
const loader: Loader =
  typeof exported === 'function' ? (exported as Loader) : (exported as { default: Loader }).default;

let instance: Promise<Highs> | undefined;

/** The shared solver instance (the WASM binary ships inside the package: nothing is downloaded). */
export function loadHighs(): Promise<Highs> {
  instance ??= loader();
  return instance;
}
