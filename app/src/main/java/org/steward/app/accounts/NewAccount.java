package org.steward.app.accounts;

/** What a request (or an imported line) says about an account (ACC-1, ACC-4, ACC-9). */
public record NewAccount(Platform platform, String handle, String url, String name, long unitId,
    String purpose, String audience, Visibility visibility, boolean teachingGroup,
    String postingPlan, String moderationPlan, Long onBehalfOf, AccountStatus initialStatus) {}
