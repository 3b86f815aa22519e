// What we know about well-known images: the database they run, its port, and a healthcheck
// that works inside them. Shared by DC005 (healthcheck template), DC014 (database ports) and the hover.
import { mapGet, scalarText, type ComposeModel, type Entry } from './model';

export interface KnownImage {
  /** Display name: PostgreSQL, MySQL... */
  product: string;
  /** Ports a client connects to; published to everyone they are an open door. */
  ports: number[];
  /** The `test:` value (a YAML flow list) of a healthcheck that works in the image. */
  healthcheck?: string;
}

const KNOWN: Record<string, KnownImage> = {
  postgres: { product: 'PostgreSQL', ports: [5432], healthcheck: '["CMD-SHELL", "pg_isready -U $${POSTGRES_USER:-postgres}"]' },
  postgis: { product: 'PostgreSQL (PostGIS)', ports: [5432], healthcheck: '["CMD-SHELL", "pg_isready -U $${POSTGRES_USER:-postgres}"]' },
  timescaledb: { product: 'PostgreSQL (TimescaleDB)', ports: [5432], healthcheck: '["CMD-SHELL", "pg_isready -U $${POSTGRES_USER:-postgres}"]' },
  mysql: { product: 'MySQL', ports: [3306, 33060], healthcheck: '["CMD", "mysqladmin", "ping", "-h", "127.0.0.1"]' },
  'mysql-server': { product: 'MySQL', ports: [3306, 33060], healthcheck: '["CMD", "mysqladmin", "ping", "-h", "127.0.0.1"]' },
  mariadb: { product: 'MariaDB', ports: [3306], healthcheck: '["CMD", "healthcheck.sh", "--connect", "--innodb_initialized"]' },
  percona: { product: 'Percona Server', ports: [3306], healthcheck: '["CMD", "mysqladmin", "ping", "-h", "127.0.0.1"]' },
  mongo: { product: 'MongoDB', ports: [27017], healthcheck: '["CMD", "mongosh", "--quiet", "--eval", "db.adminCommand(\'ping\')"]' },
  redis: { product: 'Redis', ports: [6379], healthcheck: '["CMD", "redis-cli", "ping"]' },
  'redis-stack': { product: 'Redis', ports: [6379], healthcheck: '["CMD", "redis-cli", "ping"]' },
  'redis-stack-server': { product: 'Redis', ports: [6379], healthcheck: '["CMD", "redis-cli", "ping"]' },
  valkey: { product: 'Valkey', ports: [6379], healthcheck: '["CMD", "valkey-cli", "ping"]' },
  keydb: { product: 'KeyDB', ports: [6379], healthcheck: '["CMD", "keydb-cli", "ping"]' },
  memcached: { product: 'Memcached', ports: [11211] },
  elasticsearch: { product: 'Elasticsearch', ports: [9200, 9300], healthcheck: '["CMD-SHELL", "curl -fsS http://localhost:9200/_cluster/health || exit 1"]' },
  opensearch: { product: 'OpenSearch', ports: [9200, 9600] },
  cassandra: { product: 'Cassandra', ports: [9042], healthcheck: '["CMD", "cqlsh", "-e", "describe keyspaces"]' },
  couchdb: { product: 'CouchDB', ports: [5984], healthcheck: '["CMD", "curl", "-fsS", "http://localhost:5984/_up"]' },
  influxdb: { product: 'InfluxDB', ports: [8086], healthcheck: '["CMD", "influx", "ping"]' },
  neo4j: { product: 'Neo4j', ports: [7687, 7474] },
  clickhouse: { product: 'ClickHouse', ports: [8123, 9000] },
  'clickhouse-server': { product: 'ClickHouse', ports: [8123, 9000] },
  mssql: { product: 'SQL Server', ports: [1433] },
  'oracle-free': { product: 'Oracle Database', ports: [1521] },
  rabbitmq: { product: 'RabbitMQ', ports: [5672], healthcheck: '["CMD", "rabbitmq-diagnostics", "-q", "ping"]' },
  etcd: { product: 'etcd', ports: [2379] },
};

/** Ports that mean a database whatever the image (so a custom build of one is caught too). */
export const DATABASE_PORTS: ReadonlyMap<number, string> = new Map([
  [5432, 'PostgreSQL'], [3306, 'MySQL/MariaDB'], [27017, 'MongoDB'], [6379, 'Redis'], [1433, 'SQL Server'], [1521, 'Oracle Database'],
  [9042, 'Cassandra'], [5984, 'CouchDB'], [11211, 'Memcached'],
]);

/** The repository's last path part, lower case: `docker.io/library/postgres:16` -> `postgres`. */
export function imageBaseName(image: string): string {
  const noDigest = image.split('@')[0] as string;
  const lastSlash = noDigest.lastIndexOf('/');
  const colon = noDigest.indexOf(':', lastSlash + 1);
  const repo = colon >= 0 ? noDigest.slice(0, colon) : noDigest;
  return (repo.split('/').pop() ?? repo).toLowerCase();
}

export function knownImage(image: string | undefined): KnownImage | undefined {
  if (!image || image.includes('$')) return undefined;
  const base = imageBaseName(image);
  if (Object.prototype.hasOwnProperty.call(KNOWN, base)) return KNOWN[base];
  // mcr.microsoft.com/mssql/server, bitnami/postgresql, ...
  if (/\/mssql\//.test(image)) return KNOWN.mssql;
  if (base === 'postgresql') return KNOWN.postgres;
  if (base === 'mongodb') return KNOWN.mongo;
  return undefined;
}

export function serviceImage(model: ComposeModel, service: Entry): string | undefined {
  return scalarText(mapGet(model.doc, service.value, 'image')?.value);
}
