/** Types for tools/functions-build.mjs (used by tools/bundle-freshness.test.ts). */
import type { BuildOptions } from 'esbuild';

export declare const REPO_ROOT: string;
export declare const EXTERNAL_PACKAGES: string[];
export declare function banner(uid: string): string;
export declare function listFunctionSources(options?: { rootDir?: string }): string[];
export declare function bundlePath(uid: string, options?: { rootDir?: string }): string;
export declare function buildOptions(uid: string, options?: { rootDir?: string; write?: boolean }): BuildOptions;
export declare function buildFunction(uid: string, options?: { write?: boolean; rootDir?: string }): Promise<string>;
export declare function functionMeta(uid: string): { uid: string; type: 'app-function'; config: { entrypoint: string; secretKeys: string[] } };
export declare function ensureFunctionMeta(uid: string, options?: { rootDir?: string }): boolean;
