package org.steward.app.crypto;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The credential vault's keys ({@code steward.vault.*}; README "Configuration"): a master key from
 * the environment, older keys still accepted during a rotation, else a key file; and how often the
 * re-wrap job moves data keys onto the current master key.
 */
@ConfigurationProperties("steward.vault")
public record VaultSettings(@DefaultValue("") String masterKey, @DefaultValue("") String previousKeys,
    @DefaultValue("./data/vault.key") String keyFile, @DefaultValue("PT10M") Duration rewrapEvery) {}
