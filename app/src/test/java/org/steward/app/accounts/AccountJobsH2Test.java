package org.steward.app.accounts;

import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest(properties = {AccountWorkflowTests.PROPS_KEY, "db-scheduler.polling-interval=1s"})
class AccountJobsH2Test extends AccountJobsTests {}
