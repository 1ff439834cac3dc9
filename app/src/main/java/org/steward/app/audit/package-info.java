/**
 * The hash-chained audit trail of every governed change, its verification (command line and an
 * admin page), erasure of personal data without breaking the chain, and the one refusal audit
 * ({@link org.steward.app.audit.RefusalAudit}) every feature and route uses.
 */
@ApplicationModule(displayName = "Audit trail", allowedDependencies = {"identity", "security", "web", "csv"})
package org.steward.app.audit;

import org.springframework.modulith.ApplicationModule;
