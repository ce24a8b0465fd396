package be.buddyflow.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** The layout by feature stays what docs/architecture.md says it is. */
@AnalyzeClasses(packages = "be.buddyflow", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /** Business code of a feature knows no engine: only its process/ package and the trajectory glue do. */
    @ArchTest
    static final ArchRule domainKnowsNoEngine = noClasses()
            .that().resideInAnyPackage("be.buddyflow.intake", "be.buddyflow.casefile", "be.buddyflow.closure",
                    "be.buddyflow.organisation", "be.buddyflow.api", "be.buddyflow.volunteers", "be.buddyflow.matching",
                    "be.buddyflow.screening", "be.buddyflow.notification", "be.buddyflow.duo", "be.buddyflow.housing", "be.buddyflow.erasure",
                    "be.buddyflow.reporting", "be.buddyflow.workspace",
                    "..web..")
            .should().dependOnClassesThat().resideInAPackage("org.camunda..");

    @ArchTest
    static final ArchRule delegatesLiveInProcessPackages = classes()
            .that().implement(JavaDelegate.class)
            .should().resideInAPackage("..process..")
            .andShould().haveSimpleNameEndingWith("Delegate");

    @ArchTest
    static final ArchRule noEngineImplementationClasses = noClasses()
            .that().doNotHaveFullyQualifiedName("be.buddyflow.trajectory.CurrentUser")
            .and().doNotHaveFullyQualifiedName("be.buddyflow.trajectory.FormRefusal")
            .and().doNotHaveFullyQualifiedName("be.buddyflow.security.VariableFilterGuard")
            // The engine-side guards read commands and queries as the engine runs them (ADR 0009).
            .and().resideOutsideOfPackage("be.buddyflow.security.engine..")
            // Seeds the demo identities past the password policy: saveUser(user, skipPasswordPolicy).
            .and().doNotHaveFullyQualifiedName("be.buddyflow.security.IdentityStore")
            .should().dependOnClassesThat().resideInAPackage("org.camunda.bpm.engine.impl..");

    /** Features talk to each other's services, never to each other's delegates or controllers. */
    @ArchTest
    static final ArchRule processAndWebPackagesArePrivateToTheirFeature = classes()
            .that().resideInAPackage("be.buddyflow.(*).process..")
            .should().onlyBeAccessed().byClassesThat().resideInAnyPackage("be.buddyflow.(*).process..")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule controllersArePrivate = noClasses()
            .that().resideInAPackage("be.buddyflow..").and().resideOutsideOfPackage("be.buddyflow.*.web..")
            .should().dependOnClassesThat().resideInAPackage("be.buddyflow.*.web..");
}
