/** Database engines as RDS, Aurora, DocumentDB, Neptune and Redshift name them. */

/** Default listener ports by engine, for when the port is not set or not known. */
const ENGINE_PORTS: ReadonlyArray<[RegExp, number]> = [
  [/postgres/, 5432],
  [/^(aurora|aurora-mysql|mysql|mariadb)$/, 3306],
  [/^oracle/, 1521],
  [/^sqlserver/, 1433],
  [/^db2/, 50000],
  [/^docdb/, 27017],
  [/^neptune/, 8182],
  [/^redshift/, 5439],
];

/** The default port of an engine (`aurora-postgresql` → 5432); undefined for an engine not listed. */
export function enginePort(engine: string): number | undefined {
  return ENGINE_PORTS.find(([re]) => re.test(engine))?.[1];
}
