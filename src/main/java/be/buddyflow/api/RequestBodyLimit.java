package be.buddyflow.api;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Caps request bodies on {@code /api} ({@code buddyflow.api.max-body-bytes}): 413 when the declared
 * length is over the cap, and the same when a body without a length turns out longer while read.
 */
@Configuration(proxyBeanMethods = false)
public final class RequestBodyLimit {

    @Bean
    FilterRegistrationBean<LimitFilter> apiBodyLimit(@Value("${buddyflow.api.max-body-bytes}") long maxBytes) {
        FilterRegistrationBean<LimitFilter> registration = new FilterRegistrationBean<>(new LimitFilter(maxBytes));
        registration.addUrlPatterns("/api/*");
        registration.setName("api-body-limit");
        return registration;
    }

    /** Thrown by a read past the limit. */
    public static final class BodyTooLargeException extends IOException {
        BodyTooLargeException(long maxBytes) {
            super("Request bodies are limited to " + maxBytes + " bytes");
        }
    }

    static final class LimitFilter extends OncePerRequestFilter {

        private final long maxBytes;

        LimitFilter(long maxBytes) {
            this.maxBytes = maxBytes;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            if (request.getContentLengthLong() > maxBytes) {
                Problems.write(response, Problems.of(HttpStatus.PAYLOAD_TOO_LARGE,
                        new BodyTooLargeException(maxBytes).getMessage()));
                return;
            }
            chain.doFilter(new LimitedRequest(request, maxBytes), response);
        }
    }

    /**
     * Streams the body through, counting; past the limit the next read fails with
     * {@link BodyTooLargeException}. For bodies sent without Content-Length (or with a wrong one).
     */
    public static final class LimitedRequest extends HttpServletRequestWrapper {

        private final long maxBytes;

        public LimitedRequest(HttpServletRequest request, long maxBytes) {
            super(request);
            this.maxBytes = maxBytes;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            ServletInputStream in = super.getInputStream();
            return new ServletInputStream() {
                private long count;

                @Override
                public int read() throws IOException {
                    int b = in.read();
                    if (b >= 0) {
                        check(1);
                    }
                    return b;
                }

                @Override
                public int read(byte[] buffer, int off, int len) throws IOException {
                    int n = in.read(buffer, off, len);
                    if (n > 0) {
                        check(n);
                    }
                    return n;
                }

                private void check(int n) throws BodyTooLargeException {
                    count += n;
                    if (count > maxBytes) {
                        throw new BodyTooLargeException(maxBytes);
                    }
                }

                @Override
                public boolean isFinished() {
                    return in.isFinished();
                }

                @Override
                public boolean isReady() {
                    return in.isReady();
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    in.setReadListener(listener);
                }
            };
        }
    }
}
