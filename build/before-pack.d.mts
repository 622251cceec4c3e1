export declare function updateFeedProblem(value: string | undefined): string | undefined;
export default function beforePack(context: unknown, env?: Record<string, string | undefined>): Promise<void>;
