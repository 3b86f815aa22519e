// Names of Docker Official Images (the `library/` namespace on Docker Hub): one-word image names
// that exist. Used to tell `COPY --from=busybox` (an image) from `COPY --from=buidler` (a typo of a
// stage name). Not exhaustive forever; a name missing here is only reported as a warning.
export const OFFICIAL_IMAGES: ReadonlySet<string> = new Set([
  'adminer', 'aerospike', 'almalinux', 'alpine', 'alt', 'amazoncorretto', 'amazonlinux', 'api-firewall', 'arangodb',
  'archlinux', 'backdrop', 'bash', 'bonita', 'buildpack-deps', 'busybox', 'caddy', 'cassandra', 'centos', 'chronograf',
  'cirros', 'clearlinux', 'clefos', 'clickhouse', 'clojure', 'composer', 'consul', 'convertigo', 'couchbase', 'couchdb',
  'crate', 'dart', 'debian', 'docker', 'drupal', 'eclipse-mosquitto', 'eclipse-temurin', 'eggdrop', 'elasticsearch',
  'elixir', 'emqx', 'erlang', 'fedora', 'flink', 'fluentd', 'friendica', 'gazebo', 'gcc', 'geonetwork', 'ghost',
  'golang', 'gradle', 'groovy', 'haproxy', 'haskell', 'haxe', 'hello-world', 'hitch', 'httpd', 'hylang',
  'ibm-semeru-runtimes', 'ibmjava', 'influxdb', 'irssi', 'jenkins', 'jetty', 'jobber', 'joomla', 'jruby', 'julia',
  'kapacitor', 'kibana', 'kong', 'krakend', 'lightstreamer', 'liquibase', 'logstash', 'mageia', 'mariadb', 'matomo',
  'maven', 'mediawiki', 'memcached', 'mongo', 'mongo-express', 'monica', 'mono', 'mysql', 'nats', 'nats-streaming',
  'neo4j', 'neurodebian', 'nextcloud', 'nginx', 'node', 'notary', 'nuxeo', 'odoo', 'open-liberty', 'openjdk',
  'oraclelinux', 'orientdb', 'percona', 'perl', 'photon', 'php', 'php-zendserver', 'phpmyadmin', 'plone',
  'postfixadmin', 'postgres', 'pypy', 'python', 'r-base', 'rabbitmq', 'rakudo-star', 'redis', 'redmine', 'registry',
  'rethinkdb', 'rocket.chat', 'rockylinux', 'ros', 'ruby', 'rust', 'sapmachine', 'satosa', 'scratch', 'silverpeas',
  'sl', 'solr', 'sonarqube', 'spark', 'spiped', 'storm', 'swift', 'swipl', 'teamspeak', 'telegraf', 'tomcat', 'tomee',
  'traefik', 'ubuntu', 'unit', 'valkey', 'varnish', 'vault', 'websphere-liberty', 'wordpress', 'xwiki', 'yourls',
  'znc', 'zookeeper',
]);
