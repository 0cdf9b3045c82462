/**
 * A figure (content/figures.ts) drawn as a PNG for the Word document: the same shapes the HTML
 * draws as SVG, rasterised here with no dependency and no fonts from the machine (a built-in
 * 5×7 bitmap font), so the same tender gives the same bytes everywhere. Word and LibreOffice both
 * show PNG pictures; the picture's title and description read out every value.
 */
import { deflateSync } from 'node:zlib';
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

class Canvas {
    readonly pixels: Uint8Array;
    constructor(readonly width: number, readonly height: number) {
        this.pixels = new Uint8Array(width * height * 3).fill(255);
    }

    set(x: number, y: number, rgb: readonly [number, number, number]): void {
        const px = Math.round(x);
        const py = Math.round(y);
        if (px < 0 || py < 0 || px >= this.width || py >= this.height) return;
        const i = (py * this.width + px) * 3;
        this.pixels[i] = rgb[0];
        this.pixels[i + 1] = rgb[1];
        this.pixels[i + 2] = rgb[2];
    }

    disc(cx: number, cy: number, r: number, rgb: readonly [number, number, number]): void {
        const r2 = r * r;
        for (let y = Math.floor(cy - r); y <= Math.ceil(cy + r); y++) {
            for (let x = Math.floor(cx - r); x <= Math.ceil(cx + r); x++) {
                if ((x - cx) ** 2 + (y - cy) ** 2 <= r2) this.set(x, y, rgb);
            }
        }
    }

    line(x1: number, y1: number, x2: number, y2: number, width: number, rgb: readonly [number, number, number]): void {
        const length = Math.hypot(x2 - x1, y2 - y1);
        const steps = Math.max(1, Math.ceil(length * 2));
        for (let i = 0; i <= steps; i++) {
            this.disc(x1 + ((x2 - x1) * i) / steps, y1 + ((y2 - y1) * i) / steps, Math.max(0.5, width / 2), rgb);
        }
    }
}

function rgbOf(hex: string): [number, number, number] {
    const value = /^#?([0-9a-f]{6})$/i.exec(hex)?.[1] ?? '000000';
    return [parseInt(value.slice(0, 2), 16), parseInt(value.slice(2, 4), 16), parseInt(value.slice(4, 6), 16)];
}

function drawShape(canvas: Canvas, shape: Shape): void {
    switch (shape.kind) {
        case 'line':
            canvas.line(shape.x1 * SCALE, shape.y1 * SCALE, shape.x2 * SCALE, shape.y2 * SCALE, shape.width * SCALE, rgbOf(shape.stroke));
            break;
        case 'polyline':
            for (let i = 1; i < shape.points.length; i++) {
                const [ax, ay] = shape.points[i - 1];
                const [bx, by] = shape.points[i];
                canvas.line(ax * SCALE, ay * SCALE, bx * SCALE, by * SCALE, shape.width * SCALE, rgbOf(shape.stroke));
            }
            break;
        case 'circle':
            canvas.disc(shape.cx * SCALE, shape.cy * SCALE, (shape.r + shape.width / 2) * SCALE, rgbOf(shape.stroke));
            canvas.disc(shape.cx * SCALE, shape.cy * SCALE, (shape.r - shape.width / 2) * SCALE, rgbOf(shape.fill));
            break;
        case 'text': {
            // Glyph cells 6 units wide (5 and a gap), 7 high, sized so capitals are about 0.7 of the font size.
            const unit = Math.max(1, Math.round((shape.size * SCALE * 0.7) / 7));
            const width = textWidthUnits(shape.text) * unit;
            const left = shape.x * SCALE - (shape.anchor === 'middle' ? width / 2 : shape.anchor === 'end' ? width : 0);
            const top = shape.y * SCALE - 7 * unit;
            const rgb = rgbOf(TONE_FILL[shape.tone]);
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
    return encodePng(canvas.width, canvas.height, canvas.pixels);
}

/** The size of the PNG in pixels. */
export function figurePixels(figure: Figure): { width: number; height: number } {
    return { width: Math.ceil(figure.width * SCALE), height: Math.ceil(figure.height * SCALE) };
}

// ------------------------------------------------------------------ PNG encoding

const CRC_TABLE = (() => {
    const table = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
        let c = n;
        for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
        table[n] = c >>> 0;
    }
    return table;
})();

function crc32(bytes: Uint8Array): number {
    let c = 0xffffffff;
    for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
}

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
    const parts = [
        new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
        chunk('IHDR', header),
        chunk('IDAT', new Uint8Array(deflateSync(raw, { level: 9 }))),
        chunk('IEND', new Uint8Array(0))
    ];
    const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
    let offset = 0;
    for (const part of parts) {
        out.set(part, offset);
        offset += part.length;
    }
    return out;
}
