package org.steward.app.duties;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.steward.app.accounts.AccountTestConfig;

/** {@link PressTests} on real PostgreSQL. */
@SpringBootTest(properties = PressTests.PROPS)
@Import(AccountTestConfig.class)
@ActiveProfiles("postgres")
class PressPostgresTest extends PressTests {}
