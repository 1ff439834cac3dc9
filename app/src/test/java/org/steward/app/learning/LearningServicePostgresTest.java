package org.steward.app.learning;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** {@link LearningServiceTests} on real PostgreSQL. */
@SpringBootTest(properties = {LearningServiceTests.PROPS, LearningServiceTests.POLLING})
@ActiveProfiles("postgres")
class LearningServicePostgresTest extends LearningServiceTests {}
