/** The shared layout, navigation and error pages. No feature logic. */
package org.steward.app.web;
