package org.steward.engine;

import java.util.Collection;
import java.util.List;
import org.steward.engine.text.Hits;
import org.steward.engine.text.Lexicon;
import org.steward.engine.text.NormalisedText;

/**
 * The names of real learners and staff, compiled once into an automaton so that {@code pii.name}
 * finds "Jamie Smith" (and "JAMIE  SMITH", "J4mie Smith") in linear time. Build it when the
 * directory changes and share it: instances are immutable and thread-safe.
 */
public final class PeopleDirectory {
  private static final PeopleDirectory EMPTY = new PeopleDirectory(List.of());

  private final List<Person> people;
  private final Lexicon names;

  private PeopleDirectory(List<Person> people) {
    this.people = List.copyOf(people);
    Lexicon.Builder b = Lexicon.builder();
    for (Person p : this.people) {
      // Only full names: a lone first name is too common to be evidence of a real person.
      if (p.name().strip().indexOf(' ') > 0) {
        b.add("name", p.role(), 1, p.name(), false);
      }
    }
    this.names = b.build();
  }

  public static PeopleDirectory of(Collection<Person> people) {
    return new PeopleDirectory(List.copyOf(people));
  }

  public static PeopleDirectory empty() {
    return EMPTY;
  }

  public List<Person> people() {
    return people;
  }

  public boolean isEmpty() {
    return names.size() == 0;
  }

  /** Finds the names in {@code text}; the entry category is the person's role. */
  public void scan(NormalisedText text, Hits hits) {
    names.scan(text, hits);
  }

  /** Returns the compiled names (entry categories are roles). */
  public Lexicon lexicon() {
    return names;
  }
}
