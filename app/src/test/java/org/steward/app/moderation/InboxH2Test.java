package org.steward.app.moderation;

import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest(properties = {"steward.demo-data=true", InboxTests.PROPS_KEY, "db-scheduler.enabled=false"})
class InboxH2Test extends InboxTests {}
