import { spawn } from 'node:child_process';
import { XVFB } from './engines';

/** A running virtual X server. */
export interface Display {
	/** The value for $DISPLAY, e.g. `:3`. */
	display: string;
	stop: () => void;
}

/**
 * Starts Xvfb on a display number it picks itself (`-displayfd` writes the number back once the
 * server accepts connections), so parallel runs and a desktop's own X server never collide.
 */
export function startXvfb(): Promise<Display> {
	const server = spawn(
		XVFB,
		['-displayfd', '3', '-screen', '0', '1920x1200x24', '-nolisten', 'tcp'],
		{
			stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
		},
	);
	let stderr = '';
	server.stderr!.on('data', (chunk) => (stderr += chunk));
	return new Promise((resolve, reject) => {
		let number = '';
		server.stdio[3]!.on('data', (chunk) => {
			number += chunk;
			if (!number.includes('\n')) return;
			const display = `:${number.trim()}`;
			resolve({ display, stop: () => server.kill() });
		});
		server.once('error', reject);
		server.once('exit', (code) =>
			reject(new Error(`Xvfb exited (${code}) before it started:\n${stderr}`)),
		);
	});
}
