package org.steward.app.people;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** The CSV import against a real PostgreSQL (see support/EmbeddedPostgresConfig). */
@SpringBootTest
@ActiveProfiles("postgres")
class PeopleImportPostgresTest extends PeopleImportTests {}
