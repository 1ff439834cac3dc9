package org.steward.app.people;

import org.springframework.boot.test.context.SpringBootTest;

/** {@link DirectoryRepositoryTests} on the embedded default, H2 in PostgreSQL mode. */
@SpringBootTest
class DirectoryRepositoryH2Test extends DirectoryRepositoryTests {}
