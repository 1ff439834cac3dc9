package org.steward.app.people;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The organisation tree, stored in {@code units}. */
@Repository
public class Units {
  private final JdbcClient jdbc;

  Units(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public List<Unit> findAll() {
    return jdbc.sql("select id, parent_id, code, name, kind from units order by name")
        .query((rs, i) -> new Unit(rs.getLong("id"), (Long) rs.getObject("parent_id", Long.class),
            rs.getString("code"), rs.getString("name"), UnitKind.fromCode(rs.getString("kind")).orElseThrow()))
        .list();
  }

  public Optional<Unit> findById(long id) {
    return findAll().stream().filter(u -> u.id() == id).findFirst();
  }

  public Optional<Unit> findByCode(String code) {
    return findAll().stream().filter(u -> u.code().equalsIgnoreCase(code)).findFirst();
  }

  public long count() {
    return jdbc.sql("select count(*) from units").query(Long.class).single();
  }

  /** Inserts a unit and returns its id. */
  public long insert(Long parentId, String code, String name, UnitKind kind) {
    var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
    jdbc.sql("insert into units (parent_id, code, name, kind) values (?, ?, ?, ?)")
        .params(parentId, code, name, kind.code())
        .update(keys, "id");
    return keys.getKeyAs(Number.class).longValue();
  }

  /** The unit and its ancestors up to the root, nearest first. */
  public List<Long> ancestry(long unitId) {
    java.util.Map<Long, Unit> byId = new java.util.HashMap<>();
    findAll().forEach(u -> byId.put(u.id(), u));
    List<Long> out = new ArrayList<>();
    Long at = unitId;
    while (at != null && byId.containsKey(at) && !out.contains(at)) {
      out.add(at);
      at = byId.get(at).parentId();
    }
    return out;
  }

  /** Returns the ids of the unit and every unit below it. */
  public List<Long> subtreeIds(long rootId) {
    List<Unit> all = findAll();
    List<Long> out = new ArrayList<>();
    out.add(rootId);
    for (int i = 0; i < out.size(); i++) {
      long parent = out.get(i);
      for (Unit u : all) {
        if (u.parentId() != null && u.parentId() == parent) {
          out.add(u.id());
        }
      }
    }
    return out;
  }
}
