package org.steward.app.policies;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.steward.app.accounts.AccountTestConfig;

/** {@link PolicyLifecycleTests} on real PostgreSQL. */
@SpringBootTest(properties = {"steward.demo-data=true", "db-scheduler.enabled=false"})
@ActiveProfiles("postgres")
@Import(AccountTestConfig.class)
class PolicyLifecyclePostgresTest extends PolicyLifecycleTests {}
