package org.steward.app.learning;

import org.springframework.boot.test.context.SpringBootTest;

/** {@link LearningServiceTests} on H2. */
@SpringBootTest(properties = {LearningServiceTests.PROPS, LearningServiceTests.POLLING})
class LearningServiceH2Test extends LearningServiceTests {}
