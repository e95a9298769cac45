import { inflateSync } from 'node:zlib';

const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** Width and height from a PNG's IHDR chunk; throws if the bytes are not a PNG. */
export function pngSize(bytes: Uint8Array): { width: number; height: number } {
	if (!SIGNATURE.every((byte, i) => bytes[i] === byte)) throw new TypeError('not a PNG');
	const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	return { width: view.getUint32(16), height: view.getUint32(20) };
}

export interface Pixels {
	width: number;
	height: number;
	/** [r, g, b, a] at (x, y). */
	at: (x: number, y: number) => [number, number, number, number];
}

/**
 * Decodes an 8-bit RGBA or RGB, non-interlaced PNG (what resvg and the browsers' screenshots
 * write), enough for tests to look at what a picture shows. Throws on any other kind.
 */
export function decodePng(bytes: Uint8Array): Pixels {
	const { width, height } = pngSize(bytes);
	const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	const idat: Uint8Array[] = [];
	let channels = 4;
	for (let offset = 8; offset < bytes.length;) {
		const length = view.getUint32(offset);
		const type = String.fromCharCode(...bytes.subarray(offset + 4, offset + 8));
		const data = bytes.subarray(offset + 8, offset + 8 + length);
		if (type === 'IHDR') {
			if (data[8] !== 8 || (data[9] !== 6 && data[9] !== 2) || data[12] !== 0) {
				throw new TypeError('only 8-bit RGBA or RGB, non-interlaced PNGs are decoded here');
			}
			channels = data[9] === 6 ? 4 : 3;
		}
		if (type === 'IDAT') idat.push(data);
		offset += 12 + length;
	}
	const raw = inflateSync(Buffer.concat(idat));
	const stride = width * channels;
	const out = new Uint8Array(stride * height);
	for (let y = 0; y < height; y++) {
		const filter = raw[y * (stride + 1)]!;
		for (let i = 0; i < stride; i++) {
			const x = raw[y * (stride + 1) + 1 + i]!;
			const a = i >= channels ? out[y * stride + i - channels]! : 0;
			const b = y > 0 ? out[(y - 1) * stride + i]! : 0;
			const c = i >= channels && y > 0 ? out[(y - 1) * stride + i - channels]! : 0;
			const p = a + b - c;
			const paeth =
				Math.abs(p - a) <= Math.abs(p - b) && Math.abs(p - a) <= Math.abs(p - c)
					? a
					: Math.abs(p - b) <= Math.abs(p - c)
						? b
						: c;
			const predictor = [0, a, b, (a + b) >> 1, paeth][filter];
			if (predictor === undefined) throw new TypeError(`unknown PNG filter ${filter}`);
			out[y * stride + i] = (x + predictor) & 0xff;
		}
	}
	return {
		width,
		height,
		at: (x, y) => {
			const i = y * stride + x * channels;
			return [out[i]!, out[i + 1]!, out[i + 2]!, channels === 4 ? out[i + 3]! : 255];
		},
	};
}

/** How many pixels in the box are within `tolerance` of the colour `#rrggbb`. */
export function countColour(
	pixels: Pixels,
	hex: string,
	box = { x: 0, y: 0, width: pixels.width, height: pixels.height },
	tolerance = 24,
): number {
	const target = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
	let count = 0;
	for (let y = box.y; y < box.y + box.height; y++) {
		for (let x = box.x; x < box.x + box.width; x++) {
			const pixel = pixels.at(x, y);
			if (target.every((value, i) => Math.abs(value - pixel[i]!) <= tolerance)) count++;
		}
	}
	return count;
}
