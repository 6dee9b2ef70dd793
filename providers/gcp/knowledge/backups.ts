/** Cloud SQL's and Backup and DR's own terms, for plans and inventories alike. */

export const VAULT_LABEL = 'Backup and DR backup vault';

/** Cloud SQL keeps 7 automated backups unless retained_backups says otherwise. */
export const SQL_DEFAULT_RETAINED_BACKUPS = 7;

/** Cloud Storage keeps soft-deleted objects 7 days (604800 s) unless the bucket's soft delete policy says otherwise. */
export const GCS_DEFAULT_SOFT_DELETE_SECONDS = 604800;

export const DISK_SERVICE = 'Compute Engine disk';
export const BUCKET_SERVICE = 'Cloud Storage bucket';
