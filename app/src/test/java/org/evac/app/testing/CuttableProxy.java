package org.evac.app.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A TCP proxy on loopback in front of a server, which a test can cut (every connection
 * dropped, new ones refused) and mend: the database going away and coming back, as the
 * application sees it.
 */
public final class CuttableProxy implements AutoCloseable {

	private final ServerSocket listener;

	private final int target;

	private final Set<Socket> open = ConcurrentHashMap.newKeySet();

	private volatile boolean cut;

	public CuttableProxy(int targetPort) throws IOException {
		this.target = targetPort;
		this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
		Thread acceptor = new Thread(this::accept, "proxy-accept");
		acceptor.setDaemon(true);
		acceptor.start();
	}

	public int port() {
		return this.listener.getLocalPort();
	}

	public void cut() {
		this.cut = true;
		this.open.forEach(CuttableProxy::closeQuietly);
		this.open.clear();
	}

	public void mend() {
		this.cut = false;
	}

	private void accept() {
		while (!this.listener.isClosed()) {
			try {
				Socket client = this.listener.accept();
				if (this.cut) {
					closeQuietly(client);
					continue;
				}
				Socket server = new Socket();
				server.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), this.target));
				this.open.add(client);
				this.open.add(server);
				pipe(client, server);
				pipe(server, client);
			}
			catch (IOException ex) {
				// listener closed, or the target refused: the client sees a dropped
				// connection
			}
		}
	}

	private void pipe(Socket from, Socket to) {
		Thread thread = new Thread(() -> {
			byte[] buffer = new byte[16384];
			try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
				int n;
				while ((n = in.read(buffer)) >= 0) {
					out.write(buffer, 0, n);
					out.flush();
				}
			}
			catch (IOException ex) {
				// cut or closed
			}
			finally {
				closeQuietly(from);
				closeQuietly(to);
			}
		}, "proxy-pipe");
		thread.setDaemon(true);
		thread.start();
	}

	private static void closeQuietly(Socket socket) {
		try {
			socket.close();
		}
		catch (IOException ex) {
			// already closed
		}
	}

	@Override
	public void close() throws IOException {
		this.listener.close();
		cut();
	}

}
