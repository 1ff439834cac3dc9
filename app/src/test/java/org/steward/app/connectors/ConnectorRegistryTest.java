package org.steward.app.connectors;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.util.unit.DataSize;
import org.steward.app.connectors.bluesky.BlueskyConnector;
import org.steward.app.connectors.manual.ManualConnector;
import org.steward.app.connectors.manual.ManualConnectors;
import org.steward.app.connectors.mastodon.MastodonConnector;

class ConnectorRegistryTest {
  @Configuration
  @EnableConfigurationProperties(ConnectorProperties.class)
  @Import({ConnectorRegistry.class, BlueskyConnector.class, MastodonConnector.class,
      ManualConnectors.class})
  static class Wiring {}

  final ApplicationContextRunner context = new ApplicationContextRunner().withUserConfiguration(Wiring.class);

  @Test
  void givesTheApiConnectorsAndAManualOneForEveryOtherCode() {
    context.run(ctx -> {
      ConnectorRegistry registry = ctx.getBean(ConnectorRegistry.class);
      assertThat(registry.forPlatform("bluesky")).isInstanceOf(BlueskyConnector.class);
      assertThat(registry.forPlatform(" Mastodon ")).isInstanceOf(MastodonConnector.class);
      for (String code : new String[] {"facebook", "instagram", "x", "linkedin", "tiktok", "youtube", "review-site", "a-new-one"}) {
        Connector c = registry.forPlatform(code);
        assertThat(c).isInstanceOf(ManualConnector.class);
        assertThat(c.platform()).isEqualTo(code);
        assertThat(c.capabilities().manual()).isTrue();
      }
      assertThat(registry.forPlatform("twitter").platform()).isEqualTo("x");
      assertThat(registry.capabilities("bluesky").maxTextLength()).isEqualTo(300);
      assertThat(registry.capabilities("mastodon").maxTextLength()).isEqualTo(500);
    });
  }

  @Test
  void defaultsWorkOutOfTheBoxAndADeployerCanChangeThem() {
    context.run(ctx -> assertThat(ctx.getBean(ConnectorProperties.class)).isEqualTo(ConnectorProperties.defaults()));
    context.withPropertyValues("steward.connectors.request-timeout=PT5S", "steward.connectors.max-attempts=5",
            "steward.connectors.bluesky.replies=repository-scan", "steward.connectors.imports.max-bytes=10MB")
        .run(ctx -> {
          ConnectorProperties p = ctx.getBean(ConnectorProperties.class);
          assertThat(p.requestTimeout()).isEqualTo(Duration.ofSeconds(5));
          assertThat(p.maxAttempts()).isEqualTo(5);
          assertThat(p.bluesky().replies()).isEqualTo(ConnectorProperties.ReplySource.REPOSITORY_SCAN);
          assertThat(p.imports().maxBytes()).isEqualTo(DataSize.ofMegabytes(10));
        });
    context.withPropertyValues("steward.connectors.max-attempts=0").run(ctx -> assertThat(ctx).hasFailed());
  }

  @Test
  void theEnvironmentVariablesInTheReadmeReachTheSettings() {
    context.withInitializer(ctx -> ctx.getEnvironment().getPropertySources().addFirst(
            new org.springframework.core.env.SystemEnvironmentPropertySource(
                org.springframework.core.env.StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, java.util.Map.of(
                "STEWARD_CONNECTORS_REQUEST_TIMEOUT", "PT7S",
                "STEWARD_CONNECTORS_BLUESKY_REPLIES", "repository-scan",
                "STEWARD_CONNECTORS_BLUESKY_SCAN_REPOS", "did:plc:aaa,did:plc:bbb",
                "STEWARD_CONNECTORS_IMPORTS_MAX_POSTS", "50"))))
        .run(ctx -> {
          ConnectorProperties p = ctx.getBean(ConnectorProperties.class);
          assertThat(p.requestTimeout()).isEqualTo(Duration.ofSeconds(7));
          assertThat(p.bluesky().replies()).isEqualTo(ConnectorProperties.ReplySource.REPOSITORY_SCAN);
          assertThat(p.bluesky().scanRepos()).containsExactly("did:plc:aaa", "did:plc:bbb");
          assertThat(p.imports().maxPosts()).isEqualTo(50);
        });
  }
}
