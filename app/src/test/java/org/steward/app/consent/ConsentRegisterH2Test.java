package org.steward.app.consent;

import org.springframework.boot.test.context.SpringBootTest;

/** The consent register on H2 (the embedded default). */
@SpringBootTest(properties = "db-scheduler.enabled=false")
class ConsentRegisterH2Test extends ConsentRegisterTests {}
