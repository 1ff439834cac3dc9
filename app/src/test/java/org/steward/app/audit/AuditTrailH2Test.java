package org.steward.app.audit;

import org.springframework.boot.test.context.SpringBootTest;

/** The audit trail on H2 in PostgreSQL mode, the embedded default. */
@SpringBootTest
class AuditTrailH2Test extends AuditTrailTests {}
