export declare function signingWarnings(platform: string, env: Record<string, string | undefined>): string[];
export default function afterSign(
  context: { electronPlatformName: string },
  env?: Record<string, string | undefined>,
  warn?: (message: string) => void,
): Promise<void>;
