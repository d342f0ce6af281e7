package dev.assay.api.store;

import java.io.Closeable;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import java.util.zip.CRC32C;

/**
 * An append-only log of records made durable in groups: the store writes each new evaluation here
 * first, and acknowledges it once the log is forced to disk, so that one {@code fdatasync} of one
 * file serves every acknowledgement that arrived meanwhile; the index itself is committed now and
 * then, and the log files its commit covers are deleted.
 *
 * <p>The log is a series of numbered files ({@code 00000000000000000001.log}, ...) in its
 * directory. Each record is its length, a CRC-32C of its bytes, and the bytes. A record torn by a
 * crash (short, or failing its checksum) ends the file's replay: it was never acknowledged, since
 * acknowledgement waits for the force that would have completed it.
 */
final class WriteAheadLog implements Closeable {
  private static final String SUFFIX = ".log";
  private static final int HEADER = 8;

  private final Path dir;
  private final Thread syncer;
  private final TreeMap<Long, List<CompletableFuture<Void>>> waiters = new TreeMap<>();
  /** Appends go through the stream, which a thread's interrupt does not close (a channel's would). */
  private FileOutputStream out;
  /** The stream's channel, forced only by threads nobody interrupts (the syncer, the committer). */
  private FileChannel channel;
  private long generation;
  private long appended;
  private long synced;
  private boolean closed;
  private Throwable failure;

  private WriteAheadLog(Path dir, long generation) throws IOException {
    this.dir = dir;
    this.generation = generation;
    this.out = open(dir, generation);
    this.channel = out.getChannel();
    this.syncer = new Thread(this::run, "assay-log-sync");
    this.syncer.setDaemon(true);
    this.syncer.start();
  }

  /**
   * Opens the log in {@code dir} for appending, in a new file after any left there (those are
   * kept until {@link #deleteBefore} says a commit covers them).
   */
  static WriteAheadLog open(Path dir) {
    try {
      Files.createDirectories(dir);
      List<Long> gens = generations(dir);
      return new WriteAheadLog(dir, gens.isEmpty() ? 1 : gens.get(gens.size() - 1) + 1);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open the log in " + dir, e);
    }
  }

  /** Every whole record left in the log files of {@code dir}, oldest first. */
  static List<byte[]> replay(Path dir) throws IOException {
    List<byte[]> out = new ArrayList<>();
    if (!Files.isDirectory(dir)) {
      return out;
    }
    for (long g : generations(dir)) {
      try (InputStream in = Files.newInputStream(file(dir, g))) {
        while (true) {
          byte[] header = in.readNBytes(HEADER);
          if (header.length < HEADER) {
            break;
          }
          ByteBuffer h = ByteBuffer.wrap(header);
          int length = h.getInt();
          int crc = h.getInt();
          if (length < 0) {
            break;
          }
          byte[] body = in.readNBytes(length);
          if (body.length < length || checksum(body) != crc) {
            break;
          }
          out.add(body);
        }
      }
    }
    return out;
  }

