/** Cloud SQL's and Backup and DR's own terms, for plans and inventories alike. */

export const VAULT_LABEL = 'Backup and DR backup vault';

/** Cloud SQL keeps 7 automated backups unless retained_backups says otherwise. */
export const SQL_DEFAULT_RETAINED_BACKUPS = 7;
