package org.steward.app.accounts.vault;

import org.springframework.boot.test.context.SpringBootTest;

/** The vault on H2. */
@SpringBootTest(properties = "db-scheduler.enabled=false")
class VaultRotationH2Test extends VaultRotationTests {}
