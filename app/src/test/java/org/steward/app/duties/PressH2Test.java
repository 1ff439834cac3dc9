package org.steward.app.duties;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.steward.app.accounts.AccountTestConfig;

/** {@link PressTests} on H2. */
@SpringBootTest(properties = PressTests.PROPS)
@Import(AccountTestConfig.class)
class PressH2Test extends PressTests {}
