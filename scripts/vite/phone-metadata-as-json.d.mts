import type { Plugin } from 'vite';

export function metadataModuleCode(jsonText: string): string;
export function phoneMetadataAsJson(): Plugin;
