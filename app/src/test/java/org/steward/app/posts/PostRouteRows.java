package org.steward.app.posts;

import java.util.Map;
import java.util.Set;
import org.steward.app.identity.Role;
import org.steward.app.support.ExpectedRoutes;

/**
 * Posts: every role reaches the routes (learners help run accounts); the services check each
 * record: who runs the account, who may approve (never the author), who may publish.
 */
class PostRouteRows implements ExpectedRoutes {
  @Override
  public Map<String, Set<Role>> rows() {
    return Map.ofEntries(
        Map.entry("GET /posts", EVERY_ROLE),
        Map.entry("GET /posts/new", EVERY_ROLE),
        Map.entry("GET /posts/archive", EVERY_ROLE),
        Map.entry("GET /posts/imports", EVERY_ROLE),
        Map.entry("POST /posts/imports", EVERY_ROLE),
        Map.entry("POST /api/v1/posts/imports", EVERY_ROLE),
        Map.entry("GET /posts/{id}", EVERY_ROLE),
        Map.entry("GET /posts/{id}/edit", EVERY_ROLE),
        Map.entry("POST /posts", EVERY_ROLE),
        Map.entry("POST /posts/check", EVERY_ROLE),
        Map.entry("POST /posts/{id}", EVERY_ROLE),
        Map.entry("POST /posts/{id}/submit", EVERY_ROLE),
        Map.entry("POST /posts/{id}/approve", EVERY_ROLE),
        Map.entry("POST /posts/{id}/reject", EVERY_ROLE),
        Map.entry("POST /posts/{id}/return", EVERY_ROLE),
        Map.entry("POST /posts/{id}/publish", EVERY_ROLE),
        Map.entry("POST /posts/{id}/address", EVERY_ROLE),
        Map.entry("POST /posts/{id}/remove", EVERY_ROLE),
        Map.entry("POST /posts/{id}/review", EVERY_ROLE),
        Map.entry("POST /posts/{id}/concern", EVERY_ROLE),
        Map.entry("GET /api/v1/posts", EVERY_ROLE),
        Map.entry("POST /api/v1/posts", EVERY_ROLE),
        Map.entry("GET /api/v1/posts/{id}", EVERY_ROLE),
        Map.entry("PUT /api/v1/posts/{id}", EVERY_ROLE),
        Map.entry("POST /api/v1/posts/{id}/submit", EVERY_ROLE),
        Map.entry("POST /api/v1/posts/{id}/approve", EVERY_ROLE),
        Map.entry("POST /api/v1/posts/{id}/reject", EVERY_ROLE),
        Map.entry("POST /api/v1/posts/{id}/return", EVERY_ROLE),
        Map.entry("POST /api/v1/posts/{id}/publish", EVERY_ROLE),
        Map.entry("POST /api/v1/posts/{id}/address", EVERY_ROLE),
        Map.entry("POST /api/v1/posts/{id}/remove", EVERY_ROLE),
        Map.entry("POST /posts/{id}/consent-requests", EVERY_ROLE),
        Map.entry("GET /api/v1/posts/{id}/consent-requests", EVERY_ROLE),
        Map.entry("POST /api/v1/posts/{id}/consent-requests", EVERY_ROLE));
  }
}
