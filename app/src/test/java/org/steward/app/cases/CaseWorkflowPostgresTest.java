package org.steward.app.cases;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** Reports and cases on a real PostgreSQL. */
@SpringBootTest(properties = {CaseWorkflowTests.PROPS_KEY, "db-scheduler.enabled=false"})
@ActiveProfiles("postgres")
class CaseWorkflowPostgresTest extends CaseWorkflowTests {}
