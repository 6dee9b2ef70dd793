/** Live gcp benchmark: filled in with the live adapter. */
export async function benchLive(): Promise<string[]> {
  return ['not measured yet'];
}
