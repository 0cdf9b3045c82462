import { describe, expect, test } from 'vitest';
import { PictureBook } from '../../../src/generate/docx/pictures.js';

const picture = (png: number[], name: string) => ({ png: new Uint8Array(png), widthPx: 10, heightPx: 5, name, title: name, description: name });

describe('PictureBook: pictures of the same bytes share one media part', () => {
    test('three pictures, two alike: two media parts, two relationships, each drawing pointing at its bytes', () => {
        const book = new PictureBook();
        book.run(picture([1, 2, 3], 'a'));
        book.run(picture([4, 5], 'b'));
        book.run(picture([1, 2, 3], 'c'));
        expect([...book.parts()].map(([name, bytes]) => [name, [...bytes]])).toEqual([
            ['word/media/picture1.png', [1, 2, 3]],
            ['word/media/picture2.png', [4, 5]]
        ]);
        const rels = book.finishRelationships('<Relationships></Relationships>');
        expect([...rels.matchAll(/Id="(rIdPicture\d+)"[^>]*Target="([^"]+)"/g)].map(m => [m[1], m[2]]))
            .toEqual([['rIdPicture1', 'media/picture1.png'], ['rIdPicture2', 'media/picture2.png']]);
        const body = [1, 2, 3].map(n => `<w:r><w:tenderPicture n="${n}"/></w:r>`).join('');
        const document = book.finishDocument(body);
        expect([...document.matchAll(/name="(\w)"[\s\S]*?r:embed="(rIdPicture\d+)"/g)].map(m => [m[1], m[2]]))
            .toEqual([['a', 'rIdPicture1'], ['b', 'rIdPicture2'], ['c', 'rIdPicture1']]);
    });

    test('drawn() draws a picture once for the same key', () => {
        const book = new PictureBook();
        let draws = 0;
        const draw = () => { draws++; return new Uint8Array([draws]); };
        expect([...book.drawn('x', draw)]).toEqual([1]);
        expect([...book.drawn('x', draw)]).toEqual([1]);
        expect([...book.drawn('y', draw)]).toEqual([2]);
        expect(draws).toBe(2);
    });
});
