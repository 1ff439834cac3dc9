package org.steward.app.cases;

import org.springframework.boot.test.context.SpringBootTest;

/** Reports and cases on H2 (the embedded default). */
@SpringBootTest(properties = {CaseWorkflowTests.PROPS_KEY, "db-scheduler.enabled=false"})
class CaseWorkflowH2Test extends CaseWorkflowTests {}
