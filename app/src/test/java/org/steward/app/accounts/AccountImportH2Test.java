package org.steward.app.accounts;

import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest(properties = {AccountWorkflowTests.PROPS_KEY, "db-scheduler.enabled=false"})
class AccountImportH2Test extends AccountImportTests {}
