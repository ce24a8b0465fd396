package be.buddyflow.api;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

/**
 * A request whose body a filter has read (to inspect it) handed on to the rest of the chain: the
 * bytes read, then whatever was not read yet. Several guards read bodies (MalformedInputGuard,
 * QueryExpressionGuard, VariableFilterGuard, PasswordPolicyGuard); each hands on one of these.
 */
public final class ReplayedBodyRequest extends HttpServletRequestWrapper {

    private final byte[] head;
    private final InputStream rest;
    private final boolean complete;

    /** The whole body, already read. */
    public ReplayedBodyRequest(HttpServletRequest request, byte[] body) {
        this(request, body, InputStream.nullInputStream(), true);
    }

    /** The first bytes of a body, read; the rest still to come from {@code rest}. */
    public ReplayedBodyRequest(HttpServletRequest request, byte[] head, InputStream rest) {
        this(request, head, rest, false);
    }

    private ReplayedBodyRequest(HttpServletRequest request, byte[] head, InputStream rest, boolean complete) {
        super(request);
        this.head = head;
        this.rest = rest;
        this.complete = complete;
    }

    @Override
    public ServletInputStream getInputStream() {
        InputStream in = new SequenceInputStream(new ByteArrayInputStream(head), rest);
        return new ServletInputStream() {
            private boolean finished;

            @Override
            public int read() throws IOException {
                int b = in.read();
                finished = b < 0;
                return b;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                int n = in.read(b, off, len);
                finished = n < 0;
                return n;
            }

            @Override
            public boolean isFinished() {
                try {
                    return finished || (complete && in.available() == 0);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }

            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setReadListener(ReadListener listener) {
                throw new UnsupportedOperationException("Synchronous reads only");
            }
        };
    }

    @Override
    public BufferedReader getReader() {
        String encoding = getCharacterEncoding();
        return new BufferedReader(new InputStreamReader(getInputStream(),
                encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding)));
    }

    @Override
    public int getContentLength() {
        return complete ? head.length : super.getContentLength();
    }

    @Override
    public long getContentLengthLong() {
        return complete ? head.length : super.getContentLengthLong();
    }
}
