export type BuildKind = 'web' | 'electron';
export type Freshness = { fresh: true } | { fresh: false; reason: string };

export const buildOutputs: Record<BuildKind, readonly string[]>;
export const stampFile: string;
export function sourceDigest(root: string): string;
export function buildFreshness(root: string, kind: BuildKind, digest?: string): Freshness;
export function recordBuild(root: string, kind: BuildKind, digest: string): void;
