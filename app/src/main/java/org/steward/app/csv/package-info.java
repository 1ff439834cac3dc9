/**
 * CSV for imports and exports, through Commons CSV: {@link org.steward.app.csv.CsvFile} reads an
 * upload with every broken line reported by number, {@link org.steward.app.csv.ImportResult} is an
 * all-or-nothing import's outcome, {@link org.steward.app.csv.CsvExport} writes a list safely for a
 * spreadsheet. Shared by the features that import or export; it depends on no feature.
 */
@ApplicationModule(displayName = "CSV (shared)", allowedDependencies = {"web"})
package org.steward.app.csv;

import org.springframework.modulith.ApplicationModule;
