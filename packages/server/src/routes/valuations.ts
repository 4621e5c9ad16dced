// Placeholder: filled in by the valuation/analysis work (see CONTRACT).
import { newRouter, type RouteDeps } from './router.ts';

export function valuationRoutes(_deps: RouteDeps) {
  return newRouter();
}
