package org.steward.app.people;

import org.springframework.boot.test.context.SpringBootTest;

/** The CSV import against the default database, H2 in PostgreSQL mode. */
@SpringBootTest
class PeopleImportH2Test extends PeopleImportTests {}
