/**
 * A figure (content/figures.ts) drawn as a PNG for the Word document: the same shapes the HTML
 * draws as SVG, rasterised here with no dependency and no fonts from the machine (a built-in
 * 5×7 bitmap font), so the same tender gives the same bytes everywhere. Word and LibreOffice both
 * show PNG pictures; the picture's title and description read out every value.
 */
import { deflateSync } from 'node:zlib';
import { crc32 } from './crc32.js';
import type { Figure, Shape } from '../content/figures.js';
import { TONE_FILL } from '../content/figures.js';

/** Pixels per figure unit: figures are laid out in points, drawn three times finer. */
const SCALE = 3;

/** 5×7 glyphs, one string of five 0/1 per row; characters without one are drawn as a space. */
const GLYPHS: Record<string, readonly string[]> = {
    '0': ['01110', '10001', '10011', '10101', '11001', '10001', '01110'],
    '1': ['00100', '01100', '00100', '00100', '00100', '00100', '01110'],
    '2': ['01110', '10001', '00001', '00010', '00100', '01000', '11111'],
    '3': ['11111', '00010', '00100', '00010', '00001', '10001', '01110'],
    '4': ['00010', '00110', '01010', '10010', '11111', '00010', '00010'],
    '5': ['11111', '10000', '11110', '00001', '00001', '10001', '01110'],
    '6': ['00110', '01000', '10000', '11110', '10001', '10001', '01110'],
    '7': ['11111', '00001', '00010', '00100', '01000', '01000', '01000'],
    '8': ['01110', '10001', '10001', '01110', '10001', '10001', '01110'],
    '9': ['01110', '10001', '10001', '01111', '00001', '00010', '01100'],
    '%': ['11000', '11001', '00010', '00100', '01000', '10011', '00011'],
    '.': ['00000', '00000', '00000', '00000', '00000', '01100', '01100'],
    ',': ['00000', '00000', '00000', '00000', '01100', '00100', '01000'],
    '-': ['00000', '00000', '00000', '11111', '00000', '00000', '00000'],
    '–': ['00000', '00000', '00000', '11111', '00000', '00000', '00000'],
    ':': ['00000', '01100', '01100', '00000', '01100', '01100', '00000'],
    '/': ['00000', '00001', '00010', '00100', '01000', '10000', '00000'],
    '(': ['00010', '00100', '01000', '01000', '01000', '00100', '00010'],
    ')': ['01000', '00100', '00010', '00010', '00010', '00100', '01000'],
    '+': ['00000', '00100', '00100', '11111', '00100', '00100', '00000'],
    '£': ['00110', '01001', '01000', '11100', '01000', '01000', '11111'],
    '€': ['00111', '01000', '11110', '01000', '11110', '01000', '00111'],
    '$': ['00100', '01111', '10100', '01110', '00101', '11110', '00100'],
    'A': ['01110', '10001', '10001', '10001', '11111', '10001', '10001'],
    'B': ['11110', '10001', '10001', '11110', '10001', '10001', '11110'],
    'C': ['01110', '10001', '10000', '10000', '10000', '10001', '01110'],
    'D': ['11100', '10010', '10001', '10001', '10001', '10010', '11100'],
    'E': ['11111', '10000', '10000', '11110', '10000', '10000', '11111'],
    'F': ['11111', '10000', '10000', '11110', '10000', '10000', '10000'],
    'G': ['01110', '10001', '10000', '10111', '10001', '10001', '01111'],
    'H': ['10001', '10001', '10001', '11111', '10001', '10001', '10001'],
    'I': ['01110', '00100', '00100', '00100', '00100', '00100', '01110'],
    'J': ['00111', '00010', '00010', '00010', '00010', '10010', '01100'],
    'K': ['10001', '10010', '10100', '11000', '10100', '10010', '10001'],
    'L': ['10000', '10000', '10000', '10000', '10000', '10000', '11111'],
    'M': ['10001', '11011', '10101', '10101', '10001', '10001', '10001'],
    'N': ['10001', '10001', '11001', '10101', '10011', '10001', '10001'],
    'O': ['01110', '10001', '10001', '10001', '10001', '10001', '01110'],
    'P': ['11110', '10001', '10001', '11110', '10000', '10000', '10000'],
    'Q': ['01110', '10001', '10001', '10001', '10101', '10010', '01101'],
    'R': ['11110', '10001', '10001', '11110', '10100', '10010', '10001'],
    'S': ['01111', '10000', '10000', '01110', '00001', '00001', '11110'],
    'T': ['11111', '00100', '00100', '00100', '00100', '00100', '00100'],
    'U': ['10001', '10001', '10001', '10001', '10001', '10001', '01110'],
    'V': ['10001', '10001', '10001', '10001', '10001', '01010', '00100'],
    'W': ['10001', '10001', '10001', '10101', '10101', '10101', '01010'],
    'X': ['10001', '10001', '01010', '00100', '01010', '10001', '10001'],
    'Y': ['10001', '10001', '10001', '01010', '00100', '00100', '00100'],
    'Z': ['11111', '00001', '00010', '00100', '01000', '10000', '11111'],
    'a': ['00000', '00000', '01110', '00001', '01111', '10001', '01111'],
    'b': ['10000', '10000', '10110', '11001', '10001', '10001', '11110'],
    'c': ['00000', '00000', '01110', '10000', '10000', '10001', '01110'],
    'd': ['00001', '00001', '01101', '10011', '10001', '10001', '01111'],
    'e': ['00000', '00000', '01110', '10001', '11111', '10000', '01110'],
    'f': ['00110', '01001', '01000', '11100', '01000', '01000', '01000'],
    'g': ['00000', '01111', '10001', '10001', '01111', '00001', '01110'],
    'h': ['10000', '10000', '10110', '11001', '10001', '10001', '10001'],
    'i': ['00100', '00000', '01100', '00100', '00100', '00100', '01110'],
    'j': ['00010', '00000', '00110', '00010', '00010', '10010', '01100'],
    'k': ['10000', '10000', '10010', '10100', '11000', '10100', '10010'],
    'l': ['01100', '00100', '00100', '00100', '00100', '00100', '01110'],
    'm': ['00000', '00000', '11010', '10101', '10101', '10001', '10001'],
    'n': ['00000', '00000', '10110', '11001', '10001', '10001', '10001'],
    'o': ['00000', '00000', '01110', '10001', '10001', '10001', '01110'],
    'p': ['00000', '00000', '11110', '10001', '11110', '10000', '10000'],
    'q': ['00000', '00000', '01101', '10011', '01111', '00001', '00001'],
    'r': ['00000', '00000', '10110', '11001', '10000', '10000', '10000'],
    's': ['00000', '00000', '01110', '10000', '01110', '00001', '11110'],
    't': ['01000', '01000', '11100', '01000', '01000', '01001', '00110'],
    'u': ['00000', '00000', '10001', '10001', '10001', '10011', '01101'],
    'v': ['00000', '00000', '10001', '10001', '10001', '01010', '00100'],
    'w': ['00000', '00000', '10001', '10001', '10101', '10101', '01010'],
    'x': ['00000', '00000', '10001', '01010', '00100', '01010', '10001'],
    'y': ['00000', '00000', '10001', '10001', '01111', '00001', '01110'],
    'z': ['00000', '00000', '11111', '00010', '00100', '01000', '11111']
};

