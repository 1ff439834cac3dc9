package org.steward.engine;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The engine's packages form no cycle. From the bottom up: {@code text} (folding, the automaton),
 * {@code detect} (the detectors and their registry), {@code pack} (policy packs, whose rules name
 * registered detectors), {@code learn} (the learned model, configured from a pack), then the root
 * package's {@code Checker} and {@code BatchChecker}, and {@code cli} on top. The root package's
 * value types ({@code CheckContext}, {@code TextKind}, {@code Finding}…) are the vocabulary every
 * package shares; nothing below the top uses the checker itself.
 */
class EnginePackagesTest {
  static final JavaClasses ENGINE = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("org.steward.engine");

  @Test
  void noPackageOfTheEngineDependsOnItselfInACycle() {
    slices().matching("org.steward.engine.(**)").should().beFreeOfCycles().check(ENGINE);
  }

  @Test
  void thePackagesBelowTheCheckerNeverUseIt() {
    noClasses().that().resideInAnyPackage("org.steward.engine.text..", "org.steward.engine.detect..", "org.steward.engine.pack..",
            "org.steward.engine.learn..")
        .should().dependOnClassesThat().haveFullyQualifiedName("org.steward.engine.Checker")
        .orShould().dependOnClassesThat().haveFullyQualifiedName("org.steward.engine.BatchChecker")
        .check(ENGINE);
  }

  @Test
  void theDetectorsKnowNothingOfPacksOrModels() {
    noClasses().that().resideInAnyPackage("org.steward.engine.text..", "org.steward.engine.detect..")
        .should().dependOnClassesThat().resideInAnyPackage("org.steward.engine.pack..", "org.steward.engine.learn..", "org.steward.engine.cli..")
        .check(ENGINE);
  }
}
