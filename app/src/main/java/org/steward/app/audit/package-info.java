/**
 * The hash-chained audit trail of every governed change, its verification (command line and an
 * admin page) and erasure of personal data without breaking the chain.
 */
package org.steward.app.audit;