/**
 * One byte per pixel: an index into the colours used so far, in the order first used (white, the
 * background, is 0). A figure uses a handful of colours, so the PNG is a small palette image.
 */
class Canvas {
    readonly pixels: Uint8Array;
    readonly colours: [number, number, number][] = [[255, 255, 255]];
    /**
     * The columns drawn on in each row, first and last (first > last: none). The rest of a row
     * stays white (0), and the encoder need not look at it.
     */
    readonly drawnFrom: Int32Array;
    readonly drawnTo: Int32Array;
    private readonly indexOf = new Map<number, number>([[0xffffff, 0]]);
    constructor(readonly width: number, readonly height: number) {
        this.pixels = scratch('pixels', width * height);
        this.drawnFrom = new Int32Array(height).fill(width);
        this.drawnTo = new Int32Array(height).fill(-1);
    }

    colour(rgb: readonly [number, number, number]): number {
        const key = (rgb[0] << 16) | (rgb[1] << 8) | rgb[2];
        let index = this.indexOf.get(key);
        if (index === undefined) {
            index = this.colours.length;
            this.colours.push([rgb[0], rgb[1], rgb[2]]);
            this.indexOf.set(key, index);
        }
        return index;
    }

    set(x: number, y: number, colour: number): void {
        const px = Math.round(x);
        const py = Math.round(y);
        if (px < 0 || py < 0 || px >= this.width || py >= this.height) return;
        this.pixels[py * this.width + px] = colour;
        this.drew(py, px, px);
    }

