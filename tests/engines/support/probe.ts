/** What the probe records in a document, read back by the tests. */
export interface ProbeRecord {
	/** Console errors, error events, unhandled rejections and CSP violations, as text. */
	errors: string[];
	/** Every `scene-change` the story dispatched, with the URL hash at that moment. */
	scenes: { step: string; scene: string; events: string[]; instant: boolean; hash: string }[];
}

/** The global the probe lives in; its name is unlikely to meet the page's own. */
export const PROBE_GLOBAL = '__engineProbe';

/**
 * Runs in every document before its own scripts (see the adapters for how each engine does
 * that) and records what would show as an error in a reader's console: classic WebDriver has no
 * console API, so the page reports on itself. It is serialised with toString(): it must not use
 * anything from this module.
 */
export function installProbe(): void {
	const target = window as unknown as Record<string, ProbeRecord | undefined>;
	if (target['__engineProbe']) return;
	const record: ProbeRecord = { errors: [], scenes: [] };
	Object.defineProperty(window, '__engineProbe', { value: record });
	const note = (kind: string, text: string) => record.errors.push(`${kind}: ${text}`);

	const consoleError = console.error.bind(console);
	console.error = (...args: unknown[]) => {
		note('console.error', args.map(String).join(' '));
		consoleError(...args);
	};
	// Capture phase: a resource that fails to load fires `error` on its element, not on window.
	addEventListener(
		'error',
		(event: Event) => {
			if (event instanceof ErrorEvent) {
				note('error', `${event.message} (${event.filename}:${event.lineno})`);
			} else {
				const element = event.target as Element | null;
				const url = element?.getAttribute?.('src') ?? element?.getAttribute?.('href');
				note('resource', `${element?.tagName ?? 'unknown'} ${url ?? ''}`);
			}
		},
		true,
	);
	addEventListener('unhandledrejection', (event) =>
		note('unhandledrejection', String(event.reason)),
	);
	document.addEventListener('securitypolicyviolation', (event) =>
		note('csp', `${event.violatedDirective} blocked ${event.blockedURI || 'inline'}`),
	);
	document.addEventListener('scene-change', (event) => {
		const { step, scene, events, instant } = (event as CustomEvent).detail;
		record.scenes.push({ step, scene, events, instant, hash: location.hash });
	});
}

/** The probe as a classic script, for engines that can only load it from a URL. */
export const probeScript = () => `(${installProbe.toString()})();\n`;
