package org.steward.app.people;

/** A unit of the organisation: the group, a college, a school, department or service. */
public record Unit(long id, Long parentId, String code, String name, UnitKind kind) {}
