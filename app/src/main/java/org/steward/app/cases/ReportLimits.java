package org.steward.app.cases;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How often anyone may use the public report routes (README: STEWARD_REPORTS_*), per client and
 * for the whole installation, each a Bucket4j budget refilled steadily.
 *
 * @param reportsPerHour new reports one client may send in an hour
 * @param lookupsPerMinute receipt look-ups and messages one client may send in a minute
 * @param lookupsPerHour receipt look-ups and messages one client may send in an hour
 * @param allReportsPerHour new reports from everyone together in an hour (a flood stops here)
 * @param tracked how many clients are remembered at most (oldest forgotten)
 */
@ConfigurationProperties("steward.reports")
record ReportLimits(@DefaultValue("10") int reportsPerHour, @DefaultValue("10") int lookupsPerMinute,
    @DefaultValue("60") int lookupsPerHour, @DefaultValue("500") int allReportsPerHour,
    @DefaultValue("100000") int tracked) {}
