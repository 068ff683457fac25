/** Types for tools/registry.mjs (used by tools/registry.test.ts). */
export declare const REGISTRY_FILE: string;
export declare function loadFunctionUids(rootDir: string): Promise<string[] | null>;
export declare function registryProblems(rootDir: string, uids: string[], options?: { srcDir?: string }): { check: string; file?: string; message: string }[];
