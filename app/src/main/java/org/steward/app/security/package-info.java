/** Sign-in (local passwords and OpenID Connect), throttling, and which role may reach which route. */
package org.steward.app.security;
