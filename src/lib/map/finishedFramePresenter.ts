/** How often a frame's fence is looked at while the GPU works on it, in ms. */
const fencePollMs = 2;

/**
 * Draws WebGL frames in the page off screen and shows each on a page canvas only once the GPU
 * has finished it. Without a GPU, Chromium composites in software and reads a WebGL canvas of
 * the page back in the commit after each frame, on the main thread, waiting there for
 * SwiftShader to finish drawing (GLES2::ReadPixels: 20–40 ms per slider input at 100k events at
 * 1280×720). A finished picture handed to a 'bitmaprenderer' canvas leaves that commit a copy.
 * The cost is latency: a frame shows a few ms after the GPU is done with it.
 */
export class FinishedFramePresenter {
	/** The canvas frames are drawn on, with its WebGL 2 context already made. */
	readonly drawingCanvas: OffscreenCanvas;
	readonly gl: WebGL2RenderingContext;
	readonly #shown: ImageBitmapRenderingContext;
	#pollTimer: ReturnType<typeof setTimeout> | undefined;
	#presenting = false;

	private constructor(
		drawingCanvas: OffscreenCanvas,
		gl: WebGL2RenderingContext,
		shown: ImageBitmapRenderingContext
	) {
		this.drawingCanvas = drawingCanvas;
		this.gl = gl;
		this.#shown = shown;
	}

	/**
	 * A presenter onto `target`, or undefined where the page cannot draw WebGL 2 on an
	 * OffscreenCanvas (WebKitGTK gives it no context): frames are then drawn on `target` itself.
	 */
	static onto(
		target: HTMLCanvasElement,
		attributes: WebGLContextAttributes
	): FinishedFramePresenter | undefined {
		if (typeof OffscreenCanvas === 'undefined') return undefined;
		try {
			const drawingCanvas = new OffscreenCanvas(16, 16);
			const gl = drawingCanvas.getContext('webgl2', attributes);
			const shown = gl && target.getContext('bitmaprenderer');
			return shown ? new FinishedFramePresenter(drawingCanvas, gl, shown) : undefined;
		} catch {
			return undefined;
		}
	}

	/** True from `present` until the frame is shown: a frame drawn meanwhile would be waited for. */
	get presenting(): boolean {
		return this.#presenting;
	}

	/**
	 * Shows the frame just drawn once the GPU has finished it; `shown` gets the main-thread ms
	 * the hand-over took. A lost context shows nothing and calls nothing.
	 */
	present(shown: (handOverMs: number) => void): void {
		const gl = this.gl;
		const sync = gl.fenceSync(gl.SYNC_GPU_COMMANDS_COMPLETE, 0);
		if (!sync) return;
		gl.flush();
		this.#presenting = true;
		// The fence's status changes only between tasks: it is looked at again in a later one.
		const poll = () => {
			if (gl.isContextLost()) {
				this.#presenting = false;
				return;
			}
			if (gl.getSyncParameter(sync, gl.SYNC_STATUS) !== gl.SIGNALED) {
				this.#pollTimer = setTimeout(poll, fencePollMs);
				return;
			}
			const started = performance.now();
			gl.deleteSync(sync);
			this.#shown.transferFromImageBitmap(this.drawingCanvas.transferToImageBitmap());
			this.#presenting = false;
			shown(performance.now() - started);
		};
		this.#pollTimer = setTimeout(poll, fencePollMs);
	}

	stop(): void {
		clearTimeout(this.#pollTimer);
		this.#presenting = false;
	}
}
