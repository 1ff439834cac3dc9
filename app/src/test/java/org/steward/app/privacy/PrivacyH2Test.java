package org.steward.app.privacy;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.steward.app.accounts.AccountTestConfig;

/** {@link PrivacyTests} on H2. */
@SpringBootTest(properties = PrivacyTests.PROPS)
@Import(AccountTestConfig.class)
class PrivacyH2Test extends PrivacyTests {}