  /** The generation numbers of the log files in {@code dir}, ascending. */
  static List<Long> generations(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(dir)) {
      return files
          .map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(SUFFIX) && n.length() > SUFFIX.length() && n.substring(0, n.length() - SUFFIX.length()).chars().allMatch(Character::isDigit))
          .map(n -> Long.parseLong(n.substring(0, n.length() - SUFFIX.length())))
          .sorted()
          .toList();
    }
  }

  private static Path file(Path dir, long generation) {
    return dir.resolve(String.format(Locale.ROOT, "%020d%s", generation, SUFFIX));
  }

  private static FileOutputStream open(Path dir, long generation) throws IOException {
    Path f = file(dir, generation);
    Files.createFile(f);
    FileOutputStream s = new FileOutputStream(f.toFile(), true);
    forceDirectory(dir);
    return s;
  }

  private static void forceDirectory(Path dir) {
    try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
      ch.force(true);
    } catch (IOException e) {
      // Some platforms cannot open a directory for syncing.
    }
  }

  private static int checksum(byte[] b) {
    CRC32C c = new CRC32C();
    c.update(b);
    return (int) c.getValue();
  }

  /**
   * Appends a record (written, not yet forced) and returns its sequence number, for {@link
   * #durable}.
   *
   * @throws UncheckedIOException when the write fails or the log has failed before
   */
  synchronized long append(byte[] record) {
    if (failure != null) {
      throw new UncheckedIOException(new IOException("the log has failed", failure));
    }
    if (closed) {
      throw new IllegalStateException("the store is closed");
    }
    ByteBuffer b = ByteBuffer.allocate(HEADER + record.length);
    b.putInt(record.length).putInt(checksum(record)).put(record);
    try {
      out.write(b.array());
    } catch (IOException e) {
      failure = e;
      throw new UncheckedIOException(e);
    }
    return ++appended;
  }

  /** A future completed once the record with this sequence number is forced to disk. */
  CompletableFuture<Void> durable(long seq) {
    CompletableFuture<Void> f = new CompletableFuture<>();
    synchronized (this) {
      if (seq <= synced) {
        f.complete(null);
      } else if (failure != null) {
        f.completeExceptionally(new UncheckedIOException(new IOException("the log has failed", failure)));
      } else {
        waiters.computeIfAbsent(seq, k -> new ArrayList<>()).add(f);
        notifyAll();
      }
    }
    return f;
  }

  /** The sequence number the next record will get, less one: every record up to it is written. */
  synchronized long lastAppended() {
    return appended;
  }

  /**
   * Forces what is written and starts a new file for what follows.
   *
   * @return the new file's generation: every record appended before it is in an older file
   */
  long rotate() throws IOException {
    List<CompletableFuture<Void>> done;
    long g;
    synchronized (this) {
      channel.force(false);
      done = syncedTo(appended);
      out.close();
      generation++;
      out = open(dir, generation);
      channel = out.getChannel();
      g = generation;
    }
    done.forEach(f -> f.complete(null));
    return g;
  }

  /** Deletes the log files older than this generation (their records are in an index commit). */
  void deleteBefore(long generation) throws IOException {
    for (long g : generations(dir)) {
      if (g < generation) {
        Files.deleteIfExists(file(dir, g));
      }
    }
    forceDirectory(dir);
  }

  /** The failure that stopped the log, or null while all is well. */
  synchronized Throwable failure() {
    return failure;
  }

  private void run() {
    while (true) {
      long target;
      FileChannel ch;
      synchronized (this) {
        while (waiters.isEmpty() && !closed) {
          try {
            wait();
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
          }
        }
        if (waiters.isEmpty()) {
          return;
        }
        target = appended;
        ch = channel;
      }
      try {
        ch.force(false);
        List<CompletableFuture<Void>> done;
        synchronized (this) {
          done = syncedTo(target);
        }
        done.forEach(f -> f.complete(null));
      } catch (java.nio.channels.ClosedChannelException e) {
        // Rotated meanwhile: the rotation forced and completed what this force was for.
      } catch (IOException | RuntimeException | Error e) {
        fail(e);
        return;
      }
    }
  }

  /**
   * Marks records up to {@code seq} durable and takes their waiters out, for the caller to complete
   * once it no longer holds the lock.
   */
  private List<CompletableFuture<Void>> syncedTo(long seq) {
    synced = Math.max(synced, seq);
    Map<Long, List<CompletableFuture<Void>>> head = waiters.headMap(synced, true);
    List<CompletableFuture<Void>> done = new ArrayList<>();
    head.values().forEach(done::addAll);
    head.clear();
    return done;
  }

  private void fail(Throwable e) {
    List<CompletableFuture<Void>> done = new ArrayList<>();
    synchronized (this) {
      failure = e;
      waiters.values().forEach(done::addAll);
      waiters.clear();
    }
    Throwable cause = e instanceof IOException io ? new UncheckedIOException(io) : e;
    done.forEach(f -> f.completeExceptionally(cause));
  }

  /** Forces what is written, then stops the syncing thread and closes the file. */
  @Override
  public void close() {
    List<CompletableFuture<Void>> done = List.of();
    synchronized (this) {
      if (closed) {
        return;
      }
      closed = true;
      try {
        if (failure == null) {
          channel.force(false);
          done = syncedTo(appended);
        }
      } catch (IOException e) {
        failure = e;
      }
      notifyAll();
    }
    done.forEach(f -> f.complete(null));
    try {
      syncer.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    synchronized (this) {
      List<CompletableFuture<Void>> left = new ArrayList<>();
      waiters.values().forEach(left::addAll);
      waiters.clear();
      left.forEach(f -> f.completeExceptionally(new IllegalStateException("the store is closed")));
      try {
        out.close();
      } catch (IOException e) {
        // Closing after a force: nothing left to lose.
      }
    }
  }
}
