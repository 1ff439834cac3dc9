package org.steward.app.accounts;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest(properties = {AccountWorkflowTests.PROPS_KEY, "db-scheduler.polling-interval=1s"})
@ActiveProfiles("postgres")
class AccountJobsPostgresTest extends AccountJobsTests {}
