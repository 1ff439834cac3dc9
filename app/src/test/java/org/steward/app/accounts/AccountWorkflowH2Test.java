package org.steward.app.accounts;

import org.springframework.boot.test.context.SpringBootTest;

/** The accounts workflow on H2 (the embedded default). */
@SpringBootTest(properties = {AccountWorkflowTests.PROPS_KEY, "db-scheduler.enabled=false"})
class AccountWorkflowH2Test extends AccountWorkflowTests {}
