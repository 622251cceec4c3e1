/*
 * What makes an API key too weak to start with. The key is the only thing between the internet
 * and tokens for the ACS resource, so a key someone could guess (short, or built from a few
 * characters repeated) is refused rather than warned about.
 */

/** Shorter keys can be guessed: 16 characters of random base64 is 96 bits. */
export const minApiKeyLength = 16;

/**
 * Shannon entropy per character the key must reach. 16 identical characters have 0 bits,
 * "abababab…" 1 bit, "abcdabcd…" 2 bits; a random hex or base64 key of 16 characters or more
 * practically always has over 2 bits (base64url of 32 random bytes has about 4.8).
 */
export const minBitsPerCharacter = 2;

export type ApiKeyWeakness = 'tooShort' | 'tooRepetitive';

export function apiKeyWeakness(key: string): ApiKeyWeakness | undefined {
  if ([...key].length < minApiKeyLength) return 'tooShort';
  if (bitsPerCharacter(key) < minBitsPerCharacter) return 'tooRepetitive';
  return undefined;
}

/** The Shannon entropy of the key's character frequencies, in bits per character (code point). */
export function bitsPerCharacter(text: string): number {
  const characters = [...text];
  const counts = new Map<string, number>();
  for (const character of characters) counts.set(character, (counts.get(character) ?? 0) + 1);
  let bits = 0;
  for (const count of counts.values()) {
    const share = count / characters.length;
    bits -= share * Math.log2(share);
  }
  return bits;
}
