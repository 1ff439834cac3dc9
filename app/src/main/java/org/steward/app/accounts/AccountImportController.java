package org.steward.app.accounts;

import org.steward.app.csv.ImportResult;
import org.steward.app.identity.Actor;
import org.steward.app.web.FieldProblem;
import java.io.IOException;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;

/** Upload of an existing spreadsheet of accounts, for marketing. */
@Controller
class AccountImportController {
  private final AccountImport imports;
  private final AccountRegistry registry;

  AccountImportController(AccountImport imports, AccountRegistry registry) {
    this.registry = registry;
    this.imports = imports;
  }

  @GetMapping("/accounts/import")
  ModelAndView form() {
    return page(null, HttpStatus.OK);
  }

  @PostMapping("/accounts/import")
  ModelAndView upload(@RequestParam(name = "file", required = false) MultipartFile file,
      Actor actor) throws IOException {
    ImportResult result = file == null || file.getOriginalFilename() == null
        || file.getOriginalFilename().isBlank()
        ? ImportResult.rejected("Select a CSV file of accounts.")
        : importSafely(actor, file.getBytes());
    if (result.accepted()) {
      return new ModelAndView("accounts/import-done", "imported", result.imported());
    }
    return page(result.problems(), HttpStatus.UNPROCESSABLE_CONTENT);
  }

  private ImportResult importSafely(Actor actor, byte[] bytes) {
    try {
      return imports.importCsv(actor, bytes);
    } catch (org.springframework.dao.DuplicateKeyException e) {
      return ImportResult.rejected("Someone registered one of these handles while the file was"
          + " being imported. Nothing was imported. Upload the file again to see which lines clash.");
    }
  }

  private ModelAndView page(List<FieldProblem> problems, HttpStatus status) {
    ModelAndView mav = new ModelAndView("accounts/import", status);
    mav.addObject("problems", problems);
    mav.addObject("columns", AccountImport.Column.ALL);
    mav.addObject("platforms", registry.platformsAnywhere());
    return mav;
  }
}
