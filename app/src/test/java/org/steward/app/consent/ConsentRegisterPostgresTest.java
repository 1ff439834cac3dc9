package org.steward.app.consent;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** The consent register on a real PostgreSQL. */
@SpringBootTest(properties = "db-scheduler.enabled=false")
@ActiveProfiles("postgres")
class ConsentRegisterPostgresTest extends ConsentRegisterTests {}