    /**
     * Every whole pixel (x, y) with (x - cx)² + (y - cy)² <= r², row by row: the span of a row is
     * found from the square root, then its ends are settled by the same test, so the pixels are
     * exactly those a pixel-by-pixel test gives.
     */
    disc(cx: number, cy: number, r: number, colour: number): void {
        const r2 = r * r;
        const left = Math.floor(cx - r);
        const right = Math.ceil(cx + r);
        const inside = (x: number, dy2: number) => (x - cx) ** 2 + dy2 <= r2;
        for (let y = Math.max(0, Math.floor(cy - r)); y <= Math.min(this.height - 1, Math.ceil(cy + r)); y++) {
            const dy2 = (y - cy) ** 2;
            if (dy2 > r2) continue;
            const half = Math.sqrt(r2 - dy2);
            let from = Math.max(left, Math.ceil(cx - half));
            let to = Math.min(right, Math.floor(cx + half));
            while (from > left && inside(from - 1, dy2)) from--;
            while (from <= to && !inside(from, dy2)) from++;
            while (to < right && inside(to + 1, dy2)) to++;
            while (to >= from && !inside(to, dy2)) to--;
            this.span(y, from, to, colour);
        }
    }

    /** Pixels from..to (inclusive) of row y. */
    private span(y: number, from: number, to: number, colour: number): void {
        from = Math.max(from, 0);
        to = Math.min(to, this.width - 1);
        if (from > to) return;
        this.pixels.fill(colour, y * this.width + from, y * this.width + to + 1);
        this.drew(y, from, to);
    }

    private drew(y: number, from: number, to: number): void {
        if (from < this.drawnFrom[y]) this.drawnFrom[y] = from;
        if (to > this.drawnTo[y]) this.drawnTo[y] = to;
    }

    /**
     * The leftmost (side -1) or rightmost (side 1) pixel of row y of disc(cx, cy, r), found as
     * disc() finds it; undefined when the row has none.
     */
    private discEnd(cx: number, cy: number, r: number, y: number, side: -1 | 1): number | undefined {
        const r2 = r * r;
        const dy2 = (y - cy) ** 2;
        if (dy2 > r2) return undefined;
        const inside = (x: number) => (x - cx) ** 2 + dy2 <= r2;
        const left = Math.floor(cx - r);
        const right = Math.ceil(cx + r);
        const half = Math.sqrt(r2 - dy2);
        if (side < 0) {
            let from = Math.max(left, Math.ceil(cx - half));
            while (from > left && inside(from - 1)) from--;
            while (from <= right && !inside(from)) from++;
            return from <= right ? from : undefined;
        }
        let to = Math.min(right, Math.floor(cx + half));
        while (to < right && inside(to + 1)) to++;
        while (to >= left && !inside(to)) to--;
        return to >= left ? to : undefined;
    }

    /**
     * A stroke: discs stamped every half pixel or less along it. A horizontal stroke's rows are
     * filled whole (from the first disc's left end to the last disc's right end) where the discs
     * overlap, which gives the same pixels as stamping them one by one; rows near its edge where
     * they might not (a disc's row narrower than its spacing) are stamped.
     */
    line(x1: number, y1: number, x2: number, y2: number, width: number, colour: number): void {
        const length = Math.hypot(x2 - x1, y2 - y1);
        const steps = Math.max(1, Math.ceil(length * 2));
        const r = Math.max(0.5, width / 2);
        const centre = (i: number) => [x1 + ((x2 - x1) * i) / steps, y1 + ((y2 - y1) * i) / steps] as const;
        if (y1 !== y2) {
            for (let i = 0; i <= steps; i++) this.disc(...centre(i), r, colour);
            return;
        }
        const [first] = centre(0);
        const [last] = centre(steps);
        const [leftCentre, rightCentre] = first <= last ? [first, last] : [last, first];
        const r2 = r * r;
        for (let y = Math.max(0, Math.floor(y1 - r)); y <= Math.min(this.height - 1, Math.ceil(y1 + r)); y++) {
            const dy2 = (y - y1) ** 2;
            if (dy2 > r2) continue;
            if (Math.sqrt(r2 - dy2) < 0.3) {
                for (let i = 0; i <= steps; i++) this.discRow(centre(i)[0], y1, r, y, colour);
                continue;
            }
            const from = this.discEnd(leftCentre, y1, r, y, -1);
            const to = this.discEnd(rightCentre, y1, r, y, 1);
            if (from !== undefined && to !== undefined) this.span(y, from, to, colour);
        }
    }

