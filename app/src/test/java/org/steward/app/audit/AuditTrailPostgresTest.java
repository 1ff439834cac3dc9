package org.steward.app.audit;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** The audit trail on a real PostgreSQL, the production database. */
@SpringBootTest
@ActiveProfiles("postgres")
class AuditTrailPostgresTest extends AuditTrailTests {}
