package org.steward.app.accounts.vault;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** The vault on PostgreSQL. */
@SpringBootTest(properties = "db-scheduler.enabled=false")
@ActiveProfiles("postgres")
class VaultRotationPostgresTest extends VaultRotationTests {}
