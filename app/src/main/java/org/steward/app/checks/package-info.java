/** "Check a post": a text checked against a policy pack, findings shown in place, and the checks API. */
package org.steward.app.checks;
