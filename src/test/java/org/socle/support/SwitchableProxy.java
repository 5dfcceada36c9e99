package org.socle.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A TCP relay to a local server that a test can switch off and on again on the same port, to
 * play a server that goes down and comes back without stopping it.
 */
public final class SwitchableProxy implements AutoCloseable {

	private final int port;

	private final int target;

	private final List<Socket> open = new CopyOnWriteArrayList<>();

	private volatile ServerSocket listener;

	public SwitchableProxy(int target) throws IOException {
		try (ServerSocket probe = new ServerSocket(0)) {
			this.port = probe.getLocalPort();
		}
		this.target = target;
	}

	public int port() {
		return port;
	}

	public synchronized void on() throws IOException {
		if (listener != null) {
			return;
		}
		ServerSocket server = new ServerSocket();
		server.setReuseAddress(true);
		server.bind(new java.net.InetSocketAddress(InetAddress.getLoopbackAddress(), port));
		listener = server;
		Thread acceptor = new Thread(() -> accept(server), "proxy-" + port);
		acceptor.setDaemon(true);
		acceptor.start();
	}

	public synchronized void off() throws IOException {
		if (listener != null) {
			listener.close();
			listener = null;
		}
		for (Socket socket : open) {
			socket.close();
		}
		open.clear();
	}

	@Override
	public void close() throws IOException {
		off();
	}

	private void accept(ServerSocket server) {
		while (!server.isClosed()) {
			try {
				Socket client = server.accept();
				Socket upstream = new Socket(InetAddress.getLoopbackAddress(), target);
				open.add(client);
				open.add(upstream);
				pipe(client, upstream);
				pipe(upstream, client);
			}
			catch (IOException ex) {
				// closed by off(), or the target refused: the client sees a dropped connection
			}
		}
	}

	private void pipe(Socket from, Socket to) {
		Thread thread = new Thread(() -> {
			try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
				in.transferTo(out);
			}
			catch (IOException ex) {
				// connection ended
			}
			finally {
				try {
					to.shutdownOutput();
				}
				catch (IOException ex) {
					// already closed
				}
			}
		});
		thread.setDaemon(true);
		thread.start();
	}

}
