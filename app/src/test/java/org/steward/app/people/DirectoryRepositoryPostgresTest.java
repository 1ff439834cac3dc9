package org.steward.app.people;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** {@link DirectoryRepositoryTests} on real PostgreSQL. */
@SpringBootTest
@ActiveProfiles("postgres")
class DirectoryRepositoryPostgresTest extends DirectoryRepositoryTests {}