    /** Row y of disc(cx, cy, r). */
    private discRow(cx: number, cy: number, r: number, y: number, colour: number): void {
        const from = this.discEnd(cx, cy, r, y, -1);
        const to = this.discEnd(cx, cy, r, y, 1);
        if (from !== undefined && to !== undefined) this.span(y, from, to, colour);
    }
}

function rgbOf(hex: string): [number, number, number] {
    const value = /^#?([0-9a-f]{6})$/i.exec(hex)?.[1] ?? '000000';
    return [parseInt(value.slice(0, 2), 16), parseInt(value.slice(2, 4), 16), parseInt(value.slice(4, 6), 16)];
}

function drawShape(canvas: Canvas, shape: Shape): void {
    switch (shape.kind) {
        case 'line':
            canvas.line(shape.x1 * SCALE, shape.y1 * SCALE, shape.x2 * SCALE, shape.y2 * SCALE, shape.width * SCALE, canvas.colour(rgbOf(shape.stroke)));
            break;
        case 'polyline':
            for (let i = 1; i < shape.points.length; i++) {
                const [ax, ay] = shape.points[i - 1];
                const [bx, by] = shape.points[i];
                canvas.line(ax * SCALE, ay * SCALE, bx * SCALE, by * SCALE, shape.width * SCALE, canvas.colour(rgbOf(shape.stroke)));
            }
            break;
        case 'circle':
            canvas.disc(shape.cx * SCALE, shape.cy * SCALE, (shape.r + shape.width / 2) * SCALE, canvas.colour(rgbOf(shape.stroke)));
            canvas.disc(shape.cx * SCALE, shape.cy * SCALE, (shape.r - shape.width / 2) * SCALE, canvas.colour(rgbOf(shape.fill)));
            break;
        case 'text': {
            // Glyph cells 6 units wide (5 and a gap), 7 high, sized so capitals are about 0.7 of the font size.
            const unit = Math.max(1, Math.round((shape.size * SCALE * 0.7) / 7));
            const width = textWidthUnits(shape.text) * unit;
            const left = shape.x * SCALE - (shape.anchor === 'middle' ? width / 2 : shape.anchor === 'end' ? width : 0);
            const top = shape.y * SCALE - 7 * unit;
            const rgb = canvas.colour(rgbOf(TONE_FILL[shape.tone]));
            [...shape.text].forEach((ch, index) => {
                const glyph = GLYPHS[ch];
                if (!glyph) return;
                glyph.forEach((row, gy) => {
                    for (let gx = 0; gx < 5; gx++) {
                        if (row[gx] !== '1') continue;
                        for (let dy = 0; dy < unit; dy++) {
                            for (let dx = 0; dx < unit + (shape.bold ? 1 : 0); dx++) {
                                canvas.set(Math.round(left) + (index * 6 + gx) * unit + dx, Math.round(top) + gy * unit + dy, rgb);
                            }
                        }
                    }
                });
            });
            break;
        }
    }
}

function textWidthUnits(text: string): number {
    const n = [...text].length;
    return n === 0 ? 0 : n * 6 - 1;
}

/** The figure as PNG bytes, `SCALE` pixels per figure unit. */
export function figurePng(figure: Figure): Uint8Array {
    const canvas = new Canvas(Math.ceil(figure.width * SCALE), Math.ceil(figure.height * SCALE));
    for (const shape of figure.shapes) drawShape(canvas, shape);
    return encodeIndexedPng(canvas.width, canvas.height, canvas.pixels, canvas.colours, { from: canvas.drawnFrom, to: canvas.drawnTo });
}

/** The size of the PNG in pixels. */
export function figurePixels(figure: Figure): { width: number; height: number } {
    return { width: Math.ceil(figure.width * SCALE), height: Math.ceil(figure.height * SCALE) };
}

// ------------------------------------------------------------------ PNG encoding

function chunk(type: string, data: Uint8Array): Uint8Array {
    const out = new Uint8Array(12 + data.length);
    const view = new DataView(out.buffer);
    view.setUint32(0, data.length);
    for (let i = 0; i < 4; i++) out[4 + i] = type.charCodeAt(i);
    out.set(data, 8);
    view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
    return out;
}

