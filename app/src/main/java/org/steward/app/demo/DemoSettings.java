package org.steward.app.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Whether demo data is loaded on an empty database ({@code steward.demo-data},
 * {@code STEWARD_DEMO_DATA}) and the one password of the demo users ({@code steward.demo-password}).
 */
@ConfigurationProperties("steward")
record DemoSettings(boolean demoData, @DefaultValue("Steward-demo-2026") String demoPassword) {}
