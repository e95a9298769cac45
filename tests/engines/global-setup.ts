import { rmSync } from 'node:fs';
import { builtPages } from '../e2e/support/pages';
import { ALL_ENGINES, missingRequirements, selectedEngines } from './support/engines';
import { RESULTS } from './fixtures';

/**
 * Fails the run at once, with the packages to install, when an engine that is asked for is
 * missing: a suite that skipped it silently would pass having tested nothing in it.
 */
export default function globalSetup(): void {
	const missing = selectedEngines()
		.map((engine) => missingRequirements(engine))
		.filter(Boolean);
	if (missing.length > 0) throw new Error(missing.join('\n\n'));
	const left = ALL_ENGINES.filter((engine) => !selectedEngines().includes(engine));
	if (left.length > 0) {
		console.log(`[engines] left out by ENGINES=${process.env.ENGINES}: ${left.join(', ')}`);
	}
	builtPages();
	rmSync(RESULTS, { recursive: true, force: true });
}
