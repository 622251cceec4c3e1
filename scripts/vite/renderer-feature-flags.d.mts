export declare const rendererDefines: Record<string, string>;
export declare const rendererVueFeatures: { optionsAPI: boolean; prodDevtools: boolean };
