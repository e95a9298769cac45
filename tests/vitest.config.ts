import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		root: fileURLToPath(new URL('..', import.meta.url)),
		include: ['tests/unit/**/*.test.ts'],
		// Dates are calendar dates; a test run in any time zone must print the same day.
		env: { TZ: 'Pacific/Kiritimati' },
	},
});
