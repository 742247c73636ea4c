// EPUBCheck over many books in one JVM: the JVM's start and its JIT are most
// of a run's time (~6 s of CPU for one small book, ~0.2 s for each book after
// it). Writes <book>.json beside each book, as `epubcheck --json` does.
// Run with the JDK's source launcher: java -cp epubcheck.jar EpubcheckBatch.java BOOK…
import com.adobe.epubcheck.tool.EpubChecker;

public class EpubcheckBatch {
  public static void main(String[] books) {
    for (String book : books) {
      new EpubChecker().run(new String[] { book, "--json", book + ".json", "--quiet" });
    }
  }
}
