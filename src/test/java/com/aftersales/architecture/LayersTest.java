package com.aftersales.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Path;
import org.junit.jupiter.api.Test;

/**
 * The direction of dependencies between the layers of the service, bottom to top (docs/architecture.md
 * draws the same picture): a layer may use the layers below it, never one above, and no two packages
 * depend on each other in a cycle.
 */
class LayersTest {

    static final JavaClasses SERVICE = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.aftersales");

    static final String[] KERNEL = {"com.aftersales.problem..", "com.aftersales.jdbc.."};
    static final String[] ACCESS = {"com.aftersales.access..", "com.aftersales.audit.."};
    static final String CONTRACT = "com.aftersales.facts..";
    static final String CALENDAR = "com.aftersales.calendar..";
    static final String[] RECORDS = {"com.aftersales.record..", "com.aftersales.staff..", "com.aftersales.period.."};
    static final String RULE_BOOKS = "com.aftersales.policy";
    static final String SCORING = "com.aftersales.scoring..";
    static final String[] FEATURES = {"com.aftersales.attendance..", "com.aftersales.leave..",
            "com.aftersales.workorder..", "com.aftersales.visit..", "com.aftersales.reward..", "com.aftersales.history.."};
    static final String[] APPLICATION = {"com.aftersales.payroll..", "com.aftersales.explain..",
            "com.aftersales.policy.admin..", "com.aftersales.policy.validation..", "com.aftersales.policy.scenario.."};
    static final String[] EDGE = {"com.aftersales.web..", "com.aftersales.sample..", "com.aftersales"};

    static final ArchRule layersOnlyUseTheLayersBelowThem = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("kernel").definedBy(KERNEL)
            .layer("access").definedBy(ACCESS)
            .layer("rule contract").definedBy(CONTRACT)
            .layer("calendar").definedBy(CALENDAR)
            .layer("records").definedBy(RECORDS)
            .layer("rule books").definedBy(RULE_BOOKS)
            .layer("scoring").definedBy(SCORING)
            .layer("features").definedBy(FEATURES)
            .layer("application").definedBy(APPLICATION)
            .layer("edge").definedBy(EDGE)
            .whereLayer("edge").mayNotBeAccessedByAnyLayer()
            .whereLayer("application").mayOnlyBeAccessedByLayers("edge")
            .whereLayer("features").mayOnlyBeAccessedByLayers("application", "edge")
            .whereLayer("scoring").mayOnlyBeAccessedByLayers("features", "application", "edge")
            .whereLayer("rule books").mayOnlyBeAccessedByLayers("scoring", "features", "application", "edge")
            .whereLayer("records").mayOnlyBeAccessedByLayers("scoring", "features", "application", "edge")
            .whereLayer("calendar").mayOnlyBeAccessedByLayers("records", "rule books", "scoring", "features",
                    "application", "edge")
            .whereLayer("rule contract").mayOnlyBeAccessedByLayers("records", "rule books", "scoring", "features",
                    "application", "edge")
            .whereLayer("access").mayOnlyBeAccessedByLayers("calendar", "records", "rule books", "scoring",
                    "features", "application", "edge")
            .whereLayer("kernel").mayOnlyBeAccessedByLayers("access", "rule contract", "calendar", "records", "rule books",
                    "scoring", "features", "application", "edge");

    static final ArchRule theRuleContractUsesNothingOfTheService = noClasses().that().resideInAPackage(CONTRACT)
            .should().dependOnClassesThat().resideOutsideOfPackages(CONTRACT, "java..", "org.kie..", "org.drools..")
            .because("rules import the contract and nothing else; it must not pull the service into a rule base");

    static final ArchRule noPackageCycles = slices().matching("com.aftersales.(**)").should().beFreeOfCycles()
            .ignoreDependency(resideInAPackage(CONTRACT), resideInAPackage(CONTRACT));

    static final ArchRule resourcesAreLeaves = noClasses().should().dependOnClassesThat().areAnnotatedWith(Path.class)
            .because("resources are thin adapters on top: what another class needs lives in a service");

    static final ArchRule servicesOwnTransactions = methods().that().areDeclaredInClassesThat().areAnnotatedWith(Path.class)
            .should().notBeAnnotatedWith(Transactional.class)
            .because("services own transactions; a resource only translates HTTP");

    @Test
    void layersOnlyUseTheLayersBelowThem() {
        layersOnlyUseTheLayersBelowThem.check(SERVICE);
    }

    @Test
    void theRuleContractUsesNothingOfTheService() {
        theRuleContractUsesNothingOfTheService.check(SERVICE);
    }

    @Test
    void noPackageCycles() {
        noPackageCycles.check(SERVICE);
    }

    @Test
    void resourcesAreLeaves() {
        resourcesAreLeaves.check(SERVICE);
    }

    @Test
    void servicesOwnTransactions() {
        servicesOwnTransactions.check(SERVICE);
    }
}
