package org.steward.app.privacy;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.steward.app.accounts.AccountTestConfig;

/** {@link FeaturePersonalDataTests} on real PostgreSQL. */
@SpringBootTest(properties = PrivacyTests.PROPS)
@Import(AccountTestConfig.class)
@ActiveProfiles("postgres")
class FeaturePersonalDataPostgresTest extends FeaturePersonalDataTests {}
