package org.steward.app.security;

import org.springframework.boot.test.context.SpringBootTest;

/** Sessions end on H2 (the embedded default). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"steward.demo-data=true", "db-scheduler.enabled=false"})
class SessionEndH2Test extends SessionEndTests {}
