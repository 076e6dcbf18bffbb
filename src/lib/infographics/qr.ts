/**
 * QR matrices for the cards (via the `qrcode` package) and their vector outline. DOM-free.
 * Both renderers draw the same dark modules, so the PNG and the PDF codes are identical.
 */
import QRCode from 'qrcode';

export interface QrMatrix {
	/** Modules per side, without the quiet zone. */
	size: number;
	/** Row-major, true = dark. */
	dark: boolean[];
	text: string;
}

/** Quiet zone the QR specification asks for, in modules, on every side. */
export const QUIET_ZONE = 4;

/**
 * Error correction Q (25 %): a printed poster gets folded, scratched and photographed at an
 * angle; the URLs are short enough that the code stays small.
 */
export function qrMatrix(text: string): QrMatrix {
	const qr = QRCode.create(text, { errorCorrectionLevel: 'Q' });
	const { size, data } = qr.modules;
	return { size, dark: Array.from(data, (value) => Boolean(value)), text };
}

/** Dark modules as horizontal runs: fewer shapes than one rectangle per module. */
export function qrRuns(matrix: QrMatrix): Array<{ row: number; col: number; length: number }> {
	const runs: Array<{ row: number; col: number; length: number }> = [];
	for (let row = 0; row < matrix.size; row++) {
		let col = 0;
		while (col < matrix.size) {
			if (!matrix.dark[row * matrix.size + col]) {
				col++;
				continue;
			}
			const start = col;
			while (col < matrix.size && matrix.dark[row * matrix.size + col]) col++;
			runs.push({ row, col: start, length: col - start });
		}
	}
	return runs;
}

/** SVG path data of the dark modules in module units (quiet zone included in the offset). */
export function qrPathData(matrix: QrMatrix): string {
	return qrRuns(matrix)
		.map(({ row, col, length }) => {
			const x = col + QUIET_ZONE;
			const y = row + QUIET_ZONE;
			return `M${x} ${y}h${length}v1h-${length}z`;
		})
		.join('');
}

/** Modules per side including the quiet zone. */
export function qrTotalModules(matrix: QrMatrix): number {
	return matrix.size + QUIET_ZONE * 2;
}
