package org.steward.engine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClauseTestsTest {
  @Test
  void readsClauseAnnotationsOfEveryModule(@TempDir Path root) throws IOException {
    Path engine = Files.createDirectories(root.resolve("engine/src/test/java/org/steward/engine"));
    Files.writeString(engine.resolve("FooTest.java"), """
        package org.steward.engine;
        @Clause("DOC-1")
        class FooTest {
          @Test
          @Clause({"CON-1", "CON-13"})
          void blocks() {}

          @org.steward.engine.Clause(value = {"CON-2"}) @Test void threatens() {}
        }
        """);
    Path app = Files.createDirectories(root.resolve("app/src/test/java/org/steward/app/posts"));
    Files.writeString(app.resolve("PostsTest.java"), """
        package org.steward.app.posts;
        import org.steward.engine.Clause;
        class PostsTest {
          @Clause("CON-1")
          @Test
          void postIsChecked() {}
        }
        """);
    Files.createDirectories(root.resolve("docs"));
    Map<String, TreeSet<String>> found = ClauseTests.find(root);
    assertThat(found.get("DOC-1")).containsExactly("engine: FooTest");
    assertThat(found.get("CON-1")).containsExactly("app: posts.PostsTest#postIsChecked", "engine: FooTest#blocks");
    assertThat(found.get("CON-13")).containsExactly("engine: FooTest#blocks");
    assertThat(found.get("CON-2")).containsExactly("engine: FooTest#threatens");
  }
}
