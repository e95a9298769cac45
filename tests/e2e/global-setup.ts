import { rmSync } from 'node:fs';
import { SHARED_BUILDS } from './support/site';

/** A run starts without the builds a previous run shared, so every spec reads this code's. */
export default function globalSetup(): void {
	rmSync(SHARED_BUILDS, { recursive: true, force: true });
}
