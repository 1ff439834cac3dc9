package org.steward.app.people;

import org.steward.app.identity.RoleGrant;
import org.steward.app.identity.Role;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.Authentication;
import org.springframework.test.web.servlet.MockMvc;
import org.steward.app.support.TestUsers;
import org.steward.engine.Clause;

/** The import page and API: administrators only, CSRF-protected, 422 with every problem. */
@SpringBootTest
@AutoConfigureMockMvc
@Clause({"DOC-7"})
class PeopleImportControllerTest {
  private static final Authentication ADMIN = TestUsers.as(1, RoleGrant.of(Role.ADMINISTRATOR));
  private static final Authentication STAFF = TestUsers.as(2, RoleGrant.of(Role.STAFF));

  @Autowired MockMvc mvc;
  @Autowired People people;
  @Autowired Units units;
  @Autowired OrganisationService organisation;

  private String tag;

  @BeforeEach
  void organisationExists() {
    tag = UUID.randomUUID().toString().substring(0, 8);
    PeopleImportTests.ensureUnits(organisation, units);
  }

  private String goodFile() {
    return PeopleImportTests.HEADER + "\r\n"
        + "staff,Asha,Patel,asha." + tag + "@example.ac.uk,asha." + tag + ",,CANDI-CREATIVE,staff\r\n"
        + "learner,Sam,Jones,sam." + tag + "@example.ac.uk,sam." + tag + ",2009-09-01,CANDI,\r\n";
  }

  private String badFile() {
    return PeopleImportTests.HEADER + "\n"
        + "staff,Asha,Patel,asha." + tag + "@example.ac.uk,asha." + tag + ",,CANDI-CREATIVE,staff\n"
        + "staff,Bad,Email,nope,bad." + tag + ",,CANDI,staff\n"
        + "learner,No,Birthday,nobd." + tag + "@example.ac.uk,nobd." + tag + ",,CANDI,\n"
        + "external,Bad,Unit,bu." + tag + "@example.org,bu." + tag + ",,NOWHERE,\n";
  }

  private MockMultipartFile upload(String csv) {
    return new MockMultipartFile("file", "people.csv", "text/csv", csv.getBytes(UTF_8));
  }

  @Test
  void theFormDocumentsTheColumnsAndLabelsTheFileInput() throws Exception {
    mvc.perform(get("/people/import").with(authentication(ADMIN)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("<label class=\"govuk-label govuk-label--m\" for=\"file\">")))
        .andExpect(content().string(containsString("enctype=\"multipart/form-data\"")))
        .andExpect(content().string(containsString("date_of_birth")))
        .andExpect(content().string(containsString("head-of-unit@UNITCODE")));
  }

  @Test
  void anAdministratorUploadsAGoodFile() throws Exception {
    long before = people.count();

    mvc.perform(multipart("/people/import").file(upload(goodFile()))
            .with(authentication(ADMIN)).with(csrf()))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Imported 2 people")));

    assertThat(people.count()).isEqualTo(before + 2);
    assertThat(people.findByUsername("sam." + tag)).isPresent();
  }

  @Test
  void aFileWithBadRowsIsRejectedWith422AndAReportOfEveryLineAndField() throws Exception {
    long before = people.count();

    mvc.perform(multipart("/people/import").file(upload(badFile()))
            .with(authentication(ADMIN)).with(csrf()))
        .andExpect(status().isUnprocessableContent())
        .andExpect(content().string(containsString("<title>Error: Import people")))
        .andExpect(content().string(containsString("There is a problem")))
        .andExpect(content().string(containsString("href=\"#file\">Line 3, email: ")))
        .andExpect(content().string(containsString("Line 4, date_of_birth: ")))
        .andExpect(content().string(containsString("Line 5, unit: ")))
        .andExpect(content().string(containsString("aria-describedby=\"file-hint file-error\"")))
        .andExpect(content().string(containsString("Problems in the file</caption>")));

    assertThat(people.count()).isEqualTo(before);
    assertThat(people.findByUsername("asha." + tag)).isEmpty();
  }

  @Test
  void submittingWithoutChoosingAFileSaysSo() throws Exception {
    var none = new MockMultipartFile("file", "", "application/octet-stream", new byte[0]);
    mvc.perform(multipart("/people/import").file(none).with(authentication(ADMIN)).with(csrf()))
        .andExpect(status().isUnprocessableContent())
        .andExpect(content().string(containsString("Select a CSV file of people.")));
  }

  @Test
  void someoneWhoIsNotAnAdministratorIsRefused() throws Exception {
    long before = people.count();

    mvc.perform(multipart("/people/import").file(upload(goodFile()))
            .with(authentication(STAFF)).with(csrf()))
        .andExpect(status().isForbidden());
    mvc.perform(post("/api/v1/people/import").contentType("text/csv").content(goodFile())
            .with(authentication(STAFF)).with(csrf()))
        .andExpect(status().isForbidden());

    assertThat(people.count()).isEqualTo(before);
  }

  @Test
  void anUploadWithoutTheCsrfTokenIsRefusedAndImportsNobody() throws Exception {
    long before = people.count();

    mvc.perform(multipart("/people/import").file(upload(goodFile())).with(authentication(ADMIN)))
        .andExpect(status().isForbidden());

    assertThat(people.count()).isEqualTo(before);
  }

  @Test
  void theApiImportsAGoodFile() throws Exception {
    mvc.perform(post("/api/v1/people/import").contentType("text/csv").content(goodFile())
            .with(authentication(ADMIN)).with(csrf()))
        .andExpect(status().isOk())
        .andExpect(content().contentTypeCompatibleWith("application/json"))
        .andExpect(jsonPath("$.imported").value(2));
  }

  @Test
  void theApiAnswersABadFileWithProblemJsonListingEveryError() throws Exception {
    long before = people.count();

    mvc.perform(post("/api/v1/people/import").contentType("text/csv").content(badFile())
            .with(authentication(ADMIN)).with(csrf()))
        .andExpect(status().isUnprocessableContent())
        .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
        .andExpect(jsonPath("$.status").value(422))
        .andExpect(jsonPath("$.errors.length()").value(3))
        .andExpect(jsonPath("$.errors[0].line").value(3))
        .andExpect(jsonPath("$.errors[0].field").value("email"))
        .andExpect(jsonPath("$.errors[1].line").value(4))
        .andExpect(jsonPath("$.errors[1].field").value("date_of_birth"))
        .andExpect(jsonPath("$.errors[2].line").value(5))
        .andExpect(jsonPath("$.errors[2].field").value("unit"))
        .andExpect(jsonPath("$.errors[2].message").value(containsString("NOWHERE")));

    assertThat(people.count()).isEqualTo(before);
  }

  @Test
  void theApiRejectsMalformedCsvWithAClearMessage() throws Exception {
    mvc.perform(post("/api/v1/people/import").contentType("text/csv")
            .content(PeopleImportTests.HEADER + "\nstaff,\"Asha,Patel\n")
            .with(authentication(ADMIN)).with(csrf()))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].line").value(2))
        .andExpect(jsonPath("$.errors[0].message").value(containsString("never closed")));
  }
}
