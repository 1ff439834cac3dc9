package org.steward.app.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.stereotype.Repository;

/**
 * Keeps the feature modules honest: a feature's tables are reached only through its own
 * repositories, and other features go through its services (or events), never its repositories.
 */
class ModuleBoundariesTest {
  static final JavaClasses APP = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("org.steward.app");

  @Test
  void repositoriesAreUsedOnlyInsideTheirOwnFeature() {
    var repositories = APP.stream().filter(c -> c.isAnnotatedWith(Repository.class)).toList();
    org.assertj.core.api.Assertions.assertThat(repositories).isNotEmpty();
    for (var repo : repositories) {
      String feature = repo.getPackageName();
      noClasses().that().resideOutsideOfPackages(feature + "..")
          .should().dependOnClassesThat().haveFullyQualifiedName(repo.getFullName())
          .because(repo.getSimpleName() + " belongs to " + feature + "; other features use its service")
          .check(APP);
    }
  }

  @Test
  void theSharedWebLayerHoldsNoFeatureLogic() {
    noClasses().that().resideInAPackage("org.steward.app.web..")
        .should().dependOnClassesThat().resideInAnyPackage("org.steward.app.accounts..",
            "org.steward.app.audit..", "org.steward.app.checks..", "org.steward.app.policies..",
            "org.steward.app.people..", "org.steward.app.security..", "org.steward.app.learning..",
            "org.steward.app.notifications..", "org.steward.app.home..", "org.steward.app.demo..")
        .check(APP);
  }
}
