package org.steward.app.security;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** Sessions end on a real PostgreSQL. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"steward.demo-data=true", "db-scheduler.enabled=false"})
@ActiveProfiles("postgres")
class SessionEndPostgresTest extends SessionEndTests {}
