/**
 * One spelling for the identifiers that name the same cloud resource in a plan and in a live
 * inventory: ARNs as they are, Azure resource ids case-insensitively, Google resource names with
 * or without their API host (`//compute.googleapis.com/projects/…`, `https://www.googleapis.com/compute/v1/projects/…`,
 * `projects/…`). Used to point a live finding at the `.tf` block that manages the resource.
 */
export function identityKey(id: string): string {
  // https://www.googleapis.com/compute/v1/…, https://sqladmin.googleapis.com/sql/v1beta4/…, //storage.googleapis.com/…
  const google = /^(?:https:\/\/[a-z0-9.-]+\.googleapis\.com\/(?:[a-z]+\/)?v[0-9a-z]+\/|\/\/[a-z0-9.-]+\.googleapis\.com\/)(.*)$/i.exec(id);
  if (google) return google[1]!;
  if (id.startsWith('/subscriptions/') || id.startsWith('/providers/')) return id.toLowerCase();
  return id;
}
