/** Policy packs adopted by the institution: versions, which is current, and (later) reviews and acknowledgements. */
package org.steward.app.policies;
