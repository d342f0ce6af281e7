package dev.assay.api.store;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.BytesRef;

/**
 * The on-disk index of submissions and evaluations under {@code DATA/index}: adds documents durably
 * and reads them back by id, by listing, and through the search, report and similarity views that
 * borrow its searcher.
 */
public final class EvaluationStore implements Closeable {
  private static final Sort NEWEST_FIRST =
      new Sort(new SortField(EvaluationDocument.CREATED, SortField.Type.LONG, true), new SortField(EvaluationDocument.ID, SortField.Type.STRING));

  private final Directory directory;
  private final IndexWriter writer;
  private final SearcherManager searchers;
  private final GroupCommitter committer;

  private EvaluationStore(Directory directory, IndexWriter writer, SearcherManager searchers) {
    this.directory = directory;
    this.writer = writer;
    this.searchers = searchers;
    this.committer = new GroupCommitter(writer, searchers);
  }

  /**
   * Opens the index under {@code dataDir/index}, creating it if needed. An index left by a process
   * that was killed opens at its last commit.
   *
   * @throws IllegalStateException when another process holds the index
   */
  public static EvaluationStore open(Path dataDir) {
    Path dir = dataDir.resolve("index");
    try {
      Files.createDirectories(dir);
      Directory directory = FSDirectory.open(dir);
      IndexWriterConfig cfg = new IndexWriterConfig(EvaluationDocument.analyzer());
      cfg.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
      cfg.setCommitOnClose(true);
      IndexWriter writer;
      try {
        writer = new IndexWriter(directory, cfg);
      } catch (LockObtainFailedException e) {
        directory.close();
        throw new IllegalStateException("the index in " + dir + " is in use by another process", e);
      }
      if (!DirectoryReader.indexExists(directory)) {
        writer.commit();
      }
      return new EvaluationStore(directory, writer, new SearcherManager(directory, null));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open the index in " + dir, e);
    }
  }

  /**
   * Adds an evaluation; the future completes once it is committed to disk and readable, and fails
   * if the commit does.
   */
  public CompletableFuture<StoredEvaluation> add(NewEvaluation e) {
    Document doc = EvaluationDocument.toDocument(e);
    long seq;
    try {
      seq = writer.addDocument(doc);
    } catch (IOException ex) {
      return CompletableFuture.failedFuture(new UncheckedIOException(ex));
    } catch (RuntimeException ex) {
      return CompletableFuture.failedFuture(ex);
    }
    StoredEvaluation stored = EvaluationDocument.fromDocument(storedView(doc));
    return committer.durable(seq).thenApply(v -> stored);
  }

  private static Document storedView(Document doc) {
    Document d = new Document();
    doc.getFields().stream().filter(f -> f.fieldType().stored()).forEach(d::add);
    return d;
  }

  /** Whether the index still accepts writes (a failed commit or disk error stops it). */
  public boolean healthy() {
    return writer.isOpen() && committer.failure() == null;
  }

  /** The evaluation with this id, if there is one the filter lets through. */
  public Optional<StoredEvaluation> get(String id, Query visibility) {
    return read(s -> {
      Query q = filtered(new TermQuery(new Term(EvaluationDocument.ID, id)), visibility);
      TopDocs td = s.search(q, 1);
      if (td.scoreDocs.length == 0) {
        return Optional.empty();
      }
      return Optional.of(EvaluationDocument.fromDocument(s.storedFields().document(td.scoreDocs[0].doc)));
    });
  }

  /** The answer text of the evaluation with this id, exactly as submitted, if the filter lets it through. */
  public Optional<String> answer(String id, Query visibility) {
    return read(s -> {
      TopDocs td = s.search(filtered(new TermQuery(new Term(EvaluationDocument.ID, id)), visibility), 1);
      if (td.scoreDocs.length == 0) {
        return Optional.empty();
      }
      return Optional.ofNullable(s.storedFields().document(td.scoreDocs[0].doc, Set.of(EvaluationDocument.ANSWER)).get(EvaluationDocument.ANSWER));
    });
  }

  /**
   * One page of the evaluations the filter lets through, newest first, optionally in one cohort
   * and of one candidate.
   */
  public Page list(Query visibility, String cohortId, String candidateId, int limit, String cursor) {
    if (cursor != null && !cursor.isEmpty()) {
      Cursor.decode(cursor, 1);
    }
    return read(s -> {
      if (s.getIndexReader().maxDoc() == 0) {
        return new Page(List.of(), null);
      }
      FieldDoc after = cursor == null || cursor.isEmpty() ? null : Cursor.decode(cursor, s.getIndexReader().maxDoc());
      BooleanQuery.Builder b = new BooleanQuery.Builder().add(visibility, Occur.FILTER);
      if (cohortId != null) {
        b.add(Visibility.cohort(cohortId), Occur.FILTER);
      }
      if (candidateId != null) {
        b.add(new TermQuery(new Term(EvaluationDocument.CANDIDATE, candidateId)), Occur.FILTER);
      }
      TopDocs td = after == null ? s.search(b.build(), limit + 1, NEWEST_FIRST) : s.searchAfter(after, b.build(), limit + 1, NEWEST_FIRST);
      int n = Math.min(limit, td.scoreDocs.length);
      int[] docs = new int[n];
      for (int i = 0; i < n; i++) {
        docs[i] = td.scoreDocs[i].doc;
      }
      String next = null;
      if (td.scoreDocs.length > limit) {
        FieldDoc last = (FieldDoc) td.scoreDocs[limit - 1];
        next = Cursor.encode((Long) last.fields[0], ((BytesRef) last.fields[1]).utf8ToString());
      }
      return new Page(Summaries.of(s, docs), next);
    });
  }

  static Query filtered(Query q, Query filter) {
    return new BooleanQuery.Builder().add(q, Occur.MUST).add(filter, Occur.FILTER).build();
  }

  /** Something done with a searcher over the last commit. */
  @FunctionalInterface
  public interface Read<T> {
    T apply(IndexSearcher searcher) throws IOException;
  }

  /** Runs a read against the latest committed state, releasing the searcher afterwards. */
  public <T> T read(Read<T> read) {
    try {
      IndexSearcher s = searchers.acquire();
      try {
        return read.apply(s);
      } finally {
        searchers.release(s);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Commits what is pending and closes the index. */
  @Override
  public void close() {
    committer.close();
    try {
      searchers.close();
      if (writer.isOpen()) {
        writer.close();
      }
      directory.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
