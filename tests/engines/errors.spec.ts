import { builtPages } from '../e2e/support/pages';
import { loadFrames, nextFrames, pageErrors } from './support/driver';
import { eachViewport, expect, test } from './fixtures';

// Every page the build made, found in dist/: new pages are covered as they appear.
const pages = builtPages();

eachViewport(() => {
	for (const built of pages) {
		test(`${built.name} loads with no console error, page error or policy violation`, async ({
			tab,
			site,
		}) => {
			await tab.goto(`${site.url}${built.path}`);
			await loadFrames(tab);
			await nextFrames(tab);
			expect(await pageErrors(tab)).toEqual([]);
		});
	}
});
