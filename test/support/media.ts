// Emulating media features from a test: forced colours, dark scheme, reduced motion, print.
import { executeServerCommand } from '@web/test-runner-commands';

export type Feature = { name: string; value: string };

/** Returns false when the browser cannot emulate (then the caller checks what it can). */
export async function emulateFeatures(features: Feature[], media = ''): Promise<boolean> {
  const answer = await executeServerCommand<string, { features: Feature[]; media: string }>('emulate-media-features', { features, media });
  return answer === 'ok';
}

export async function resetFeatures() {
  await emulateFeatures([]);
}
