/** The organisation tree (DOC-7), people (staff, learners, external), their roles, and CSV import. */
package org.steward.app.people;
