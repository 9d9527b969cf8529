package vn.chuan.replica;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.datasource.LazyConnectionDataSourceProxy;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The data sources when a replica is configured: the primary's pool (built from {@code spring.datasource.*} as Spring
 * Boot would), the replica's (the same settings, another URL, read-only), and the data source everyone uses: a lazy
 * proxy that takes a connection from the primary, or for a read-only transaction from the replica once it has replayed
 * the officer's last write ({@link ReplicaRouting}).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(prefix = "chuan.datasource.replica", name = "url")
@EnableConfigurationProperties(ReplicaProperties.class)
class ReplicaConfiguration {

    @Bean(defaultCandidate = false)
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource primaryDataSource(DataSourceProperties properties) {
        HikariDataSource primary = properties.initializeDataSourceBuilder().type(HikariDataSource.class).build();
        primary.setPoolName("primary");
        return primary;
    }

    @Bean(defaultCandidate = false)
    HikariDataSource replicaDataSource(@Qualifier("primaryDataSource") HikariDataSource primary, ReplicaProperties replica) {
        HikariConfig config = new HikariConfig();
        primary.copyStateTo(config);
        config.setPoolName("replica");
        config.setJdbcUrl(replica.url());
        if (replica.username() != null) {
            config.setUsername(replica.username());
            config.setPassword(replica.password());
        }
        config.setMaximumPoolSize(replica.maximumPoolSize());
        // A replica that is down must not hold every report for Hikari's default 30 s: the primary answers instead.
        config.setConnectionTimeout(replica.connectionTimeout().toMillis());
        config.setReadOnly(true);
        return new HikariDataSource(config);
    }

    @Bean
    @Primary
    DataSource dataSource(@Qualifier("primaryDataSource") HikariDataSource primary,
            @Qualifier("replicaDataSource") HikariDataSource replica, ReadYourWrites readYourWrites) {
        LazyConnectionDataSourceProxy proxy = new LazyConnectionDataSourceProxy(primary);
        proxy.setReadOnlyDataSource(new ReplicaRouting(replica, primary, readYourWrites));
        return proxy;
    }

    @Bean
    ReadYourWrites readYourWrites(@Qualifier("primaryDataSource") HikariDataSource primary, ReplicaProperties replica) {
        return new ReadYourWrites(primary, replica.maxWait());
    }

    @Bean
    FilterRegistrationBean<ReadOnlyRequests> readOnlyRequests(PlatformTransactionManager transactions, ReadYourWrites readYourWrites) {
        FilterRegistrationBean<ReadOnlyRequests> registration = new FilterRegistrationBean<>(new ReadOnlyRequests(transactions,
                readYourWrites));
        // After Spring Security (-100): the login and the API key are read before, from the primary.
        registration.setOrder(0);
        return registration;
    }
}
