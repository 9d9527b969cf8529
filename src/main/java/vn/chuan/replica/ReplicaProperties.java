package vn.chuan.replica;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code chuan.datasource.replica.*}: the replica's JDBC URL (a hot standby of the primary, PostgreSQL only), its user
 * and password (the primary's when not given), its pool, and how long a read waits for the replica to replay the
 * officer's own last write before it is served by the primary instead.
 */
@ConfigurationProperties("chuan.datasource.replica")
record ReplicaProperties(String url, String username, String password, @DefaultValue("10") int maximumPoolSize,
        @DefaultValue("2s") Duration maxWait, @DefaultValue("2s") Duration connectionTimeout) {
}
