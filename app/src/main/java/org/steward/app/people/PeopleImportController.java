package org.steward.app.people;

import org.steward.app.csv.ImportResult;
import org.steward.app.web.FieldProblem;
import org.steward.app.identity.Role;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;
import org.steward.app.identity.Actor;
import org.steward.app.web.BodyTooLarge;

/**
 * CSV import of people (DOC-7), for administrators: an upload form and an API taking the file as
 * the request body. A rejected file answers 422 with every problem; nothing is imported.
 */
@Controller
class PeopleImportController {
  private static final String FORM = "people/import";

  private final PeopleImport imports;
  private final long maxBytes;

  PeopleImportController(PeopleImport imports,
      org.steward.app.web.RequestLimits limits) {
    this.imports = imports;
    this.maxBytes = limits.upload().toBytes();
  }

  @GetMapping("/people/import")
  ModelAndView form() {
    return page(null, HttpStatus.OK);
  }

  @PostMapping("/people/import")
  ModelAndView upload(@RequestParam(name = "file", required = false) MultipartFile file,
      Actor actor) throws IOException {
    ImportResult result = file == null || !hasName(file)
        ? ImportResult.rejected("Select a CSV file of people.")
        : importSafely(actor, file.getBytes());
    if (result.accepted()) {
      return new ModelAndView("people/import-done", "imported", result.imported());
    }
    return page(result.problems(), HttpStatus.UNPROCESSABLE_CONTENT);
  }

  /** What the API answers when a file is imported. */
  record Imported(int imported) {}

  @io.swagger.v3.oas.annotations.Operation(summary = "Import people from CSV: all or nothing, every problem named by line")
  @PostMapping(value = "/api/v1/people/import", consumes = "text/csv",
      produces = {"application/json", "application/problem+json"})
  @ResponseBody
  Imported api(InputStream body, Actor actor) throws IOException {
    byte[] bytes = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
    if (bytes.length > maxBytes) {
      throw new BodyTooLarge(maxBytes);
    }
    ImportResult result = importSafely(actor, bytes);
    if (!result.accepted()) {
      throw result.refusal();
    }
    return new Imported(result.imported());
  }

  /**
   * Runs the import; a clash with a person added at the same moment (the checks passed, the
   * insert did not) has rolled everything back, and is reported like any other problem.
   */
  private ImportResult importSafely(Actor actor, byte[] bytes) {
    try {
      return imports.importCsv(actor, bytes);
    } catch (DuplicateKeyException e) {
      return ImportResult.rejected("Someone added one of these people while the file was being"
          + " imported. Nothing was imported. Upload the file again to see which lines clash.");
    }
  }

  private static boolean hasName(MultipartFile file) {
    // A form sent with no file chosen has a part with no file name; an empty file has a name.
    return file.getOriginalFilename() != null && !file.getOriginalFilename().isBlank();
  }

  private static ModelAndView page(List<FieldProblem> problems, HttpStatus status) {
    ModelAndView mav = new ModelAndView(FORM, status);
    mav.addObject("problems", problems);
    mav.addObject("columns", PeopleImport.Column.ALL);
    mav.addObject("roles", Role.values());
    mav.addObject("maxRows", PeopleImport.MAX_ROWS);
    return mav;
  }
}
