package org.steward.app.posts;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** The posts workflow on a real PostgreSQL. */
@SpringBootTest(properties = {PostsApiTest.VAULT_KEY, "db-scheduler.enabled=false"})
@ActiveProfiles("postgres")
class PostWorkflowPostgresTest extends PostWorkflowTests {}
