package be.buddyflow.workspace.web;

import be.buddyflow.api.Callers;
import be.buddyflow.api.Language;
import be.buddyflow.api.Problems;
import be.buddyflow.workspace.CaseFileTab;
import be.buddyflow.workspace.CaseFileTab.Reader;
import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The case file beside a task, for Tasklist's "Dossier" tab (webjars/camunda/app/tasklist/scripts/
 * casefile-tab.js). Not for partner systems, so not in the OpenAPI description: the caller is the
 * person logged in to the webapps, by the same session (security.WebappSessionAuthentication).
 * A task the caller may not see, a task of no case, or a case she may read nothing of: 404 alike.
 */
@Hidden
@RestController
class CaseFileTabController {

    private final CaseFileTab tab;

    CaseFileTabController(CaseFileTab tab) {
        this.tab = tab;
    }

    @GetMapping(path = "/api/workspace/tasks/{taskId}/case-file", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<?> caseFile(@PathVariable String taskId, Authentication authentication, HttpServletRequest request) {
        var language = Language.of(request);
        return tab.read(taskId, new Reader(authentication.getName(), Callers.groups(authentication)), language)
                .<ResponseEntity<?>>map(view -> ResponseEntity.ok()
                        .header("Content-Language", view.language())
                        .body(view))
                .orElseGet(() -> notFound(language));
    }

    /** The case number and the person a task of the list shows (Tasklist's task cards). */
    @GetMapping(path = "/api/workspace/tasks/{taskId}/context", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<?> context(@PathVariable String taskId, Authentication authentication, HttpServletRequest request) {
        var language = Language.of(request);
        return tab.context(taskId, new Reader(authentication.getName(), Callers.groups(authentication)), language)
                .<ResponseEntity<?>>map(context -> ResponseEntity.ok()
                        .header("Content-Language", context.language())
                        .body(context))
                .orElseGet(() -> notFound(language));
    }

    private static ResponseEntity<?> notFound(java.util.Locale language) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(Problems.of(HttpStatus.NOT_FOUND, Language.sentence("i18n/problems", "problem.404", language)));
    }
}
