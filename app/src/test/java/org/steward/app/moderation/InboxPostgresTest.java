package org.steward.app.moderation;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest(properties = {"steward.demo-data=true", InboxTests.PROPS_KEY, "db-scheduler.enabled=false"})
@ActiveProfiles("postgres")
class InboxPostgresTest extends InboxTests {}
