package org.steward.app.policies;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.steward.app.accounts.AccountTestConfig;

/** {@link PolicyLifecycleTests} on the embedded default, H2 in PostgreSQL mode. */
@SpringBootTest(properties = {"steward.demo-data=true", "db-scheduler.enabled=false"})
@Import(AccountTestConfig.class)
class PolicyLifecycleH2Test extends PolicyLifecycleTests {}
