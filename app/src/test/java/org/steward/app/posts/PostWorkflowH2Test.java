package org.steward.app.posts;

import org.springframework.boot.test.context.SpringBootTest;

/** The posts workflow on H2 (the embedded default). */
@SpringBootTest(properties = {PostsApiTest.VAULT_KEY, "db-scheduler.enabled=false"})
class PostWorkflowH2Test extends PostWorkflowTests {}
