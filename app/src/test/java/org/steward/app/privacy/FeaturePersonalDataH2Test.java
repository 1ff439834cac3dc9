package org.steward.app.privacy;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.steward.app.accounts.AccountTestConfig;

/** {@link FeaturePersonalDataTests} on H2. */
@SpringBootTest(properties = PrivacyTests.PROPS)
@Import(AccountTestConfig.class)
class FeaturePersonalDataH2Test extends FeaturePersonalDataTests {}
