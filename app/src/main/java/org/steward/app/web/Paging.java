package org.steward.app.web;

/**
 * Bounds of every paged list, checked at the boundary ({@code @Min(0) @Max(Paging.MAX_PAGE)} on
 * the page parameter): a page far past the end is a 422 naming {@code page}, never an overflowing
 * offset. A page past the last one within the bound is simply empty.
 */
public final class Paging {
  /** The highest page number anyone may ask for (far beyond any real list). */
  public static final int MAX_PAGE = 100_000;
  public static final String PAGE_MESSAGE = "Ask for a page from 0 to 100000.";

  private Paging() {}

  /** The row offset of a page, computed without overflow. */
  public static long offset(int page, int size) {
    return (long) Math.max(0, page) * Math.max(1, size);
  }
}
