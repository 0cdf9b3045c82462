/**
 * A template that cannot be read or rendered. The message names the template file and, where
 * Handlebars knows it, the line and column, so an authority fixing its override sees where to look.
 */
export class TemplateError extends Error {
    constructor(
        /** The template file, as the user knows it (absolute path, or `templates/<name>.hbs` for a shipped one). */
        readonly file: string,
        readonly detail: string,
        readonly line?: number,
        readonly column?: number
    ) {
        super(`${file}${line !== undefined ? `:${line}${column !== undefined ? `:${column}` : ''}` : ''}: ${detail}`);
        this.name = 'TemplateError';
    }
}