/** An 8-bit RGB PNG: no filter, zlib at level 9 (deterministic for the same pixels), no time or text chunks. */
export function encodePng(width: number, height: number, rgb: Uint8Array): Uint8Array {
    const header = new Uint8Array(13);
    const view = new DataView(header.buffer);
    view.setUint32(0, width);
    view.setUint32(4, height);
    header[8] = 8; // bit depth
    header[9] = 2; // colour type: RGB
    const raw = new Uint8Array((width * 3 + 1) * height);
    for (let y = 0; y < height; y++) {
        raw[y * (width * 3 + 1)] = 0;
        raw.set(rgb.subarray(y * width * 3, (y + 1) * width * 3), y * (width * 3 + 1) + 1);
    }
    return png([chunk('IHDR', header), chunk('IDAT', new Uint8Array(deflateSync(raw, { level: 9 })))]);
}

/**
 * A palette PNG of the same picture: one index per pixel into `colours`, packed 1, 2, 4 or 8 bits
 * a pixel as few colours allow; no filter, zlib at level 4, no time or text chunks. A figure's
 * handful of colours make it a twelfth of the RGB data to compress, for the same pixels. More
 * than 256 colours fall back to RGB.
 */
export function encodeIndexedPng(
    width: number, height: number, indices: Uint8Array, colours: readonly (readonly [number, number, number])[],
    drawn?: { readonly from: Int32Array; readonly to: Int32Array }
): Uint8Array {
    if (colours.length > 256) {
        const rgb = new Uint8Array(width * height * 3);
        indices.forEach((index, i) => rgb.set(colours[index], i * 3));
        return encodePng(width, height, rgb);
    }
    const depth = colours.length <= 2 ? 1 : colours.length <= 4 ? 2 : colours.length <= 16 ? 4 : 8;
    const header = new Uint8Array(13);
    const view = new DataView(header.buffer);
    view.setUint32(0, width);
    view.setUint32(4, height);
    header[8] = depth;
    header[9] = 3; // colour type: palette
    const palette = new Uint8Array(colours.length * 3);
    colours.forEach((rgb, i) => palette.set(rgb, i * 3));
    const stride = Math.ceil((width * depth) / 8) + 1;
    const raw = scratch('raw', stride * height);
    const perByte = 8 / depth;
    for (let y = 0; y < height; y++) {
        // Only the columns drawn on: the rest are index 0, and their bytes stay 0.
        const first = drawn ? drawn.from[y] : 0;
        const last = drawn ? drawn.to[y] : width - 1;
        if (first > last) continue;
        const start = first - (first % perByte);
        let i = y * width + start;
        let out = y * stride + 1 + start / perByte; // the filter byte before the row stays 0: no filter
        if (depth === 2 && width % 4 === 0) {
            // four pixels a byte, the common case (a figure of up to four colours)
            for (let x = start; x <= last; x += 4, i += 4) raw[out++] = (indices[i] << 6) | (indices[i + 1] << 4) | (indices[i + 2] << 2) | indices[i + 3];
            continue;
        }
        let byte = 0;
        let bits = 0;
        for (let x = start; x < width && (x <= last || bits > 0); x++) {
            byte = (byte << depth) | indices[i++];
            bits += depth;
            if (bits === 8) {
                raw[out++] = byte;
                byte = 0;
                bits = 0;
            }
        }
        if (bits > 0) raw[out] = byte << (8 - bits);
    }
    // Level 4: a quarter of level 9's time for a tenth more bytes (about 2 kB a figure).
    return png([chunk('IHDR', header), chunk('PLTE', palette), chunk('IDAT', new Uint8Array(deflateSync(raw, { level: 4 })))]);
}

/**
 * A zeroed buffer of the given size, the same one each time it is asked for under this name:
 * a large tender draws a thousand figures of one size, and new buffers for each kept the garbage
 * collector busy. Callers use it before asking again (figurePng is synchronous).
 */
function scratch(name: 'pixels' | 'raw', size: number): Uint8Array {
    let buffer = scratchBuffers.get(name);
    if (!buffer || buffer.length !== size) {
        buffer = new Uint8Array(size);
        scratchBuffers.set(name, buffer);
    } else {
        buffer.fill(0);
    }
    return buffer;
}

const scratchBuffers = new Map<string, Uint8Array>();

function png(chunks: readonly Uint8Array[]): Uint8Array {
    const parts = [new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), ...chunks, chunk('IEND', new Uint8Array(0))];
    const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
    let offset = 0;
    for (const part of parts) {
        out.set(part, offset);
        offset += part.length;
    }
    return out;
}
