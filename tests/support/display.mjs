import { spawn } from 'node:child_process';

/**
 * A virtual X display for browsers that need one to draw with WebGL here (headed Firefox,
 * WebKitGTK): the one in DISPLAY if set, else a new Xvfb on a free display number.
 */
export async function virtualDisplay() {
	if (process.env.DISPLAY) return { display: process.env.DISPLAY, stop: () => {} };
	const server = spawn(
		'Xvfb',
		['-displayfd', '3', '-screen', '0', '1600x1000x24', '-nolisten', 'tcp'],
		{
			stdio: ['ignore', 'ignore', 'inherit', 'pipe']
		}
	);
	const number = await new Promise((resolve, reject) => {
		let text = '';
		server.stdio[3].on('data', (chunk) => {
			text += chunk;
			if (text.includes('\n')) resolve(text.trim());
		});
		server.on('error', reject);
		server.on('exit', (code) => reject(new Error(`Xvfb exited with ${code}`)));
	});
	const stop = () => server.kill();
	process.on('exit', stop);
	return { display: `:${number}`, stop };
}
