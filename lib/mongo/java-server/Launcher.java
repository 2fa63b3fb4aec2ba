import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.ServerVersion;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.net.InetSocketAddress;

/**
 * Starts mongo-java-server on 127.0.0.1 for lib/mongo/server.ts.
 *
 *   java -cp <jars>:<classes> Launcher <port> memory
 *   java -cp <jars>:<classes> Launcher <port> h2 <file>
 *
 * Port 0 picks a free one. Prints "listening <port>" once bound. Stops, flushing the H2 file, on
 * SIGTERM or when its standard input closes (the Node process that started it has gone), so a
 * killed parent never leaves a server behind.
 */
public final class Launcher {
  public static void main(String[] args) throws Exception {
    if (args.length < 2) throw new IllegalArgumentException("usage: Launcher <port> memory | <port> h2 <file>");
    int port = Integer.parseInt(args[0]);
    MongoBackend backend = switch (args[1]) {
      case "memory" -> new MemoryBackend();
      case "h2" -> new H2Backend(args[2]);
      default -> throw new IllegalArgumentException("unknown backend " + args[1]);
    };
    // The Node.js driver 6 needs wire version 8 or newer: 5.0 (wire 8) is the default, pinned here.
    backend.version(ServerVersion.MONGO_5_0);
    MongoServer server = new MongoServer(backend);
    server.bind(new InetSocketAddress("127.0.0.1", port));
    Runtime.getRuntime().addShutdownHook(new Thread(server::shutdownNow));
    System.out.println("listening " + server.getLocalAddress().getPort());
    System.out.flush();
    while (System.in.read() != -1) {
      // Nothing is read from stdin; end of input means the parent is gone.
    }
    System.exit(0);
  }
}
