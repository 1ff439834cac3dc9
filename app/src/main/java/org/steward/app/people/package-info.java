/**
 * The organisation tree (DOC-7), people (staff, learners, external), their roles, CSV import and
 * marking someone as left. Other features read people through {@link
 * org.steward.app.people.PeopleService} and the tree through {@link
 * org.steward.app.people.OrganisationService}; they react to {@link org.steward.app.people.PersonLeft}.
 */
@ApplicationModule(displayName = "People and organisation", allowedDependencies = {"identity", "security", "audit", "web", "demo", "csv"})
package org.steward.app.people;

import org.springframework.modulith.ApplicationModule;
