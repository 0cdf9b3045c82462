declare module 'tender:templates' {
    const files: Record<string, string>;
    export default files;
}
declare module 'tender:examples' {
    const examples: ReadonlyArray<{ readonly id: string; readonly title: string; readonly files: ReadonlyArray<readonly [string, string]> }>;
    export default examples;
}
declare module 'tender:keywords' {
    const keywords: readonly string[];
    export default keywords;
}
declare module 'pako' {
    const pako: { deflate(data: Uint8Array, options?: { level?: number }): Uint8Array };
    export default pako;
}
